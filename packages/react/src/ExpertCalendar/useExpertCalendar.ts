import type { components } from '@yilian/sdk';
import type { LocalDate } from '@yilian/domain';
import { addDays, shanghaiDate, shanghaiWeekday, startOfShanghaiDay, toShanghaiIso } from '@yilian/domain';
import { useMemo } from 'react';
import { useAsync } from '../hooks/useAsync.js';
import { useAlliance } from '../provider/AllianceProvider.js';

type Schemas = components['schemas'];

/** `week` shows seven days side by side (a list on narrow screens); `day` shows one day. */
export type CalendarView = 'week' | 'day';

/**
 * What the calendar shows: the activities of one host institution, department and/or expert.
 * @example const filters: ExpertCalendarFilters = { institutionId: 'ins_cangzhou_central', expertId: 'cln_pumch_neuro_li' };
 */
export interface ExpertCalendarFilters {
  institutionId?: string | undefined;
  departmentId?: string | undefined;
  expertId?: string | undefined;
}

/** One cell of a day: an activity (with its kind, place or video link), or one bookable slot of it. */
export type CalendarItem =
  | { type: 'activity'; key: string; activity: Schemas['Activity'] }
  | { type: 'slot'; key: string; activity: Schemas['Activity']; slot: Schemas['Slot'] };

/** One day of the calendar with its cells in time order. */
export interface CalendarDay {
  date: LocalDate;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  items: CalendarItem[];
}

/**
 * The Monday (Asia/Shanghai) of the week a day falls in.
 * @param date - `YYYY-MM-DD`
 * @example mondayOf('2026-11-26') // '2026-11-23'
 */
export function mondayOf(date: LocalDate): LocalDate {
  return addDays(date, -((shanghaiWeekday(startOfShanghaiDay(date)) + 6) % 7));
}

const PAGE = { limit: 100 } as const;

/**
 * The data of an expert calendar week: activities, slots with remaining capacity, the caller's active bookings,
 * and the directory for names and filters. `reload()` after a booking, cancellation or move.
 * @param week - the Monday of the week
 * @param filters - host institution, department, expert
 * @example const calendar = useExpertCalendar('2026-11-23', { expertId: 'cln_pumch_neuro_li' });
 */
export function useExpertCalendar(week: LocalDate, filters: ExpertCalendarFilters = {}) {
  const { client } = useAlliance();
  const { institutionId, departmentId, expertId } = filters;

  const directory = useAsync(
    (signal) =>
      Promise.all([
        client.me({ signal }),
        client.experts.list(PAGE, { signal }).toArray(),
        client.institutions.list(PAGE, { signal }).toArray(),
      ]).then(([me, experts, institutions]) => ({ me, experts, institutions })),
    [client],
  );
  const departments = useAsync(
    (signal) =>
      institutionId
        ? client.institutions.departments(institutionId, { signal }).then((list) => list.items)
        : Promise.resolve([] as Schemas['Department'][]),
    [client, institutionId],
  );
  const data = useAsync(
    (signal) => {
      const from = toShanghaiIso(startOfShanghaiDay(week));
      const to = toShanghaiIso(startOfShanghaiDay(addDays(week, 7)));
      // note: a 义诊 has its departments on its slots, not on the activity: the department filter is the slots'
      return Promise.all([
        client.activities
          .list({ ...PAGE, from, to, hostInstitutionId: institutionId, expertId }, { signal })
          .toArray(),
        client.slots.list({ ...PAGE, from, to, institutionId, departmentId, expertId }, { signal }).toArray(),
        client.appointments.list({ ...PAGE, from, to, status: 'booked' }, { signal }).toArray(),
      ]).then(([all, slots, appointments]) => ({
        activities: departmentId
          ? all.filter(
              (activity) =>
                activity.departmentId === departmentId ||
                slots.some((slot) => slot.activityId === activity.id),
            )
          : all,
        slots,
        appointments,
      }));
    },
    [client, week, institutionId, departmentId, expertId],
  );

  const days = useMemo<CalendarDay[]>(() => {
    const activities = data.data?.activities ?? [];
    const slots = data.data?.slots ?? [];
    return Array.from({ length: 7 }, (_, offset) => {
      const date = addDays(week, offset);
      const items: CalendarItem[] = [];
      for (const activity of activities) {
        if (shanghaiDate(activity.startsAt) !== date) {
          continue;
        }
        items.push({ type: 'activity', key: `a:${activity.id}`, activity });
        for (const slot of slots) {
          if (slot.activityId === activity.id) {
            items.push({ type: 'slot', key: `s:${slot.id}`, activity, slot });
          }
        }
      }
      return { date, weekday: (offset + 1) % 7, items };
    });
  }, [data.data, week]);

  const error =
    data.status === 'error' ? data.error : directory.status === 'error' ? directory.error : undefined;
  const reload = () => {
    data.reload();
    if (directory.status === 'error') {
      directory.reload();
    }
  };
  return {
    /** `loading` until the first answer; later reloads keep the last data. */
    status:
      error !== undefined
        ? ('error' as const)
        : data.data && directory.data
          ? ('success' as const)
          : ('loading' as const),
    /** Reloading after a change while the last data is still shown. */
    busy: data.status === 'loading' && data.data !== undefined,
    error,
    reload,
    days,
    activities: data.data?.activities ?? [],
    slots: data.data?.slots ?? [],
    appointments: data.data?.appointments ?? [],
    me: directory.data?.me,
    experts: directory.data?.experts ?? [],
    institutions: directory.data?.institutions ?? [],
    departments: departments.data ?? [],
  };
}
