import type { Queryable } from '../db/database.js';

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
