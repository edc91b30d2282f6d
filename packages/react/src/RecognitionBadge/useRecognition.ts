import type { AllianceClient, components } from '@yilian/sdk';
import { toShanghaiIso } from '@yilian/domain';
import { useAsync } from '../hooks/useAsync.js';
import { useAlliance } from '../provider/AllianceProvider.js';

type Schemas = components['schemas'];

/**
 * Which result to decide on: a registered `resultId`, or the facts of a result that is not registered.
 * @example const target: RecognitionTarget = { resultId: 'res_01JD…' };
 */
export type RecognitionTarget =
  | { resultId: string; itemCode?: never; performingInstitutionId?: never; performedAt?: never }
  | { resultId?: never; itemCode: string; performingInstitutionId: string; performedAt: string };

/**
 * Options of `useRecognition`.
 * @example const options: UseRecognitionOptions = { at: '2026-11-23T09:00:00+08:00' };
 */
export interface UseRecognitionOptions {
  /** The instant of the check; the provider's clock by default. */
  at?: Date | string | undefined;
}

// One `me()` per client: a results list shows many badges, and who is looking does not change between them.
const viewers = new WeakMap<AllianceClient, Promise<Schemas['Me']>>();

function viewerOf(client: AllianceClient): Promise<Schemas['Me']> {
  let pending = viewers.get(client);
  if (!pending) {
    // note: no signal: one badge unmounting must not abort the answer the others share
    pending = client.me();
    viewers.set(client, pending);
    pending.catch(() => viewers.delete(client));
  }
  return pending;
}

/**
 * The recognition decision of one result for the viewing institution (`client.me()`), from the server.
 * @param target - a `resultId`, or `itemCode` + `performingInstitutionId` + `performedAt`
 * @param options - `at`, the instant of the check
 * @example const { status, data } = useRecognition({ resultId });
 */
export function useRecognition(target: RecognitionTarget, options: UseRecognitionOptions = {}) {
  const { client, now } = useAlliance();
  const { resultId, itemCode, performingInstitutionId, performedAt } = target;
  const atKey = options.at === undefined ? '' : toShanghaiIso(options.at);
  return useAsync(
    async (signal) => {
      const me = await viewerOf(client);
      const at = atKey === '' ? toShanghaiIso(now()) : atKey;
      const body: Schemas['RecognitionCheck'] =
        resultId !== undefined
          ? { resultId, requestingInstitutionId: me.institutionId, at }
          : { itemCode, performingInstitutionId, performedAt, requestingInstitutionId: me.institutionId, at };
      return client.recognition.check(body, { signal });
    },
    // `now` is left out on purpose: providers often pass a new arrow each render, and the check is made once.
    [client, resultId, itemCode, performingInstitutionId, performedAt, atKey],
  );
}
