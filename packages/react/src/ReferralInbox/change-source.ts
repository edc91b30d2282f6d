import type { AllianceClient, Schemas } from '@yilian/sdk';

/**
 * How a change source is receiving changes now: `live` on the event stream, `polling` the feed (by choice, or
 * because a proxy buffered the stream), `connecting`, or `reconnecting` after a drop. The queue shows it in words.
 */
export type ChangeSourceStatus = 'connecting' | 'live' | 'polling' | 'reconnecting';

/**
 * Where the work queue learns that referrals changed: `start` calls `onChange` with the ids of the referrals that
 * changed (created, submitted, answered, escalated…) and returns a stop function. The queue then re-reads those
 * rows and its counts. The default follows the server-sent event stream (`subscribeChangeSource`); hosts that
 * prefer an interval use `pollingChangeSource`.
 * @example const source: ReferralChangeSource = { start: (onChange) => { const id = setInterval(() => onChange([]), 5000); return () => clearInterval(id); } };
 */
export interface ReferralChangeSource {
  start(
    onChange: (referralIds: readonly string[]) => void,
    onError?: (error: unknown) => void,
    onStatus?: (status: ChangeSourceStatus) => void,
  ): () => void;
}

/** Every `referral.*` type of the contract's feed: the queue follows these and nothing else. */
const REFERRAL_EVENT_TYPES = [
  'referral.created',
  'referral.submitted',
  'referral.accepted',
  'referral.rejected',
  'referral.cancelled',
  'referral.arrived',
  'referral.treatment_started',
  'referral.reported',
  'referral.closed',
  'referral.no_show',
  'referral.expired',
  'referral.returned',
  'referral.resubmitted',
  'referral.escalated',
] as const satisfies readonly Schemas['EventType'][];

/** Options of `subscribeChangeSource`. */
export interface SubscribeChangeSourceOptions {
  /** How often the SDK reads the feed when it has fallen back to polling; the SDK's default (5 s) unless given. */
  pollIntervalMs?: number;
  /** How long the stream may take to show it is live before the SDK polls instead; the SDK's default unless given. */
  fallbackAfterMs?: number;
}

/**
 * Follows the caller's `referral.*` events as they happen through `client.events.subscribe()`: the server-sent
 * event stream, reconnected and resumed by the SDK, or the feed polled where a proxy buffers the stream. Only
 * events after the start are reported: what happened before the queue was loaded is already in it. Stopping
 * aborts the subscription and its connection.
 * @param client - the SDK client
 * @param options - the SDK's polling interval and fallback delay
 * @example const source = subscribeChangeSource(client);
 */
export function subscribeChangeSource(
  client: AllianceClient,
  options: SubscribeChangeSourceOptions = {},
): ReferralChangeSource {
  return {
    start(onChange, onError, onStatus) {
      const controller = new AbortController();
      void (async () => {
        try {
          for await (const event of client.events.subscribe({
            types: REFERRAL_EVENT_TYPES,
            signal: controller.signal,
            onStatus: (status) => {
              if (!controller.signal.aborted) {
                onStatus?.(status.state);
              }
            },
            ...(options.pollIntervalMs !== undefined ? { pollIntervalMs: options.pollIntervalMs } : {}),
            ...(options.fallbackAfterMs !== undefined ? { fallbackAfterMs: options.fallbackAfterMs } : {}),
          })) {
            if (controller.signal.aborted) {
              return;
            }
            onChange([event.resourceId]);
          }
        } catch (error) {
          // The SDK gives up only on a refusal (401, 403…): reconnecting would be refused the same way.
          if (!controller.signal.aborted) {
            onError?.(error);
          }
        }
      })();
      return () => controller.abort();
    },
  };
}

/**
 * Reads the caller's event feed every `intervalMs` from where the last read stopped, and reports the referrals its
 * `referral.*` events name. The first read only finds the end of the feed: what happened before the queue was
 * loaded is already in it. For hosts that want an interval rather than a held connection.
 * @param client - the SDK client
 * @param intervalMs - how often to read the feed
 * @example const source = pollingChangeSource(client, 10_000);
 */
export function pollingChangeSource(client: AllianceClient, intervalMs: number): ReferralChangeSource {
  return {
    start(onChange, onError, onStatus) {
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
      onStatus?.('polling');
      tick();
      return () => {
        stopped = true;
        controller.abort();
        clearTimeout(timer);
      };
    },
  };
}
