import { openapiDocument } from '@yilian/contract';
import { describe, expect, test } from 'vitest';
import {
  DEFAULT_LOCALE,
  FIELD_ERROR_MESSAGES,
  PROBLEM_MESSAGES,
  formatFieldError,
  formatProblem,
  interpolate,
  label,
  labelValues,
  toFieldErrors,
  type LabelKind,
  type Locale,
  type LocalizedText,
} from './messages.js';
import { messages as en } from './messages/en.js';
import { messages as zhCN } from './messages/zh-CN.js';
import { messages as zhTW } from './messages/zh-TW.js';

const LOCALES: readonly Locale[] = ['zh-CN', 'zh-TW', 'en'];

/** The enum values the contract document itself lists for a schema. */
function contractEnum(schema: string): string[] {
  const values = openapiDocument.components.schemas[schema]?.['enum'];
  if (!Array.isArray(values)) {
    throw new Error(`No enum for ${schema} in the contract`);
  }
  return values.map(String);
}

const LABEL_SCHEMAS: Record<LabelKind, string> = {
  referralStatus: 'ReferralStatus',
  referralCommand: 'ReferralCommand',
  referralEvent: 'EventType',
  referralDirection: 'ReferralDirection',
  referralUrgency: 'ReferralUrgency',
  greenChannelCategory: 'GreenChannelCategory',
  rejectReasonCode: 'RejectReasonCode',
  cancelReasonCode: 'CancelReasonCode',
  activityKind: 'ActivityKind',
  appointmentStatus: 'AppointmentStatus',
  recognitionDecision: 'RecognitionDecision',
  retestReason: 'RetestReason',
  sex: 'Sex',
  idType: 'IdType',
  insuranceType: 'InsuranceType',
  escortRole: 'EscortRole',
  escortTransport: 'EscortTransport',
  consentPurpose: 'ConsentPurpose',
  institutionLevel: 'InstitutionLevel',
  clinicianTitle: 'ClinicianTitle',
  role: 'Role',
  resultKind: 'ResultKind',
  adoptionOutcome: 'AdoptionOutcome',
  recognitionListType: 'RecognitionListType',
  recognitionRegionLevel: 'RecognitionRegionLevel',
  orderLineStatus: 'OrderLineStatus',
  consultationStatus: 'ConsultationStatus',
  consultationCommand: 'ConsultationCommand',
  consultationEvent: 'EventType',
  consultationUrgency: 'ConsultationUrgency',
  consultationMode: 'ConsultationMode',
  consultationStatusGroup: 'ConsultationStatusGroup',
  consultationDeclineReasonCode: 'ConsultationDeclineReasonCode',
  consultationCancelReasonCode: 'ConsultationCancelReasonCode',
};
const LABEL_KINDS = Object.keys(LABEL_SCHEMAS) as LabelKind[];

function allTexts(): [string, LocalizedText][] {
  const labels = LABEL_KINDS.flatMap((kind) =>
    labelValues(kind).map((value): [string, LocalizedText] => [
      `${kind}.${value}`,
      {
        'zh-CN': label(kind, value, 'zh-CN'),
        'zh-TW': label(kind, value, 'zh-TW'),
        en: label(kind, value, 'en'),
      },
    ]),
  );
  return [
    ...Object.entries(PROBLEM_MESSAGES).map(([code, text]): [string, LocalizedText] => [
      `problem.${code}`,
      text,
    ]),
    ...Object.entries(FIELD_ERROR_MESSAGES).map(([code, text]): [string, LocalizedText] => [
      `field.${code}`,
      text,
    ]),
    ...labels,
  ];
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

// Simplified forms that Traditional Chinese writes differently; none may appear in a zh-TW text.
const SIMPLIFIED_ONLY = Array.from(
  '转诊认检验证号码请这时间医机构约过为须选择绿会远级护师员专预闭标记录误馈确项资质疗变关键决鉴类内农乡镇业费儿产妇伤见义导讲课务无权执该们当态数据处键应复说对监护单独针联体属于结围义签测报发达门诊灵',
);

describe('PROBLEM_MESSAGES and FIELD_ERROR_MESSAGES', () => {
  test('cover exactly the codes of the contract document', () => {
    expect(Object.keys(PROBLEM_MESSAGES).sort()).toEqual(contractEnum('ProblemCode').sort());
    expect(Object.keys(FIELD_ERROR_MESSAGES).sort()).toEqual(contractEnum('FieldErrorCode').sort());
  });
});

describe('the per-locale message modules', () => {
  test('have the same keys in the same order, so that labelValues reads one display order in every locale', () => {
    expect(Object.keys(zhTW)).toEqual(Object.keys(zhCN));
    expect(Object.keys(en)).toEqual(Object.keys(zhCN));
  });

  test('are what the functions of the main entry read', () => {
    const tables = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };
    for (const locale of LOCALES) {
      expect(formatProblem('slot_full', locale)).toBe(tables[locale]['problem.slot_full']);
      expect(formatFieldError('required', locale)).toBe(tables[locale]['field.required']);
      expect(label('activityKind', 'free_clinic', locale)).toBe(
        tables[locale]['label.activityKind.free_clinic'],
      );
      expect(PROBLEM_MESSAGES.forbidden[locale]).toBe(tables[locale]['problem.forbidden']);
    }
  });
});

describe('every message and label', () => {
  test.each(allTexts())('%s is non-empty in all three locales', (_key, text) => {
    for (const locale of LOCALES) {
      expect(text[locale].trim()).not.toBe('');
    }
  });

  test.each(allTexts())('%s uses the same placeholders in every locale', (_key, text) => {
    expect(placeholders(text['zh-TW'])).toEqual(placeholders(text['zh-CN']));
    expect(placeholders(text.en)).toEqual(placeholders(text['zh-CN']));
  });

  test.each(allTexts())('%s writes zh-TW in Traditional characters', (_key, text) => {
    const simplified = Array.from(text['zh-TW']).filter((char) => SIMPLIFIED_ONLY.includes(char));
    expect(simplified).toEqual([]);
    if (Array.from(text['zh-CN']).some((char) => SIMPLIFIED_ONLY.includes(char))) {
      expect(text['zh-TW']).not.toBe(text['zh-CN']);
    }
  });

  test.each(allTexts())('%s has no Han characters in English', (_key, text) => {
    expect(text.en).not.toMatch(/\p{Script=Han}/u);
  });
});

describe('formatProblem', () => {
  test('answers in each locale', () => {
    expect(formatProblem('slot_full', 'zh-CN')).toBe('该时段已约满。');
    expect(formatProblem('slot_full', 'zh-TW')).toBe('該時段已約滿。');
    expect(formatProblem('slot_full', 'en')).toBe('This slot is fully booked.');
  });

  test('defaults to Simplified Chinese', () => {
    expect(DEFAULT_LOCALE).toBe('zh-CN');
    expect(formatProblem('forbidden')).toBe(PROBLEM_MESSAGES.forbidden['zh-CN']);
  });

  test('falls back to the default locale for a locale outside the type', () => {
    expect(formatProblem('forbidden', 'fr' as Locale)).toBe(PROBLEM_MESSAGES.forbidden['zh-CN']);
  });

  test('returns the code itself for a code outside the type rather than throwing', () => {
    expect(formatProblem('teapot' as 'not_found', 'en')).toBe('teapot');
  });
});

describe('formatFieldError', () => {
  test('interpolates every placeholder it uses when given the params', () => {
    for (const [code, text] of Object.entries(FIELD_ERROR_MESSAGES)) {
      for (const locale of LOCALES) {
        const params = Object.fromEntries(placeholders(text[locale]).map((name) => [name, 7]));
        const formatted = formatFieldError(code as keyof typeof FIELD_ERROR_MESSAGES, locale, params);
        expect(formatted).not.toMatch(/\{\w+\}/);
      }
    }
  });

  test('fills too_long with its maximum in every locale', () => {
    expect(formatFieldError('too_long', 'zh-CN', { max: 32 })).toBe('最多32个字符。');
    expect(formatFieldError('too_long', 'zh-TW', { max: 32 })).toBe('最多32個字元。');
    expect(formatFieldError('too_long', 'en', { max: 32 })).toBe('At most 32 characters.');
  });

  test('matches the contract example for a checksum mismatch', () => {
    expect(formatFieldError('resident_id_checksum_mismatch', 'en')).toBe(
      'The check digit does not match the first 17 digits.',
    );
  });
});

describe('interpolate', () => {
  test('leaves a placeholder without a param visible and ignores extra params', () => {
    expect(interpolate('{a} and {b}', { a: 1, c: 3 })).toBe('1 and {b}');
    expect(interpolate('{a}')).toBe('{a}');
  });

  test('does not read inherited properties as params', () => {
    expect(interpolate('{toString}', {})).toBe('{toString}');
  });
});

describe('toFieldErrors', () => {
  test('adds a localized detail to each issue', () => {
    expect(
      toFieldErrors(
        [
          { pointer: '/reason', code: 'required' },
          { pointer: '/patient/idNumber', code: 'too_long', params: { max: 32 } },
        ],
        'en',
      ),
    ).toEqual([
      { pointer: '/reason', code: 'required', detail: 'This field is required.' },
      {
        pointer: '/patient/idNumber',
        code: 'too_long',
        detail: 'At most 32 characters.',
        params: { max: 32 },
      },
    ]);
  });

  test('carries the params of each message, so a client can word it in its own locale', () => {
    const issues = [{ pointer: '/from', code: 'date_range_too_long' as const, params: { maxDays: 31 } }];
    const [wire] = toFieldErrors(issues, 'zh-CN');
    expect(wire?.params).toEqual({ maxDays: 31 });
    expect(formatFieldError(wire!.code, 'en', wire!.params)).toBe('The date range may not exceed 31 days.');
  });
});

describe('label', () => {
  test.each(LABEL_KINDS)('covers exactly the contract values of %s', (kind) => {
    // Referral and consultation events are their prefix's part of the contract's EventType.
    const prefix =
      kind === 'referralEvent' ? 'referral.' : kind === 'consultationEvent' ? 'consultation.' : '';
    const values = contractEnum(LABEL_SCHEMAS[kind]).filter((value) => value.startsWith(prefix));
    expect([...labelValues(kind)].sort()).toEqual(values.sort());
  });

  test.each([
    ['referralCommand', 'accept', '接收', '接收', 'Accept'],
    ['referralDirection', 'up', '上转', '上轉', 'Up-referral'],
    ['referralDirection', 'down', '下转', '下轉', 'Down-referral'],
    ['referralUrgency', 'green_channel', '绿色通道', '綠色通道', 'Green channel'],
    ['greenChannelCategory', 'maternal', '危重孕产妇', '危重孕產婦', 'Critical maternal'],
    ['activityKind', 'free_clinic', '义诊', '義診', 'Free clinic'],
    ['recognitionDecision', 'recognized', '已互认', '已互認', 'Recognized'],
    [
      'recognitionDecision',
      'institution_not_qualified',
      '机构未获互认资质',
      '機構未獲互認資質',
      'Institution not qualified',
    ],
    [
      'retestReason',
      'forensic',
      '司法、伤残及病退等鉴定',
      '司法、傷殘及病退等鑑定',
      'Forensic, disability or medical-retirement assessment',
    ],
    ['recognitionDecision', 'shared', '可共享调阅', '可共享調閱', 'Shared for review'],
    ['adoptionOutcome', 'not_adopted', '不采纳', '不採納', 'Not adopted'],
    ['resultKind', 'lab', '检验', '檢驗', 'Lab test'],
  ] as const)('labels %s %s as %s / %s / %s', (kind, value, zhCN, zhTW, en) => {
    expect(label(kind, value, 'zh-CN')).toBe(zhCN);
    expect(label(kind, value, 'zh-TW')).toBe(zhTW);
    expect(label(kind, value, 'en')).toBe(en);
  });

  test('returns an unknown value as itself instead of throwing', () => {
    expect(label('sex', 'x' as 'male', 'en')).toBe('x');
  });

  test('lists values in display order', () => {
    expect(labelValues('referralUrgency')).toEqual(['routine', 'urgent', 'green_channel']);
  });
});
