import type { components } from '@yilian/contract';
import type {
  AllianceRow,
  ClinicianRow,
  PracticeSiteRow,
  DepartmentRow,
  InstitutionRow,
} from '../../stores/directory-store.js';
import { compact } from '../shared/present.js';

type Schemas = components['schemas'];

export function toInstitution(row: InstitutionRow): Schemas['Institution'] {
  return compact({
    id: row.id,
    name: compact({ zh: row.name_zh, en: row.name_en ?? undefined }),
    uscc: row.uscc,
    level: row.level,
    type: row.type,
    region: { code: row.region_code, name: row.region_name },
    memberships: row.memberships,
    phone: row.phone ?? undefined,
  });
}

export function toDepartment(row: DepartmentRow): Schemas['Department'] {
  return {
    id: row.id,
    institutionId: row.institution_id,
    code: row.code,
    name: compact({ zh: row.name_zh, en: row.name_en ?? undefined }),
  };
}

export function toClinician(row: ClinicianRow, sites?: readonly PracticeSiteRow[]): Schemas['Clinician'] {
  return compact({
    id: row.id,
    name: row.name,
    institutionId: row.institution_id,
    departmentId: row.department_id ?? undefined,
    title: row.title,
    specialties: row.specialties,
    isExpert: row.is_expert,
    bio: row.bio ?? undefined,
    practiceSites: sites?.map((site) =>
      compact({
        institutionId: site.institution_id,
        kind: site.kind,
        validFrom: site.valid_from,
        validTo: site.valid_to ?? undefined,
      }),
    ),
  });
}

export function toAlliance(row: AllianceRow): Schemas['Alliance'] {
  return {
    id: row.id,
    name: compact({ zh: row.name_zh, en: row.name_en ?? undefined }),
    kind: row.kind,
    leadInstitutionIds: row.leads,
    memberInstitutionIds: row.members,
    recognitionScope: row.recognition_scope,
    establishedOn:
      typeof row.established_on === 'string'
        ? row.established_on.slice(0, 10)
        : localDate(row.established_on),
  };
}

// `date` columns arrive as a Date at local midnight of the database session; read the calendar day back out.
function localDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
