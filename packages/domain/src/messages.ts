import type { components } from '@yilian/contract';
import type { FieldIssue } from './field-issue.js';
import { FIELD_SOURCE, LABEL_SOURCE, PROBLEM_SOURCE } from './messages/source.js';

type Schemas = components['schemas'];
type ProblemCode = Schemas['ProblemCode'];
type FieldErrorCode = Schemas['FieldErrorCode'];

/**
 * A locale the toolkit speaks: Simplified Chinese, Traditional Chinese, English (the contract's `Locale`).
 * @example const locale: Locale = 'zh-TW';
 */
export type Locale = Schemas['Locale'];

/**
 * One text in every locale.
 * @example const text: LocalizedText = { 'zh-CN': '转诊', 'zh-TW': '轉診', en: 'Referral' };
 */
export type LocalizedText = Readonly<Record<Locale, string>>;

/**
 * The locale used when none is given: Simplified Chinese.
 * @example formatProblem('slot_full', DEFAULT_LOCALE) // '该时段已约满。'
 */
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/**
 * The enums widgets show, by label kind, with the contract type of their values.
 * @example const kind: LabelValues['activityKind'] = 'clinic';
 */
export type LabelValues = {
  referralStatus: Schemas['ReferralStatus'];
  referralCommand: Schemas['ReferralCommand'];
  referralEvent: Extract<Schemas['EventType'], `referral.${string}`>;
  referralDirection: Schemas['ReferralDirection'];
  referralUrgency: Schemas['ReferralUrgency'];
  greenChannelCategory: Schemas['GreenChannelCategory'];
  rejectReasonCode: Schemas['RejectReasonCode'];
  cancelReasonCode: Schemas['CancelReasonCode'];
  activityKind: Schemas['ActivityKind'];
  appointmentStatus: Schemas['AppointmentStatus'];
  recognitionDecision: Schemas['RecognitionDecision'];
  retestReason: Schemas['RetestReason'];
  sex: Schemas['Sex'];
  idType: Schemas['IdType'];
  insuranceType: Schemas['InsuranceType'];
  escortRole: Schemas['EscortRole'];
  escortTransport: Schemas['EscortTransport'];
  consentPurpose: Schemas['ConsentPurpose'];
  institutionLevel: Schemas['InstitutionLevel'];
  clinicianTitle: Schemas['ClinicianTitle'];
  role: Schemas['Role'];
  resultKind: Schemas['ResultKind'];
  adoptionOutcome: Schemas['AdoptionOutcome'];
  recognitionListType: Schemas['RecognitionListType'];
  recognitionRegionLevel: Schemas['RecognitionRegionLevel'];
  orderLineStatus: Schemas['OrderLineStatus'];
  consultationStatus: Schemas['ConsultationStatus'];
  consultationCommand: Schemas['ConsultationCommand'];
  consultationEvent: Extract<Schemas['EventType'], `consultation.${string}`>;
  consultationUrgency: Schemas['ConsultationUrgency'];
  consultationMode: Schemas['ConsultationMode'];
  consultationStatusGroup: Schemas['ConsultationStatusGroup'];
  consultationDeclineReasonCode: Schemas['ConsultationDeclineReasonCode'];
  consultationCancelReasonCode: Schemas['ConsultationCancelReasonCode'];
};

/**
 * A kind of enum `label` knows.
 * @example const kind: LabelKind = 'referralStatus';
 */
export type LabelKind = keyof LabelValues;

/**
 * The key of one domain message: `problem.<ProblemCode>`, `field.<FieldErrorCode>` or `label.<kind>.<value>`.
 * @example const key: DomainMessageKey = 'label.activityKind.clinic';
 */
export type DomainMessageKey =
  | `problem.${ProblemCode}`
  | `field.${FieldErrorCode}`
  | { [TKind in LabelKind]: `label.${TKind}.${LabelValues[TKind]}` }[LabelKind];

/**
 * Every domain message in one locale, as `@yilian/domain/messages/<locale>` exports it (`messages`): a page that
 * shows one locale loads that module alone; this entry's functions read all three from the interleaved source.
 * @example import { messages } from '@yilian/domain/messages/en'; messages['problem.slot_full'] // 'This slot is fully booked.'
 */
export type DomainMessages = Readonly<Record<DomainMessageKey, string>>;

/* @__NO_SIDE_EFFECTS__ */
function localizedTable<TCode extends string>(
  source: Readonly<Record<string, LocalizedText>>,
  prefix: string,
): Readonly<Record<TCode, LocalizedText>> {
  const table: Record<string, LocalizedText> = {};
  for (const [key, text] of Object.entries(source)) {
    table[key.slice(prefix.length)] = Object.freeze(text);
  }
  return Object.freeze(table) as Record<TCode, LocalizedText>;
}

/**
 * The message of every contract `ProblemCode`, in every locale. Messages never carry patient data.
 * @example PROBLEM_MESSAGES.slot_full.en // 'This slot is fully booked.'
 */
export const PROBLEM_MESSAGES: Readonly<Record<ProblemCode, LocalizedText>> =
  /* @__PURE__ */ localizedTable<ProblemCode>(PROBLEM_SOURCE, 'problem.');

/**
 * The message of every contract `FieldErrorCode`, in every locale; `{min}`, `{max}` and `{maxDays}` are filled
 * from the issue's params. Messages never echo the submitted value.
 * @example FIELD_ERROR_MESSAGES.too_long.en // 'At most {max} characters.'
 */
export const FIELD_ERROR_MESSAGES: Readonly<Record<FieldErrorCode, LocalizedText>> =
  /* @__PURE__ */ localizedTable<FieldErrorCode>(FIELD_SOURCE, 'field.');

/**
 * The text of a key in a locale. A locale from outside the type system (a header, a cookie) falls back to zh-CN
 * instead of printing `undefined`; an unknown key gives undefined.
 */
function pick(
  texts: Readonly<Record<string, LocalizedText>>,
  key: string,
  locale: Locale,
): string | undefined {
  if (!Object.hasOwn(texts, key)) {
    return undefined;
  }
  const text = texts[key]!;
  return Object.hasOwn(text, locale) ? text[locale] : text['zh-CN'];
}

/**
 * Fills `{name}` placeholders from `params`; a placeholder without a param stays as it is, so a missing number
 * shows rather than vanishing.
 * @param template - the message
 * @param params - numbers and names to fill in (never patient data)
 * @example interpolate('最多{max}个字符。', { max: 32 }) // '最多32个字符。'
 */
export function interpolate(template: string, params?: Readonly<Record<string, string | number>>): string {
  if (params === undefined) {
    return template;
  }
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/**
 * The message of a problem code in a locale.
 * @param code - a contract `ProblemCode`
 * @param locale - `zh-CN` (default), `zh-TW` or `en`
 * @param params - values for `{name}` placeholders
 * @example formatProblem('slot_full', 'zh-TW') // '該時段已約滿。'
 */
export function formatProblem(
  code: ProblemCode,
  locale: Locale = DEFAULT_LOCALE,
  params?: Readonly<Record<string, string | number>>,
): string {
  return interpolate(pick(PROBLEM_SOURCE, `problem.${code}`, locale) ?? code, params);
}

/**
 * The message of a field error code in a locale.
 * @param code - a contract `FieldErrorCode`
 * @param locale - `zh-CN` (default), `zh-TW` or `en`
 * @param params - values for `{name}` placeholders, e.g. `{ max: 32 }`
 * @example formatFieldError('too_long', 'en', { max: 32 }) // 'At most 32 characters.'
 */
export function formatFieldError(
  code: FieldErrorCode,
  locale: Locale = DEFAULT_LOCALE,
  params?: Readonly<Record<string, string | number>>,
): string {
  return interpolate(pick(FIELD_SOURCE, `field.${code}`, locale) ?? code, params);
}

/**
 * Turns validator issues into the contract's `FieldError`s, with `detail` in the request's locale.
 * @param issues - from `validateReferralCreate`, `validatePatientIdentity`, …
 * @param locale - the response locale
 * @example toFieldErrors([{ pointer: '/reason', code: 'required' }], 'en') // [{ pointer: '/reason', code: 'required', detail: 'This field is required.' }]
 */
export function toFieldErrors(
  issues: readonly FieldIssue[],
  locale: Locale = DEFAULT_LOCALE,
): Schemas['FieldError'][] {
  return issues.map((issue) => ({
    pointer: issue.pointer,
    code: issue.code,
    detail: formatFieldError(issue.code, locale, issue.params),
    ...(issue.params && Object.keys(issue.params).length > 0 ? { params: { ...issue.params } } : {}),
  }));
}

/**
 * The display label of an enum value; an unknown value at run time comes back as itself.
 * @param kind - which enum, e.g. `'activityKind'`
 * @param value - one of its contract values
 * @param locale - `zh-CN` (default), `zh-TW` or `en`
 * @example label('activityKind', 'clinic', 'en') // 'Clinic'
 */
export function label<TKind extends LabelKind>(
  kind: TKind,
  value: LabelValues[TKind],
  locale: Locale = DEFAULT_LOCALE,
): string {
  return pick(LABEL_SOURCE, `label.${kind}.${String(value)}`, locale) ?? String(value);
}

/**
 * Every value of a labelled enum, in display order (for select options).
 * @param kind - which enum
 * @example labelValues('referralUrgency') // ['routine', 'urgent', 'green_channel']
 */
export function labelValues<TKind extends LabelKind>(kind: TKind): LabelValues[TKind][] {
  const prefix = `label.${kind}.`;
  return Object.keys(LABEL_SOURCE)
    .filter((key) => key.startsWith(prefix))
    .map((key) => key.slice(prefix.length)) as LabelValues[TKind][];
}
