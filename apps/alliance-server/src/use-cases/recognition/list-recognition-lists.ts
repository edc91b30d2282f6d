import type { components } from '@yilian/contract';
import { listRecognitionLists as readLists } from '../../stores/recognition-list-store.js';
import type { RecognitionContext } from './context.js';
import { toRecognitionList } from './present-recognition.js';

type Schemas = components['schemas'];

/** The filters of a list read. */
export interface RecognitionListFilter {
  regionId?: string | undefined;
  type?: Schemas['RecognitionListType'] | undefined;
}

/**
 * Every region's recognition (HR) and sharing (GX) lists — public rules, not patient data — with their items and
 * the institutions qualified now.
 */
export async function listRecognitionLists(
  { db, now }: Pick<RecognitionContext, 'db' | 'now'>,
  filter: RecognitionListFilter,
): Promise<Schemas['RecognitionListList']> {
  const rows = await readLists(db, { regionId: filter.regionId, type: filter.type, at: now });
  return { items: rows.map(toRecognitionList) };
}
