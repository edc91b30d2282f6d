import type { FieldIssue } from '@yilian/domain';
import { defaultBookingConsentPurpose } from '@yilian/domain';
import type { Schemas } from '@yilian/sdk';
import type { FormEvent } from 'react';
import { useId, useRef, useState } from 'react';
import { useIdempotentMutation } from '../hooks/useIdempotentMutation.js';
import { FREE_CLINIC_MESSAGES } from '../i18n/free-clinic.js';
import { Field, fieldControlProps } from '../internal/Field.js';
import type { PatientConsentValue } from '../internal/PatientConsentFields.js';
import {
  EMPTY_PATIENT_CONSENT,
  PatientConsentFields,
  checkPatientConsent,
} from '../internal/PatientConsentFields.js';
import { ProblemNotice } from '../internal/ProblemNotice.js';
import { SubmitButton } from '../internal/SubmitButton.js';
import { useRevealError } from '../internal/WidgetDialog.js';
import { useAlliance, useMessages } from '../provider/AllianceProvider.js';
import { formatFieldError, label } from '../i18n/domain.js';

interface FormState extends PatientConsentValue {
  departmentId: string;
}

export interface WalkInFormProps {
  activityId: string;
  /** The departments with a queue, in the order shown. */
  departmentIds: string[];
  departmentName: (departmentId: string) => string;
  /** Preselects a department (a desk of one department). */
  defaultDepartmentId?: string | undefined;
  me: Schemas['Me'] | undefined;
  /** Keeps the heading for screen readers only, where a button above already shows the form's name. */
  titleHidden?: boolean | undefined;
  onIssued: (ticket: Schemas['QueueTicket']) => void;
}

/**
 * The registration desk's form: department, the patient's identity (the ID number fills sex and birth date) and the
 * consent, then a queue number. What was typed stays after a failure; a success clears it for the next patient,
 * keeping the department.
 */
export function WalkInForm({
  activityId,
  departmentIds,
  departmentName,
  defaultDepartmentId,
  me,
  titleHidden = false,
  onIssued,
}: WalkInFormProps) {
  const { client, locale, now } = useAlliance();
  const t = useMessages(FREE_CLINIC_MESSAGES);
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<FormState>({
    ...EMPTY_PATIENT_CONSENT,
    departmentId: defaultDepartmentId ?? '',
  });
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  // One key per registration attempt: a retry after a failure replays it, so one patient never gets two numbers.
  const register = useIdempotentMutation(
    (body: Schemas['QueueTicketCreate'], { idempotencyKey }) =>
      client.freeClinics.register(activityId, body, { idempotencyKey }),
    { attemptOf: ({ consent: { grantedAt: _grantedAt, ...consent }, ...body }) => ({ ...body, consent }) },
  );
  const errorRef = useRevealError(register.error);
  // note: 义诊 is bookable, so the domain always names its purpose; the fallback is for the type
  const purpose = defaultBookingConsentPurpose('free_clinic') ?? 'referral_transfer';

  const update = (patch: Partial<FormState>, fields: string[]) => {
    if (register.status === 'error') {
      register.reset();
    }
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
    if (!form.departmentId) {
      found.unshift({ pointer: '/departmentId', code: 'required' });
    }
    setIssues(found);
    if (found.length > 0) {
      const first = found[0]?.pointer.slice(1);
      formRef.current?.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus();
      return;
    }
    try {
      const ticket = await register.mutate({
        departmentId: form.departmentId,
        patient,
        consent: { ...consent, ...(me?.clinicianId ? { recordedBy: me.clinicianId } : {}) },
      });
      // The next patient starts from a blank form at the same department.
      setForm((previous) => ({ ...previous, ...EMPTY_PATIENT_CONSENT }));
      onIssued(ticket);
    } catch {
      // note: the mutation's state holds the error, shown above the button
    }
  }

  return (
    <form
      ref={formRef}
      className="yl-queue__form"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <h3 id={`${id}-title`} className={titleHidden ? 'yl-visually-hidden' : 'yl-queue__subheading'}>
        {t('queue.register.title')}
      </h3>
      <Field
        block="yl-queue"
        id={`${id}-department`}
        label={t('queue.register.department')}
        marker="required"
        error={err('/departmentId')}
      >
        <select
          {...fieldControlProps(`${id}-department`, { error: err('/departmentId') })}
          data-field="departmentId"
          aria-required
          value={form.departmentId}
          onChange={(event) => update({ departmentId: event.target.value }, ['departmentId'])}
        >
          <option value="">{t('queue.register.choose')}</option>
          {departmentIds.map((departmentId) => (
            <option key={departmentId} value={departmentId}>
              {departmentName(departmentId)}
            </option>
          ))}
        </select>
      </Field>
      <PatientConsentFields
        id={id}
        block="yl-queue"
        value={form}
        errorOf={err}
        onChange={update}
        text={{
          method: t('queue.register.consentMethod'),
          choose: t('queue.register.choose'),
          methodOption: (method) => t(`queue.consentMethod.${method}`),
          consent: t('queue.register.consent', { purpose: label('consentPurpose', purpose, locale) }),
        }}
      />
      <div ref={errorRef} tabIndex={-1} className="yl-dialog__errors">
        {register.error !== undefined && (
          <ProblemNotice error={register.error} onRetry={() => formRef.current?.requestSubmit()} />
        )}
      </div>
      <SubmitButton pending={register.isPending} pendingLabel={t('queue.register.busy')}>
        {t('queue.register.submit')}
      </SubmitButton>
    </form>
  );
}
