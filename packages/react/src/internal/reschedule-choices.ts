import { toShanghaiIso } from '@yilian/domain';
import type { Schemas } from '@yilian/sdk';
import { useAsync } from '../hooks/useAsync.js';
import { useAlliance } from '../provider/AllianceProvider.js';

/** How far ahead a booking may be moved from a widget: the next weeks, not only the week shown. */
export const RESCHEDULE_WEEKS = 6;

/** What a booking is moved from: its slot, and the kind, host and experts of its activity or slot. */
export interface RescheduleSource {
  slotId: string;
  activityKind: Schemas['ActivityKind'];
  hostInstitutionId: string;
  expertIds: readonly string[];
}

/**
 * The free, future slots a booking may move to, across the next weeks: the same kind of activity (a 坐诊 stays a
 * 坐诊, never a 会诊), the same host and an expert of the booking, never its own slot. Loads only while `enabled`
 * (the user opened the move), so a list of bookings does not ask once per row.
 * @param source - the booking's slot, kind, host and experts
 * @param enabled - whether to load
 * @example const choices = useRescheduleChoices({ slotId, activityKind: 'clinic', hostInstitutionId, expertIds }, open);
 */
export function useRescheduleChoices(source: RescheduleSource, enabled: boolean) {
  const { client, now } = useAlliance();
  const [expertId] = source.expertIds;
  return useAsync(
    async (signal) => {
      if (!enabled) {
        return [];
      }
      const from = now();
      const list = await client.slots
        .list(
          {
            from: toShanghaiIso(from),
            to: toShanghaiIso(new Date(from.getTime() + RESCHEDULE_WEEKS * 7 * 86_400_000)),
            availableOnly: true,
            institutionId: source.hostInstitutionId,
            ...(expertId !== undefined ? { expertId } : {}),
            limit: 100,
          },
          { signal },
        )
        .toArray(300);
      return list.filter(
        (other) =>
          other.id !== source.slotId &&
          other.activityKind === source.activityKind &&
          other.hostInstitutionId === source.hostInstitutionId &&
          (source.expertIds.length === 0 ||
            other.expertIds.some((expert) => source.expertIds.includes(expert))),
      );
    },
    [client, source.slotId, enabled],
  );
}
