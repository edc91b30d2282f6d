import type { components } from '@yilian/contract';

type Schemas = components['schemas'];

/** The feed event each command writes. */
export const COMMAND_EVENTS: Record<Schemas['ReferralCommand'], Schemas['EventType']> = {
  submit: 'referral.submitted',
  accept: 'referral.accepted',
  reject: 'referral.rejected',
  cancel: 'referral.cancelled',
  record_arrival: 'referral.arrived',
  start_treatment: 'referral.treatment_started',
  report: 'referral.reported',
  close: 'referral.closed',
  mark_no_show: 'referral.no_show',
  return_for_info: 'referral.returned',
  resubmit: 'referral.resubmitted',
};

/** The institutions that may read a referral's feed events: the receiver only once it was submitted to it. */
export function feedParties(
  row: { sending_institution_id: string; receiving_institution_id: string },
  submitted: boolean,
): string[] {
  return submitted
    ? [row.sending_institution_id, row.receiving_institution_id]
    : [row.sending_institution_id];
}
