import type { Queryable } from '../db/database.js';

/**
 * How long a process trusts the memberships it read. Nothing in the server changes `alliance_members` (only the
 * seed does, which calls `forgetAllianceNeighbours`); a change made by another process or by hand is seen by every
 * process within this bound.
 */
export const NEIGHBOURS_TTL_MS = 60_000;

const cache = new Map<string, { neighbours: readonly string[]; until: number }>();

/** Drops the cached memberships: call it after changing `alliance_members`. */
export function forgetAllianceNeighbours(): void {
  cache.clear();
}

/**
 * The institutions that share an alliance with `institutionId` (itself included): what its tokens may see. Cached
 * per process for `NEIGHBOURS_TTL_MS` (memberships change rarely and only by seeding), so most requests send no
 * statement for it.
 */
export function allianceNeighbours(db: Queryable, institutionId: string): string[] | Promise<string[]> {
  const now = Date.now();
  const hit = cache.get(institutionId);
  // A hit is answered at once, not as a promise: every read of the directory and the calendar asks (#12).
  if (hit && hit.until > now) {
    return [...hit.neighbours];
  }
  return readNeighbours(db, institutionId, now);
}

async function readNeighbours(db: Queryable, institutionId: string, now: number): Promise<string[]> {
  const { rows } = await db.query<{ institution_id: string }>(
    `SELECT DISTINCT m2.institution_id FROM alliance_members m1
     JOIN alliance_members m2 ON m2.alliance_id = m1.alliance_id WHERE m1.institution_id = $1`,
    [institutionId],
  );
  const neighbours = rows.map((r) => r.institution_id);
  // An institution in no alliance is not cached: it may be joining one now.
  if (neighbours.length > 0) {
    cache.set(institutionId, { neighbours, until: now + NEIGHBOURS_TTL_MS });
  }
  return neighbours;
}

/**
 * Whether `leadInstitutionId` is a lead (牵头医院) of an alliance `memberInstitutionId` belongs to: who may send a
 * down-referral without a parent up-referral (a patient admitted directly at the lead hospital).
 */
export async function leadsAllianceOf(
  db: Queryable,
  leadInstitutionId: string,
  memberInstitutionId: string,
): Promise<boolean> {
  const { rows } = await db.query(
    `SELECT 1 FROM alliance_members lead JOIN alliance_members member ON member.alliance_id = lead.alliance_id
     WHERE lead.institution_id = $1 AND lead.role = 'lead' AND member.institution_id = $2 LIMIT 1`,
    [leadInstitutionId, memberInstitutionId],
  );
  return rows.length > 0;
}
