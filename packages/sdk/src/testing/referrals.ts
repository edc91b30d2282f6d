// Test payloads shared by the Node and browser tests (no Node APIs here).
import type { components } from '@yilian/contract';
import { residentIdCheckDigit } from '@yilian/domain';

let serial = 0;

/** A patient with a valid, unique 居民身份证 number (born 1990-03-07 in 东城区), for tests that book many. */
export function uniquePatient(name = '张三'): components['schemas']['Patient'] {
  serial += 1;
  const body = `11010119900307${String(serial % 1000).padStart(3, '0')}`;
  const sex = serial % 2 === 1 ? 'male' : 'female';
  return {
    name,
    sex,
    birthDate: '1990-03-07',
    idType: 'resident_id_card',
    idNumber: body + residentIdCheckDigit(body),
    phone: '13812341234',
  };
}

/** An up-referral from 沧州 neurology to 协和 neurology, submitted at once. */
export function upReferral(patient = uniquePatient()): components['schemas']['ReferralCreate'] {
  return {
    direction: 'up',
    urgency: 'urgent',
    sendingInstitutionId: 'ins_cangzhou_central',
    sendingDepartmentId: 'dep_cz_neurology',
    receivingInstitutionId: 'ins_pumch',
    receivingDepartmentId: 'dep_pumch_neurology',
    patient,
    diagnosis: { code: 'I63.900', text: '脑梗死' },
    reason: '急性脑梗死，需进一步评估取栓指征。',
    clinicalSummary: '发病4小时，NIHSS 8分，已完成头颅CT。',
    consent: {
      purpose: 'referral_transfer',
      grantedAt: '2026-11-23T08:30:00+08:00',
      recordedBy: 'cln_cz_neuro_wang',
      method: 'written',
    },
    submit: true,
  };
}
