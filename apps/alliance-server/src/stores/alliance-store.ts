import type { Queryable } from '../db/database.js';

/** The institutions that share an alliance with `institutionId` (itself included): what its tokens may see. */
export async function allianceNeighbours(db: Queryable, institutionId: string): Promise<string[]> {
  const { rows } = await db.query<{ institution_id: string }>(
    `SELECT DISTINCT m2.institution_id FROM alliance_members m1
     JOIN alliance_members m2 ON m2.alliance_id = m1.alliance_id WHERE m1.institution_id = $1`,
    [institutionId],
  );
  return rows.map((r) => r.institution_id);
}
