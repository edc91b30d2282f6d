import { describe, expect, it } from 'vitest';
import { mayPractiseAt, needsRegisteredPractice, unregisteredExperts } from './practice.js';

const sites = [
  { institutionId: 'ins_pumch', kind: 'main' as const, validFrom: '2000-01-01' },
  {
    institutionId: 'ins_cangzhou_central',
    kind: 'filed' as const,
    validFrom: '2026-01-01',
    validTo: '2026-12-31',
  },
];

describe('registered practice (多机构执业)', () => {
  it('needs it for clinics, surgery guidance and ward rounds, not for lectures or remote consultations', () => {
    expect(
      ['clinic', 'surgery_guidance', 'ward_round'].every((k) => needsRegisteredPractice(k as 'clinic')),
    ).toBe(true);
    expect(needsRegisteredPractice('lecture')).toBe(false);
    expect(needsRegisteredPractice('remote_consultation')).toBe(false);
  });

  it('covers a day from the filing to its end, both included, in Asia/Shanghai days', () => {
    expect(mayPractiseAt(sites, 'ins_cangzhou_central', '2026-01-01')).toBe(true);
    expect(mayPractiseAt(sites, 'ins_cangzhou_central', '2026-12-31T23:30:00+08:00')).toBe(true);
    // 2026-12-31T16:30Z is already 2027-01-01 in Shanghai.
    expect(mayPractiseAt(sites, 'ins_cangzhou_central', '2026-12-31T16:30:00Z')).toBe(false);
    expect(mayPractiseAt(sites, 'ins_baogang', '2026-06-01')).toBe(false);
  });

  it('names the experts without a site at the host', () => {
    const practice = new Map([['cln_li', sites]]);
    const activity = {
      hostInstitutionId: 'ins_cangzhou_central',
      startsAt: '2026-11-25T08:00:00+08:00',
      endsAt: '2026-11-25T12:00:00+08:00',
      expertIds: ['cln_li', 'cln_new'],
    };
    expect(unregisteredExperts({ ...activity, kind: 'clinic' }, practice)).toEqual(['cln_new']);
    expect(unregisteredExperts({ ...activity, kind: 'lecture' }, practice)).toEqual([]);
  });
});
