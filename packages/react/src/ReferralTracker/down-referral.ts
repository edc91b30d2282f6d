import { mayActOnReferrals } from '@yilian/domain';
import type { Schemas } from '@yilian/sdk';
import type { ReferralView } from './useReferral.js';

type ReferralCreate = Schemas['ReferralCreate'];

/**
 * What the tracker pre-fills for a down-referral (下转) that follows a reported up-referral: the fields of a contract
 * `ReferralCreate` the up-referral already answers. The patient travels back to the institution that sent them
 * (its department too, when known); the diagnosis is the report's, the clinical summary the discharge summary
 * (or the treatment given, when there is none). The rehabilitation plan and medications start empty: the
 * receiving doctor writes them. Urgency, reason and consent are the form's to ask.
 * @example
 * <ReferralTracker referralId={id} onStartDownReferral={(prefill) => openReferralForm({ ...prefill, urgency: 'routine' })} />
 */
export type DownReferralPrefill = Pick<
  ReferralCreate,
  | 'sendingInstitutionId'
  | 'receivingInstitutionId'
  | 'receivingDepartmentId'
  | 'patient'
  | 'diagnosis'
  | 'clinicalSummary'
  | 'rehabPlan'
  | 'medications'
> & {
  direction: Extract<ReferralCreate['direction'], 'down'>;
  parentReferralId: NonNullable<ReferralCreate['parentReferralId']>;
};

/**
 * Whether the viewer may start a down-referral from this referral: a reported (or closed) up-referral, seen by
 * the side that received it, by a role that acts on referrals, with the patient's identity readable (a masked ID
 * number would only pre-fill a form that cannot be sent).
 */
export function canStartDownReferral({ referral, me }: Pick<ReferralView, 'referral' | 'me'>): boolean {
  return (
    referral.direction === 'up' &&
    (referral.status === 'reported' || referral.status === 'closed') &&
    referral.report !== undefined &&
    me.institutionId === referral.receivingInstitutionId &&
    mayActOnReferrals(me.role) &&
    referral.patient.idNumberMasked !== true
  );
}

/** The pre-filled down-referral of a reported up-referral (see `DownReferralPrefill`). */
export function downReferralPrefill({ referral }: Pick<ReferralView, 'referral'>): DownReferralPrefill {
  const { report } = referral;
  // `idNumberMasked` is the server's note on a response, never part of a new referral.
  const { idNumberMasked: _readOnly, ...patient } = referral.patient;
  const summary = report?.dischargeSummary ?? report?.treatment;
  return {
    direction: 'down',
    parentReferralId: referral.id,
    sendingInstitutionId: referral.receivingInstitutionId,
    receivingInstitutionId: referral.sendingInstitutionId,
    ...(referral.sendingDepartmentId === undefined
      ? {}
      : { receivingDepartmentId: referral.sendingDepartmentId }),
    patient,
    diagnosis: report?.diagnosis ?? referral.diagnosis,
    ...(summary === undefined ? {} : { clinicalSummary: summary }),
    rehabPlan: '',
    medications: '',
  };
}
