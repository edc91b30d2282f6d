import type { components } from '@yilian/contract';
import type { Queryable } from '../db/database.js';

type Schemas = components['schemas'];

/** Whether a department id names a department of the institution. */
export async function departmentIn(
  db: Queryable,
  departmentId: string,
  institutionId: string,
): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM departments WHERE id = $1 AND institution_id = $2', [
    departmentId,
    institutionId,
  ]);
  return rows.length > 0;
}

/** Whether a clinician id names a clinician of one of the institutions. */
export async function clinicianIn(
  db: Queryable,
  clinicianId: string,
  institutionIds: string | readonly string[],
): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM clinicians WHERE id = $1 AND institution_id = ANY($2)', [
    clinicianId,
    typeof institutionIds === 'string' ? [institutionIds] : institutionIds,
  ]);
  return rows.length > 0;
}

/** Whether an institution id names an institution. */
export async function institutionExists(db: Queryable, institutionId: string): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM institutions WHERE id = $1', [institutionId]);
  return rows.length > 0;
}

/** How many institutions the directory holds (zero before the first seed). */
export async function countInstitutions(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM institutions');
  return Number(rows[0]?.n ?? 0);
}

/** An institution with its alliance memberships, as the directory lists it. */
export interface InstitutionRow {
  id: string;
  name_zh: string;
  name_en: string | null;
  uscc: string;
  level: Schemas['InstitutionLevel'];
  type: Schemas['InstitutionType'];
  region_code: string;
  region_name: string;
  phone: string | null;
  memberships: { allianceId: string; role: Schemas['AllianceRole'] }[];
}

const INSTITUTION_SELECT = `SELECT i.*, COALESCE((SELECT json_agg(json_build_object('allianceId', m.alliance_id, 'role', m.role) ORDER BY m.alliance_id)
  FROM alliance_members m WHERE m.institution_id = i.id), '[]') AS memberships FROM institutions i`;

/** A page of institutions among `visible`, by id after `afterId`. */
export interface InstitutionFilter {
  visible: readonly string[];
  /** Only institutions holding a membership (of this alliance and/or role) in an alliance of this institution. */
  membership?: { viewerInstitutionId: string; allianceId?: string; role?: Schemas['AllianceRole'] };
  level?: Schemas['InstitutionLevel'];
  /** A substring of the Chinese or English name, matched literally and case-insensitively. */
  nameContains?: string;
  afterId?: string;
  /** Rows to fetch (a page and one more). */
  limit: number;
}

/** Institutions in id order. */
export async function listInstitutions(db: Queryable, filter: InstitutionFilter): Promise<InstitutionRow[]> {
  const params: unknown[] = [filter.visible, filter.afterId ?? '', filter.limit];
  const where = ['i.id = ANY($1)', 'i.id > $2'];
  if (filter.membership) {
    const { allianceId, role, viewerInstitutionId } = filter.membership;
    params.push(allianceId ?? null, role ?? null, viewerInstitutionId);
    const [a, r, v] = [params.length - 2, params.length - 1, params.length];
    where.push(`EXISTS (SELECT 1 FROM alliance_members m WHERE m.institution_id = i.id
        AND ($${a}::text IS NULL OR m.alliance_id = $${a})
        AND ($${r}::text IS NULL OR m.role = $${r})
        AND m.alliance_id IN (SELECT alliance_id FROM alliance_members WHERE institution_id = $${v}))`);
  }
  if (filter.level) {
    params.push(filter.level);
    where.push(`i.level = $${params.length}`);
  }
  if (filter.nameContains) {
    params.push(`%${filter.nameContains.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`);
    where.push(`(i.name_zh ILIKE $${params.length} OR i.name_en ILIKE $${params.length})`);
  }
  const { rows } = await db.query<InstitutionRow>(
    `${INSTITUTION_SELECT} WHERE ${where.join(' AND ')} ORDER BY i.id LIMIT $3`,
    params,
  );
  return rows;
}

/** The institution, if it is among `visible`. */
export async function findInstitution(
  db: Queryable,
  institutionId: string,
  visible: readonly string[],
): Promise<InstitutionRow | undefined> {
  const { rows } = await db.query<InstitutionRow>(
    `${INSTITUTION_SELECT} WHERE i.id = $1 AND i.id = ANY($2)`,
    [institutionId, visible],
  );
  return rows[0];
}

export interface DepartmentRow {
  id: string;
  institution_id: string;
  code: string;
  name_zh: string;
  name_en: string | null;
}

/** The departments of an institution, by code. */
export async function listDepartments(db: Queryable, institutionId: string): Promise<DepartmentRow[]> {
  const { rows } = await db.query<DepartmentRow>(
    'SELECT id, institution_id, code, name_zh, name_en FROM departments WHERE institution_id = $1 ORDER BY code',
    [institutionId],
  );
  return rows;
}

export interface ClinicianRow {
  id: string;
  name: string;
  institution_id: string;
  department_id: string | null;
  title: Schemas['ClinicianTitle'];
  specialties: string[];
  is_expert: boolean;
  bio: string | null;
}

/** A page of clinicians of the `visible` institutions, by id after `afterId`. */
export interface ClinicianFilter {
  visible: readonly string[];
  institutionId?: string;
  departmentId?: string;
  isExpert?: boolean;
  departmentCode?: string;
  specialty?: string;
  allianceId?: string;
  afterId?: string;
  /** Rows to fetch (a page and one more). */
  limit: number;
}

/**
 * Who the caller's alliances see: clinicians of their member institutions, and the visiting experts whose
 * practice is registered or filed (备案) at one of them (a Beijing expert at the 包钢 义诊).
 */
const SEEN_BY = (visible: string) => `(c.institution_id = ANY(${visible})
  OR EXISTS (SELECT 1 FROM practice_sites p WHERE p.clinician_id = c.id AND p.institution_id = ANY(${visible})))`;

/** A clinician's practice site as stored. */
export interface PracticeSiteRow {
  clinician_id: string;
  institution_id: string;
  kind: 'main' | 'filed';
  valid_from: string;
  valid_to: string | null;
}

/** The practice sites of the clinicians, by clinician, oldest filing first. */
export async function practiceSitesOf(
  db: Queryable,
  clinicianIds: readonly string[],
): Promise<Map<string, PracticeSiteRow[]>> {
  const { rows } = await db.query<PracticeSiteRow>(
    `SELECT clinician_id, institution_id, kind, to_char(valid_from, 'YYYY-MM-DD') AS valid_from,
       to_char(valid_to, 'YYYY-MM-DD') AS valid_to
     FROM practice_sites WHERE clinician_id = ANY($1) ORDER BY clinician_id, kind DESC, valid_from, institution_id`,
    [clinicianIds],
  );
  const sites = new Map<string, PracticeSiteRow[]>(clinicianIds.map((id) => [id, []]));
  for (const row of rows) {
    sites.get(row.clinician_id)?.push(row);
  }
  return sites;
}

/** Which of the ids name clinicians of the directory. */
export async function knownClinicians(db: Queryable, clinicianIds: readonly string[]): Promise<Set<string>> {
  const { rows } = await db.query<{ id: string }>('SELECT id FROM clinicians WHERE id = ANY($1)', [
    clinicianIds,
  ]);
  return new Set(rows.map((r) => r.id));
}

/** Clinicians in id order. */
export async function listClinicians(db: Queryable, filter: ClinicianFilter): Promise<ClinicianRow[]> {
  const params: unknown[] = [filter.visible, filter.afterId ?? '', filter.limit];
  const where = [SEEN_BY('$1'), 'c.id > $2'];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (filter.institutionId) {
    add('c.institution_id = ?', filter.institutionId);
  }
  if (filter.departmentId) {
    add('c.department_id = ?', filter.departmentId);
  }
  if (filter.isExpert !== undefined) {
    add('c.is_expert = ?', filter.isExpert);
  }
  if (filter.departmentCode) {
    add('c.department_id IN (SELECT id FROM departments WHERE code = ?)', filter.departmentCode);
  }
  if (filter.specialty) {
    add('? = ANY(c.specialties)', filter.specialty);
  }
  if (filter.allianceId) {
    add(
      'c.institution_id IN (SELECT institution_id FROM alliance_members WHERE alliance_id = ?)',
      filter.allianceId,
    );
  }
  const { rows } = await db.query<ClinicianRow>(
    `SELECT c.* FROM clinicians c WHERE ${where.join(' AND ')} ORDER BY c.id LIMIT $3`,
    params,
  );
  return rows;
}

/** The clinician, if it works at one of the `visible` institutions. */
export async function findClinician(
  db: Queryable,
  clinicianId: string,
  visible: readonly string[],
): Promise<ClinicianRow | undefined> {
  const { rows } = await db.query<ClinicianRow>(
    `SELECT c.* FROM clinicians c WHERE c.id = $1 AND ${SEEN_BY('$2')}`,
    [clinicianId, visible],
  );
  return rows[0];
}

/** The directory name of a clinician, if the directory knows the id. */
export async function clinicianName(db: Queryable, clinicianId: string): Promise<string | undefined> {
  const { rows } = await db.query<{ name: string }>('SELECT name FROM clinicians WHERE id = $1', [
    clinicianId,
  ]);
  return rows[0]?.name;
}

/** An alliance with its leads and members, each in id order. */
export interface AllianceRow {
  id: string;
  name_zh: string;
  name_en: string | null;
  kind: Schemas['AllianceKind'];
  recognition_scope: string;
  /** A `date` column: a string, or a Date at local midnight of the database session. */
  established_on: Date | string;
  leads: string[];
  members: string[];
}

/** The alliances an institution belongs to, by id. */
export async function alliancesOf(db: Queryable, institutionId: string): Promise<AllianceRow[]> {
  const { rows } = await db.query<AllianceRow>(
    `SELECT a.*,
       ARRAY(SELECT institution_id FROM alliance_members WHERE alliance_id = a.id AND role = 'lead' ORDER BY institution_id) AS leads,
       ARRAY(SELECT institution_id FROM alliance_members WHERE alliance_id = a.id AND role = 'member' ORDER BY institution_id) AS members
     FROM alliances a WHERE a.id IN (SELECT alliance_id FROM alliance_members WHERE institution_id = $1) ORDER BY a.id`,
    [institutionId],
  );
  return rows;
}
