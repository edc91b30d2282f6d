import type { Actor } from '../../auth.js';
import type { Queryable } from '../../db/database.js';
import { failures } from '../../failure.js';
import { allianceNeighbours } from '../../stores/alliance-store.js';
import type { ResultRow } from '../../stores/result-store.js';
import { findResultOf } from '../../stores/result-store.js';

/**
 * A result the actor may see: registered by, or performed at, an institution that shares an alliance with the
 * actor's institution. Any other id is `not_found`, so its existence is not revealed.
 * @param neighbours - the actor's alliance neighbours, when the caller has already read them
 */
export async function visibleResult(
  db: Queryable,
  actor: Actor,
  resultId: string,
  neighbours?: readonly string[],
): Promise<ResultRow> {
  const row = await findResultOf(
    db,
    resultId,
    neighbours ?? (await allianceNeighbours(db, actor.institutionId)),
  );
  if (!row) {
    throw failures.notFound();
  }
  return row;
}
