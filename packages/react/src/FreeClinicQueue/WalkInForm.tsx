import type { FieldIssue } from '@yilian/domain';
import {
  defaultBookingConsentPurpose,
  formatFieldError,
  label,
  normalizeIdNumber,
  toShanghaiIso,
  validatePatientIdentity,
} from '@yilian/domain';
import type { Schemas } from '@yilian/sdk';
import type { FormEvent } from 'react';
import { useId, useRef, useState } from 'react';
import { useIdempotentMutation } from '../hooks/useIdempotentMutation.js';
import { FREE_CLINIC_MESSAGES } from '../i18n/free-clinic.js';
import { Field, FieldError, fieldControlProps } from '../internal/Field.js';
import { PatientIdentityFieldset } from '../internal/PatientIdentityFieldset.js';
import type { PatientIdentityValue } from '../internal/patient-identity.js';
import { needsGuardianField } from '../internal/patient-identity.js';
import { ProblemNotice } from '../internal/ProblemNotice.js';
import { SubmitButton } from '../internal/SubmitButton.js';
import { useRevealError } from '../internal/WidgetDialog.js';
import { useAlliance, useMessages } from '../provider/AllianceProvider.js';

type ConsentMethod = Schemas['Consent']['method'];
const CONSENT_METHODS: ConsentMethod[] = ['written', 'electronic_signature', 'verbal_witnessed'];

interface FormState {
  departmentId: string;
  patient: PatientIdentityValue;
  method: ConsentMethod | '';
  consent: boolean;
}

const EMPTY_PATIENT: PatientIdentityValue = {
  name: '',
  sex: '',
  birthDate: '',
  idType: 'resident_id_card',
  idNumber: '',
  phone: '',
  guardianName: '',
};

export interface WalkInFormProps {
  activityId: string;
  /** The departments with a queue, in the order shown. */
  departmentIds: string[];
  departmentName: (departmentId: string) => string;
  /** Preselects a department (a desk of one department). */
  defaultDepartmentId?: string | undefined;
  me: Schemas['Me'] | undefined;
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
  onIssued,
}: WalkInFormProps) {
  const { client, locale, now } = useAlliance();
  const t = useMessages(FREE_CLINIC_MESSAGES);
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<FormState>({
    departmentId: defaultDepartmentId ?? '',
    patient: EMPTY_PATIENT,
    method: '',
    consent: false,
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
  const value = form.patient;
  const guardian = needsGuardianField(value.birthDate, now());

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
    const at = now();
    const patient = {
      name: value.name.trim(),
      sex: (value.sex || undefined) as Schemas['Sex'],
      birthDate: value.birthDate,
      idType: value.idType,
      idNumber: normalizeIdNumber(value.idType, value.idNumber),
      ...(value.phone.trim() ? { phone: value.phone.trim() } : {}),
      ...(guardian && value.guardianName.trim() ? { guardianName: value.guardianName.trim() } : {}),
    };
    const found: FieldIssue[] = [];
    if (!form.departmentId) {
      found.push({ pointer: '/departmentId', code: 'required' });
    }
    found.push(...validatePatientIdentity(patient, at, ''));
    if (!form.method) {
      found.push({ pointer: '/method', code: 'required' });
    }
    if (!form.consent) {
      found.push({ pointer: '/consent', code: 'consent_required' });
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
        consent: {
          purpose,
          grantedAt: toShanghaiIso(at),
          ...(me?.clinicianId ? { recordedBy: me.clinicianId } : {}),
          method: form.method as ConsentMethod,
          ...(guardian ? { byGuardian: true } : {}),
        },
      });
      // The next patient starts from a blank form at the same department.
      setForm((previous) => ({ ...previous, patient: EMPTY_PATIENT, method: '', consent: false }));
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
      <h3 id={`${id}-title`} className="yl-queue__subheading">
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
      <PatientIdentityFieldset
        id={id}
        block="yl-queue"
        value={value}
        errorOf={(field) => err(`/${field}`)}
        onChange={(patient, changed) => update({ patient }, Object.keys(changed))}
      />
      <Field
        block="yl-queue"
        id={`${id}-method`}
        label={t('queue.register.consentMethod')}
        marker="required"
        error={err('/method')}
      >
        <select
          {...fieldControlProps(`${id}-method`, { error: err('/method') })}
          data-field="method"
          aria-required
          value={form.method}
          onChange={(event) => update({ method: event.target.value as ConsentMethod | '' }, ['method'])}
        >
          <option value="">{t('queue.register.choose')}</option>
          {CONSENT_METHODS.map((method) => (
            <option key={method} value={method}>
              {t(`queue.consentMethod.${method}`)}
            </option>
          ))}
        </select>
      </Field>
      <div className="yl-queue__field">
        <label className="yl-queue__choice">
          <input
            {...fieldControlProps(`${id}-consent`, { error: err('/consent') })}
            type="checkbox"
            data-field="consent"
            aria-required
            checked={form.consent}
            onChange={(event) => update({ consent: event.target.checked }, ['consent'])}
          />
          {t('queue.register.consent', { purpose: label('consentPurpose', purpose, locale) })}
        </label>
        <FieldError id={`${id}-consent`} block="yl-queue">
          {err('/consent')}
        </FieldError>
      </div>
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
