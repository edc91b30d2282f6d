import { createIdempotencyKey } from '@yilian/sdk';

/**
 * Where a write stands: `idle` (nothing sent, or `reset()`), `pending` (in flight), `success` (with its `data`) or
 * `error` (with what it threw; a retry of the same attempt reuses its key).
 */
export type IdempotentMutationState<TData> =
  | { status: 'idle'; isPending: false; data: undefined; error: undefined }
  | { status: 'pending'; isPending: true; data: undefined; error: undefined }
  | { status: 'success'; isPending: false; data: TData; error: undefined }
  | { status: 'error'; isPending: false; data: undefined; error: unknown };

/** What a write is given beside its variables: the `Idempotency-Key` of this attempt, to pass to the SDK. */
export interface IdempotentMutationContext {
  idempotencyKey: string;
}

/** Options of `createIdempotentMutation` (and `useIdempotentMutation`). */
export interface IdempotentMutationOptions<TVariables> {
  /**
   * What makes two calls the same attempt, compared as JSON; the variables themselves by default. Leave out what
   * changes between tries without changing the request's meaning (a timestamp taken at submit): a retry then sends
   * the first try's variables again, byte for byte, as a replay under the same key must.
   */
  attemptOf?: ((variables: TVariables) => unknown) | undefined;
  /** Makes the keys; `createIdempotencyKey` of `@yilian/sdk` by default (tests pin it). */
  createKey?: (() => string) | undefined;
}

/** A write with an idempotency key per attempt: a framework-free store to subscribe to. */
export interface IdempotentMutation<TVariables, TData> {
  /** Calls `listener` after every change of state; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** The current state: the same object until it changes (what `useSyncExternalStore` needs). */
  getSnapshot(): IdempotentMutationState<TData>;
  /**
   * Sends the write and resolves with its data, or rejects with what it threw (the state has it too). While an attempt
   * is in flight, starts nothing and returns that attempt's promise (a double click writes once).
   */
  mutate(variables: TVariables): Promise<TData>;
  /** Back to `idle`: forgets the data, the error and the key, so the next `mutate` is a new attempt. */
  reset(): void;
}

const IDLE = { status: 'idle', isPending: false, data: undefined, error: undefined } as const;
const PENDING = { status: 'pending', isPending: true, data: undefined, error: undefined } as const;

/**
 * A write that is safe to retry. Each attempt gets one idempotency key; after a failure, calling `mutate` again with
 * the same attempt (see `attemptOf`) reuses that key and the first try's variables, so the server replays the write
 * instead of doing it twice; a different attempt, a success or `reset()` starts over with a new key. No React here:
 * `useIdempotentMutation` subscribes to it.
 * @param run - does the write with the attempt's key, e.g. `(body, { idempotencyKey }) => client.appointments.book(body, { idempotencyKey })`
 * @param options - `attemptOf`, what identifies an attempt; `createKey`, the key generator
 * @example
 * const booking = createIdempotentMutation((body: AppointmentCreate, { idempotencyKey }) =>
 *   client.appointments.book(body, { idempotencyKey }),
 * );
 * booking.subscribe(() => render(booking.getSnapshot()));
 * await booking.mutate(body).catch(() => {}); // a network error: the state is `error`
 * await booking.mutate(body); // the same key again: booked once
 */
export function createIdempotentMutation<TVariables, TData>(
  run: (variables: TVariables, context: IdempotentMutationContext) => Promise<TData>,
  options: IdempotentMutationOptions<TVariables> = {},
): IdempotentMutation<TVariables, TData> {
  const { attemptOf = (variables: TVariables) => variables, createKey = createIdempotencyKey } = options;
  const listeners = new Set<() => void>();
  let state: IdempotentMutationState<TData> = IDLE;
  /** The attempt whose key a retry reuses: set when it is sent, dropped after success or reset. */
  let attempt: { key: string; signature: string; variables: TVariables } | undefined;
  let inFlight: Promise<TData> | undefined;
  // Bumped by reset(): the answer of an attempt sent before it must not come back as the state.
  let generation = 0;

  const set = (next: IdempotentMutationState<TData>) => {
    state = next;
    for (const listener of [...listeners]) {
      listener();
    }
  };

  const mutate = (variables: TVariables): Promise<TData> => {
    if (inFlight) {
      return inFlight;
    }
    const signature = JSON.stringify(attemptOf(variables)) ?? '';
    if (attempt?.signature !== signature) {
      attempt = { key: createKey(), signature, variables };
    }
    const current = attempt;
    const mine = generation;
    set(PENDING);
    const sent = (async () => {
      try {
        const data = await run(current.variables, { idempotencyKey: current.key });
        if (mine === generation) {
          attempt = undefined;
          inFlight = undefined;
          set({ status: 'success', isPending: false, data, error: undefined });
        }
        return data;
      } catch (error) {
        if (mine === generation) {
          inFlight = undefined;
          set({ status: 'error', isPending: false, data: undefined, error });
        }
        throw error;
      }
    })();
    inFlight = sent;
    return sent;
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => state,
    mutate,
    reset() {
      generation += 1;
      attempt = undefined;
      inFlight = undefined;
      if (state !== IDLE) {
        set(IDLE);
      }
    },
  };
}
