import type { components } from '@yilian/contract';
import { effectiveDirection } from '@yilian/domain';
import { listRegions } from '../../stores/recognition-list-store.js';
import type { RecognitionContext } from './context.js';
import { toRegion } from './present-recognition.js';

/** Every recognition region, parents before children, each with the direction rule in force there (own or inherited). */
export async function listRecognitionRegions({
  db,
}: Pick<RecognitionContext, 'db'>): Promise<components['schemas']['RecognitionRegionList']> {
  const rows = await listRegions(db);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const chain = (id: string | null) => {
    const out = [];
    for (let row = id === null ? undefined : byId.get(id); row;) {
      out.push({
        retestReasonExtensions: row.retest_reason_extensions,
        direction: row.direction ?? undefined,
      });
      row = row.parent_id === null ? undefined : byId.get(row.parent_id);
    }
    return out;
  };
  return { items: rows.map((row) => toRegion(row, effectiveDirection(chain(row.id)))) };
}
