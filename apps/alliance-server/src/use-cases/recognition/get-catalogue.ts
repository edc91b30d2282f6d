import type { components } from '@yilian/contract';
import { applicableScopes, listCatalogue } from '../../stores/recognition-list-store.js';
import type { RecognitionContext } from './context.js';
import { toCatalogueItem } from './present-recognition.js';

type Schemas = components['schemas'];

/** The filters of a catalogue read. */
export interface CatalogueFilter {
  scope?: string | undefined;
  kind?: Schemas['ResultKind'] | undefined;
}

/**
 * The recognition lists that apply at the actor's institution (the scopes of its alliances), filtered. A scope the
 * institution is not in answers an empty list.
 */
export async function getCatalogue(
  { db, actor }: Pick<RecognitionContext, 'db' | 'actor'>,
  filter: CatalogueFilter,
): Promise<Schemas['Catalogue']> {
  const scopes = await applicableScopes(db, actor.institutionId);
  const rows = await listCatalogue(db, { scopes, scope: filter.scope, kind: filter.kind });
  return { items: rows.map(toCatalogueItem) };
}
