import type { components } from '@yilian/contract';
import type { CatalogueRow, QualificationRow } from '../../stores/recognition-list-store.js';
import type { ResultRow, RetestRecordRow } from '../../stores/result-store.js';
import type { Actor } from '../../auth.js';
import { patientFor } from '../shared/patient.js';
import { compact, iso, isoOrUndefined } from '../shared/present.js';

type Schemas = components['schemas'];

/** A recognition-list row as the contract's `CatalogueItem`. */
export function toCatalogueItem(row: CatalogueRow): Schemas['CatalogueItem'] {
  return compact({
    code: row.code,
    kind: row.kind,
    name: compact({ zh: row.name_zh, en: row.name_en ?? undefined }),
    abbreviation: row.abbreviation ?? undefined,
    category: row.category ?? undefined,
    loinc: row.loinc ?? undefined,
    validityDays: row.validity_days,
    scope: row.scope,
    // Placeholders until migration 008 stores regions and list types (next commit).
    listType: 'recognition',
    regionId: 'rgn_jingjinji',
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

/** A result row as `actor` may see it, with the HR mark it was printed with (if any). */
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
