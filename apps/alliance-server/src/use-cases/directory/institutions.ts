import type { components, operations } from '@yilian/contract';
import { failures } from '../../failure.js';
import { idCursor, page } from '../../pagination.js';
import { allianceNeighbours } from '../../stores/alliance-store.js';
import {
  findInstitution,
  listDepartments as listDepartmentRows,
  listInstitutions as listInstitutionRows,
} from '../../stores/directory-store.js';
import type { DirectoryContext } from './context.js';
import { toDepartment, toInstitution } from './present-directory.js';

type Schemas = components['schemas'];

/** The filters and page of an institution list, as the contract's query names them. */
export type ListInstitutionsQuery = NonNullable<operations['listInstitutions']['parameters']['query']>;

/** One page of the institutions that share an alliance with the caller's, by id. */
export async function listInstitutions(
  ctx: DirectoryContext,
  query: ListInstitutionsQuery,
): Promise<Schemas['InstitutionPage']> {
  const { db, actor } = ctx;
  const limit = query.limit ?? 20;
  const rows = await listInstitutionRows(db, {
    visible: await allianceNeighbours(db, actor.institutionId),
    membership:
      query.allianceId || query.role
        ? { viewerInstitutionId: actor.institutionId, allianceId: query.allianceId, role: query.role }
        : undefined,
    level: query.level,
    nameContains: query.q,
    afterId: idCursor(query.cursor),
    limit: limit + 1,
  });
  const result = page(rows, limit, (row) => ({ id: row.id }));
  return { items: result.items.map(toInstitution), nextCursor: result.nextCursor };
}

/** An institution that shares an alliance with the caller's; any other is `not_found`. */
export async function getInstitution(
  ctx: DirectoryContext,
  institutionId: string,
): Promise<Schemas['Institution']> {
  const visible = await allianceNeighbours(ctx.db, ctx.actor.institutionId);
  const row = await findInstitution(ctx.db, institutionId, visible);
  if (!row) {
    throw failures.notFound();
  }
  return toInstitution(row);
}

/** The departments of an institution that shares an alliance with the caller's; any other is `not_found`. */
export async function listDepartments(
  ctx: DirectoryContext,
  institutionId: string,
): Promise<Schemas['DepartmentList']> {
  const visible = await allianceNeighbours(ctx.db, ctx.actor.institutionId);
  if (!visible.includes(institutionId)) {
    throw failures.notFound();
  }
  const rows = await listDepartmentRows(ctx.db, institutionId);
  return { items: rows.map(toDepartment) };
}
