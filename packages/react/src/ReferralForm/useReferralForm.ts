import type { FieldIssue } from '@yilian/domain';
import { toShanghaiIso, validateReferralCreate } from '@yilian/domain';
import type { Schemas } from '@yilian/sdk';
import { isAllianceError } from '@yilian/sdk';
import { useCallback, useRef, useState } from 'react';
import { useAsync } from '../hooks/useAsync.js';
import { useIdempotentMutation } from '../hooks/useIdempotentMutation.js';
import type { PatientIdentityField, PatientIdentityValue } from '../internal/patient-identity.js';
import { PATIENT_IDENTITY_LIMITS, needsGuardianField } from '../internal/patient-identity.js';
import { useAlliance } from '../provider/AllianceProvider.js';

type Referral = Schemas['Referral'];
type ReferralCreate = Schemas['ReferralCreate'];

/** A result the user chose to send with the referral. */
export interface ReferralFormAttachment {
  resultId: string;
  title: string;
}

/** What the referral form holds while it is being filled: every field as typed, plain and serializable. */
export interface ReferralFormValues {
  direction: Schemas['ReferralDirection'];
  /** For a down-referral, the id of the up-referral it follows. */
  parentReferralId: string;
  receivingInstitutionId: string;
  receivingDepartmentId: string;
  urgency: Schemas['ReferralUrgency'];
  /** Only sent for the green channel. */
  greenChannelCategory: Schemas['GreenChannelCategory'] | '';
  diagnosisCode: string;
  diagnosisText: string;
  reason: string;
  clinicalSummary: string;
  patientName: string;
  patientSex: Schemas['Sex'] | '';
  patientBirthDate: string;
  patientIdType: Schemas['IdType'];
  patientIdNumber: string;
  patientPhone: string;
  /** Only sent for patients under 14. */
  guardianName: string;
  /** The patient's (or guardian's) separate written consent to share for this referral (PIPL Art. 29). */
  consent: boolean;
  attachments: ReferralFormAttachment[];
}

/** A field of the form that a message can point at. */
export type ReferralFormField = keyof ReferralFormValues;

/** A field message: a domain `FieldErrorCode` with its parameters. */
export type ReferralFieldError = Pick<FieldIssue, 'code' | 'params'>;

/** Field messages by field; `form` holds those that point at no field of the form. */
export type ReferralFormErrors = Partial<Record<ReferralFormField, ReferralFieldError>> & {
  form?: ReferralFieldError[];
};

/** The empty form: an up-referral, routine, by resident ID card. */
export const EMPTY_REFERRAL_FORM_VALUES: ReferralFormValues = {
  direction: 'up',
  parentReferralId: '',
  receivingInstitutionId: '',
  receivingDepartmentId: '',
  urgency: 'routine',
  greenChannelCategory: '',
  diagnosisCode: '',
  diagnosisText: '',
  reason: '',
  clinicalSummary: '',
  patientName: '',
  patientSex: '',
  patientBirthDate: '',
  patientIdType: 'resident_id_card',
  patientIdNumber: '',
  patientPhone: '',
  guardianName: '',
  consent: false,
  attachments: [],
};

/** The fields in the order they appear, so the first invalid one gets the focus. */
export const REFERRAL_FORM_FIELD_ORDER: readonly ReferralFormField[] = [
  'direction',
  'receivingInstitutionId',
  'receivingDepartmentId',
  'parentReferralId',
  'urgency',
  'greenChannelCategory',
  'patientName',
  'patientSex',
  'patientBirthDate',
  'patientIdType',
  'patientIdNumber',
  'patientPhone',
  'guardianName',
  'diagnosisCode',
  'diagnosisText',
  'reason',
  'clinicalSummary',
  'attachments',
  'consent',
];

/** The contract's length limits, to fill `{max}` in messages (a server `errors[]` item carries no parameters). */
export const REFERRAL_FORM_LIMITS: Partial<Record<ReferralFormField, number>> = {
  patientName: PATIENT_IDENTITY_LIMITS.name,
  patientIdNumber: PATIENT_IDENTITY_LIMITS.idNumber,
  patientPhone: PATIENT_IDENTITY_LIMITS.phone,
  guardianName: PATIENT_IDENTITY_LIMITS.guardianName,
  diagnosisText: 500,
  reason: 2000,
  clinicalSummary: 8000,
};

/** The form's field of each field of the shared patient-identity fieldset. */
export const REFERRAL_PATIENT_FIELDS = {
  name: 'patientName',
  sex: 'patientSex',
  birthDate: 'patientBirthDate',
  idType: 'patientIdType',
  idNumber: 'patientIdNumber',
  phone: 'patientPhone',
  guardianName: 'guardianName',
} as const satisfies Record<PatientIdentityField, ReferralFormField>;

/**
 * The patient's identity in the form, as the shared fieldset holds it.
 * @param values - the form
 */
export function patientOf(values: ReferralFormValues): PatientIdentityValue {
  return Object.fromEntries(
    Object.entries(REFERRAL_PATIENT_FIELDS).map(([patient, field]) => [patient, values[field]]),
  ) as unknown as PatientIdentityValue;
}

/**
 * The form's change of a change the fieldset made, with only the fields it set (so only their messages go).
 * @param changed - the fields the fieldset set
 */
export function referralPatchOf(changed: Partial<PatientIdentityValue>): Partial<ReferralFormValues> {
  return Object.fromEntries(
    Object.entries(changed).map(([patient, value]) => [
      REFERRAL_PATIENT_FIELDS[patient as PatientIdentityField],
      value,
    ]),
  );
}

// Most specific first: a pointer belongs to the first entry it equals or sits under.
const POINTERS: readonly (readonly [string, ReferralFormField])[] = [
  ['/patient/name', 'patientName'],
  ['/patient/sex', 'patientSex'],
  ['/patient/birthDate', 'patientBirthDate'],
  ['/patient/idType', 'patientIdType'],
  ['/patient/idNumber', 'patientIdNumber'],
  ['/patient/phone', 'patientPhone'],
  ['/patient/guardianName', 'guardianName'],
  ['/patient', 'patientName'],
  ['/diagnosis/code', 'diagnosisCode'],
  ['/diagnosis', 'diagnosisText'],
  ['/direction', 'direction'],
  ['/parentReferralId', 'parentReferralId'],
  ['/urgency', 'urgency'],
  ['/greenChannelCategory', 'greenChannelCategory'],
  ['/receivingInstitutionId', 'receivingInstitutionId'],
  ['/receivingDepartmentId', 'receivingDepartmentId'],
  ['/reason', 'reason'],
  ['/clinicalSummary', 'clinicalSummary'],
  ['/attachments', 'attachments'],
  ['/consent', 'consent'],
];

/**
 * The form field a JSON pointer of the `ReferralCreate` body points at, if any.
 * @param pointer - e.g. `/patient/idNumber`
 * @example fieldOfPointer('/consent/grantedAt') // 'consent'
 */
export function fieldOfPointer(pointer: string): ReferralFormField | undefined {
  return POINTERS.find(([prefix]) => pointer === prefix || pointer.startsWith(`${prefix}/`))?.[1];
}

/**
 * Groups issues by field, keeping the first issue of each field.
 * @param issues - from the domain rules or the server's problem `errors[]`
 */
export function toFormErrors(
  issues: readonly Pick<FieldIssue, 'pointer' | 'code' | 'params'>[],
): ReferralFormErrors {
  const errors: ReferralFormErrors = {};
  for (const issue of issues) {
    const field = fieldOfPointer(issue.pointer);
    const error: ReferralFieldError =
      issue.params === undefined ? { code: issue.code } : { code: issue.code, params: issue.params };
    if (field === undefined) {
      errors.form = [...(errors.form ?? []), error];
    } else if (errors[field] === undefined) {
      errors[field] = error;
    }
  }
  return errors;
}

/**
 * Whether a patient born on `birthDate` needs a guardian's consent at `at`: the widgets' one guardian rule
 * (`needsGuardianField`), false while the date is incomplete or in the future.
 * @param birthDate - `YYYY-MM-DD` as typed
 * @param at - the clock's instant
 */
export function isMinor(birthDate: string, at: Date): boolean {
  return needsGuardianField(birthDate, at);
}

/**
 * The contract `ReferralCreate` body of the form: trimmed, with blanks and fields that do not apply left out (so the
 * domain rules name what is missing).
 * @param values - the form
 * @param context - who sends (`me`), when the consent was recorded, and whether to submit at once
 */
export function toReferralCreate(
  values: ReferralFormValues,
  context: {
    institutionId: string;
    clinicianId: string;
    consentGrantedAt: string;
    now: Date;
    submit: boolean;
  },
): ReferralCreate {
  const text = (value: string) => value.trim();
  const optional = <TKey extends string>(key: TKey, value: string) =>
    (value.trim() === '' ? {} : { [key]: value.trim() }) as Partial<Record<TKey, string>>;
  const minor = isMinor(values.patientBirthDate, context.now);
  const patient = {
    ...optional('name', values.patientName),
    ...(values.patientSex === '' ? {} : { sex: values.patientSex }),
    ...optional('birthDate', values.patientBirthDate),
    idType: values.patientIdType,
    ...optional('idNumber', values.patientIdNumber),
    ...optional('phone', values.patientPhone),
    ...(minor ? optional('guardianName', values.guardianName) : {}),
  };
  const body = {
    direction: values.direction,
    urgency: values.urgency,
    ...(values.urgency === 'green_channel' && values.greenChannelCategory !== ''
      ? { greenChannelCategory: values.greenChannelCategory }
      : {}),
    sendingInstitutionId: context.institutionId,
    ...optional('receivingInstitutionId', values.receivingInstitutionId),
    ...optional('receivingDepartmentId', values.receivingDepartmentId),
    ...(values.direction === 'down' ? optional('parentReferralId', values.parentReferralId) : {}),
    patient,
    diagnosis: { ...optional('code', values.diagnosisCode), ...optional('text', values.diagnosisText) },
    ...optional('reason', values.reason),
    ...optional('clinicalSummary', values.clinicalSummary),
    ...(values.attachments.length > 0
      ? {
          attachments: values.attachments.map((a) => ({
            kind: 'result' as const,
            title: text(a.title),
            resultId: a.resultId,
          })),
        }
      : {}),
    ...(values.consent
      ? {
          consent: {
            purpose: 'referral_transfer' as const,
            grantedAt: context.consentGrantedAt,
            recordedBy: context.clinicianId,
            method: 'written' as const,
            ...(minor ? { byGuardian: true } : {}),
          },
        }
      : {}),
    submit: context.submit,
  };
  // The rules below name every missing required field, so the body may be sent only once they pass.
  return body as ReferralCreate;
}

/** Options of `useReferralForm` (and the same props of `ReferralForm`). */
export interface UseReferralFormOptions {
  /** Controlled values; pair with `onValuesChange`. Missing fields take the empty form's value. */
  values?: Partial<ReferralFormValues> | undefined;
  /** Initial values when uncontrolled. */
  defaultValues?: Partial<ReferralFormValues> | undefined;
  /** Called with the whole form on every change. */
  onValuesChange?: ((values: ReferralFormValues) => void) | undefined;
  /** Called once the referral exists on the server. */
  onCreated?: ((referral: Referral) => void) | undefined;
  /** Called with what a submission threw (`AllianceError`, `NetworkError`). */
  onError?: ((error: unknown) => void) | undefined;
  /** Submit at once (default) or keep a draft. */
  submit?: boolean | undefined;
}

/**
 * The state and behaviour of the referral form without its markup: values (controlled or not), the caller and the
 * alliance partners, field messages from the domain rules and the server, and a submission that sends one
 * idempotency key per attempt (reused when the same values are sent again, so a retry or a double click makes one
 * referral).
 * @param options - values, callbacks and `submit`
 * @example const form = useReferralForm({ onCreated: (r) => navigate(r.id) });
 */
export function useReferralForm(options: UseReferralFormOptions = {}) {
  const { client, now } = useAlliance();
  const {
    values: controlled,
    defaultValues,
    onValuesChange,
    onCreated,
    onError,
    submit: submitNow = true,
  } = options;
  const [internal, setInternal] = useState<ReferralFormValues>(() => ({
    ...EMPTY_REFERRAL_FORM_VALUES,
    ...defaultValues,
  }));
  const values: ReferralFormValues = controlled ? { ...EMPTY_REFERRAL_FORM_VALUES, ...controlled } : internal;
  const [errors, setErrors] = useState<ReferralFormErrors>({});
  // Bumped whenever new messages arrive, so the view moves the focus to the first invalid field.
  const [errorGeneration, setErrorGeneration] = useState(0);
  // One key per attempt: sending the same values again after a failure replays the first try (one referral). The
  // consent's grantedAt may be taken at submit: it is left out of the attempt, and a retry resends the first one.
  const creation = useIdempotentMutation(
    (body: ReferralCreate, { idempotencyKey }) => client.referrals.create(body, { idempotencyKey }),
    { attemptOf: (body) => ({ ...body, consent: body.consent && { ...body.consent, grantedAt: '' } }) },
  );
  const status: 'idle' | 'submitting' | 'created' =
    creation.status === 'pending' ? 'submitting' : creation.status === 'success' ? 'created' : 'idle';
  const created: Referral | undefined = creation.data;
  // Field messages from the server go to `errors`; anything else is the problem to show.
  const problem: unknown =
    creation.status === 'error' && !(isAllianceError(creation.error) && creation.error.errors.length > 0)
      ? creation.error
      : undefined;
  const consentAt = useRef<string | undefined>(undefined);
  const latest = useRef(values);
  latest.current = values;

  const directory = useAsync(
    async (signal) => {
      const [me, institutions] = await Promise.all([
        client.me({ signal }),
        client.institutions.list(undefined, { signal }).toArray(200),
      ]);
      const partners = institutions.filter(
        (institution) =>
          institution.id !== me.institutionId &&
          institution.memberships.some((membership) => me.allianceIds.includes(membership.allianceId)),
      );
      return { me, partners };
    },
    [client],
  );

  const departments = useAsync(
    async (signal) =>
      values.receivingInstitutionId === ''
        ? []
        : (await client.institutions.departments(values.receivingInstitutionId, { signal })).items,
    [client, values.receivingInstitutionId],
  );

  const setValues = useCallback(
    (patch: Partial<ReferralFormValues>) => {
      const next = { ...latest.current, ...patch };
      if ('consent' in patch) {
        // The consent is granted when it is ticked, not when the form is sent.
        consentAt.current = patch.consent ? toShanghaiIso(now()) : undefined;
      }
      latest.current = next;
      if (!controlled) {
        setInternal(next);
      }
      setErrors((previous) => {
        const keys = Object.keys(patch) as ReferralFormField[];
        if (!keys.some((key) => previous[key] !== undefined)) {
          return previous;
        }
        const rest = { ...previous };
        for (const key of keys) {
          delete rest[key];
        }
        return rest;
      });
      onValuesChange?.(next);
    },
    [controlled, now, onValuesChange],
  );

  const { mutate, reset: resetCreation } = creation;
  const submit = useCallback(async () => {
    const me = directory.data?.me;
    if (status === 'submitting' || !me) {
      return;
    }
    const at = now();
    const body = toReferralCreate(latest.current, {
      institutionId: me.institutionId,
      clinicianId: me.clinicianId,
      consentGrantedAt: consentAt.current ?? toShanghaiIso(at),
      now: at,
      submit: submitNow,
    });
    const issues = validateReferralCreate(body, {
      now: at,
      allianceInstitutionIds: (directory.data?.partners ?? []).map((partner) => partner.id),
    });
    if (issues.length > 0) {
      resetCreation();
      setErrors(toFormErrors(issues));
      setErrorGeneration((g) => g + 1);
      return;
    }
    setErrors({});
    try {
      const referral = await mutate(body);
      onCreated?.(referral);
    } catch (error) {
      if (isAllianceError(error) && error.errors.length > 0) {
        setErrors(toFormErrors(error.errors));
        setErrorGeneration((g) => g + 1);
      }
      onError?.(error);
    }
  }, [directory.data, now, onCreated, onError, submitNow, status, mutate, resetCreation]);

  const reset = useCallback(() => {
    resetCreation();
    consentAt.current = undefined;
    setErrors({});
    const empty = { ...EMPTY_REFERRAL_FORM_VALUES, ...defaultValues };
    latest.current = empty;
    if (!controlled) {
      setInternal(empty);
    }
    onValuesChange?.(empty);
  }, [controlled, defaultValues, onValuesChange, resetCreation]);

  return {
    values,
    setValues,
    directory,
    departments,
    errors,
    errorGeneration,
    problem,
    status,
    created,
    submit,
    reset,
  };
}

/** What `useReferralForm` returns. */
export type UseReferralFormResult = ReturnType<typeof useReferralForm>;
