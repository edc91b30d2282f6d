import type { components } from '@yilian/contract';
import type { FieldIssue } from '@yilian/domain';
import canonicalize from 'canonicalize';
import type { Actor } from '../../auth.js';
import { toHex } from '../../crypto.js';
import type { Queryable } from '../../db/database.js';
import { failures } from '../../failure.js';
import type { ReferralSigner, ReferralSignerIdentity } from '../../signing.js';
import { clinicianIn } from '../../stores/directory-store.js';
import type { ReferralRow } from '../../stores/referral-store.js';
import { compact, iso } from '../shared/present.js';
import type { ReferralReadContext } from './context.js';
import { expireDueReferrals } from './expire-due.js';
import { mustLoadReferral } from './load-referral.js';

type Schemas = components['schemas'];

/**
 * The form as signed: what the sending doctor vouches for. The receiving department and doctor are left out
 * because the receiver reassigns them on accepting; attachments count as far as they were added by the signing
 * time, so a record attached later neither breaks nor joins the signature.
 */
function signedForm(row: ReferralRow, signedAt: string): Record<string, unknown> {
  const signedAtMs = Date.parse(signedAt);
  return compact({
    id: row.id,
    number: row.number,
    direction: row.direction,
    urgency: row.urgency,
    greenChannelCategory: row.green_channel_category,
    sendingInstitutionId: row.sending_institution_id,
    sendingDepartmentId: row.sending_department_id,
    receivingInstitutionId: row.receiving_institution_id,
    parentReferralId: row.parent_referral_id,
    patient: row.patient,
    diagnosis: row.diagnosis,
    reason: row.reason,
    details: row.details ?? {},
    consent: row.consent,
    attachments: row.attachments
      .filter((a) => Date.parse(a.addedAt) <= signedAtMs)
      .map((a) =>
        compact({ id: a.id, kind: a.kind, title: a.title, resultId: a.resultId, sha256: a.sha256 }),
      ),
  });
}

/**
 * The bytes that are signed: the RFC 8785 canonical JSON (sorted keys, fixed number and string forms) of the form,
 * the signer and the signing time, so the same referral gives the same bytes in Node, in a browser and in a
 * hospital's verifier written in another language.
 */
export function canonicalSignedBytes(
  row: ReferralRow,
  signer: ReferralSignerIdentity,
  signedAt: string,
): Uint8Array<ArrayBuffer> {
  const text = canonicalize({ form: signedForm(row, signedAt), signer, signedAt });
  if (text === undefined) {
    throw new Error('the signed form has no JSON form');
  }
  return new TextEncoder().encode(text);
}

async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  return toHex(await crypto.subtle.digest('SHA-256', bytes));
}

/**
 * The doctor who signs at submit: the one named, or else the caller's clinician; either must belong to the sending
 * institution. Answers the field issue when there is none or it is someone else's.
 */
export async function signingClinician(
  tx: Queryable,
  actor: Actor,
  requested: string | undefined,
  sendingInstitutionId: string,
): Promise<{ clinicianId: string } | { issue: FieldIssue }> {
  const clinicianId = requested ?? actor.clinicianId;
  if (clinicianId === undefined) {
    return { issue: { pointer: '/signingClinicianId', code: 'required' } };
  }
  if (!(await clinicianIn(tx, clinicianId, sendingInstitutionId))) {
    return { issue: { pointer: '/signingClinicianId', code: 'unknown_reference' } };
  }
  return { clinicianId };
}

/** Signs a referral as it is stored now, by `clinicianId` at `now`. */
export async function signReferral(
  row: ReferralRow,
  clinicianId: string,
  now: Date,
  signer: ReferralSigner,
): Promise<Schemas['ReferralSignature']> {
  const signedAt = iso(now);
  const identity = { clinicianId, institutionId: row.sending_institution_id };
  const bytes = canonicalSignedBytes(row, identity, signedAt);
  const made = await signer.sign(bytes, identity);
  return compact({
    algorithm: made.algorithm,
    digest: await sha256(bytes),
    signerClinicianId: clinicianId,
    signedAt,
    provider: made.provider,
    value: made.value,
  });
}

/**
 * Recomputes the digest of a referral the caller may see, as stored now, and asks the signer to verify its value:
 * valid only when both hold. A referral never submitted has no signature (`not_found`).
 */
export async function verifyReferralSignature(
  ctx: ReferralReadContext & { signer: ReferralSigner },
  referralId: string,
): Promise<Schemas['ReferralSignatureVerification']> {
  await expireDueReferrals(ctx.db, ctx.now, { referralId });
  const row = await mustLoadReferral(ctx.db, referralId, ctx.actor);
  const signature = row.signature;
  if (!signature) {
    throw failures.notFound();
  }
  const identity = { clinicianId: signature.signerClinicianId, institutionId: row.sending_institution_id };
  const bytes = canonicalSignedBytes(row, identity, signature.signedAt);
  const recomputedDigest = await sha256(bytes);
  const valid =
    recomputedDigest === signature.digest &&
    (await ctx.signer.verify(
      bytes,
      identity,
      compact({ provider: signature.provider, algorithm: signature.algorithm, value: signature.value }),
    ));
  return {
    valid,
    algorithm: signature.algorithm,
    digest: signature.digest,
    recomputedDigest,
    signerClinicianId: signature.signerClinicianId,
    signedAt: signature.signedAt,
    provider: signature.provider,
  };
}
