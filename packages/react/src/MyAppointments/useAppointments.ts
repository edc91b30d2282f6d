import { toShanghaiIso } from '@yilian/domain';
import type { Schemas } from '@yilian/sdk';
import { useMemo } from 'react';
import { useAsync } from '../hooks/useAsync.js';
import { useAlliance } from '../provider/AllianceProvider.js';

/** How far ahead the list reads by default: the appointments API answers a window of at most 62 days. */
const DEFAULT_DAYS = 60;
const DAY_MS = 86_400_000;

/**
 * Which bookings `useAppointments` lists.
 * @example const options: UseAppointmentsOptions = { status: 'booked', days: 30 };
 */
export interface UseAppointmentsOptions {
  /** Only bookings in this state; active ones (`booked`) by default. */
  status?: Schemas['AppointmentStatus'] | undefined;
  /** How many days from now to list (at most 62); 60 by default. */
  days?: number | undefined;
}

/** One booking with what a list shows about it: its activity (kind, title, place, experts) and host's name. */
export interface AppointmentEntry {
  appointment: Schemas['Appointment'];
  /** Undefined when the caller may not read the activity (it is then shown by time and host only). */
  activity: Schemas['Activity'] | undefined;
  host: Schemas['Institution'] | undefined;
}

/**
 * The caller's bookings from now on, earliest first: a patient's own (a `patient` token), or those a clinician's
 * institution booked or hosts. `reload()` after a cancellation or a move. The activities and hosts are read once per
 * activity, and a refusal to read them leaves the booking listed by its time.
 * @param options - which bookings: `status`, `days`
 * @example const { status, entries, reload } = useAppointments({ days: 30 });
 */
export function useAppointments(options: UseAppointmentsOptions = {}) {
  const { client, now } = useAlliance();
  const { status = 'booked', days = DEFAULT_DAYS } = options;

  const me = useAsync((signal) => client.me({ signal }).catch(() => undefined), [client]);
  const data = useAsync(
    async (signal) => {
      const from = now();
      const appointments = await client.appointments
        .list(
          {
            from: toShanghaiIso(from),
            to: toShanghaiIso(new Date(from.getTime() + Math.min(days, 62) * DAY_MS)),
            status,
            limit: 100,
          },
          { signal },
        )
        .toArray(500);
      const activityIds = [...new Set(appointments.map((appointment) => appointment.activityId))];
      // note: a patient's token may not read the directory or activities: the list still shows the bookings
      const [activities, institutions] = await Promise.all([
        Promise.all(activityIds.map((id) => client.activities.get(id, { signal }).catch(() => undefined))),
        client.institutions
          .list({ limit: 100 }, { signal })
          .toArray()
          .catch(() => [] as Schemas['Institution'][]),
      ]);
      return { appointments, activities, institutions };
    },
    [client, status, days],
  );

  const entries = useMemo<AppointmentEntry[]>(() => {
    if (!data.data) {
      return [];
    }
    const { appointments, activities, institutions } = data.data;
    return [...appointments]
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
      .map((appointment) => ({
        appointment,
        activity: activities.find((activity) => activity?.id === appointment.activityId),
        host: institutions.find((institution) => institution.id === appointment.hostInstitutionId),
      }));
  }, [data.data]);

  return {
    /** `loading` until the first answer; later reloads keep the last list. */
    status:
      data.status === 'error' ? ('error' as const) : data.data ? ('success' as const) : ('loading' as const),
    /** Reloading after a change while the last list is still shown. */
    busy: data.status === 'loading' && data.data !== undefined,
    error: data.error,
    reload: data.reload,
    entries,
    /** Who is asking (undefined for a token that may not read it, such as a patient's). */
    me: me.data,
  };
}

/** What `useAppointments` returns. */
export type UseAppointmentsResult = ReturnType<typeof useAppointments>;
