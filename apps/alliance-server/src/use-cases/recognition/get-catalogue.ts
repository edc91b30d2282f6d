import type { components } from '@yilian/contract';
import { applicableRegions, itemPrices, listCatalogue } from '../../stores/recognition-list-store.js';
import type { RecognitionContext } from './context.js';
import { toCatalogueItem } from './present-recognition.js';

type Schemas = components['schemas'];

/** The filters of a catalogue read. */
export interface CatalogueFilter {
  scope?: string | undefined;
  kind?: Schemas['ResultKind'] | undefined;
}

/**
 * The items of the lists that apply at the actor's institution (those of its region and every parent), filtered,
 * each with its price at every institution that lists one. A scope the institution is not in answers an empty list.
 */
export async function getCatalogue(
  { db, actor }: Pick<RecognitionContext, 'db' | 'actor'>,
  filter: CatalogueFilter,
): Promise<Schemas['Catalogue']> {
  const regions = await applicableRegions(db, actor.institutionId);
  const rows = await listCatalogue(db, {
    regionIds: regions.map((r) => r.id),
    scope: filter.scope,
    kind: filter.kind,
  });
  const prices = await itemPrices(db, [...new Set(rows.map((r) => r.code))]);
  const byItem = new Map<string, Schemas['ItemPrice'][]>();
  for (const p of prices) {
    byItem.set(p.item_code, [
      ...(byItem.get(p.item_code) ?? []),
      { institutionId: p.institution_id, priceFen: p.price_fen },
    ]);
  }
  return { items: rows.map((row) => toCatalogueItem(row, byItem.get(row.code) ?? [])) };
}
