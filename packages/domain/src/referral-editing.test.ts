import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { REFERRAL_EDITABLE_STATUSES, decideReferralEdit, isEditable } from './referral-editing.js';
import { REFERRAL_STATUSES } from './referral-lifecycle.js';

const parties = {
  sendingInstitutionId: 'ins_sender',
  receivingInstitutionId: 'ins_receiver',
  urgency: 'routine' as const,
};

describe('editing a referral', () => {
  test('only a draft and a referral returned for more information are editable', () => {
    expect(REFERRAL_STATUSES.filter(isEditable)).toEqual(['draft', 'returned']);
    expect(REFERRAL_EDITABLE_STATUSES).toEqual(['draft', 'returned']);
  });

  test('the sender completes a returned referral; the receiver who returned it may not edit it', () => {
    expect(
      decideReferralEdit(
        { ...parties, status: 'returned' },
        { role: 'referrer', institutionId: 'ins_sender' },
      ),
    ).toEqual({ ok: true });
    expect(
      decideReferralEdit(
        { ...parties, status: 'returned' },
        { role: 'receiver', institutionId: 'ins_receiver' },
      ),
    ).toEqual({ ok: false, problem: 'forbidden' });
  });

  test('the sending referrer may edit a draft', () => {
    expect(
      decideReferralEdit({ ...parties, status: 'draft' }, { role: 'referrer', institutionId: 'ins_sender' }),
    ).toEqual({ ok: true });
  });

  test('an institution not party to it learns nothing, the receiving side is forbidden', () => {
    expect(
      decideReferralEdit({ ...parties, status: 'draft' }, { role: 'referrer', institutionId: 'ins_other' }),
    ).toEqual({ ok: false, problem: 'not_found' });
    expect(
      decideReferralEdit(
        { ...parties, status: 'submitted' },
        { role: 'receiver', institutionId: 'ins_receiver' },
      ),
    ).toEqual({ ok: false, problem: 'forbidden' });
  });

  test('the sender may edit in exactly the editable statuses', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REFERRAL_STATUSES), (status) => {
        const decision = decideReferralEdit(
          { ...parties, status },
          { role: 'coordinator', institutionId: 'ins_sender' },
        );
        expect(decision.ok).toBe(isEditable(status));
        if (!decision.ok) {
          expect(decision.problem).toBe('referral_not_editable');
        }
      }),
    );
  });
});
