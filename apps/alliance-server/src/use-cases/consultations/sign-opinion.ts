import type { components } from '@yilian/contract';
import canonicalize from 'canonicalize';
import { toHex } from '../../crypto.js';
import type { ReferralSigner, ReferralSignerIdentity } from '../../signing.js';
import type { ConsultationRow } from '../../stores/consultation-store.js';
import { compact } from '../shared/present.js';

type Schemas = components['schemas'];

/**
 * The bytes an expert signs: the RFC 8785 canonical JSON of their opinion with the consultation it answers (its id,
 * number, the two institutions and the question), the signer and the signing time — as a referral is signed, so a
 * hospital's CA verifies both the same way.
 */
export function canonicalOpinionBytes(
  row: Pick<
    ConsultationRow,
    'id' | 'number' | 'inviting_institution_id' | 'invited_institution_id' | 'request'
  >,
  opinion: Pick<Schemas['ConsultationOpinion'], 'findings' | 'advice' | 'diagnosis' | 'recommendReferral'>,
  signer: ReferralSignerIdentity,
  signedAt: string,
): Uint8Array<ArrayBuffer> {
  const text = canonicalize({
    consultation: {
      id: row.id,
      number: row.number,
      invitingInstitutionId: row.inviting_institution_id,
      invitedInstitutionId: row.invited_institution_id,
      question: row.request.question,
    },
    opinion: compact({
      findings: opinion.findings,
      advice: opinion.advice,
      diagnosis: opinion.diagnosis,
      recommendReferral: opinion.recommendReferral,
    }),
    signer,
    signedAt,
  });
  if (text === undefined) {
    throw new Error('the signed opinion has no JSON form');
  }
  return new TextEncoder().encode(text);
}

/** The SHA-256 (hex) of signed bytes. */
export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  return toHex(await crypto.subtle.digest('SHA-256', bytes));
}

/** Signs one expert's opinion on the consultation at `signedAt` with the server's signer. */
export async function signOpinion(
  row: ConsultationRow,
  opinion: Schemas['ConsultationOpinionInput'],
  clinicianId: string,
  signedAt: string,
  signer: ReferralSigner,
): Promise<Schemas['ReferralSignature']> {
  const identity = { clinicianId, institutionId: row.invited_institution_id };
  const bytes = canonicalOpinionBytes(row, opinion, identity, signedAt);
  const made = await signer.sign(bytes, identity);
  return compact({
    algorithm: made.algorithm,
    digest: await sha256Hex(bytes),
    signerClinicianId: clinicianId,
    signedAt,
    provider: made.provider,
    value: made.value,
  });
}
