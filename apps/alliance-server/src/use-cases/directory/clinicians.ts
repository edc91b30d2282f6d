import type { components, operations } from '@yilian/contract';
import { failures } from '../../failure.js';
import { idCursor, page } from '../../pagination.js';
import { allianceNeighbours } from '../../stores/alliance-store.js';
import type { ClinicianFilter } from '../../stores/directory-store.js';
import {
  findClinician,
  listClinicians as listClinicianRows,
  practiceSitesOf,
} from '../../stores/directory-store.js';
import type { DirectoryContext } from './context.js';
import { toClinician } from './present-directory.js';

type Schemas = components['schemas'];

/** The filters and page of a clinician list, as the contract's query names them. */
export type ListCliniciansQuery = NonNullable<operations['listClinicians']['parameters']['query']>;
/** The filters and page of an expert list, as the contract's query names them. */
export type ListExpertsQuery = NonNullable<operations['listExperts']['parameters']['query']>;

type Filters = Omit<ClinicianFilter, 'visible' | 'afterId' | 'limit'>;

async function clinicianPage(
  ctx: DirectoryContext,
  filters: Filters,
  cursor: string | undefined,
  limit: number,
): Promise<Schemas['ClinicianPage']> {
  const rows = await listClinicianRows(ctx.db, {
    ...filters,
    visible: await allianceNeighbours(ctx.db, ctx.actor.institutionId),
    afterId: idCursor(cursor),
    limit: limit + 1,
  });
  const result = page(rows, limit, (row) => ({ id: row.id }));
  const sites = await practiceSitesOf(
    ctx.db,
    result.items.map((row) => row.id),
  );
  return {
    items: result.items.map((row) => toClinician(row, sites.get(row.id))),
    nextCursor: result.nextCursor,
  };
}

/** One page of the clinicians of institutions that share an alliance with the caller's, by id. */
export function listClinicians(
  ctx: DirectoryContext,
  query: ListCliniciansQuery,
): Promise<Schemas['ClinicianPage']> {
  const { institutionId, departmentId, isExpert } = query;
  return clinicianPage(ctx, { institutionId, departmentId, isExpert }, query.cursor, query.limit ?? 20);
}

/** One page of the experts among those clinicians, by id. */
export function listExperts(
  ctx: DirectoryContext,
  query: ListExpertsQuery,
): Promise<Schemas['ClinicianPage']> {
  const { allianceId, institutionId, departmentCode, specialty } = query;
  return clinicianPage(
    ctx,
    { allianceId, institutionId, departmentCode, specialty, isExpert: true },
    query.cursor,
    query.limit ?? 20,
  );
}

/** A clinician of an institution that shares an alliance with the caller's; any other is `not_found`. */
export async function getClinician(
  ctx: DirectoryContext,
  clinicianId: string,
): Promise<Schemas['Clinician']> {
  const visible = await allianceNeighbours(ctx.db, ctx.actor.institutionId);
  const row = await findClinician(ctx.db, clinicianId, visible);
  if (!row) {
    throw failures.notFound();
  }
  return toClinician(row, (await practiceSitesOf(ctx.db, [row.id])).get(row.id));
}
