import type { Schemas } from '@yilian/sdk';
import type { Locale } from '@yilian/domain';
import {
  appointmentCancellers,
  maskIdNumber,
  maskName,
  shanghaiDate,
  shanghaiWeekday,
  startOfShanghaiDay,
  toShanghaiIso,
} from '@yilian/domain';
import type { ComponentPropsWithoutRef, FormEvent } from 'react';
import { forwardRef, useId, useMemo, useState } from 'react';
import { useIdempotentMutation } from '../hooks/useIdempotentMutation.js';
import { APPOINTMENTS_MESSAGES } from '../i18n/appointments.js';
import { CALENDAR_MESSAGES } from '../i18n/calendar.js';
import { combineMessages, type KeyOf } from '../i18n/define.js';
import type { MessageKey } from '../i18n/messages.js';
import { Field } from '../internal/Field.js';
import { ProblemNotice } from '../internal/ProblemNotice.js';
import { useRescheduleChoices } from '../internal/reschedule-choices.js';
import { SubmitButton } from '../internal/SubmitButton.js';
import { useRevealError } from '../internal/WidgetDialog.js';
import { useAlliance, useMessages } from '../provider/AllianceProvider.js';
import type { AppointmentEntry, UseAppointmentsOptions } from './useAppointments.js';
import { useAppointments } from './useAppointments.js';
import { withMessages } from '../internal/with-messages.js';
import { label } from '../i18n/domain.js';

type Appointment = Schemas['Appointment'];
type CancelledBy = Schemas['AppointmentCancelledBy'];

// The list speaks of times and of who cancels as the calendar does: one wording for both widgets.
const MESSAGES = combineMessages(CALENDAR_MESSAGES, APPOINTMENTS_MESSAGES);
type Translate = ReturnType<typeof useMessages<KeyOf<typeof MESSAGES>>>;

export interface MyAppointmentsProps
  extends Omit<ComponentPropsWithoutRef<'section'>, 'children'>, UseAppointmentsOptions {
  /** The heading; "我的预约" by default. */
  heading?: string | undefined;
  /** Called after an appointment is cancelled. */
  onCancelled?: ((appointment: Appointment) => void) | undefined;
  /** Called after an appointment moves to another slot. */
  onRescheduled?: ((appointment: Appointment) => void) | undefined;
}

/** `周二 11/24 08:00–08:30` of an appointment or a slot, in Asia/Shanghai. */
function useWhen(locale: Locale, t: Translate) {
  return useMemo(() => {
    const shortDate = new Intl.DateTimeFormat(locale, {
      timeZone: 'Asia/Shanghai',
      month: 'numeric',
      day: 'numeric',
    });
    const clock = (instant: string) => toShanghaiIso(instant).slice(11, 16);
    return ({ startsAt, endsAt }: { startsAt: string; endsAt: string }) => {
      const date = startOfShanghaiDay(shanghaiDate(startsAt));
      const weekday = t(`calendar.weekday.${shanghaiWeekday(date)}` as MessageKey as 'calendar.weekday.0');
      return t('appointments.when', {
        day: `${weekday} ${shortDate.format(date)}`,
        start: clock(startsAt),
        end: clock(endsAt),
      });
    };
  }, [locale, t]);
}

const MyAppointmentsContent = forwardRef<HTMLElement, MyAppointmentsProps>(function MyAppointments(
  { status, days, heading, onCancelled, onRescheduled, className, ...rest },
  ref,
) {
  const { locale } = useAlliance();
  const t = useMessages(MESSAGES);
  const id = useId();
  const list = useAppointments({ status, days });
  const when = useWhen(locale, t);
  const [notice, setNotice] = useState<string>();

  return (
    <section
      ref={ref}
      aria-labelledby={`${id}-title`}
      {...rest}
      className={['yl-widget', 'yl-appointments', className].filter(Boolean).join(' ')}
    >
      <h2 id={`${id}-title`} className="yl-appointments__heading">
        {heading ?? t('appointments.title')}
        {list.status === 'success' && list.entries.length > 0 && (
          <span className="yl-appointments__count">
            {t('appointments.count', { count: list.entries.length })}
          </span>
        )}
      </h2>
      <p className="yl-appointments__notice" role="status">
        {notice}
      </p>
      {list.status === 'error' ? (
        <ProblemNotice error={list.error} onRetry={list.reload} />
      ) : list.status === 'loading' ? (
        <div className="yl-appointments__status yl-skeleton-group" role="status">
          <span className="yl-visually-hidden">{t('common.loading')}</span>
          <span className="yl-skeleton yl-skeleton--title" aria-hidden="true" />
          <span className="yl-skeleton" aria-hidden="true" />
          <span className="yl-skeleton yl-skeleton--short" aria-hidden="true" />
        </div>
      ) : list.entries.length === 0 ? (
        <p className="yl-appointments__status">{t('appointments.empty')}</p>
      ) : (
        <ul className="yl-appointments__list" aria-busy={list.busy || undefined}>
          {list.entries.map((entry) => (
            <AppointmentItem
              key={entry.appointment.id}
              entry={entry}
              me={list.me}
              when={when}
              t={t}
              onDone={(message, changed, kind) => {
                setNotice(message);
                if (kind === 'cancelled') {
                  onCancelled?.(changed);
                } else {
                  onRescheduled?.(changed);
                }
                list.reload();
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
});

interface AppointmentItemProps {
  entry: AppointmentEntry;
  me: Schemas['Me'] | undefined;
  when: (interval: { startsAt: string; endsAt: string }) => string;
  t: Translate;
  onDone: (message: string, appointment: Appointment, kind: 'cancelled' | 'rescheduled') => void;
}

function AppointmentItem({ entry, me, when, t, onDone }: AppointmentItemProps) {
  const { appointment, activity, host } = entry;
  const { client, locale } = useAlliance();
  const id = useId();
  const [action, setAction] = useState<'cancel' | 'reschedule'>();
  // A patient's own token cancels as the patient; a clinician's as the domain says its institution may.
  const cancellers: readonly CancelledBy[] = me
    ? appointmentCancellers(me, {
        hostInstitutionId: appointment.hostInstitutionId,
        bookedByInstitutionId: appointment.bookedBy.institutionId,
      })
    : ['patient'];
  const [cancelledBy, setCancelledBy] = useState<CancelledBy | ''>('');
  const [target, setTarget] = useState('');
  // What the booking says of itself, else its activity's (a patient's token may not read the activity).
  const kind = appointment.activityKind ?? activity?.kind;
  const title = appointment.activityTitle ?? activity?.title;
  const place = appointment.place ?? activity?.place;
  const options = useRescheduleChoices(
    {
      slotId: appointment.slotId,
      activityKind: kind ?? 'clinic',
      hostInstitutionId: appointment.hostInstitutionId,
      expertIds: appointment.expertId ? [appointment.expertId] : (activity?.expertIds ?? []),
    },
    action === 'reschedule' && kind !== undefined,
  );
  const choices = options.data ?? [];
  const write = useIdempotentMutation(
    (change: { cancelledBy: CancelledBy } | { slotId: string }, { idempotencyKey }) =>
      'slotId' in change
        ? client.appointments.reschedule(appointment.id, change, { idempotencyKey })
        : client.appointments.cancel(appointment.id, change, { idempotencyKey }),
  );
  const errorRef = useRevealError(write.error);
  const shown = when(appointment);
  const hostName = host ? (locale === 'en' ? (host.name.en ?? host.name.zh) : host.name.zh) : undefined;
  const by = cancelledBy || cancellers[0];

  const choose = (next: 'cancel' | 'reschedule') => {
    write.reset();
    setAction((current) => (current === next ? undefined : next));
  };

  async function run(event: FormEvent) {
    event.preventDefault();
    try {
      if (action === 'cancel') {
        if (!by) {
          return;
        }
        const cancelled = await write.mutate({ cancelledBy: by });
        onDone(t('appointments.cancelled', { when: shown }), cancelled, 'cancelled');
      } else {
        const slotId = target || choices[0]?.id;
        if (!slotId) {
          return;
        }
        const moved = await write.mutate({ slotId });
        // The moved booking keeps its row: close the form, which would otherwise offer the slot just left.
        setAction(undefined);
        setTarget('');
        onDone(t('appointments.rescheduled', { when: when(moved) }), moved, 'rescheduled');
      }
    } catch {
      // note: the mutation's state holds the error, shown in the form
    }
  }

  return (
    <li className="yl-appointments__item" aria-labelledby={`${id}-when`}>
      <p id={`${id}-when`} className="yl-appointments__when">
        {shown}
      </p>
      {kind && (
        <p className="yl-appointments__what">
          <span className={`yl-appointments__kind yl-appointments__kind--${kind}`}>
            {label('activityKind', kind, locale)}
          </span>{' '}
          {title}
        </p>
      )}
      {(hostName || place) && (
        <p className="yl-appointments__meta">{[hostName, place].filter(Boolean).join(' · ')}</p>
      )}
      <p className="yl-appointments__meta">
        {t('appointments.patient', {
          name: `${maskName(appointment.patient.name)} ${maskIdNumber(appointment.patient.idNumber)}`,
        })}
      </p>
      {appointment.status !== 'booked' && (
        <p className="yl-appointments__state">{label('appointmentStatus', appointment.status, locale)}</p>
      )}
      {appointment.status === 'booked' && (
        <div
          className="yl-appointments__actions"
          role="group"
          aria-label={t('appointments.actions', { when: shown })}
        >
          {kind && (
            <button
              type="button"
              className="yl-button"
              aria-expanded={action === 'reschedule'}
              onClick={() => choose('reschedule')}
            >
              {t('appointments.reschedule')}
            </button>
          )}
          {cancellers.length > 0 && (
            <button
              type="button"
              className="yl-button"
              aria-expanded={action === 'cancel'}
              onClick={() => choose('cancel')}
            >
              {t('appointments.cancel')}
            </button>
          )}
        </div>
      )}
      {action && (
        <form className="yl-appointments__form" onSubmit={(event) => void run(event)}>
          {action === 'cancel' ? (
            cancellers.length > 1 ? (
              <Field block="yl-appointments" id={`${id}-by`} label={t('appointments.cancel.by')}>
                <select
                  id={`${id}-by`}
                  value={by}
                  onChange={(event) => setCancelledBy(event.target.value as CancelledBy)}
                >
                  {cancellers.map((value) => (
                    <option key={value} value={value}>
                      {t(`calendar.cancelledBy.${value}`)}
                    </option>
                  ))}
                </select>
              </Field>
            ) : (
              <p className="yl-appointments__hint">{t('appointments.cancel.sure')}</p>
            )
          ) : options.status === 'error' ? (
            <ProblemNotice error={options.error} onRetry={options.reload} />
          ) : options.status === 'loading' ? (
            <p role="status">{t('common.loading')}</p>
          ) : choices.length === 0 ? (
            <p>{t('appointments.reschedule.none')}</p>
          ) : (
            <Field block="yl-appointments" id={`${id}-to`} label={t('appointments.reschedule.to')}>
              <select
                id={`${id}-to`}
                value={target || choices[0]?.id}
                onChange={(event) => setTarget(event.target.value)}
              >
                {choices.map((other) => (
                  <option key={other.id} value={other.id}>
                    {`${when(other)} · ${
                      other.remaining === 0
                        ? t('calendar.slot.full')
                        : t('calendar.slot.remaining', {
                            remaining: other.remaining,
                            capacity: other.capacity,
                          })
                    }`}
                  </option>
                ))}
              </select>
            </Field>
          )}
          <div ref={errorRef} tabIndex={-1} className="yl-dialog__errors">
            {write.error !== undefined && <ProblemNotice error={write.error} />}
          </div>
          {(action === 'cancel' || choices.length > 0) && (
            <SubmitButton pending={write.isPending} pendingLabel={t('appointments.busy')}>
              {action === 'cancel' ? t('appointments.cancel.confirm') : t('appointments.reschedule.confirm')}
            </SubmitButton>
          )}
        </form>
      )}
    </li>
  );
}

/**
 * A patient's or a clinician's appointments from now on, earliest first, each with its time, kind, activity, host
 * and place, and the patient masked (PIPL); cancel and reschedule in place, the move offered across the next weeks
 * within the same kind of activity and expert. With a `patient` token it lists the patient's own bookings.
 * @example <MyAppointments onCancelled={(a) => notify(a)} />
 */
export const MyAppointments = withMessages(MyAppointmentsContent, MESSAGES);
