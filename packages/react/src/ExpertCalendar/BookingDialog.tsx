import type { components } from '@yilian/sdk';
import type { FieldIssue } from '@yilian/domain';
import {
  appointmentCancellers,
  checkBooking,
  defaultBookingConsentPurpose,
  maskIdNumber,
  maskName,
  toShanghaiIso,
} from '@yilian/domain';
import type { FormEvent } from 'react';
import { useId, useRef, useState } from 'react';
import { useIdempotentMutation } from '../hooks/useIdempotentMutation.js';
import type { Translate } from '../i18n/messages.js';
import { Field } from '../internal/Field.js';
import type { PatientConsentValue } from '../internal/PatientConsentFields.js';
import {
  EMPTY_PATIENT_CONSENT,
  PatientConsentFields,
  checkPatientConsent,
} from '../internal/PatientConsentFields.js';
import { ProblemNotice } from '../internal/ProblemNotice.js';
import { useRescheduleChoices } from '../internal/reschedule-choices.js';
import { SubmitButton } from '../internal/SubmitButton.js';
import { WidgetDialog, useRevealError } from '../internal/WidgetDialog.js';
import { useAlliance, useMessages } from '../provider/AllianceProvider.js';
import { CALENDAR_MESSAGES } from '../i18n/calendar.js';
import { formatFieldError, formatProblem, label } from '../i18n/domain.js';

type Schemas = components['schemas'];
type Appointment = Schemas['Appointment'];
type Slot = Schemas['Slot'];
type Activity = Schemas['Activity'];
type CancelledBy = Schemas['AppointmentCancelledBy'];

/** `HH:MM` in Asia/Shanghai. */
export function clock(instant: string): string {
  return toShanghaiIso(instant).slice(11, 16);
}

/** A slot's time in words: `周二 11/24 08:00–08:30`. */
export function slotWhen(
  slot: Pick<Slot, 'startsAt' | 'endsAt'>,
  dayLabel: (instant: string) => string,
): string {
  return `${dayLabel(slot.startsAt)} ${clock(slot.startsAt)}–${clock(slot.endsAt)}`;
}

export function remainingText(slot: Slot, t: Translate): string {
  return slot.remaining === 0
    ? t('calendar.slot.full')
    : t('calendar.slot.remaining', { remaining: slot.remaining, capacity: slot.capacity });
}

export interface BookingDialogProps {
  slot: Slot | undefined;
  activity: Activity | undefined;
  /** The caller's active bookings in this slot. */
  bookings: Appointment[];
  me: Schemas['Me'] | undefined;
  /** Names of the activity's experts, ready to show. */
  expertNames: string;
  dayLabel: (instant: string) => string;
  onOpenChange: (open: boolean) => void;
  /** Where focus goes when the dialog closes (it has no Radix trigger: the grid opens it). */
  onCloseAutoFocus: (event: Event) => void;
  onBooked?: ((appointment: Appointment) => void) | undefined;
  onCancelled?: ((appointment: Appointment) => void) | undefined;
  onRescheduled?: ((appointment: Appointment) => void) | undefined;
  /** Something changed on the server: reload the week. */
  onChanged: () => void;
}

/** The slot's dialog: its details, the bookings in it (cancel, reschedule) and a booking form. */
export function BookingDialog(props: BookingDialogProps) {
  const { slot, activity, onOpenChange } = props;
  const { locale } = useAlliance();
  const t = useMessages(CALENDAR_MESSAGES);
  return (
    <WidgetDialog
      open={slot !== undefined && activity !== undefined}
      onOpenChange={onOpenChange}
      overlayClassName="yl-calendar-overlay"
      className="yl-calendar-dialog"
      onCloseAutoFocus={props.onCloseAutoFocus}
    >
      {slot && activity && (
        <>
          <WidgetDialog.Header closeLabel={t('common.close')}>
            {t('calendar.dialog.title', {
              kind: label('activityKind', activity.kind, locale),
              when: slotWhen(slot, props.dayLabel),
            })}
          </WidgetDialog.Header>
          <WidgetDialog.Description className="yl-dialog__description">
            {t('calendar.dialog.description', { title: activity.title, remaining: remainingText(slot, t) })}
          </WidgetDialog.Description>
          <SlotDetails key={slot.id} {...props} slot={slot} activity={activity} />
        </>
      )}
    </WidgetDialog>
  );
}

function SlotDetails(props: BookingDialogProps & { slot: Slot; activity: Activity }) {
  const { slot, activity, bookings, expertNames } = props;
  const t = useMessages(CALENDAR_MESSAGES);
  const [notice, setNotice] = useState<string>();
  return (
    <>
      <div className="yl-calendar-dialog__body">
        {expertNames && (
          <p className="yl-calendar-dialog__meta">{t('calendar.experts', { names: expertNames })}</p>
        )}
        {activity.place && <p className="yl-calendar-dialog__meta">{activity.place}</p>}
        {activity.videoUrl && (
          <p className="yl-calendar-dialog__meta">
            <a href={activity.videoUrl} target="_blank" rel="noreferrer">
              {t('calendar.video')}
            </a>
          </p>
        )}
        {notice && (
          <p className="yl-calendar-dialog__done" role="status">
            {notice}
          </p>
        )}
        {bookings.length > 0 && (
          <section className="yl-calendar-dialog__section" aria-labelledby={`${slot.id}-bookings`}>
            <h3 id={`${slot.id}-bookings`} className="yl-calendar-dialog__heading">
              {t('calendar.bookings')}
            </h3>
            <ul className="yl-calendar-dialog__bookings">
              {bookings.map((appointment) => (
                <BookingRow key={appointment.id} {...props} appointment={appointment} setNotice={setNotice} />
              ))}
            </ul>
          </section>
        )}
      </div>
      {/* note: the form and its footer are the dialog's own children, so the footer sticks to the dialog's bottom */}
      <BookingForm {...props} setNotice={setNotice} />
    </>
  );
}

/**
 * A booked patient as every list of the calendar shows them: the name and the document number masked as the domain
 * masks them (`张* 110***********1239`), whatever the server sent for the caller's role.
 */
function patientLabel(patient: Schemas['Patient']): string {
  return `${maskName(patient.name)} ${maskIdNumber(patient.idNumber)}`;
}

function BookingRow(
  props: BookingDialogProps & { slot: Slot; appointment: Appointment; setNotice: (notice: string) => void },
) {
  const { slot, appointment, me, setNotice, dayLabel } = props;
  const { client, locale } = useAlliance();
  const t = useMessages(CALENDAR_MESSAGES);
  const id = useId();
  const [action, setAction] = useState<'cancel' | 'reschedule'>();
  const [cancelledBy, setCancelledBy] = useState<CancelledBy>('patient');
  const [target, setTarget] = useState('');
  // A changed choice is a new attempt (new key); the same one sent again after a failure reuses its key.
  const write = useIdempotentMutation(
    (change: { cancelledBy: CancelledBy } | { slotId: string }, { idempotencyKey }) =>
      'slotId' in change
        ? client.appointments.reschedule(appointment.id, change, { idempotencyKey })
        : client.appointments.cancel(appointment.id, change, { idempotencyKey }),
  );
  const busy = write.isPending;
  const cancellers = appointmentCancellers(
    { institutionId: me?.institutionId ?? '' },
    { hostInstitutionId: slot.hostInstitutionId },
  );
  const name = maskName(appointment.patient.name);
  // The buttons name the row's patient by masked name and number, so two 张* in one slot stay apart.
  const who = patientLabel(appointment.patient);
  const options = useRescheduleChoices(
    {
      slotId: slot.id,
      activityKind: slot.activityKind,
      hostInstitutionId: slot.hostInstitutionId,
      // A slot of one expert (a 义诊 desk) moves to that expert's slots, not to any of the day's experts.
      expertIds: slot.expertId ? [slot.expertId] : slot.expertIds,
    },
    action === 'reschedule',
  );
  const choices = options.data ?? [];

  const choose = (next: 'cancel' | 'reschedule') => {
    write.reset();
    setAction((current) => (current === next ? undefined : next));
  };

  async function run(event: FormEvent) {
    event.preventDefault();
    try {
      if (action === 'cancel') {
        const cancelled = await write.mutate({ cancelledBy });
        setNotice(t('calendar.cancelled', { name }));
        props.onCancelled?.(cancelled);
      } else {
        const slotId = target || choices[0]?.id;
        if (!slotId) {
          return;
        }
        const moved = await write.mutate({ slotId });
        setNotice(t('calendar.rescheduled', { name, when: slotWhen(moved, dayLabel) }));
        props.onRescheduled?.(moved);
      }
      props.onChanged();
    } catch {
      // note: the mutation's state holds the error, shown below
    }
  }
  const error = write.error;
  const errorRef = useRevealError(error);

  return (
    <li className="yl-calendar-dialog__booking">
      <span className="yl-calendar-dialog__patient">{who}</span>
      <span className="yl-calendar-dialog__actions">
        <button
          type="button"
          className="yl-button"
          aria-expanded={action === 'reschedule'}
          onClick={() => choose('reschedule')}
        >
          {t('calendar.reschedule')}
          <span className="yl-visually-hidden"> {who}</span>
        </button>
        <button
          type="button"
          className="yl-button"
          aria-expanded={action === 'cancel'}
          onClick={() => choose('cancel')}
        >
          {t('calendar.cancel')}
          <span className="yl-visually-hidden"> {who}</span>
        </button>
      </span>
      {action && (
        <form className="yl-calendar-dialog__form" onSubmit={(event) => void run(event)}>
          {action === 'cancel' ? (
            <Field block="yl-calendar-dialog" id={`${id}-by`} label={t('calendar.cancel.by')}>
              <select
                id={`${id}-by`}
                value={cancelledBy}
                onChange={(event) => setCancelledBy(event.target.value as CancelledBy)}
              >
                {cancellers.map((value) => (
                  <option key={value} value={value}>
                    {t(`calendar.cancelledBy.${value}`)}
                  </option>
                ))}
              </select>
            </Field>
          ) : options.status === 'error' ? (
            <ProblemNotice error={options.error} onRetry={options.reload} />
          ) : options.status === 'loading' ? (
            <p role="status">{t('common.loading')}</p>
          ) : choices.length === 0 ? (
            <p>{t('calendar.reschedule.none')}</p>
          ) : (
            <Field block="yl-calendar-dialog" id={`${id}-to`} label={t('calendar.reschedule.to')}>
              <select
                id={`${id}-to`}
                value={target || choices[0]?.id}
                onChange={(event) => setTarget(event.target.value)}
              >
                {choices.map((other) => (
                  <option key={other.id} value={other.id}>
                    {`${label('activityKind', other.activityKind, locale)} ${slotWhen(other, dayLabel)} · ${remainingText(other, t)}`}
                  </option>
                ))}
              </select>
            </Field>
          )}
          <div ref={errorRef} tabIndex={-1} className="yl-dialog__errors">
            {error !== undefined && <ProblemNotice error={error} />}
          </div>
          {(action === 'cancel' || choices.length > 0) && (
            <SubmitButton pending={busy} pendingLabel={t('calendar.form.busy')}>
              {action === 'cancel' ? t('calendar.cancel.confirm') : t('calendar.reschedule.confirm')}
            </SubmitButton>
          )}
        </form>
      )}
    </li>
  );
}

function BookingForm(
  props: BookingDialogProps & { slot: Slot; activity: Activity; setNotice: (notice: string) => void },
) {
  const { slot, activity, me, setNotice, dayLabel } = props;
  const { client, locale, now } = useAlliance();
  const t = useMessages(CALENDAR_MESSAGES);
  const id = useId();
  const [form, setForm] = useState<PatientConsentValue>(EMPTY_PATIENT_CONSENT);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  // One key per booking attempt: a retry after a failure replays it, so the patient is never booked twice. The
  // consent's grantedAt is taken at each submit: it is left out of the attempt, and a retry resends the first one.
  const booking = useIdempotentMutation(
    (body: Schemas['AppointmentBook'], { idempotencyKey }) =>
      client.appointments.book(body, { idempotencyKey }),
    { attemptOf: ({ consent: { grantedAt: _grantedAt, ...consent }, ...body }) => ({ ...body, consent }) },
  );
  const { isPending: busy, error } = booking;
  const done = booking.status === 'success';
  const formRef = useRef<HTMLFormElement>(null);
  const errorRef = useRevealError(error);

  const precheck = checkBooking({
    slot: {
      startsAt: slot.startsAt,
      capacity: slot.capacity,
      booked: slot.booked,
      activityKind: slot.activityKind,
    },
    at: now(),
    existingActiveBookingsForPatientInActivity: 0,
  });
  if (done) {
    return null;
  }
  if (!precheck.ok) {
    return (
      <p className="yl-notice yl-calendar-dialog__refusal" role="alert">
        {formatProblem(precheck.problem, locale)}
      </p>
    );
  }

  // note: only bookable kinds have slots; the fallback is for the type, never reached
  const purpose = defaultBookingConsentPurpose(activity.kind) ?? 'referral_transfer';
  const update = (patch: Partial<PatientConsentValue>, fields: string[]) => {
    // An edit is a new attempt: the error goes, and the next submit gets a new key.
    if (booking.status === 'error') {
      booking.reset();
    }
    // The message of a field goes once it is edited.
    setIssues((previous) => previous.filter((issue) => !fields.includes(issue.pointer.slice(1))));
    setForm((previous) => ({ ...previous, ...patch }));
  };
  const err = (pointer: string) => {
    const issue = issues.find((candidate) => candidate.pointer === pointer);
    return issue && formatFieldError(issue.code, locale, issue.params);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { patient, consent, issues: found } = checkPatientConsent(form, purpose, now());
    setIssues(found);
    if (found.length > 0) {
      const first = found[0]?.pointer.slice(1);
      // note: a masked ID number keeps its input: the fieldset unmasks it once its message renders
      formRef.current?.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus();
      return;
    }
    try {
      const appointment = await booking.mutate({
        slotId: slot.id,
        patient,
        consent: {
          ...consent,
          // A patient booking for themself gives their own consent: no clinician records it.
          ...(me && me.patientId === undefined ? { recordedBy: me.clinicianId } : {}),
        },
      });
      setNotice(
        t('calendar.booked', { name: maskName(patient.name), when: slotWhen(appointment, dayLabel) }),
      );
      props.onBooked?.(appointment);
      props.onChanged();
    } catch {
      // note: the mutation's state holds the error, shown above the button
    }
  }

  return (
    <>
      <form
        ref={formRef}
        id={`${id}-form`}
        className="yl-calendar-dialog__form"
        noValidate
        onSubmit={(event) => void submit(event)}
      >
        <h3 className="yl-calendar-dialog__heading">{t('calendar.form.title')}</h3>
        <PatientConsentFields
          id={id}
          block="yl-calendar-dialog"
          value={form}
          errorOf={err}
          onChange={update}
          text={{
            method: t('calendar.form.consentMethod'),
            choose: t('calendar.form.choose'),
            methodOption: (method) => t(`calendar.consentMethod.${method}`),
            consent: t('calendar.form.consent', { purpose: label('consentPurpose', purpose, locale) }),
          }}
        />
        <div ref={errorRef} tabIndex={-1} className="yl-dialog__errors">
          {error !== undefined && (
            <ProblemNotice error={error} onRetry={() => formRef.current?.requestSubmit()} />
          )}
        </div>
      </form>
      {/* The primary action in the dialog's sticky footer: in view however long the form, also at 360 px. */}
      <WidgetDialog.Footer>
        <SubmitButton form={`${id}-form`} pending={busy} pendingLabel={t('calendar.form.busy')}>
          {t('calendar.form.submit')}
        </SubmitButton>
      </WidgetDialog.Footer>
    </>
  );
}
