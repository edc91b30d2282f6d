import type { components, operations } from '@yilian/contract';
import { CONSULTATION_STATUS_GROUPS, consultationStatusGroupOf } from '@yilian/domain';
import { page, timeCursor } from '../../pagination.js';
import type { ReferralSigner } from '../../signing.js';
import { listAudit } from '../../stores/audit-store.js';
import type { ConsultationFilter } from '../../stores/consultation-store.js';
import {
  countConsultations as countConsultationRows,
  listConsultations as listConsultationRows,
} from '../../stores/consultation-store.js';
import { compact } from '../shared/present.js';
import { toTimelineEvent } from '../shared/timeline.js';
import type { ConsultationReadContext } from './context.js';
import { mustLoadConsultation } from './load-consultation.js';
import { toConsultation } from './present-consultation.js';
import { canonicalOpinionBytes, sha256Hex } from './sign-opinion.js';

type Schemas = components['schemas'];

/** The filters and page of a consultation list, as the contract's query names them. */
export type ListConsultationsQuery = NonNullable<operations['listConsultations']['parameters']['query']>;

/** The filters of a consultation count. */
export type CountConsultationsQuery = NonNullable<operations['countConsultations']['parameters']['query']>;

function toFilter(query: CountConsultationsQuery): ConsultationFilter {
  return {
    statuses: query.status,
    side: query.side,
    urgency: query.urgency,
    expertClinicianId: query.expertClinicianId,
    partyInstitutionId: query.partyInstitutionId,
    createdFrom: query.createdFrom ? new Date(query.createdFrom) : undefined,
    createdTo: query.createdTo ? new Date(query.createdTo) : undefined,
  };
}

/** A consultation the caller's institution is party to. */
export async function getConsultation(
  ctx: ConsultationReadContext,
  consultationId: string,
): Promise<Schemas['Consultation']> {
  return toConsultation(await mustLoadConsultation(ctx.db, consultationId, ctx.actor), ctx.actor);
}

/** The audit timeline of a consultation the caller's institution is party to, oldest first. */
export async function getConsultationTimeline(
  ctx: ConsultationReadContext,
  consultationId: string,
): Promise<Schemas['Timeline']> {
  await mustLoadConsultation(ctx.db, consultationId, ctx.actor);
  const rows = await listAudit(ctx.db, 'consultation', consultationId);
  return { items: rows.map(toTimelineEvent) };
}

/** One page of the consultations the caller's institution is party to, newest first. */
export async function listConsultations(
  ctx: ConsultationReadContext,
  query: ListConsultationsQuery,
): Promise<Schemas['ConsultationPage']> {
  const { db, actor } = ctx;
  const limit = query.limit ?? 20;
  const rows = await listConsultationRows(db, actor.institutionId, {
    ...toFilter(query),
    after: timeCursor(query.cursor),
    limit: limit + 1,
  });
  const { items, nextCursor } = page(rows, limit, (row) => ({ at: new Date(row.created_at), id: row.id }));
  return { items: items.map((row) => toConsultation(row, actor)), nextCursor };
}

/** How many consultations match: in total, per status group (every group, in the domain's order) and per side. */
export async function countConsultations(
  ctx: ConsultationReadContext,
  query: CountConsultationsQuery,
): Promise<Schemas['ConsultationCounts']> {
  const rows = await countConsultationRows(ctx.db, ctx.actor.institutionId, toFilter(query));
  const byGroup = new Map(CONSULTATION_STATUS_GROUPS.map((group) => [group, 0]));
  const bySide = { inviting: 0, invited: 0 };
  let total = 0;
  for (const { side, status, n } of rows) {
    const group = consultationStatusGroupOf(status);
    byGroup.set(group, (byGroup.get(group) ?? 0) + n);
    bySide[side] += n;
    total += n;
  }
  return { total, byGroup: [...byGroup].map(([group, count]) => ({ group, count })), bySide };
}

/**
 * Recomputes the digest of every signed opinion as stored now and asks the signer to verify its value: valid only
 * when both hold.
 */
export async function verifyConsultationSignatures(
  ctx: ConsultationReadContext & { signer: ReferralSigner },
  consultationId: string,
): Promise<Schemas['ConsultationSignatureVerificationList']> {
  const row = await mustLoadConsultation(ctx.db, consultationId, ctx.actor);
  const items: Schemas['ReferralSignatureVerification'][] = [];
  for (const opinion of row.opinions) {
    const { signature } = opinion;
    const identity = { clinicianId: signature.signerClinicianId, institutionId: row.invited_institution_id };
    const bytes = canonicalOpinionBytes(row, opinion, identity, signature.signedAt);
    const recomputedDigest = await sha256Hex(bytes);
    const valid =
      recomputedDigest === signature.digest &&
      (await ctx.signer.verify(
        bytes,
        identity,
        compact({ provider: signature.provider, algorithm: signature.algorithm, value: signature.value }),
      ));
    items.push({
      valid,
      algorithm: signature.algorithm,
      digest: signature.digest,
      recomputedDigest,
      signerClinicianId: signature.signerClinicianId,
      signedAt: signature.signedAt,
      provider: signature.provider,
    });
  }
  return { items };
}
