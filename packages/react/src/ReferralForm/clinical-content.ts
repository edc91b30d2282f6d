import type { Schemas } from '@yilian/sdk';
import type { FieldIssue } from '@yilian/domain';

/**
 * What `ClinicalContentFields` edits, as typed: strings (empty when not given) and the follow-up dates in order.
 * `clinicalContentBody` turns it into the contract's fields.
 * @example const [value, setValue] = useState<ClinicalContentValue>(EMPTY_CLINICAL_CONTENT);
 */
export interface ClinicalContentValue {
  outpatientNo: string;
  inpatientNo: string;
  insuranceCardNumber: string;
  tcmDiseaseName: string;
  tcmDiseaseCode: string;
  tcmSyndromeName: string;
  tcmSyndromeCode: string;
  escortedBy: string;
  escortRole: Schemas['EscortRole'] | '';
  transport: Schemas['EscortTransport'] | '';
  handoverItems: string;
  mainResults: string;
  rehabPlan: string;
  medications: string;
  followUpDates: string[];
}

/** A field of `ClinicalContentValue`. */
export type ClinicalContentField = keyof ClinicalContentValue;

/**
 * Nothing typed yet.
 * @example useState(EMPTY_CLINICAL_CONTENT)
 */
export const EMPTY_CLINICAL_CONTENT: ClinicalContentValue = Object.freeze({
  outpatientNo: '',
  inpatientNo: '',
  insuranceCardNumber: '',
  tcmDiseaseName: '',
  tcmDiseaseCode: '',
  tcmSyndromeName: '',
  tcmSyndromeCode: '',
  escortedBy: '',
  escortRole: '',
  transport: '',
  handoverItems: '',
  mainResults: '',
  rehabPlan: '',
  medications: '',
  followUpDates: [],
}) as ClinicalContentValue;

/** The contract's maximum length of each text field (openapi.yaml), so the inputs stop where the server would. */
export const CLINICAL_CONTENT_LIMITS = {
  outpatientNo: 32,
  inpatientNo: 32,
  insuranceCardNumber: 32,
  tcmDiseaseName: 200,
  tcmDiseaseCode: 32,
  tcmSyndromeName: 200,
  tcmSyndromeCode: 32,
  escortedBy: 64,
  handoverItems: 1000,
  mainResults: 4000,
  rehabPlan: 4000,
  medications: 4000,
} as const satisfies Partial<Record<ClinicalContentField, number>>;

// Where the contract (and so the domain's and the server's issues) names each field.
const POINTERS: Record<Exclude<ClinicalContentField, 'followUpDates'>, string> = {
  outpatientNo: '/sendingRecordNumbers/outpatientNo',
  inpatientNo: '/sendingRecordNumbers/inpatientNo',
  insuranceCardNumber: '/patient/insuranceCardNumber',
  tcmDiseaseName: '/tcmDiagnosis/diseaseName',
  tcmDiseaseCode: '/tcmDiagnosis/diseaseCode',
  tcmSyndromeName: '/tcmDiagnosis/syndromeName',
  tcmSyndromeCode: '/tcmDiagnosis/syndromeCode',
  escortedBy: '/escort/escortedBy',
  escortRole: '/escort/escortRole',
  transport: '/escort/transport',
  handoverItems: '/escort/handoverItems',
  mainResults: '/mainResults',
  rehabPlan: '/rehabPlan',
  medications: '/medications',
};

/**
 * The issue of a field among the domain's or the server's issues (by their JSON Pointers), if any. A whole missing
 * group (`/escort`, `/tcmDiagnosis`) is shown on its first required field; `/followUpDates/2` on the third date.
 * @param issues - field issues, e.g. from `validateReferralContent` or a `validation_failed` problem
 * @param field - the field
 * @param index - for `followUpDates`, which date (none: the list as a whole)
 * @example issueOf(validateReferralContent(content), 'mainResults')
 */
export function issueOf(
  issues: readonly FieldIssue[],
  field: ClinicalContentField,
  index?: number,
): FieldIssue | undefined {
  if (field === 'followUpDates') {
    const pointer = index === undefined ? '/followUpDates' : `/followUpDates/${index}`;
    return issues.find((issue) => issue.pointer === pointer);
  }
  const pointer = POINTERS[field];
  return issues.find(
    (issue) =>
      issue.pointer === pointer ||
      (field === 'escortedBy' && issue.pointer === '/escort') ||
      (field === 'tcmDiseaseName' && issue.pointer === '/tcmDiagnosis'),
  );
}

/**
 * The field a JSON Pointer of the contract names, if it is one of these: the inverse of `issueOf` (a whole group
 * goes to its first required field, `/followUpDates/2` to the dates).
 * @param pointer - e.g. `/escort/escortedBy`
 * @example contentFieldOf('/escort') // 'escortedBy'
 */
export function contentFieldOf(pointer: string): ClinicalContentField | undefined {
  if (pointer === '/followUpDates' || pointer.startsWith('/followUpDates/')) {
    return 'followUpDates';
  }
  if (pointer === '/escort') {
    return 'escortedBy';
  }
  if (pointer === '/tcmDiagnosis') {
    return 'tcmDiseaseName';
  }
  if (pointer === '/sendingRecordNumbers') {
    return 'outpatientNo';
  }
  const entry = Object.entries(POINTERS).find(([, p]) => pointer === p || pointer.startsWith(`${p}/`));
  return entry?.[0] as ClinicalContentField | undefined;
}

/**
 * The value of a stored referral's content, to go on editing a draft.
 * @param referral - the referral as read
 * @example setContent(contentValueOfReferral(draft))
 */
export function contentValueOfReferral(
  referral: Pick<
    Schemas['Referral'],
    | 'sendingRecordNumbers'
    | 'tcmDiagnosis'
    | 'escort'
    | 'mainResults'
    | 'rehabPlan'
    | 'medications'
    | 'followUpDates'
  > & { patient: Partial<Pick<Schemas['Patient'], 'insuranceCardNumber'>> },
): ClinicalContentValue {
  return {
    outpatientNo: referral.sendingRecordNumbers?.outpatientNo ?? '',
    inpatientNo: referral.sendingRecordNumbers?.inpatientNo ?? '',
    insuranceCardNumber: referral.patient.insuranceCardNumber ?? '',
    tcmDiseaseName: referral.tcmDiagnosis?.diseaseName ?? '',
    tcmDiseaseCode: referral.tcmDiagnosis?.diseaseCode ?? '',
    tcmSyndromeName: referral.tcmDiagnosis?.syndromeName ?? '',
    tcmSyndromeCode: referral.tcmDiagnosis?.syndromeCode ?? '',
    escortedBy: referral.escort?.escortedBy ?? '',
    escortRole: referral.escort?.escortRole ?? '',
    transport: referral.escort?.transport ?? '',
    handoverItems: referral.escort?.handoverItems ?? '',
    mainResults: referral.mainResults ?? '',
    rehabPlan: referral.rehabPlan ?? '',
    medications: referral.medications ?? '',
    followUpDates: referral.followUpDates ?? [],
  };
}

const given = (text: string): string | undefined => (text.trim() === '' ? undefined : text.trim());

function defined<T extends Record<string, unknown>>(value: T): T | undefined {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return entries.length === 0 ? undefined : (Object.fromEntries(entries) as T);
}

/**
 * The contract's fields of what was typed, for a `ReferralCreate`: groups with nothing in them are left out, and
 * the insurance card number goes into the patient (`patient.insuranceCardNumber`).
 * @param value - the typed value
 * @example const { patient, ...content } = clinicalContentBody(value); body = { ...body, ...content, patient: { ...body.patient, ...patient } };
 */
export function clinicalContentBody(
  value: ClinicalContentValue,
): Pick<
  Partial<Schemas['ReferralCreate']>,
  | 'sendingRecordNumbers'
  | 'tcmDiagnosis'
  | 'escort'
  | 'mainResults'
  | 'rehabPlan'
  | 'medications'
  | 'followUpDates'
> & { patient: Partial<Pick<Schemas['Patient'], 'insuranceCardNumber'>> } {
  const dates = value.followUpDates.filter((date) => date.trim() !== '');
  return {
    sendingRecordNumbers: defined({
      outpatientNo: given(value.outpatientNo),
      inpatientNo: given(value.inpatientNo),
    }),
    tcmDiagnosis: defined({
      diseaseName: given(value.tcmDiseaseName),
      diseaseCode: given(value.tcmDiseaseCode),
      syndromeName: given(value.tcmSyndromeName),
      syndromeCode: given(value.tcmSyndromeCode),
    }) as Schemas['TcmDiagnosis'] | undefined,
    escort: defined({
      escortedBy: given(value.escortedBy),
      escortRole: value.escortRole === '' ? undefined : value.escortRole,
      transport: value.transport === '' ? undefined : value.transport,
      handoverItems: given(value.handoverItems),
    }),
    mainResults: given(value.mainResults),
    rehabPlan: given(value.rehabPlan),
    medications: given(value.medications),
    followUpDates: dates.length === 0 ? undefined : dates,
    patient: defined({ insuranceCardNumber: given(value.insuranceCardNumber) }) ?? {},
  };
}
