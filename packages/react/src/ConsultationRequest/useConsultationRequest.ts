import type { FieldIssue } from '@yilian/domain';
import { toShanghaiIso, validateConsultationCreate } from '@yilian/domain';
import type { Schemas } from '@yilian/sdk';
import { isAllianceError } from '@yilian/sdk';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useAsync } from '../hooks/useAsync.js';
import { useIdempotentMutation } from '../hooks/useIdempotentMutation.js';
import type { PatientIdentityValue } from '../internal/patient-identity.js';
import { EMPTY_PATIENT_IDENTITY, needsGuardianField } from '../internal/patient-identity.js';
import { useAlliance } from '../provider/AllianceProvider.js';

type Consultation = Schemas['Consultation'];
type ConsultationCreate = Schemas['ConsultationCreate'];

/** A registered result the doctor chose to send with the request (its recognition mark travels with it). */
export interface ConsultationResultAttachment {
  resultId: string;
  title: string;
}

/** A link to an image study in a PACS or image cloud (never the images themselves). */
export interface ConsultationImageLink {
  title: string;
  studyUrl: string;
}

/** What the request form holds while it is filled: every field as typed, plain and serializable. */
export interface ConsultationRequestValues {
  invitedInstitutionId: string;
  requestedDepartmentId: string;
  /** The experts asked for by name (several for an MDT); empty lets the invited side choose. */
  requestedExpertIds: string[];
  urgency: Schemas['ConsultationUrgency'];
  preferredMode: Schemas['ConsultationMode'] | '';
  patient: PatientIdentityValue;
  diagnosisCode: string;
  diagnosisText: string;
  question: string;
  caseSummary: string;
  results: ConsultationResultAttachment[];
  images: ConsultationImageLink[];
  /** The patient's (or guardian's) separate written consent for this remote consultation (PIPL Art. 29). */
  consent: boolean;
  consentMethod: 'written' | 'electronic_signature';
}

/** A field of the form a message can point at; `patient.*` are the shared patient fieldset's. */
export type ConsultationRequestField =
  | Exclude<keyof ConsultationRequestValues, 'patient' | 'images'>
  | `patient.${keyof PatientIdentityValue}`
  | `images.${number}.title`
  | `images.${number}.studyUrl`;

/** A field message: a domain `FieldErrorCode` with its parameters. */
export type ConsultationFieldError = Pick<FieldIssue, 'code' | 'params'>;

/** Field messages by field, and those that point at no field of the form (`form`). */
export type ConsultationRequestErrors = Partial<Record<ConsultationRequestField, ConsultationFieldError>> & {
  form?: ConsultationFieldError[];
};

/** The empty request: routine, any expert, written consent not yet recorded. */
export const EMPTY_CONSULTATION_REQUEST: ConsultationRequestValues = {
  invitedInstitutionId: '',
  requestedDepartmentId: '',
  requestedExpertIds: [],
  urgency: 'routine',
  preferredMode: '',
  patient: EMPTY_PATIENT_IDENTITY,
  diagnosisCode: '',
  diagnosisText: '',
  question: '',
  caseSummary: '',
  results: [],
  images: [],
  consent: false,
  consentMethod: 'written',
};

/** The contract's length limits, to fill `{max}` in messages and hold the controls. */
export const CONSULTATION_LIMITS = {
  question: 2000,
  caseSummary: 8000,
  diagnosisText: 500,
  imageTitle: 200,
  studyUrl: 2000,
} as const;

/** The fields that must be filled, for the markers and the summary's order (the rest are optional). */
export const CONSULTATION_FIELD_ORDER: readonly ConsultationRequestField[] = [
  'invitedInstitutionId',
  'requestedDepartmentId',
  'requestedExpertIds',
  'urgency',
  'preferredMode',
  'patient.name',
  'patient.sex',
  'patient.birthDate',
  'patient.idType',
  'patient.idNumber',
  'patient.phone',
  'patient.guardianName',
  'diagnosisCode',
  'diagnosisText',
  'question',
  'caseSummary',
  'results',
  'consent',
  'consentMethod',
];

// Most specific first: a pointer belongs to the first entry it equals or sits under.
const POINTERS: readonly (readonly [string, ConsultationRequestField])[] = [
  ['/invitedInstitutionId', 'invitedInstitutionId'],
  ['/requestedDepartmentId', 'requestedDepartmentId'],
  ['/requestedSpecialty', 'requestedDepartmentId'],
  ['/requestedExpertIds', 'requestedExpertIds'],
  ['/urgency', 'urgency'],
  ['/preferredMode', 'preferredMode'],
  ['/diagnosis/code', 'diagnosisCode'],
  ['/diagnosis', 'diagnosisText'],
  ['/question', 'question'],
  ['/caseSummary', 'caseSummary'],
  ['/consent/method', 'consentMethod'],
  ['/consent', 'consent'],
];

/**
 * The form field a JSON pointer of the `ConsultationCreate` body points at, if any; an attachment's pointer is
 * resolved against the body that was sent (results first, then image links, as `toConsultationCreate` orders them).
 * @param pointer - e.g. `/patient/idNumber`, `/attachments/2/studyUrl`
 * @param resultCount - how many results the body carried before its image links
 */
export function fieldOfConsultationPointer(
  pointer: string,
  resultCount: number,
): ConsultationRequestField | undefined {
  const patient = /^\/patient\/(\w+)/.exec(pointer);
  if (patient) {
    return `patient.${patient[1] as keyof PatientIdentityValue}`;
  }
  if (pointer === '/patient') {
    return 'patient.name';
  }
  const attachment = /^\/attachments\/(\d+)(?:\/(\w+))?/.exec(pointer);
  if (attachment) {
    const index = Number(attachment[1]);
    if (index < resultCount) {
      return 'results';
    }
    return `images.${index - resultCount}.${attachment[2] === 'title' ? 'title' : 'studyUrl'}`;
  }
  if (pointer === '/attachments') {
    return 'results';
  }
  return POINTERS.find(([prefix]) => pointer === prefix || pointer.startsWith(`${prefix}/`))?.[1];
}

/**
 * Groups issues by field, keeping the first of each field; issues of no field go to `form`.
 * @param issues - from the domain rules or the server's problem `errors[]`
 * @param resultCount - how many results the body carried (see `fieldOfConsultationPointer`)
 */
export function toConsultationErrors(
  issues: readonly Pick<FieldIssue, 'pointer' | 'code' | 'params'>[],
  resultCount: number,
): ConsultationRequestErrors {
  const errors: ConsultationRequestErrors = {};
  for (const issue of issues) {
    const field = fieldOfConsultationPointer(issue.pointer, resultCount);
    const error: ConsultationFieldError =
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
 * The contract `ConsultationCreate` body of the form: trimmed, blanks left out (so the rules name what is missing),
 * results before image links in `attachments`.
 * @param values - the form
 * @param context - who asks (`me`) and when the consent was recorded
 */
export function toConsultationCreate(
  values: ConsultationRequestValues,
  context: { institutionId: string; clinicianId: string; consentGrantedAt: string; now: Date },
): ConsultationCreate {
  const optional = <TKey extends string>(key: TKey, value: string) =>
    (value.trim() === '' ? {} : { [key]: value.trim() }) as Partial<Record<TKey, string>>;
  const minor = needsGuardianField(values.patient.birthDate, context.now);
  const p = values.patient;
  const attachments: Schemas['ConsultationAttachmentInput'][] = [
    ...values.results.map((r) => ({ kind: 'result' as const, title: r.title, resultId: r.resultId })),
    ...values.images
      .filter((image) => image.title.trim() !== '' || image.studyUrl.trim() !== '')
      .map((image) => ({
        kind: 'image_study' as const,
        title: image.title.trim(),
        studyUrl: image.studyUrl.trim(),
      })),
  ];
  const body = {
    urgency: values.urgency,
    invitingInstitutionId: context.institutionId,
    invitingClinicianId: context.clinicianId,
    ...optional('invitedInstitutionId', values.invitedInstitutionId),
    ...optional('requestedDepartmentId', values.requestedDepartmentId),
    ...(values.requestedExpertIds.length > 0 ? { requestedExpertIds: values.requestedExpertIds } : {}),
    ...(values.preferredMode === '' ? {} : { preferredMode: values.preferredMode }),
    patient: {
      ...optional('name', p.name),
      ...(p.sex === '' ? {} : { sex: p.sex }),
      ...optional('birthDate', p.birthDate),
      idType: p.idType,
      ...optional('idNumber', p.idNumber),
      ...optional('phone', p.phone),
      ...(minor ? optional('guardianName', p.guardianName) : {}),
    },
    ...(values.diagnosisText.trim() === '' && values.diagnosisCode.trim() === ''
      ? {}
      : {
          diagnosis: { ...optional('code', values.diagnosisCode), ...optional('text', values.diagnosisText) },
        }),
    ...optional('question', values.question),
    ...optional('caseSummary', values.caseSummary),
    ...(attachments.length > 0 ? { attachments } : {}),
    ...(values.consent
      ? {
          consent: {
            purpose: 'remote_consultation' as const,
            grantedAt: context.consentGrantedAt,
            recordedBy: context.clinicianId,
            method: values.consentMethod,
            ...(minor ? { byGuardian: true } : {}),
          },
        }
      : {}),
  };
  // The checks below name every missing required field, so the body may be sent only once they pass.
  return body as ConsultationCreate;
}

/**
 * What the form checks before sending: the domain's rules for a request (`validateConsultationCreate`, the
 * server's own), so the form asks what the server will; whether the departments and experts belong to the invited
 * institution is the server's lookup, and its field messages land on the same fields.
 * @param body - the body as `toConsultationCreate` built it
 * @param at - the clock's instant
 */
export function consultationIssues(body: ConsultationCreate, at: Date): FieldIssue[] {
  return validateConsultationCreate(body, { now: at });
}

/** The wait after the last keystroke before the typed request is kept in the tab. */
export const LOCAL_SAVE_DELAY_MS = 800;

/** Where the tab's copy of the typed request stands, for the status line beside the form. */
export type ConsultationLocalStatus = { state: 'idle' } | { state: 'saved'; at: Date };

interface StoredRequest {
  v: 1;
  values: ConsultationRequestValues;
}

function storageKey(clinicianId: string, draftKey: string): string {
  return `yilian.consultation-draft.${clinicianId}.${draftKey}`;
}

function readStored(key: string): StoredRequest | undefined {
  try {
    const raw = globalThis.sessionStorage?.getItem(key);
    const parsed = raw ? (JSON.parse(raw) as StoredRequest) : undefined;
    return parsed?.v === 1 ? parsed : undefined;
  } catch {
    // A full or disabled storage (private mode) only loses the tab's copy.
    return undefined;
  }
}

function writeStored(key: string, values: ConsultationRequestValues | undefined): void {
  try {
    if (values === undefined) {
      globalThis.sessionStorage?.removeItem(key);
    } else {
      globalThis.sessionStorage?.setItem(key, JSON.stringify({ v: 1, values } satisfies StoredRequest));
    }
  } catch {
    // As above.
  }
}

/** Options of `useConsultationRequest` (and the same props of `ConsultationRequest`). */
export interface UseConsultationRequestOptions {
  /** Initial values (e.g. the invited institution of a page that already knows it). */
  defaultValues?: Partial<ConsultationRequestValues> | undefined;
  /** Called with the whole form on every change. */
  onValuesChange?: ((values: ConsultationRequestValues) => void) | undefined;
  /** Called once the consultation exists on the server. */
  onCreated?: ((consultation: Consultation) => void) | undefined;
  /** Called with what a submission threw (`AllianceError`, `NetworkError`). */
  onError?: ((error: unknown) => void) | undefined;
  /**
   * Which form this is on the page, to restore what was typed after a reload or a reopened dialog;
   * `consultation` by default. Never put patient data in it: it names a browser storage entry.
   */
  draftKey?: string | undefined;
}

/**
 * The state and behaviour of the consultation request without its markup: values, the caller and the alliance
 * partners, the invited institution's departments and experts, field messages from the domain's rules and the
 * server, the typed request kept in the tab (sessionStorage, ~0.8 s after the last keystroke) and restored after a
 * reload, and a submission that sends one idempotency key per attempt (a retry or a double click makes one
 * consultation). The consultation API has no server-side drafts: the tab's copy is the draft.
 * @param options - default values, callbacks, `draftKey`
 * @example const form = useConsultationRequest({ onCreated: (c) => navigate(c.id) });
 */
export function useConsultationRequest(options: UseConsultationRequestOptions = {}) {
  const { client, now } = useAlliance();
  const { defaultValues, onValuesChange, onCreated, onError, draftKey = 'consultation' } = options;
  const initial = useRef<ConsultationRequestValues>({
    ...EMPTY_CONSULTATION_REQUEST,
    ...defaultValues,
    patient: { ...EMPTY_PATIENT_IDENTITY, ...defaultValues?.patient },
  });
  const [values, setInternal] = useState<ConsultationRequestValues>(initial.current);
  const latest = useRef(values);
  latest.current = values;
  const [errors, setErrors] = useState<ConsultationRequestErrors>({});
  const [errorGeneration, setErrorGeneration] = useState(0);
  const [localStatus, setLocalStatus] = useState<ConsultationLocalStatus>({ state: 'idle' });
  const [restored, setRestored] = useState(false);
  const consentAt = useRef<string | undefined>(undefined);
  const touched = useRef(new Set<ConsultationRequestField>());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [failedWrite, setFailedWrite] = useState<unknown>(undefined);

  // One key per attempt; the consent's grantedAt is taken when it is ticked, and a retry resends the first one.
  const creation = useIdempotentMutation(
    (body: ConsultationCreate, { idempotencyKey }) => client.consultations.create(body, { idempotencyKey }),
    { attemptOf: (body) => ({ ...body, consent: body.consent && { ...body.consent, grantedAt: '' } }) },
  );

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
  const key = me ? storageKey(me.clinicianId, draftKey) : undefined;

  const departments = useAsync(
    async (signal) =>
      values.invitedInstitutionId === ''
        ? []
        : (await client.institutions.departments(values.invitedInstitutionId, { signal })).items,
    [client, values.invitedInstitutionId],
  );
  const experts = useAsync(
    async (signal) =>
      values.invitedInstitutionId === ''
        ? []
        : (
            await client.clinicians
              .list({ institutionId: values.invitedInstitutionId }, { signal })
              .toArray(200)
          ).filter((clinician) => clinician.isExpert),
    [client, values.invitedInstitutionId],
  );

  const bodyOf = useCallback(
    (formValues: ConsultationRequestValues): ConsultationCreate | undefined => {
      if (!me) {
        return undefined;
      }
      const at = now();
      return toConsultationCreate(formValues, {
        institutionId: me.institutionId,
        clinicianId: me.clinicianId,
        consentGrantedAt: consentAt.current ?? toShanghaiIso(at),
        now: at,
      });
    },
    [me, now],
  );

  // Restore the tab's copy once the caller is known.
  const restoring = useRef(false);
  useEffect(() => {
    if (!key || restoring.current) {
      return;
    }
    restoring.current = true;
    const stored = readStored(key);
    if (stored) {
      const next = {
        ...EMPTY_CONSULTATION_REQUEST,
        ...stored.values,
        patient: { ...EMPTY_PATIENT_IDENTITY, ...stored.values.patient },
      };
      // The consent ticked before the reload keeps no time: it is recorded again when the request is sent.
      latest.current = next;
      setInternal(next);
      setRestored(true);
      onValuesChange?.(next);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- restore once, when the caller is known
  }, [key]);

  useEffect(() => () => clearTimeout(timer.current), []);

  const keepLocally = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (key) {
      writeStored(key, latest.current);
      setLocalStatus({ state: 'saved', at: now() });
    }
  }, [key, now]);

  /** The messages of the given fields from the rules, keeping the others as they are. */
  const recheck = useCallback(
    (fields: readonly ConsultationRequestField[], formValues: ConsultationRequestValues) => {
      const body = bodyOf(formValues);
      if (!body || fields.length === 0) {
        return;
      }
      const fresh = toConsultationErrors(consultationIssues(body, now()), formValues.results.length);
      setErrors((previous) => {
        const next = { ...previous };
        for (const field of fields) {
          if (fresh[field] === undefined) {
            delete next[field];
          } else {
            next[field] = fresh[field];
          }
        }
        return next;
      });
    },
    [bodyOf, now],
  );

  const setValues = useCallback(
    (patch: Partial<ConsultationRequestValues>) => {
      const previous = latest.current;
      const next = { ...previous, ...patch };
      if ('consent' in patch) {
        // The consent is granted when it is ticked, not when the form is sent.
        consentAt.current = patch.consent ? toShanghaiIso(now()) : undefined;
      }
      latest.current = next;
      setInternal(next);
      const changed: ConsultationRequestField[] = [];
      for (const field of Object.keys(patch) as (keyof ConsultationRequestValues)[]) {
        if (field === 'patient') {
          for (const sub of Object.keys(patch.patient ?? {}) as (keyof PatientIdentityValue)[]) {
            if (patch.patient![sub] !== previous.patient[sub]) {
              changed.push(`patient.${sub}`);
            }
          }
        } else if (field === 'images') {
          (patch.images ?? []).forEach((_, index) =>
            changed.push(`images.${index}.title`, `images.${index}.studyUrl`),
          );
          previous.images.forEach((_, index) =>
            changed.push(`images.${index}.title`, `images.${index}.studyUrl`),
          );
        } else {
          changed.push(field);
        }
      }
      setErrors((current) => {
        if (!changed.some((field) => current[field] !== undefined)) {
          return current;
        }
        const rest = { ...current };
        for (const field of changed) {
          delete rest[field];
        }
        return rest;
      });
      // As you type: a field the user has left is checked again at once.
      recheck(
        changed.filter((field) => touched.current.has(field)),
        next,
      );
      onValuesChange?.(next);
      clearTimeout(timer.current);
      timer.current = setTimeout(keepLocally, LOCAL_SAVE_DELAY_MS);
    },
    [keepLocally, now, onValuesChange, recheck],
  );

  /** On leaving a field: its message from the rules (required, format). */
  const blurField = useCallback(
    (field: ConsultationRequestField) => {
      touched.current.add(field);
      recheck([field], latest.current);
    },
    [recheck],
  );

  const { mutate, reset: resetCreation } = creation;
  const submitting = creation.status === 'pending';
  const submit = useCallback(async () => {
    if (submitting || !me) {
      return;
    }
    const formValues = latest.current;
    const body = bodyOf(formValues)!;
    const issues = consultationIssues(body, now());
    if (issues.length > 0) {
      resetCreation();
      setErrors(toConsultationErrors(issues, formValues.results.length));
      setErrorGeneration((g) => g + 1);
      return;
    }
    setErrors({});
    setFailedWrite(undefined);
    // note: kept in the tab until the server has it, so an offline submit loses nothing
    keepLocally();
    try {
      const consultation = await mutate(body);
      if (key) {
        writeStored(key, undefined);
      }
      setLocalStatus({ state: 'idle' });
      onCreated?.(consultation);
    } catch (error) {
      setFailedWrite(error);
      if (isAllianceError(error) && error.errors.length > 0) {
        setErrors(toConsultationErrors(error.errors, formValues.results.length));
        setErrorGeneration((g) => g + 1);
      }
      onError?.(error);
    }
  }, [bodyOf, keepLocally, key, me, mutate, now, onCreated, onError, resetCreation, submitting]);

  const reset = useCallback(() => {
    resetCreation();
    setFailedWrite(undefined);
    consentAt.current = undefined;
    touched.current.clear();
    clearTimeout(timer.current);
    timer.current = undefined;
    if (key) {
      writeStored(key, undefined);
    }
    setRestored(false);
    setLocalStatus({ state: 'idle' });
    setErrors({});
    latest.current = initial.current;
    setInternal(initial.current);
    onValuesChange?.(initial.current);
  }, [key, onValuesChange, resetCreation]);

  /** Throws the typed request away: forgets the tab's copy and empties the form. */
  const discard = useCallback(async () => {
    reset();
    return Promise.resolve();
  }, [reset]);

  /** Keeps the typed request in the tab (now, if a save was pending), to be restored when the form opens again. */
  const keepLocal = useCallback(async () => {
    keepLocally();
    return Promise.resolve();
  }, [keepLocally]);

  // Field messages from the server go to `errors`; anything else is the problem to show.
  const problem: unknown =
    failedWrite !== undefined && !(isAllianceError(failedWrite) && failedWrite.errors.length > 0)
      ? failedWrite
      : undefined;
  const created = creation.status === 'success' ? creation.data : undefined;
  const hasInput = JSON.stringify(values) !== JSON.stringify(initial.current);

  return {
    values,
    setValues,
    blurField,
    directory,
    departments,
    experts,
    errors,
    /** Bumped when a submission found problems, so the view moves the focus to the error summary. */
    errorGeneration,
    problem,
    status: submitting ? ('submitting' as const) : created ? ('created' as const) : ('idle' as const),
    created,
    submit,
    reset,
    /** Whether closing would lose typed input. */
    hasInput,
    /** The tab's copy of the typed request. */
    localStatus,
    /** The form was filled from the tab's copy. */
    restored,
    discard,
    keepLocal,
  };
}

/** What `useConsultationRequest` returns. */
export type UseConsultationRequestResult = ReturnType<typeof useConsultationRequest>;
