// What happened at each step of the timeline, beyond who and when: the appointment of an accept, the report back,
// the reason of a rejection. A new kind of step (e.g. returned for information) is one more entry in STEP_DETAILS.
import type { Locale } from '@yilian/domain';
import type { Schemas } from '@yilian/sdk';
import type { ReactNode } from 'react';
import type { MessageKey } from '../i18n/messages.js';
import type { CaseContext } from './case-parts.js';
import { FieldItem, FieldList, LongText } from './case-parts.js';
import { DiagnosisText } from './case-sections.js';
import { label, labelValues } from '../i18n/domain.js';

type StepProps = CaseContext & { event: Schemas['TimelineEvent'] };

/** The label of a reject or cancel reason code; a code the domain does not know is shown as it is. */
export function reasonLabel(action: string, code: string, locale: Locale): string {
  if (action === 'reject' && (labelValues('rejectReasonCode') as string[]).includes(code)) {
    return label('rejectReasonCode', code as Schemas['RejectReasonCode'], locale);
  }
  if (action === 'cancel' && (labelValues('cancelReasonCode') as string[]).includes(code)) {
    return label('cancelReasonCode', code as Schemas['CancelReasonCode'], locale);
  }
  return code;
}

function NoteOnly({ event, t }: StepProps) {
  return event.note ? (
    <FieldList>
      <FieldItem term={t('tracker.step.note')} block>
        <LongText text={event.note} t={t} />
      </FieldItem>
    </FieldList>
  ) : null;
}

function Accepted(props: StepProps) {
  const { view, t, names, instant, event } = props;
  const appointment = view.referral.appointment;
  if (!appointment) {
    return <NoteOnly {...props} />;
  }
  return (
    <FieldList>
      <FieldItem term={t('referral.action.department')}>
        {names.department(appointment.departmentId)}
      </FieldItem>
      <FieldItem term={t('referral.action.clinician')}>{names.clinician(appointment.clinicianId)}</FieldItem>
      {appointment.window ? (
        <FieldItem term={t('tracker.step.window')}>
          {/* An allowed window (e.g. admission within 8 days) instead of one instant. */}
          <time dateTime={appointment.window.from}>{instant(appointment.window.from)}</time>
          {' – '}
          <time dateTime={appointment.window.to}>{instant(appointment.window.to)}</time>
        </FieldItem>
      ) : (
        <FieldItem term={t('tracker.step.scheduledAt')}>
          {appointment.scheduledAt && (
            <time dateTime={appointment.scheduledAt}>{instant(appointment.scheduledAt)}</time>
          )}
        </FieldItem>
      )}
      <FieldItem term={t('referral.action.bed')}>{appointment.bed}</FieldItem>
      <FieldItem term={t('tracker.step.instructions')} block>
        {appointment.instructions && <LongText text={appointment.instructions} t={t} />}
      </FieldItem>
      <FieldItem term={t('tracker.step.note')} block>
        {event.note && <LongText text={event.note} t={t} />}
      </FieldItem>
    </FieldList>
  );
}

/** A rejection or a cancellation: its reason's label and the explanation, from the referral's record if any. */
function Reason(props: StepProps) {
  const { view, t, locale, names, event } = props;
  const record = event.action === 'reject' ? view.referral.rejection : view.referral.cancellation;
  const code = record?.code ?? event.reasonCode;
  const text = record?.text ?? event.note;
  return (
    <FieldList>
      <FieldItem term={t('referral.action.reasonCode')}>
        {code && reasonLabel(event.action, code, locale)}
      </FieldItem>
      <FieldItem term={t('referral.action.reasonText')} block>
        {text && <LongText text={text} t={t} />}
      </FieldItem>
      <FieldItem term={t('referral.action.alternativeInstitution')}>
        {names.institution(record?.alternativeInstitutionId)}
      </FieldItem>
    </FieldList>
  );
}

function Arrived({ view, t, instant }: StepProps) {
  const { arrivedAt } = view.referral;
  return arrivedAt ? (
    <FieldList>
      <FieldItem term={t('tracker.step.arrivedAt')}>
        <time dateTime={arrivedAt}>{instant(arrivedAt)}</time>
      </FieldItem>
    </FieldList>
  ) : null;
}

function TreatmentStarted({ event, t }: StepProps) {
  // The contract's referral has no field for the setting; the timeline keeps it in the step's note.
  const setting =
    event.note === 'inpatient'
      ? t('referral.action.inpatient')
      : event.note === 'outpatient'
        ? t('referral.action.outpatient')
        : undefined;
  return setting ? (
    <FieldList>
      <FieldItem term={t('referral.action.setting')}>{setting}</FieldItem>
    </FieldList>
  ) : null;
}

function Reported({ view, t, instant }: StepProps) {
  const { report } = view.referral;
  if (!report) {
    return null;
  }
  return (
    <>
      <FieldList>
        <FieldItem term={t('referral.action.diagnosisText')}>
          <DiagnosisText diagnosis={report.diagnosis} />
        </FieldItem>
        <FieldItem term={t('referral.action.treatment')} block>
          <LongText text={report.treatment} t={t} />
        </FieldItem>
        <FieldItem term={t('referral.action.advice')} block>
          <LongText text={report.advice} t={t} />
        </FieldItem>
        <FieldItem term={t('tracker.step.dischargedAt')}>
          {report.dischargedAt && <time dateTime={report.dischargedAt}>{instant(report.dischargedAt)}</time>}
        </FieldItem>
        <FieldItem term={t('tracker.step.dischargeSummary')} block>
          {report.dischargeSummary && <LongText text={report.dischargeSummary} t={t} />}
        </FieldItem>
      </FieldList>
      {report.recommendDownReferral && (
        <p className="yl-referral-tracker__hint">{t('tracker.step.recommendDown')}</p>
      )}
    </>
  );
}

function Closed({ view, event, t }: StepProps) {
  const note = view.referral.closingNote ?? event.note;
  return note ? (
    <FieldList>
      <FieldItem term={t('referral.action.note')} block>
        <LongText text={note} t={t} />
      </FieldItem>
    </FieldList>
  ) : null;
}

/** What the receiver asked the sender to add: the step's own note, else the referral's latest return record. */
function ReturnedForInfo({ view, event, t }: StepProps) {
  const note = event.note ?? view.referral.returnForInfo?.note;
  return note ? (
    <FieldList>
      <FieldItem term={t('referral.action.returnNote')} block>
        <LongText text={note} t={t} />
      </FieldItem>
    </FieldList>
  ) : null;
}

function Resubmitted({ event, t }: StepProps) {
  return event.note ? (
    <FieldList>
      <FieldItem term={t('referral.action.resubmitNote')} block>
        <LongText text={event.note} t={t} />
      </FieldItem>
    </FieldList>
  ) : null;
}

function Escalated({ t }: StepProps) {
  return <p className="yl-referral-tracker__hint">{t('tracker.step.escalatedText')}</p>;
}

/** The details of each kind of step, by the timeline event's `action`; any other action shows its note. */
export const STEP_DETAILS: Readonly<Record<string, (props: StepProps) => ReactNode>> = {
  accept: Accepted,
  reject: Reason,
  cancel: Reason,
  record_arrival: Arrived,
  start_treatment: TreatmentStarted,
  report: Reported,
  close: Closed,
  return_for_info: ReturnedForInfo,
  resubmit: Resubmitted,
  escalate: Escalated,
};

/**
 * The heading of a step whose action says more than the status it led to (an escalation changes no status; a
 * resubmission leads back to 已提交); other steps are named by their status.
 */
export const STEP_TITLES: Readonly<Record<string, MessageKey>> = {
  escalate: 'tracker.step.escalated',
  resubmit: 'tracker.step.resubmitted',
};

export function StepDetails(props: StepProps) {
  const Details = STEP_DETAILS[props.event.action] ?? NoteOnly;
  return <Details {...props} />;
}
