import type { components } from '@yilian/contract';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LOCALES } from './locale.js';
import { label } from './messages.js';
import type { ReferralContent } from './referral-content.js';
import {
  REFERRAL_WARNING_MESSAGES,
  formatReferralWarning,
  referralRoutingWarnings,
  validateReferralContent,
  validateReferralContentShape,
} from './referral-content.js';
import { validateReferralCreate } from './referral-lifecycle.js';

type Schemas = components['schemas'];

const pointers = (issues: { pointer: string; code: string }[]) => issues.map((i) => `${i.pointer} ${i.code}`);

const DOWN: ReferralContent = {
  direction: 'down',
  urgency: 'routine',
  clinicalSummary: '住院10天，溶栓后神经功能明显改善。',
  mainResults: '头颅MRI示左侧基底节区急性梗死灶。',
  rehabPlan: '每日康复训练，两周后复查。',
  medications: '阿司匹林 100mg qd',
  followUpDates: ['2026-12-07'],
};

describe('validateReferralContent (required at submit)', () => {
  test('an up-referral needs its history (病史及诊治情况), and blank text does not count', () => {
    expect(pointers(validateReferralContent({ direction: 'up', urgency: 'routine' }))).toEqual([
      '/clinicalSummary required',
    ]);
    expect(
      pointers(validateReferralContent({ direction: 'up', urgency: 'routine', clinicalSummary: ' \n ' })),
    ).toEqual(['/clinicalSummary required']);
    expect(
      validateReferralContent({ direction: 'up', urgency: 'routine', clinicalSummary: '反复头晕3月。' }),
    ).toEqual([]);
  });

  test('a down-referral needs the whole 回转单: summary, main results, rehab plan, medications and a follow-up date', () => {
    expect(validateReferralContent(DOWN)).toEqual([]);
    expect(pointers(validateReferralContent({ direction: 'down', urgency: 'routine' }))).toEqual([
      '/clinicalSummary required',
      '/mainResults required',
      '/rehabPlan required',
      '/medications required',
      '/followUpDates required',
    ]);
    expect(pointers(validateReferralContent({ ...DOWN, followUpDates: [] }))).toEqual([
      '/followUpDates required',
    ]);
  });

  test('a green-channel referral needs its escort, with who escorts and the transport', () => {
    const green = { direction: 'up', urgency: 'green_channel', clinicalSummary: '胸痛2小时。' } as const;
    expect(pointers(validateReferralContent(green))).toEqual(['/escort required']);
    expect(pointers(validateReferralContent({ ...green, escort: { handoverItems: '心电图1份' } }))).toEqual([
      '/escort/escortedBy required',
      '/escort/transport required',
    ]);
    expect(
      validateReferralContent({
        ...green,
        escort: { escortedBy: '李医生', transport: 'ambulance_with_doctor' },
      }),
    ).toEqual([]);
    // Routine and urgent referrals need no escort.
    expect(validateReferralContent({ ...green, urgency: 'urgent' })).toEqual([]);
  });

  test('any filled content satisfies it, whatever the text (property)', () => {
    const text = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== '');
    fc.assert(
      fc.property(text, text, text, text, (summary, results, plan, meds) => {
        expect(
          validateReferralContent({
            ...DOWN,
            clinicalSummary: summary,
            mainResults: results,
            rehabPlan: plan,
            medications: meds,
          }),
        ).toEqual([]);
      }),
    );
  });
});

describe('validateReferralContentShape (always)', () => {
  test('a TCM diagnosis names both 病名 and 证型; codes are optional', () => {
    expect(
      validateReferralContentShape({ tcmDiagnosis: { diseaseName: '中风病', syndromeName: '风痰阻络证' } }),
    ).toEqual([]);
    const partial = { diseaseName: '中风病', diseaseCode: 'A07.01.01' } as Schemas['TcmDiagnosis'];
    expect(pointers(validateReferralContentShape({ tcmDiagnosis: partial }))).toEqual([
      '/tcmDiagnosis/syndromeName required',
    ]);
  });

  test('refuses escort roles and transports outside the contract', () => {
    const odd = { escortRole: 'friend', transport: 'helicopter' } as unknown as Schemas['Escort'];
    expect(pointers(validateReferralContentShape({ escort: odd }))).toEqual([
      '/escort/escortRole invalid_enum',
      '/escort/transport invalid_enum',
    ]);
  });
});

describe('validateReferralCreate applies the content rules at submit only', () => {
  const body: Schemas['ReferralCreate'] = {
    direction: 'up',
    urgency: 'routine',
    sendingInstitutionId: 'ins_a',
    receivingInstitutionId: 'ins_b',
    patient: {
      name: '张三',
      sex: 'male',
      birthDate: '1990-03-07',
      idType: 'resident_id_card',
      idNumber: '110105199003071239',
    },
    diagnosis: { text: '脑梗死' },
    reason: '需进一步评估。',
    consent: {
      purpose: 'referral_transfer',
      grantedAt: '2026-11-22T09:40:00+08:00',
      recordedBy: 'cln_a',
      method: 'written',
    },
    submit: false,
  };
  const now = '2026-11-22T10:00:00+08:00';
  test('a draft may lack its history; submitting it may not', () => {
    expect(validateReferralCreate(body, { now })).toEqual([]);
    expect(pointers(validateReferralCreate({ ...body, submit: true }, { now }))).toEqual([
      '/clinicalSummary required',
    ]);
  });
  test('a half-filled TCM diagnosis is refused even in a draft', () => {
    const tcm = { diseaseName: '中风病' } as Schemas['TcmDiagnosis'];
    expect(pointers(validateReferralCreate({ ...body, tcmDiagnosis: tcm }, { now }))).toEqual([
      '/tcmDiagnosis/syndromeName required',
    ]);
  });
});

describe('referralRoutingWarnings', () => {
  test('notifiable infectious diseases go to a designated hospital: TB, HIV, cholera, COVID-19', () => {
    for (const code of ['A15.000', 'A19.900', 'B20.000', 'B24.x01', 'A00.900', 'U07.100', 'U07.1', 'J09']) {
      expect(referralRoutingWarnings(code), code).toEqual([{ code: 'designated_hospital' }]);
    }
  });

  test('occupational diseases where the code shows them: pneumoconiosis, metals, noise', () => {
    for (const code of ['J60.x00', 'J62.800', 'J65', 'T56.000', 'H83.300']) {
      expect(referralRoutingWarnings(code), code).toEqual([{ code: 'specialist_occupational' }]);
    }
  });

  test('mental illness F20–F39 goes to a specialist institution; other F codes do not', () => {
    expect(referralRoutingWarnings('F20.000')).toEqual([{ code: 'specialist_mental' }]);
    expect(referralRoutingWarnings('F32.900')).toEqual([{ code: 'specialist_mental' }]);
    expect(referralRoutingWarnings('F39')).toEqual([{ code: 'specialist_mental' }]);
    expect(referralRoutingWarnings('F10.200')).toEqual([]);
    expect(referralRoutingWarnings('F40.000')).toEqual([]);
  });

  test('ordinary diagnoses, no code and junk give none; the boundaries are exact', () => {
    for (const code of [
      'I63.900',
      'I21.900',
      'C00.000',
      'J59.000',
      'J67.000',
      'T57.000',
      'U07.3',
      'H83.200',
    ]) {
      expect(referralRoutingWarnings(code), code).toEqual([]);
    }
    expect(referralRoutingWarnings(undefined)).toEqual([]);
    expect(referralRoutingWarnings('')).toEqual([]);
    expect(referralRoutingWarnings('脑梗死')).toEqual([]);
  });

  test('every code in A00–B99 warns (property)', () => {
    const category = fc
      .tuple(fc.constantFrom('A', 'B'), fc.integer({ min: 0, max: 99 }))
      .map(([letter, n]) => `${letter}${String(n).padStart(2, '0')}.900`);
    fc.assert(
      fc.property(category, (code) => {
        expect(referralRoutingWarnings(code).map((w) => w.code)).toContain('designated_hospital');
      }),
    );
  });

  test('every warning has a message in every locale', () => {
    for (const code of Object.keys(REFERRAL_WARNING_MESSAGES) as Schemas['ReferralWarningCode'][]) {
      for (const locale of LOCALES) {
        expect(formatReferralWarning(code, locale).length).toBeGreaterThan(5);
      }
    }
    expect(formatReferralWarning('designated_hospital', 'zh-TW')).toContain('定點醫院');
  });
});

test('the neonatal green channel is critical children and newborns', () => {
  expect(label('greenChannelCategory', 'neonatal', 'zh-CN')).toBe('危重儿童和新生儿');
  expect(label('greenChannelCategory', 'neonatal', 'zh-TW')).toBe('危重兒童和新生兒');
  expect(label('greenChannelCategory', 'neonatal', 'en')).toBe('Critical children and newborns');
});
