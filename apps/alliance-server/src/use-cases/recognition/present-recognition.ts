import type { components } from '@yilian/contract';
import type { AdoptionDecisionRow } from '../../stores/adoption-store.js';
import type {
  CatalogueRow,
  QualificationRow,
  RecognitionListRow,
  RegionRow,
} from '../../stores/recognition-list-store.js';
import type { ResultRow, RetestRecordRow } from '../../stores/result-store.js';
import type { Actor } from '../../auth.js';
import { patientFor } from '../shared/patient.js';
import { compact, iso, isoOrUndefined } from '../shared/present.js';

type Schemas = components['schemas'];

function localized(zh: string, zhHant: string | null, en: string | null): Schemas['LocalizedName'] {
  return compact({ zh, zhHant: zhHant ?? undefined, en: en ?? undefined });
}

/** A list item row as the contract's `CatalogueItem`, with its prices when given. */
export function toCatalogueItem(
  row: CatalogueRow,
  prices?: readonly Schemas['ItemPrice'][],
): Schemas['CatalogueItem'] {
  return compact({
    code: row.code,
    kind: row.kind,
    name: localized(row.name_zh, row.name_zh_hant, row.name_en),
    abbreviation: row.abbreviation ?? undefined,
    category: row.category ?? undefined,
    loinc: row.loinc ?? undefined,
    validityDays: row.validity_days ?? undefined,
    scope: row.scope,
    listType: row.list_type,
    regionId: row.region_id,
    prices: prices === undefined ? undefined : [...prices],
  });
}

/** A qualification row as the contract's `Qualification` (no `validTo` while current). */
export function toQualification(row: QualificationRow): Schemas['Qualification'] {
  return compact({
    institutionId: row.institution_id,
    itemCode: row.item_code,
    scope: row.scope,
    validFrom: iso(row.valid_from),
    validTo: isoOrUndefined(row.valid_to),
  });
}

/** A region row as the contract's `RecognitionRegion`, with the direction it inherits when it sets none. */
export function toRegion(
  row: RegionRow,
  direction: Schemas['RecognitionDirection'],
): Schemas['RecognitionRegion'] {
  return compact({
    id: row.id,
    name: localized(row.name_zh, row.name_zh_hant, row.name_en),
    level: row.level,
    parentId: row.parent_id ?? undefined,
    scope: row.scope,
    direction,
    retestReasonExtensions: [...row.retest_reason_extensions],
  });
}

/** A list row as the contract's `RecognitionList`. */
export function toRecognitionList(row: RecognitionListRow): Schemas['RecognitionList'] {
  return {
    id: row.id,
    regionId: row.region_id,
    type: row.type,
    scope: row.scope,
    mark: `${row.scope}${row.type === 'sharing' ? 'GX' : 'HR'}`,
    name: localized(row.name_zh, row.name_zh_hant, row.name_en),
    itemCodes: [...row.item_codes],
    qualifiedInstitutionIds: [...row.qualified_institution_ids],
  };
}

/** A result row as `actor` may see it, with the mark its performing institution printed (if any). */
export function toResult(row: ResultRow, actor: Actor, hrMark: string | undefined): Schemas['Result'] {
  return compact({
    id: row.id,
    itemCode: row.item_code,
    kind: row.kind,
    performingInstitutionId: row.performing_institution_id,
    performedAt: iso(row.performed_at),
    reportedAt: isoOrUndefined(row.reported_at),
    reportStatus: row.report_status,
    value: row.value ?? undefined,
    unit: row.unit ?? undefined,
    referenceRange: row.reference_range ?? undefined,
    study: row.study ?? undefined,
    impression: row.impression ?? undefined,
    patient: patientFor(actor, row.patient),
    referralId: row.referral_id ?? undefined,
    hrMark,
    registeredAt: iso(row.registered_at),
    registeredBy: row.registered_by,
  });
}

/** A re-test record row as the contract's `RetestRecord`. */
export function toRetestRecord(row: RetestRecordRow): Schemas['RetestRecord'] {
  return compact({
    id: row.id,
    resultId: row.result_id,
    reason: row.reason,
    reasonText: row.reason_text ?? undefined,
    explainedToPatient: row.explained_to_patient ?? undefined,
    decisionAtRecord: row.decision_at_record,
    recordedAt: iso(row.recorded_at),
    recordedBy: row.recorded_by,
  });
}

/** An adoption decision row as the contract's `AdoptionDecision`. */
export function toAdoptionDecision(row: AdoptionDecisionRow): Schemas['AdoptionDecision'] {
  return compact({
    id: row.id,
    resultId: row.result_id,
    itemCode: row.item_code,
    outcome: row.outcome,
    reason: row.reason ?? undefined,
    reasonText: row.reason_text ?? undefined,
    explainedToPatient: row.explained_to_patient,
    checkDecision: row.check_decision,
    hrMark: row.hr_mark ?? undefined,
    departmentCode: row.department_code,
    institutionId: row.institution_id,
    priceFen: row.price_fen ?? undefined,
    decidedAt: iso(row.decided_at),
    decidedBy: row.decided_by,
  });
}
