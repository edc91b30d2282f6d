import type { components } from '@yilian/contract';
import { validateResidentId } from '@yilian/domain';
import { failures } from '../../failure.js';
import { page, timeCursor } from '../../pagination.js';
import { allianceNeighbours } from '../../stores/alliance-store.js';
import { searchResultRows } from '../../stores/result-store.js';
import { patientKey } from '../shared/patient.js';
import type { RecognitionContext } from './context.js';
import { presentResults } from './present-results.js';

type Schemas = components['schemas'];

/** A search by identity document; `cursor` is the previous page's `nextCursor`. */
export type ResultSearchInput = Omit<Schemas['ResultQuery'], 'limit'> & { limit?: number | undefined };

/**
 * A patient's results that the actor may see (registered by, or performed at, an institution of its alliances),
 * newest performed first, one page at a time. A resident ID must be a valid one.
 */
export async function searchResults(
  { db, actor, now, config }: RecognitionContext,
  search: ResultSearchInput,
): Promise<Schemas['ResultPage']> {
  if (search.idType === 'resident_id_card') {
    const check = validateResidentId(search.idNumber, { at: now });
    if (!check.ok) {
      throw failures.field('/idNumber', check.code);
    }
  }
  const limit = search.limit ?? 20;
  const before = timeCursor(search.cursor, '/cursor');
  const rows = await searchResultRows(db, {
    patientKey: await patientKey(config.patientKeySecret, search.idType, search.idNumber),
    institutionIds: await allianceNeighbours(db, actor.institutionId),
    itemCodes: search.itemCodes,
    performedFrom: search.performedFrom === undefined ? undefined : new Date(search.performedFrom),
    before,
    limit: limit + 1,
  });
  const { items, nextCursor } = page(rows, limit, (row) => ({ at: row.performed_at, id: row.id }));
  return { items: await presentResults(db, actor, items), nextCursor };
}
