import type { components } from '@yilian/contract';
import { enumValues } from './enum-values.js';
import type { FieldIssue } from './field-issue.js';
import { isBlank, isOneOf } from './guards.js';
import { DEFAULT_LOCALE, type Locale, type LocalizedText } from './messages.js';

type Schemas = components['schemas'];
type ReferralCreate = Schemas['ReferralCreate'];
type FieldErrorCode = Schemas['FieldErrorCode'];

/**
 * The part of a referral form whose content is required at submit (DOMAIN §3 转诊单 fields and corrections): a
 * contract `ReferralCreate`, a stored `Referral` or a widget's half-typed values all fit.
 * @example const content: ReferralContent = { direction: 'up', urgency: 'routine', clinicalSummary: '反复头晕3月。' };
 */
export type ReferralContent = Partial<
  Pick<
    ReferralCreate,
    | 'direction'
    | 'urgency'
    | 'clinicalSummary'
    | 'mainResults'
    | 'rehabPlan'
    | 'medications'
    | 'followUpDates'
    | 'escort'
    | 'tcmDiagnosis'
    | 'sendingRecordNumbers'
  >
>;

/**
 * Who escorts a critical patient, in display order.
 * @example ESCORT_ROLES.includes('nurse') // true
 */
export const ESCORT_ROLES = enumValues<Schemas['EscortRole']>()(['doctor', 'nurse', 'family', 'other']);

/**
 * How a critical patient travels, in display order.
 * @example ESCORT_TRANSPORTS[0] // 'ambulance_with_doctor'
 */
export const ESCORT_TRANSPORTS = enumValues<Schemas['EscortTransport']>()([
  'ambulance_with_doctor',
  'ambulance',
  'private_vehicle',
  'public_transport',
  'other',
]);

/**
 * The issues of content a referral must carry when it is submitted; a draft may lack all of it. An up-referral
 * needs its history (`clinicalSummary`, 病史及诊治情况); a down-referral its 回转单: treatment so far or discharge
 * summary (`clinicalSummary`), main results, rehab plan, medications and at least one follow-up date; a
 * green-channel referral its escort with who escorts and how (DOMAIN §3: critical cases are escorted and handed
 * over). The server runs it at every submit; forms run it before sending.
 * @param content - direction, urgency and the content fields, as typed or stored
 * @example validateReferralContent({ direction: 'up', urgency: 'routine' }) // [{ pointer: '/clinicalSummary', code: 'required' }]
 */
export function validateReferralContent(content: ReferralContent): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const required = (pointer: string): void => {
    issues.push({ pointer, code: 'required' });
  };
  if (isBlank(content.clinicalSummary)) {
    required('/clinicalSummary');
  }
  if (content.direction === 'down') {
    if (isBlank(content.mainResults)) {
      required('/mainResults');
    }
    if (isBlank(content.rehabPlan)) {
      required('/rehabPlan');
    }
    if (isBlank(content.medications)) {
      required('/medications');
    }
    if (!Array.isArray(content.followUpDates) || content.followUpDates.length === 0) {
      required('/followUpDates');
    }
  }
  if (content.urgency === 'green_channel') {
    const escort = content.escort;
    if (escort === undefined || escort === null) {
      required('/escort');
    } else {
      if (isBlank(escort.escortedBy)) {
        required('/escort/escortedBy');
      }
      if (escort.transport === undefined) {
        required('/escort/transport');
      }
    }
  }
  return issues;
}

/**
 * The issues of the content fields whatever the status (a draft too): a TCM diagnosis names its 病名 and 证型, and
 * the escort's role and transport are values of the contract. Lengths are the contract's (`maxLength`).
 * @param content - the content fields as typed or received
 * @example validateReferralContentShape({ tcmDiagnosis: { diseaseName: '中风病', syndromeName: '' } }) // [{ pointer: '/tcmDiagnosis/syndromeName', code: 'required' }]
 */
export function validateReferralContentShape(content: ReferralContent): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (pointer: string, code: FieldErrorCode): void => {
    issues.push({ pointer, code });
  };
  const tcm: Partial<Schemas['TcmDiagnosis']> | undefined = content.tcmDiagnosis;
  if (tcm !== undefined && tcm !== null) {
    if (isBlank(tcm.diseaseName)) {
      add('/tcmDiagnosis/diseaseName', 'required');
    }
    if (isBlank(tcm.syndromeName)) {
      add('/tcmDiagnosis/syndromeName', 'required');
    }
  }
  const escort = content.escort;
  if (escort !== undefined && escort !== null) {
    if (escort.escortRole !== undefined && !isOneOf(ESCORT_ROLES, escort.escortRole)) {
      add('/escort/escortRole', 'invalid_enum');
    }
    if (escort.transport !== undefined && !isOneOf(ESCORT_TRANSPORTS, escort.transport)) {
      add('/escort/transport', 'invalid_enum');
    }
  }
  return issues;
}

// ---------------------------------------------------------------------------------------------------------------
// Routing warnings (DOMAIN §3 [R7]): a warning, never a block.

/**
 * A routing warning raised by a diagnosis.
 * @example const warning: ReferralWarning = { code: 'designated_hospital' };
 */
export type ReferralWarning = { code: Schemas['ReferralWarningCode'] };

type CodeRange = readonly [from: string, to: string];

// ICD-10 categories (letter + 2 digits), inclusive. Not exhaustive: these are the ranges a toolkit can name from the
// code alone; whether a case is notifiable or occupational is finally the clinician's call.
//   designated_hospital: A00–B99 (certain infectious and parasitic diseases: cholera A00, TB A15–A19, viral
//     hepatitis B15–B19, HIV B20–B24 …), J09 (zoonotic or pandemic influenza, e.g. avian), U07.1 and U07.2 (COVID-19).
//   specialist_occupational: J60–J66 (pneumoconioses incl. silicosis J62, and airway disease due to organic dust),
//     T56 (toxic effect of metals: lead, mercury, cadmium …), H83.3 (noise effects on the inner ear).
//   specialist_mental: F20–F39 (schizophrenia and delusional disorders, mood disorders).
const INFECTIOUS: readonly CodeRange[] = [
  ['A00', 'B99'],
  ['J09', 'J09'],
];
const INFECTIOUS_SUBCODES = ['U07.1', 'U07.2'];
const OCCUPATIONAL: readonly CodeRange[] = [
  ['J60', 'J66'],
  ['T56', 'T56'],
];
const OCCUPATIONAL_SUBCODES = ['H83.3'];
const MENTAL: readonly CodeRange[] = [['F20', 'F39']];

const ICD10_PREFIX = /^([A-Z]\d{2})(?:\.([0-9A-Za-z]))?/;

function inRanges(category: string, ranges: readonly CodeRange[]): boolean {
  return ranges.some(([from, to]) => category >= from && category <= to);
}

/**
 * The routing warnings of an ICD-10 diagnosis code (WHO or 国家临床版 2.0: `A15.000`, `U07.100`, `F32`): a
 * notifiable infectious disease → `designated_hospital` (定点医院); an occupational disease, where the code shows
 * it → `specialist_occupational`; a mental illness → `specialist_mental`. The ranges are not exhaustive (see the
 * source). Never a block: the server returns them on the referral; widgets show them with
 * `formatReferralWarning`. No code, or one not in the ranges, gives `[]`.
 * @param diagnosisCode - the ICD-10 code, if any
 * @example referralRoutingWarnings('A15.000') // [{ code: 'designated_hospital' }]
 */
export function referralRoutingWarnings(diagnosisCode: string | undefined | null): ReferralWarning[] {
  if (typeof diagnosisCode !== 'string') {
    return [];
  }
  const match = ICD10_PREFIX.exec(diagnosisCode.trim().toUpperCase());
  if (!match) {
    return [];
  }
  const category = match[1] ?? '';
  const subcode = match[2] === undefined ? undefined : `${category}.${match[2]}`;
  const hasSubcode = (list: readonly string[]) => subcode !== undefined && list.includes(subcode);
  const warnings: ReferralWarning[] = [];
  if (inRanges(category, INFECTIOUS) || hasSubcode(INFECTIOUS_SUBCODES)) {
    warnings.push({ code: 'designated_hospital' });
  }
  if (inRanges(category, OCCUPATIONAL) || hasSubcode(OCCUPATIONAL_SUBCODES)) {
    warnings.push({ code: 'specialist_occupational' });
  }
  if (inRanges(category, MENTAL)) {
    warnings.push({ code: 'specialist_mental' });
  }
  return warnings;
}

// Pure, so that bundlers drop the table below from the browser pages that never show a warning's text.
/* @__NO_SIDE_EFFECTS__ */
function t(zhCN: string, zhTW: string, en: string): LocalizedText {
  return { 'zh-CN': zhCN, 'zh-TW': zhTW, en };
}

/**
 * The message of each routing warning, in zh-CN, zh-TW and en.
 * @example REFERRAL_WARNING_MESSAGES.designated_hospital.en
 */
export const REFERRAL_WARNING_MESSAGES: Readonly<Record<Schemas['ReferralWarningCode'], LocalizedText>> =
  /* @__PURE__ */ Object.freeze({
    designated_hospital: t(
      '诊断属法定传染病：请确认接收机构为定点医院。',
      '診斷屬法定傳染病：請確認接收機構為定點醫院。',
      'The diagnosis is a notifiable infectious disease: make sure the receiving institution is a designated hospital.',
    ),
    specialist_occupational: t(
      '诊断可能为职业病：宜转至职业病防治专科机构。',
      '診斷可能為職業病：宜轉至職業病防治專科機構。',
      'The diagnosis may be an occupational disease: consider an institution specialised in occupational disease.',
    ),
    specialist_mental: t(
      '诊断属精神疾病：宜转至精神卫生专科机构。',
      '診斷屬精神疾病：宜轉至精神衛生專科機構。',
      'The diagnosis is a mental illness: consider a specialist mental-health institution.',
    ),
  });

/**
 * The message of a routing warning in a locale (an unknown locale falls back to zh-CN; an unknown code to itself).
 * @param code - the warning's code
 * @param locale - `zh-CN` (default), `zh-TW` or `en`
 * @example formatReferralWarning('specialist_mental', 'en') // 'The diagnosis is a mental illness: consider a specialist mental-health institution.'
 */
export function formatReferralWarning(
  code: Schemas['ReferralWarningCode'],
  locale: Locale = DEFAULT_LOCALE,
): string {
  const text: LocalizedText | undefined = REFERRAL_WARNING_MESSAGES[code];
  return text?.[locale] ?? text?.[DEFAULT_LOCALE] ?? String(code);
}
