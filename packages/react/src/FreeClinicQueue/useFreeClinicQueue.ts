import type { Schemas } from '@yilian/sdk';
import { useEffect, useState } from 'react';
import { useAsync } from '../hooks/useAsync.js';
import { useAlliance } from '../provider/AllianceProvider.js';
import type { ChangeSourceStatus } from '../ReferralInbox/change-source.js';

/** The feed's events that change a 义诊 queue: the display and the desk reread the queue on each. */
const QUEUE_EVENT_TYPES = [
  'queue.ticket_issued',
  'queue.ticket_called',
  'queue.ticket_closed',
] as const satisfies readonly Schemas['EventType'][];

/**
 * How `useFreeClinicQueue` follows the queue.
 * @example const options: UseFreeClinicQueueOptions = { live: true, pollIntervalMs: 5000 };
 */
export interface UseFreeClinicQueueOptions {
  /** Follow the event stream (or the feed, where a proxy buffers the stream) and reread on each change; true by default. */
  live?: boolean | undefined;
  /** How often the SDK reads the feed once it has fallen back to polling; the SDK's default unless given. */
  pollIntervalMs?: number | undefined;
}

/**
 * A 义诊 day's queues as they change: per department the number being served, how many wait and the last number
 * issued, the day's counts, and the host's department names. Live through the caller's event stream (`queue.*`
 * events), so a waiting-room display updates without a reload. Numbers only: the queue holds no patient data.
 * @param activityId - the `free_clinic` activity
 * @param options - `live`, `pollIntervalMs`
 * @example const { queue, departmentName, reload } = useFreeClinicQueue('act_jm_bg_free_clinic_20261205');
 */
export function useFreeClinicQueue(activityId: string, options: UseFreeClinicQueueOptions = {}) {
  const { client, locale } = useAlliance();
  const { live = true, pollIntervalMs } = options;
  const [liveStatus, setLiveStatus] = useState<ChangeSourceStatus>();

  const queue = useAsync((signal) => client.freeClinics.queue(activityId, { signal }), [client, activityId]);
  const host = queue.data?.hostInstitutionId;
  // note: the names are of the queue's host; the queue shows once they are in, never ids in their place
  const departments = useAsync(
    async (signal) => ({
      host,
      items: host
        ? await client.institutions
            .departments(host, { signal })
            .then((list) => list.items)
            .catch(() => [] as Schemas['Department'][])
        : [],
    }),
    [client, host],
  );

  const { reload } = queue;
  useEffect(() => {
    if (!live) {
      return;
    }
    const controller = new AbortController();
    void (async () => {
      try {
        for await (const _event of client.events.subscribe({
          types: QUEUE_EVENT_TYPES,
          signal: controller.signal,
          onStatus: (status) => {
            if (!controller.signal.aborted) {
              setLiveStatus(status.state);
            }
          },
          ...(pollIntervalMs !== undefined ? { pollIntervalMs } : {}),
        })) {
          if (controller.signal.aborted) {
            return;
          }
          // note: the event names a ticket; one read of the whole queue is cheaper than working out its effect
          reload();
        }
      } catch {
        // The SDK gives up only on a refusal (401, 403): the queue shown stays, without live updates.
        if (!controller.signal.aborted) {
          setLiveStatus(undefined);
        }
      }
    })();
    return () => controller.abort();
  }, [client, live, pollIntervalMs, reload]);

  const departmentName = (departmentId: string): string => {
    const found = departments.data?.items.find((department) => department.id === departmentId);
    if (!found) {
      return departmentId;
    }
    return locale === 'en' ? (found.name.en ?? found.name.zh) : found.name.zh;
  };

  return {
    /** `loading` until the first answer; later rereads keep the last state shown. */
    status:
      queue.status === 'error' && !queue.data
        ? ('error' as const)
        : queue.data && host !== undefined && departments.data?.host === host
          ? ('success' as const)
          : ('loading' as const),
    error: queue.error,
    reload,
    queue: queue.data,
    /** The department's name in the provider's locale (its id until the names have loaded). */
    departmentName,
    /** How live updates arrive now (`live`, `polling`, `connecting`, `reconnecting`); undefined when not following. */
    liveStatus: live ? liveStatus : undefined,
  };
}

/** What `useFreeClinicQueue` returns. */
export type UseFreeClinicQueueResult = ReturnType<typeof useFreeClinicQueue>;
