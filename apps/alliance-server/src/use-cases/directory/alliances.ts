import type { components } from '@yilian/contract';
import { failures } from '../../failure.js';
import { alliancesOf } from '../../stores/directory-store.js';
import type { DirectoryContext } from './context.js';
import { toAlliance } from './present-directory.js';

type Alliance = components['schemas']['Alliance'];

/** The alliances of the caller's institution. */
export async function listAlliances(ctx: DirectoryContext): Promise<components['schemas']['AllianceList']> {
  const rows = await alliancesOf(ctx.db, ctx.actor.institutionId);
  return { items: rows.map(toAlliance) };
}

/** One alliance of the caller's institution; any other is `not_found`, whether it exists or not. */
export async function getAlliance(ctx: DirectoryContext, allianceId: string): Promise<Alliance> {
  const row = (await alliancesOf(ctx.db, ctx.actor.institutionId)).find((a) => a.id === allianceId);
  if (!row) {
    throw failures.notFound();
  }
  return toAlliance(row);
}
