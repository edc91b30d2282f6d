import type { FieldIssue } from '@yilian/domain';
import { normalizeIdNumber, toShanghaiIso, validatePatientIdentity } from '@yilian/domain';
import type { Schemas } from '@yilian/sdk';
import { Field, FieldError, fieldControlProps } from './Field.js';
import { PatientIdentityFieldset } from './PatientIdentityFieldset.js';
import type { PatientIdentityValue } from './patient-identity.js';
import { EMPTY_PATIENT_IDENTITY, needsGuardianField } from './patient-identity.js';

type ConsentMethod = Schemas['Consent']['method'];
const CONSENT_METHODS: readonly ConsentMethod[] = ['written', 'electronic_signature', 'verbal_witnessed'];

/** A patient registered at a desk or booked into a slot: who they are and how they consented to sharing it. */
export interface PatientConsentValue {
  patient: PatientIdentityValue;
  method: ConsentMethod | '';
  consent: boolean;
}

export const EMPTY_PATIENT_CONSENT: PatientConsentValue = {
  patient: EMPTY_PATIENT_IDENTITY,
  method: '',
  consent: false,
};

/**
 * What a submit sends, and what it lacks: the patient as the contract takes it (trimmed, the ID number normalized,
 * a guardian only for a minor), the consent without who recorded it, and the domain's and the form's issues.
 * @param value - the fields as typed
 * @param purpose - what the patient consented to
 * @param at - the clock's instant (the consent's time; a birth date may not be after it)
 * @example const { patient, consent, issues } = checkPatientConsent(form, 'free_clinic_registration', now());
 */
export function checkPatientConsent(
  value: PatientConsentValue,
  purpose: Schemas['Consent']['purpose'],
  at: Date,
) {
  const typed = value.patient;
  const guardian = needsGuardianField(typed.birthDate, at);
  const patient: Schemas['Patient'] = {
    name: typed.name.trim(),
    sex: (typed.sex || undefined) as Schemas['Sex'],
    birthDate: typed.birthDate,
    idType: typed.idType,
    idNumber: normalizeIdNumber(typed.idType, typed.idNumber),
    ...(typed.phone.trim() ? { phone: typed.phone.trim() } : {}),
    ...(guardian && typed.guardianName.trim() ? { guardianName: typed.guardianName.trim() } : {}),
  };
  const issues: FieldIssue[] = [...validatePatientIdentity(patient, at, '')];
  if (!value.method) {
    issues.push({ pointer: '/method', code: 'required' });
  }
  if (!value.consent) {
    issues.push({ pointer: '/consent', code: 'consent_required' });
  }
  const consent = {
    purpose,
    grantedAt: toShanghaiIso(at),
    method: value.method as ConsentMethod,
    ...(guardian ? { byGuardian: true } : {}),
  };
  return { patient, consent, issues };
}

export interface PatientConsentFieldsProps {
  /** The base of the controls' ids. */
  id: string;
  /** The widget's class block, for `Field`. */
  block: string;
  value: PatientConsentValue;
  /** The fields a change set, by their names (`idNumber`, `method`, `consent` …), to clear their messages. */
  onChange: (patch: Partial<PatientConsentValue>, fields: string[]) => void;
  /** The message of a field by its pointer (`/idNumber`, `/method`, `/consent`), already in words. */
  errorOf: (pointer: string) => string | undefined;
  /** The widget's words: the method's label, “请选择”, each method, and the consent sentence with its purpose. */
  text: {
    method: string;
    choose: string;
    methodOption: (method: ConsentMethod) => string;
    consent: string;
  };
}

/**
 * The patient's identity and their separate consent to share it, as the booking dialog and the free-clinic desk ask
 * for them: `PatientIdentityFieldset`, how consent was given, and the consent box.
 * @param props - `id`, the widget's class `block`, `value`, `onChange`, `errorOf`, and the widget's `text`
 * @example
 * <PatientConsentFields id={id} block="yl-queue" value={form} errorOf={err} text={text}
 *   onChange={(patch, fields) => update(patch, fields)} />
 */
export function PatientConsentFields({
  id,
  block,
  value,
  onChange,
  errorOf,
  text,
}: PatientConsentFieldsProps) {
  return (
    <>
      <PatientIdentityFieldset
        id={id}
        block={block}
        value={value.patient}
        errorOf={(field) => errorOf(`/${field}`)}
        onChange={(patient, changed) => onChange({ patient }, Object.keys(changed))}
      />
      <Field
        block={block}
        id={`${id}-method`}
        label={text.method}
        marker="required"
        error={errorOf('/method')}
      >
        <select
          {...fieldControlProps(`${id}-method`, { error: errorOf('/method') })}
          data-field="method"
          aria-required
          value={value.method}
          onChange={(event) => onChange({ method: event.target.value as ConsentMethod | '' }, ['method'])}
        >
          <option value="">{text.choose}</option>
          {CONSENT_METHODS.map((method) => (
            <option key={method} value={method}>
              {text.methodOption(method)}
            </option>
          ))}
        </select>
      </Field>
      <div className={`${block}__field`}>
        <label className={`${block}__choice`}>
          <input
            {...fieldControlProps(`${id}-consent`, { error: errorOf('/consent') })}
            type="checkbox"
            data-field="consent"
            aria-required
            checked={value.consent}
            onChange={(event) => onChange({ consent: event.target.checked }, ['consent'])}
          />
          {text.consent}
        </label>
        <FieldError id={`${id}-consent`} block={block}>
          {errorOf('/consent')}
        </FieldError>
      </div>
    </>
  );
}
