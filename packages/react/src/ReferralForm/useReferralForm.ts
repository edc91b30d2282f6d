import type { FieldIssue } from '@yilian/domain';
import { isEditable, toShanghaiIso, validateReferralCreate } from '@yilian/domain';
import type { Schemas } from '@yilian/sdk';
import { createIdempotencyKey, isAllianceError, isNetworkError } from '@yilian/sdk';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useAsync } from '../hooks/useAsync.js';
import { useIdempotentMutation } from '../hooks/useIdempotentMutation.js';
import type { PatientIdentityField, PatientIdentityValue } from '../internal/patient-identity.js';
import { PATIENT_IDENTITY_LIMITS, needsGuardianField } from '../internal/patient-identity.js';
import { useAlliance } from '../provider/AllianceProvider.js';
import type { ClinicalContentField, ClinicalContentValue } from './clinical-content.js';
import {
  EMPTY_CLINICAL_CONTENT,
  clinicalContentBody,
  contentFieldOf,
  contentValueOfReferral,
} from './clinical-content.js';

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
  /**
   * The rest of the content (`ClinicalContentFields`): record numbers, insurance card number, TCM diagnosis, the
   * green channel's escort and a down-referral's 回转单 (main results, rehab plan, medications, follow-up dates).
   */
  content: ClinicalContentValue;
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

/**
 * Field messages by field; `content` holds the issues of the content fields by their pointers (as
 * `ClinicalContentFields` shows them); `form` those that point at no field of the form.
 */
export type ReferralFormErrors = Partial<
  Record<Exclude<ReferralFormField, 'content'>, ReferralFieldError>
> & {
  content?: FieldIssue[];
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
  content: EMPTY_CLINICAL_CONTENT,
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
  'content',
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
  if (contentFieldOf(pointer) !== undefined) {
    return 'content';
  }
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
    if (field === 'content') {
      errors.content = [...(errors.content ?? []), { ...error, pointer: issue.pointer }];
    } else if (field === undefined) {
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
  const { patient: contentPatient, ...content } = clinicalContentBody(values.content);
  const patient = {
    ...optional('name', values.patientName),
    ...(values.patientSex === '' ? {} : { sex: values.patientSex }),
    ...optional('birthDate', values.patientBirthDate),
    idType: values.patientIdType,
    ...optional('idNumber', values.patientIdNumber),
    ...optional('phone', values.patientPhone),
    ...(minor ? optional('guardianName', values.guardianName) : {}),
    ...contentPatient,
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
    ...(content.sendingRecordNumbers ? { sendingRecordNumbers: content.sendingRecordNumbers } : {}),
    ...(content.tcmDiagnosis ? { tcmDiagnosis: content.tcmDiagnosis } : {}),
    // The escort is asked for (and sent) only for the green channel, the 回转单 only for a down-referral: what
    // was typed before the urgency or direction changed stays in the form but does not travel.
    ...(values.urgency === 'green_channel' && content.escort ? { escort: content.escort } : {}),
    ...(values.direction === 'down'
      ? Object.fromEntries(
          (['mainResults', 'rehabPlan', 'medications', 'followUpDates'] as const).flatMap((key) =>
            content[key] === undefined ? [] : [[key, content[key]]],
          ),
        )
      : {}),
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

/** The wait after the last keystroke before a draft is saved. */
export const DRAFT_SAVE_DELAY_MS = 1500;

/** Where the draft stands, for the status line beside the form. */
export type ReferralDraftStatus =
  /** Nothing typed yet, or nothing changed since the form was restored. */
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; at: Date }
  /** Kept in this tab only until the required fields are valid (a server draft is a valid referral). */
  | { state: 'incomplete' }
  /** The network is down: kept in this tab only; saved when a later save gets through. */
  | { state: 'offline'; error: unknown }
  /** Another tab saved this draft since: nothing is overwritten until the user says so. */
  | { state: 'conflict'; error: unknown }
  /** The server refused the draft (a rule only it knows); the field messages say why. */
  | { state: 'failed'; error: unknown };

/** The draft on the server that the form edits. */
export interface ReferralDraftRef {
  id: string;
  number: string;
  version: number;
}

/**
 * What this tab keeps to restore the form after a reload (sessionStorage: gone when the tab closes). The typed
 * values only while the server does not have them (offline, or not yet a valid draft); once saved, only the draft's
 * id. Removed on submit and on discard. The key names the clinician and the form, never the patient.
 */
interface StoredDraft {
  v: 1;
  draftId?: string;
  values?: ReferralFormValues;
}

function storageKey(clinicianId: string, draftKey: string): string {
  return `yilian.referral-draft.${clinicianId}.${draftKey}`;
}

function readStored(key: string): StoredDraft | undefined {
  try {
    const raw = globalThis.sessionStorage?.getItem(key);
    const parsed = raw ? (JSON.parse(raw) as StoredDraft) : undefined;
    return parsed?.v === 1 ? parsed : undefined;
  } catch {
    // A full or disabled storage (private mode) only loses the local copy.
    return undefined;
  }
}

function writeStored(key: string, value: StoredDraft | undefined): void {
  try {
    if (value === undefined) {
      globalThis.sessionStorage?.removeItem(key);
    } else {
      globalThis.sessionStorage?.setItem(key, JSON.stringify(value));
    }
  } catch {
    // As above: the server draft is the copy that counts.
  }
}

/** The form as a stored draft fills it; the ID number stays blank, the sender reads it masked. */
export function valuesOfReferral(referral: Referral): ReferralFormValues {
  return {
    ...EMPTY_REFERRAL_FORM_VALUES,
    direction: referral.direction,
    parentReferralId: referral.parentReferralId ?? '',
    receivingInstitutionId: referral.receivingInstitutionId,
    receivingDepartmentId: referral.receivingDepartmentId ?? '',
    urgency: referral.urgency,
    greenChannelCategory: referral.greenChannelCategory ?? '',
    diagnosisCode: referral.diagnosis.code ?? '',
    diagnosisText: referral.diagnosis.text,
    reason: referral.reason,
    clinicalSummary: referral.clinicalSummary ?? '',
    content: contentValueOfReferral(referral),
    patientName: referral.patient.name,
    patientSex: referral.patient.sex,
    patientBirthDate: referral.patient.birthDate,
    patientIdType: referral.patient.idType,
    patientIdNumber: referral.patient.idNumberMasked ? '' : referral.patient.idNumber,
    patientPhone: referral.patient.idNumberMasked ? '' : (referral.patient.phone ?? ''),
    guardianName: referral.patient.guardianName ?? '',
    consent: true,
    attachments: (referral.attachments ?? []).flatMap((a) =>
      a.resultId === undefined ? [] : [{ resultId: a.resultId, title: a.title }],
    ),
  };
}

/**
 * What a down-referral takes over from the up-referral it follows, into the fields still blank: the patient (an ID
 * number the caller reads masked stays blank), the institution that referred the patient up, and the report's diagnosis
 * and treatment as the summary.
 * @param parent - the reported up-referral
 * @param values - the form now
 */
export function prefillFromParent(parent: Referral, values: ReferralFormValues): Partial<ReferralFormValues> {
  const patch: Partial<ReferralFormValues> = {};
  const blank = (field: ReferralFormField) => values[field] === '';
  if (blank('receivingInstitutionId')) {
    patch.receivingInstitutionId = parent.sendingInstitutionId;
    patch.receivingDepartmentId = '';
  }
  if (blank('patientName') && blank('patientIdNumber')) {
    // A number the caller's role reads masked is typed again (checked against the birth date), never copied.
    const masked = parent.patient.idNumberMasked === true;
    Object.assign(patch, {
      patientName: parent.patient.name,
      patientSex: parent.patient.sex,
      patientBirthDate: parent.patient.birthDate,
      patientIdType: parent.patient.idType,
      patientIdNumber: masked ? '' : parent.patient.idNumber,
      patientPhone: masked ? '' : (parent.patient.phone ?? ''),
      guardianName: parent.patient.guardianName ?? '',
    });
  }
  const diagnosis = parent.report?.diagnosis ?? parent.diagnosis;
  if (blank('diagnosisText')) {
    patch.diagnosisText = diagnosis.text;
    patch.diagnosisCode = diagnosis.code ?? '';
  }
  const summary = parent.report?.dischargeSummary ?? parent.report?.treatment;
  if (blank('clinicalSummary') && summary !== undefined) {
    patch.clinicalSummary = summary;
  }
  return patch;
}

const SERVER_ONLY = new Set(['sendingInstitutionId', 'submit']);

/**
 * The edit that turns the saved body into the current one: changed fields, `null` for removed ones, the patient
 * field by field (so a blank ID number, kept on the server, is not sent).
 */
export function draftChanges(saved: ReferralCreate, current: ReferralCreate): Schemas['ReferralUpdate'] {
  const changes: Record<string, unknown> = {};
  const differs = (a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b);
  const keys = new Set([...Object.keys(saved), ...Object.keys(current)]);
  for (const key of keys) {
    if (SERVER_ONLY.has(key) || key === 'patient') {
      continue;
    }
    const before = (saved as Record<string, unknown>)[key];
    const after = (current as Record<string, unknown>)[key];
    if (differs(before, after)) {
      changes[key] = after === undefined ? (key === 'attachments' ? [] : null) : after;
    }
  }
  const patient: Record<string, unknown> = {};
  const savedPatient = saved.patient as unknown as Record<string, unknown>;
  const currentPatient = current.patient as unknown as Record<string, unknown>;
  for (const key of new Set([...Object.keys(savedPatient), ...Object.keys(currentPatient)])) {
    if (
      differs(savedPatient[key], currentPatient[key]) &&
      !(key === 'idNumber' && currentPatient[key] === undefined)
    ) {
      patient[key] = currentPatient[key] ?? null;
    }
  }
  if (Object.keys(patient).length > 0) {
    changes.patient = patient;
  }
  return changes as Schemas['ReferralUpdate'];
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
  /** A draft to open and go on editing (its id; the form reads it from the server). */
  draftId?: string | undefined;
  /**
   * Which form this is on the page, to restore its last draft after a reload or a reopened dialog; `referral`
   * by default. Never put patient data in it: it names a browser storage entry.
   */
  draftKey?: string | undefined;
  /** Save a draft on the server as the user types (default), or only on submit. */
  autosave?: boolean | undefined;
  /** Called after each draft save with the saved draft. */
  onDraftSaved?: ((referral: Referral) => void) | undefined;
}

/**
 * The state and behaviour of the referral form without its markup: values (controlled or not), the caller and the
 * alliance partners, field messages from the domain rules and the server as the user types, leaves a field and
 * submits; a draft saved on the server ~1.5 s after the last keystroke (an idempotent create, then edits on the
 * version last saved, one request at a time) and restored after a reload; and a submission that sends one
 * idempotency key per attempt (a retry or a double click makes one referral) or submits the saved draft.
 * @param options - values, callbacks, `submit`, `draftId`, `draftKey`, `autosave`
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
    draftId,
    draftKey = 'referral',
    autosave = true,
    onDraftSaved,
  } = options;
  const [internal, setInternal] = useState<ReferralFormValues>(() => ({
    ...EMPTY_REFERRAL_FORM_VALUES,
    ...defaultValues,
  }));
  const values: ReferralFormValues = controlled ? { ...EMPTY_REFERRAL_FORM_VALUES, ...controlled } : internal;
  const [errors, setErrors] = useState<ReferralFormErrors>({});
  // Bumped whenever new messages arrive on submit, so the view moves the focus to the error summary.
  const [errorGeneration, setErrorGeneration] = useState(0);
  // One key per attempt: sending the same values again after a failure replays the first try (one referral). The
  // consent's grantedAt may be taken at submit: it is left out of the attempt, and a retry resends the first one.
  const creation = useIdempotentMutation(
    (body: ReferralCreate, { idempotencyKey }) => client.referrals.create(body, { idempotencyKey }),
    { attemptOf: (body) => ({ ...body, consent: body.consent && { ...body.consent, grantedAt: '' } }) },
  );
  const submission = useIdempotentMutation((draft: ReferralDraftRef, { idempotencyKey }) =>
    client.referrals.transition(draft, { command: 'submit' }, { idempotencyKey }),
  );
  const [submittedDraft, setSubmittedDraft] = useState<Referral | undefined>(undefined);
  const [flushing, setFlushing] = useState(false);
  const status: 'idle' | 'submitting' | 'created' =
    creation.status === 'pending' || submission.status === 'pending' || flushing
      ? 'submitting'
      : creation.status === 'success' || submittedDraft !== undefined
        ? 'created'
        : 'idle';
  const created: Referral | undefined = submittedDraft ?? creation.data;
  const [failedWrite, setFailedWrite] = useState<unknown>(undefined);
  // Field messages from the server go to `errors`; anything else is the problem to show.
  const problem: unknown =
    failedWrite !== undefined && !(isAllianceError(failedWrite) && failedWrite.errors.length > 0)
      ? failedWrite
      : undefined;
  const consentAt = useRef<string | undefined>(undefined);
  const latest = useRef(values);
  latest.current = values;
  const touched = useRef(new Set<ReferralFormField>());
  // The content fields the user has left: only their messages come back as they type.
  const touchedContent = useRef(new Set<ClinicalContentField>());

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
  const me = directory.data?.me;
  const partnerIds = (directory.data?.partners ?? []).map((partner) => partner.id);

  const departments = useAsync(
    async (signal) =>
      values.receivingInstitutionId === ''
        ? []
        : (await client.institutions.departments(values.receivingInstitutionId, { signal })).items,
    [client, values.receivingInstitutionId],
  );

  // The up-referrals a down-referral may follow: those this institution received and reported back.
  const parents = useAsync(
    async (signal) =>
      values.direction !== 'down'
        ? []
        : client.referrals
            .list({ direction: 'up', side: 'receiving', status: ['reported', 'closed'] }, { signal })
            .toArray(100),
    [client, values.direction],
  );

  // ---- the draft on the server -------------------------------------------------------------------------------
  const [draftStatus, setDraftStatus] = useState<ReferralDraftStatus>({ state: 'idle' });
  const [draft, setDraft] = useState<ReferralDraftRef | undefined>(undefined);
  const [restored, setRestored] = useState<'server' | 'local' | undefined>(undefined);
  // The masked ID number of a restored draft: a blank ID field then means "as saved".
  const [storedIdMask, setStoredIdMask] = useState<string | undefined>(undefined);
  const draftRef = useRef<ReferralDraftRef | undefined>(undefined);
  const savedBody = useRef<ReferralCreate | undefined>(undefined);
  const createAttempt = useRef<{ key: string; body: ReferralCreate } | undefined>(undefined);
  const running = useRef<Promise<ReferralDraftStatus> | undefined>(undefined);
  const again = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const finished = useRef(false);
  const storedIdMaskRef = useRef<string | undefined>(undefined);
  storedIdMaskRef.current = storedIdMask;
  const key = me ? storageKey(me.clinicianId, draftKey) : undefined;

  const rememberDraft = useCallback((next: ReferralDraftRef | undefined) => {
    draftRef.current = next;
    setDraft(next);
  }, []);

  /** The body of the form now, as a draft or to submit. */
  const bodyOf = useCallback(
    (formValues: ReferralFormValues, submit: boolean): ReferralCreate | undefined => {
      if (!me) {
        return undefined;
      }
      const at = now();
      return toReferralCreate(formValues, {
        institutionId: me.institutionId,
        clinicianId: me.clinicianId,
        consentGrantedAt: consentAt.current ?? toShanghaiIso(at),
        now: at,
        submit,
      });
    },
    [me, now],
  );

  /** The domain's issues of a body; a blank ID number of a restored draft stands for the saved one. */
  const issuesOf = useCallback(
    (body: ReferralCreate): FieldIssue[] => {
      const keepsStoredId = storedIdMaskRef.current !== undefined && body.patient.idNumber === undefined;
      return validateReferralCreate(body, { now: now(), allianceInstitutionIds: partnerIds }).filter(
        (issue) =>
          !(
            keepsStoredId &&
            (issue.pointer === '/patient/idNumber' ||
              issue.pointer === '/patient' ||
              issue.pointer.startsWith('/patient/birthDate'))
          ),
      );
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the partners' ids, not the array's identity
    [now, partnerIds.join(',')],
  );

  /**
   * What the form checks before sending: the domain's rules, which with `submit: true` include the content the
   * direction and urgency need (`validateReferralContent`), so the form asks what the server will. Lengths are held
   * by the controls' `maxLength` as the user types; the server names any excess in text that arrived another way.
   */
  const submitIssues = useCallback((body: ReferralCreate): FieldIssue[] => issuesOf(body), [issuesOf]);

  const keepLocally = useCallback(
    (formValues: ReferralFormValues | undefined) => {
      if (key) {
        writeStored(key, { v: 1, draftId: draftRef.current?.id, values: formValues });
      }
    },
    [key],
  );

  /** One save of the current values: create the draft (same key and body on a retry), then edit it. */
  const saveOnce = useCallback(async (): Promise<ReferralDraftStatus> => {
    const formValues = latest.current;
    const body = bodyOf(formValues, false);
    const settle = (next: ReferralDraftStatus) => {
      setDraftStatus(next);
      return next;
    };
    if (!body || finished.current) {
      return { state: 'idle' };
    }
    if (issuesOf(body).length > 0) {
      keepLocally(formValues);
      return settle({ state: 'incomplete' });
    }
    setDraftStatus({ state: 'saving' });
    try {
      let saved: Referral | undefined;
      if (!draftRef.current) {
        // A lost answer is retried with the very first body and key, so the server replays, never a second draft.
        const attempt = createAttempt.current ?? { key: createIdempotencyKey(), body };
        createAttempt.current = attempt;
        saved = await client.referrals.create(attempt.body, { idempotencyKey: attempt.key });
        createAttempt.current = undefined;
        savedBody.current = attempt.body;
        rememberDraft({ id: saved.id, number: saved.number, version: saved.version });
      }
      const current = draftRef.current!;
      const changes = draftChanges(savedBody.current!, body);
      if (Object.keys(changes).length > 0) {
        saved = await client.referrals.update(current.id, changes, { ifMatch: current.version });
        savedBody.current = body;
        rememberDraft({ id: saved.id, number: saved.number, version: saved.version });
      }
      // The server has it all: the tab keeps only where it is.
      keepLocally(undefined);
      if (saved) {
        onDraftSaved?.(saved);
      }
      return settle({ state: 'saved', at: now() });
    } catch (error) {
      keepLocally(formValues);
      if (isNetworkError(error) || isAllianceError(error, 'service_unavailable')) {
        return settle({ state: 'offline', error });
      } else if (isAllianceError(error, 'version_conflict')) {
        return settle({ state: 'conflict', error });
      } else {
        if (isAllianceError(error, 'idempotency_key_reused')) {
          // The first body is gone (a reload): the next save starts a new attempt.
          createAttempt.current = undefined;
        }
        if (isAllianceError(error) && error.errors.length > 0) {
          setErrors(toFormErrors(error.errors));
        }
        return settle({ state: 'failed', error });
      }
    }
  }, [bodyOf, client, issuesOf, keepLocally, now, onDraftSaved, rememberDraft]);

  /** Saves now, one request at a time: a change during a save is saved right after it. */
  const saveDraft = useCallback((): Promise<ReferralDraftStatus> => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (running.current) {
      again.current = true;
      return running.current;
    }
    const run = (async () => {
      let outcome: ReferralDraftStatus;
      do {
        again.current = false;
        outcome = await saveOnce();
      } while (again.current);
      return outcome;
    })().finally(() => {
      running.current = undefined;
    });
    running.current = run;
    return run;
  }, [saveOnce]);

  const scheduleSave = useCallback(() => {
    if (!autosave) {
      return;
    }
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveDraft(), DRAFT_SAVE_DELAY_MS);
  }, [autosave, saveDraft]);

  useEffect(() => () => clearTimeout(timer.current), []);

  // Restore: the draft named, else this form's last draft in this tab, else its local copy.
  const restoring = useRef(false);
  useEffect(() => {
    if (!me || !key || controlled || restoring.current) {
      return;
    }
    restoring.current = true;
    const stored = readStored(key);
    const id = draftId ?? stored?.draftId;
    const apply = (stored: ReferralFormValues) => {
      // A copy from an older version of the form may lack newer fields.
      const next = {
        ...EMPTY_REFERRAL_FORM_VALUES,
        ...stored,
        content: { ...EMPTY_CLINICAL_CONTENT, ...stored.content },
      };
      latest.current = next;
      setInternal(next);
      onValuesChange?.(next);
    };
    void (async () => {
      if (id !== undefined) {
        try {
          const referral = await client.referrals.get(id);
          if (isEditable(referral.status) && referral.sendingInstitutionId === me.institutionId) {
            const fromServer = valuesOfReferral(referral);
            consentAt.current = referral.consent.grantedAt;
            rememberDraft({ id: referral.id, number: referral.number, version: referral.version });
            setStoredIdMask(referral.patient.idNumberMasked ? referral.patient.idNumber : undefined);
            storedIdMaskRef.current = referral.patient.idNumberMasked ? referral.patient.idNumber : undefined;
            savedBody.current = bodyOf(fromServer, false);
            const local = draftId === undefined ? stored?.values : undefined;
            apply(local ?? fromServer);
            setRestored(local ? 'local' : 'server');
            setDraftStatus(
              local
                ? { state: 'idle' }
                : { state: 'saved', at: new Date(referral.updatedAt ?? referral.createdAt) },
            );
            if (local) {
              void saveDraft();
            }
            return;
          }
        } catch (error) {
          if (isNetworkError(error) && stored?.values) {
            apply(stored.values);
            setRestored('local');
            setDraftStatus({ state: 'offline', error });
            return;
          }
        }
        // Gone or no longer editable: forget it.
        writeStored(key, stored?.values ? { v: 1, values: stored.values } : undefined);
      }
      if (draftId === undefined && stored?.values) {
        apply(stored.values);
        setRestored('local');
        void saveDraft();
      }
    })();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- restore once, when the caller is known
  }, [me, key]);

  // ---- editing -----------------------------------------------------------------------------------------------
  /** The messages of the given fields from the rules, keeping the others as they are. */
  const recheck = useCallback(
    (fields: readonly ReferralFormField[], formValues: ReferralFormValues) => {
      const body = bodyOf(formValues, submitNow);
      if (!body || fields.length === 0) {
        return;
      }
      const fresh = toFormErrors(submitIssues(body));
      setErrors((previous) => {
        const next = { ...previous };
        for (const field of fields) {
          if (field === 'content') {
            // Only the content fields the user has left; the others keep what they show.
            const isTouched = (issue: FieldIssue) => {
              const sub = contentFieldOf(issue.pointer);
              return sub !== undefined && touchedContent.current.has(sub);
            };
            const content = [
              ...(previous.content ?? []).filter((issue) => !isTouched(issue)),
              ...(fresh.content ?? []).filter(isTouched),
            ];
            if (content.length === 0) {
              delete next.content;
            } else {
              next.content = content;
            }
          } else if (fresh[field] === undefined) {
            delete next[field];
          } else {
            next[field] = fresh[field];
          }
        }
        return next;
      });
    },
    [bodyOf, submitIssues, submitNow],
  );

  const setValues = useCallback(
    (patch: Partial<ReferralFormValues>) => {
      const previousValues = latest.current;
      const next = { ...previousValues, ...patch };
      if ('consent' in patch) {
        // The consent is granted when it is ticked, not when the form is sent.
        consentAt.current = patch.consent ? toShanghaiIso(now()) : undefined;
      }
      latest.current = next;
      if (!controlled) {
        setInternal(next);
      }
      const keys = Object.keys(patch) as ReferralFormField[];
      // The content fields that changed: only their messages go.
      const changedContent = patch.content
        ? (Object.keys(patch.content) as ClinicalContentField[]).filter(
            (sub) => JSON.stringify(patch.content![sub]) !== JSON.stringify(previousValues.content[sub]),
          )
        : [];
      // As you type: a field the user has left (or that showed a message) is checked again at once.
      const live = keys.filter((field) =>
        field === 'content'
          ? changedContent.some((sub) => touchedContent.current.has(sub))
          : touched.current.has(field),
      );
      setErrors((previous) => {
        if (!keys.some((field) => previous[field] !== undefined)) {
          return previous;
        }
        const rest = { ...previous };
        for (const field of keys) {
          if (field === 'content') {
            const content = (previous.content ?? []).filter((issue) => {
              const sub = contentFieldOf(issue.pointer);
              return sub === undefined || !changedContent.includes(sub);
            });
            if (content.length === 0) {
              delete rest.content;
            } else {
              rest.content = content;
            }
          } else {
            delete rest[field];
          }
        }
        return rest;
      });
      recheck(live, next);
      onValuesChange?.(next);
      scheduleSave();
    },
    [controlled, now, onValuesChange, recheck, scheduleSave],
  );

  /**
   * On leaving a field: its message from the rules (required, format, length). A content field is named by its
   * `ClinicalContentField` as the second argument.
   */
  const blurField = useCallback(
    (field: ReferralFormField, contentField?: ClinicalContentField) => {
      if (field === 'content') {
        if (contentField === undefined) {
          return;
        }
        touchedContent.current.add(contentField);
      } else {
        touched.current.add(field);
      }
      recheck([field], latest.current);
    },
    [recheck],
  );

  // ---- submitting --------------------------------------------------------------------------------------------
  const { mutate, reset: resetCreation } = creation;
  const { mutate: submitDraft, reset: resetSubmission } = submission;
  const submit = useCallback(async () => {
    if (status === 'submitting' || !me) {
      return;
    }
    const formValues = latest.current;
    const body = bodyOf(formValues, submitNow)!;
    const issues = submitIssues(body);
    if (issues.length > 0) {
      resetCreation();
      setErrors(toFormErrors(issues));
      setErrorGeneration((g) => g + 1);
      return;
    }
    setErrors({});
    setFailedWrite(undefined);
    clearTimeout(timer.current);
    try {
      let referral: Referral;
      if (draftRef.current || running.current) {
        // A saved draft is submitted as it is (no second referral): first its last edits, then the command.
        setFlushing(true);
        let saved: ReferralDraftStatus;
        try {
          saved = await saveDraft();
        } finally {
          setFlushing(false);
        }
        if (!draftRef.current || saved.state !== 'saved') {
          // note: the status line says what went wrong with the draft; the submit shows the same problem
          throw 'error' in saved ? saved.error : new Error('The draft could not be saved.');
        }
        referral = submitNow
          ? await submitDraft(draftRef.current)
          : await client.referrals.get(draftRef.current.id);
        setSubmittedDraft(referral);
      } else {
        referral = await mutate(body);
      }
      finished.current = true;
      if (key) {
        writeStored(key, undefined);
      }
      onCreated?.(referral);
    } catch (error) {
      setFailedWrite(error);
      if (isAllianceError(error) && error.errors.length > 0) {
        setErrors(toFormErrors(error.errors));
        setErrorGeneration((g) => g + 1);
      }
      onError?.(error);
    }
  }, [
    bodyOf,
    client,
    key,
    me,
    mutate,
    onCreated,
    onError,
    resetCreation,
    saveDraft,
    status,
    submitDraft,
    submitIssues,
    submitNow,
  ]);

  /** Saves this tab's values over a draft another tab changed since (after the user chose to). */
  const overwriteDraft = useCallback(async () => {
    const current = draftRef.current;
    if (!current) {
      return;
    }
    const fresh = await client.referrals.get(current.id);
    rememberDraft({ id: fresh.id, number: fresh.number, version: fresh.version });
    // Compare against what the server has now, so every field of this tab is sent.
    savedBody.current = bodyOf(valuesOfReferral(fresh), false);
    await saveDraft();
  }, [bodyOf, client, rememberDraft, saveDraft]);

  /** Whether anything typed would be lost by closing: input differing from the empty form, or a saved draft. */
  const hasInput =
    draft !== undefined ||
    REFERRAL_FORM_FIELD_ORDER.some(
      (field) =>
        JSON.stringify(values[field]) !==
        JSON.stringify({ ...EMPTY_REFERRAL_FORM_VALUES, ...defaultValues }[field]),
    );

  const reset = useCallback(() => {
    resetCreation();
    resetSubmission();
    setFailedWrite(undefined);
    setSubmittedDraft(undefined);
    consentAt.current = undefined;
    touched.current.clear();
    touchedContent.current.clear();
    clearTimeout(timer.current);
    createAttempt.current = undefined;
    savedBody.current = undefined;
    finished.current = false;
    rememberDraft(undefined);
    setStoredIdMask(undefined);
    setRestored(undefined);
    setDraftStatus({ state: 'idle' });
    if (key) {
      writeStored(key, undefined);
    }
    setErrors({});
    const empty = { ...EMPTY_REFERRAL_FORM_VALUES, ...defaultValues };
    latest.current = empty;
    if (!controlled) {
      setInternal(empty);
    }
    onValuesChange?.(empty);
  }, [controlled, defaultValues, key, onValuesChange, rememberDraft, resetCreation, resetSubmission]);

  /**
   * Throws the typed input away: cancels the server draft (if any, on its saved version), forgets the local copy
   * and empties the form. Nothing is saved afterwards.
   */
  const discard = useCallback(async () => {
    finished.current = true;
    clearTimeout(timer.current);
    await running.current?.catch(() => undefined);
    const current = draftRef.current;
    if (key) {
      writeStored(key, undefined);
    }
    if (current) {
      // A draft nobody will send: withdrawn as entered in error, so it leaves the sender's list of drafts.
      await client.referrals.transition(current, { command: 'cancel', reasonCode: 'entered_in_error' });
    }
    reset();
  }, [client, key, reset]);

  /** Leaves the draft as it is (saved now if anything is pending) and keeps the local copy for the next visit. */
  const keepDraft = useCallback(async () => {
    if (timer.current !== undefined || running.current) {
      await saveDraft();
    }
  }, [saveDraft]);

  return {
    values,
    setValues,
    blurField,
    directory,
    departments,
    parents,
    errors,
    errorGeneration,
    problem,
    status,
    created,
    submit,
    reset,
    /** The draft on the server, once saved. */
    draft,
    /** Where the draft stands, for the status line. */
    draftStatus,
    /** `server` or `local` when the form was filled from a saved draft. */
    restored,
    /** The masked ID number of a restored draft: a blank ID field keeps it. */
    storedIdMask,
    hasInput,
    saveDraft,
    overwriteDraft,
    discard,
    keepDraft,
  };
}

/** What `useReferralForm` returns. */
export type UseReferralFormResult = ReturnType<typeof useReferralForm>;
