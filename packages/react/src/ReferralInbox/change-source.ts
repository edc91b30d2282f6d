import type { AllianceClient } from '@yilian/sdk';

/**
 * Where the work queue learns that referrals changed: `start` calls `onChange` with the ids of the referrals that
 * changed (created, submitted, answered…) and returns a stop function. The queue then re-reads those rows and its
 * counts. The default reads the event feed on an interval (`pollingChangeSource`); a server-sent-events source
 * (`client.events.subscribe()`) fits the same shape.
 * @example const source: ReferralChangeSource = { start: (onChange) => { const id = setInterval(() => onChange([]), 5000); return () => clearInterval(id); } };
 */
export interface ReferralChangeSource {
  start(onChange: (referralIds: readonly string[]) => void, onError?: (error: unknown) => void): () => void;
}

/**
 * Reads the caller's event feed every `intervalMs` from where the last read stopped, and reports the referrals its
 * `referral.*` events name. The first read only finds the end of the feed: what happened before the queue was
 * loaded is already in it.
 * @param client - the SDK client
 * @param intervalMs - how often to read the feed
 * @example const source = pollingChangeSource(client, 10_000);
 */
export function pollingChangeSource(client: AllianceClient, intervalMs: number): ReferralChangeSource {
  return {
    start(onChange, onError) {
      let cursor: string | undefined;
      let caughtUp = false;
      let stopped = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const controller = new AbortController();

      const read = async () => {
        const ids = new Set<string>();
        for await (const page of client.events.list(undefined, { signal: controller.signal }).pages(cursor)) {
          for (const event of page.items) {
            if (event.type.startsWith('referral.')) {
              ids.add(event.resourceId);
            }
          }
          cursor = page.nextCursor ?? page.items[page.items.length - 1]?.id ?? cursor;
        }
        if (caughtUp && ids.size > 0) {
          onChange([...ids]);
        }
        caughtUp = true;
      };

      const tick = () => {
        read()
          .catch((error: unknown) => {
            if (!stopped) {
              onError?.(error);
            }
          })
          .finally(() => {
            if (!stopped) {
              timer = setTimeout(tick, intervalMs);
            }
          });
      };
      tick();
      return () => {
        stopped = true;
        controller.abort();
        clearTimeout(timer);
      };
    },
  };
}
