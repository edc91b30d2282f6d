import { useRef, useState, useSyncExternalStore } from 'react';
import type {
  IdempotentMutationContext,
  IdempotentMutationOptions,
  IdempotentMutationState,
} from './create-idempotent-mutation.js';
import { createIdempotentMutation } from './create-idempotent-mutation.js';

/** What `useIdempotentMutation` returns: the state, `mutate` and `reset`. */
export type UseIdempotentMutationResult<TVariables, TData> = IdempotentMutationState<TData> & {
  /** Sends the write (see `createIdempotentMutation`); resolves with its data or rejects with what it threw. */
  mutate: (variables: TVariables) => Promise<TData>;
  /** Back to `idle`, with a new key for the next attempt (call it when the user edits what they will send). */
  reset: () => void;
};

/**
 * A write from a component, with one idempotency key per attempt: a retry after a failure reuses the key (the
 * server replays instead of writing twice), a success or `reset()` starts a new one. Keys come from
 * `createIdempotencyKey` of `@yilian/sdk`, which works on plain-HTTP intranet pages where `crypto.randomUUID` does not.
 * @param run - the write; the latest one given is called
 * @param options - `attemptOf`, what identifies an attempt (read once, on mount)
 * @example
 * const { client } = useAlliance();
 * const cancel = useIdempotentMutation((id: string, { idempotencyKey }) =>
 *   client.appointments.cancel(id, { cancelledBy: 'patient' }, { idempotencyKey }),
 * );
 * <button disabled={cancel.isPending} onClick={() => void cancel.mutate(appointment.id).catch(() => {})}>取消</button>
 */
export function useIdempotentMutation<TVariables, TData>(
  run: (variables: TVariables, context: IdempotentMutationContext) => Promise<TData>,
  options?: IdempotentMutationOptions<TVariables>,
): UseIdempotentMutationResult<TVariables, TData> {
  const runRef = useRef(run);
  runRef.current = run;
  const [mutation] = useState(() =>
    createIdempotentMutation<TVariables, TData>(
      (variables, context) => runRef.current(variables, context),
      options,
    ),
  );
  // note: the server snapshot is the same idle state, so server and first client render agree
  const state = useSyncExternalStore(mutation.subscribe, mutation.getSnapshot, mutation.getSnapshot);
  return { ...state, mutate: mutation.mutate, reset: mutation.reset };
}
