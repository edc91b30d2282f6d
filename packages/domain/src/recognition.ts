import type { components } from '@yilian/contract';
import { enumValues } from './enum-values.js';
import type { FieldIssue } from './field-issue.js';
import { isBlank, isOneOf } from './guards.js';
import {
  addDays,
  isInstant,
  parseInstant,
  shanghaiDate,
  shanghaiDayDiff,
  startOfShanghaiDay,
  toShanghaiIso,
  type InstantInput,
} from './shanghai-time.js';

type Schemas = components['schemas'];
type CatalogueItem = Schemas['CatalogueItem'];
type Qualification = Schemas['Qualification'];
type RecognitionOutcome = Schemas['RecognitionOutcome'];
type RecognitionReason = Schemas['RecognitionReason'];
type RetestReason = Schemas['RetestReason'];

/**
 * Every re-test reason the contract knows: the national ones, then the regional extensions (DOMAIN §5).
 * @example RETEST_REASONS.length // 10
 */
export const RETEST_REASONS = enumValues<RetestReason>()([
  'condition_changed',
  'rapidly_changing',
  'critical_decision',
  'emergency',
  'forensic',
  'other',
  'patient_request',
  'eqa_failed',
  'too_old_for_visit',
  'physician_deems_necessary',
]);

/**
 * The national re-test reasons (国卫医发〔2022〕6号): five named situations and `other` (text required), offered
 * everywhere whatever the decision.
 * @example NATIONAL_RETEST_REASONS.includes('patient_request') // false
 */
export const NATIONAL_RETEST_REASONS = [
  'condition_changed',
  'rapidly_changing',
  'critical_decision',
  'emergency',
  'forensic',
  'other',
] as const satisfies readonly RetestReason[];

/**
 * The `code`s of the reasons `evaluateRecognition` gives, one per rule it applied.
 * @example const code: RecognitionReasonCode = 'within_window';
 */
export type RecognitionReasonCode =
  | 'item_in_list'
  | 'item_not_in_list'
  | 'issuer_qualified'
  | 'issuer_not_qualified'
  | 'qualification_lapsed'
  | 'within_window'
  | 'outside_window';

/**
 * The facts of a result that recognition needs (a contract `Result` or `RecognitionCheck` fits).
 * @example const result: RecognitionResultFacts = { itemCode: 'LAB_HBA1C', performingInstitutionId: 'ins_cz', performedAt: '2026-11-10T08:30:00+08:00' };
 */
export type RecognitionResultFacts = {
  id?: Schemas['ResultId'];
  itemCode: Schemas['ItemCode'];
  performingInstitutionId: Schemas['InstitutionId'];
  performedAt: InstantInput;
};

/**
 * What `evaluateRecognition` needs.
 * @example const input: EvaluateRecognitionInput = { item, qualifications, result, requestingInstitutionId: 'ins_pumch', at: now };
 */
export type EvaluateRecognitionInput = {
  /** The item as listed in the catalogue that applies at the requesting institution; `undefined` when absent. */
  item: CatalogueItem | undefined;
  /** The qualification registry; entries for other institutions, items or scopes are ignored. */
  qualifications: readonly Qualification[];
  result: RecognitionResultFacts;
  /** Where the result is presented; the caller chose `item` from this institution's list, so it is not re-checked. */
  requestingInstitutionId: Schemas['InstitutionId'];
  /** The instant of the check; it may not be before `result.performedAt`. */
  at: InstantInput;
};

/**
 * Thrown by `evaluateRecognition` when the check itself is invalid (an instant that does not parse, a check before
 * the result was performed, a catalogue window that is not a whole number of days): the server answers
 * `validation_failed` with `errors`, so it is a caller error rather than a decision.
 * @example try { evaluateRecognition(input); } catch (error) { if (error instanceof RecognitionCheckError) { error.errors; } }
 */
export class RecognitionCheckError extends RangeError {
  readonly code = 'validation_failed';
  readonly errors: FieldIssue[];

  /**
   * @param errors - the field issues, pointing into the contract `RecognitionCheck` body
   * @example new RecognitionCheckError([{ pointer: '/at', code: 'out_of_range' }])
   */
  constructor(errors: FieldIssue[]) {
    super(`Invalid recognition check: ${errors.map((issue) => `${issue.pointer} ${issue.code}`).join(', ')}`);
    this.name = 'RecognitionCheckError';
    this.errors = errors;
  }
}

function days(count: number): string {
  return `${count} day${count === 1 ? '' : 's'}`;
}

function reason(code: RecognitionReasonCode, zh: string, en: string): RecognitionReason {
  return { code, message: { zh, en } };
}

function covers(qualification: Qualification, performedAtMs: number): boolean {
  if (!isInstant(qualification.validFrom) || parseInstant(qualification.validFrom) > performedAtMs) {
    return false;
  }
  if (qualification.validTo === undefined) {
    return true;
  }
  return isInstant(qualification.validTo) && performedAtMs < parseInstant(qualification.validTo);
}

function validate(input: EvaluateRecognitionInput): void {
  const errors: FieldIssue[] = [];
  const performedOk = isInstant(input.result.performedAt);
  const atOk = isInstant(input.at);
  if (!performedOk) {
    errors.push({ pointer: '/performedAt', code: 'invalid_format' });
  }
  if (!atOk) {
    errors.push({ pointer: '/at', code: 'invalid_format' });
  }
  if (performedOk && atOk && parseInstant(input.at) < parseInstant(input.result.performedAt)) {
    errors.push({ pointer: '/at', code: 'out_of_range' });
  }
  const validityDays = input.item?.validityDays;
  if (validityDays !== undefined && !(Number.isInteger(validityDays) && validityDays >= 0)) {
    errors.push({ pointer: '/item/validityDays', code: 'out_of_range' });
  }
  if (errors.length > 0) {
    throw new RecognitionCheckError(errors);
  }
}

/**
 * Would a result be recognized at `at`? DOMAIN §5, checked in order: the item is in the applicable list, the
 * performing institution held a qualification for (item, scope) covering `performedAt` (`validFrom` ≤ performedAt
 * < `validTo`), and the result's age in whole Asia/Shanghai calendar days is at most the item's `validityDays`.
 * The result lapses at 00:00 Shanghai of day performedDay + validityDays + 1. Every retest reason is offered
 * whatever the decision. Throws `RecognitionCheckError` when the check itself is invalid (e.g. `at` before
 * `performedAt`).
 * @param input - the catalogue item, qualification registry, result facts, requesting institution and instant
 * @example evaluateRecognition({ item, qualifications, result, requestingInstitutionId: 'ins_pumch', at: '2026-11-22T10:00:00+08:00' }).decision // 'recognized'
 */
export function evaluateRecognition(input: EvaluateRecognitionInput): RecognitionOutcome {
  validate(input);
  const { item, result } = input;
  const performedAtMs = parseInstant(result.performedAt);
  const ageDays = shanghaiDayDiff(result.performedAt, input.at);
  const base = {
    itemCode: result.itemCode,
    ...(result.id === undefined ? {} : { resultId: result.id }),
    ageDays,
    retestReasons: [...NATIONAL_RETEST_REASONS],
  };

  if (item === undefined || item.code !== result.itemCode) {
    return {
      ...base,
      decision: 'item_not_in_list',
      reasons: [
        reason(
          'item_not_in_list',
          '该项目不在适用的互认目录内。',
          'The item is not on the applicable recognition list.',
        ),
      ],
    };
  }

  const scope = item.scope;
  const listed = {
    ...base,
    hrMark: `${scope}HR`,
    validityDays: item.validityDays,
  };
  const inList = reason(
    'item_in_list',
    `该项目在${scope}互认目录内。`,
    `The item is on the ${scope} recognition list.`,
  );

  const registered = input.qualifications.filter(
    (qualification) =>
      qualification.institutionId === result.performingInstitutionId &&
      qualification.itemCode === item.code &&
      qualification.scope === scope,
  );
  if (!registered.some((qualification) => covers(qualification, performedAtMs))) {
    const lapsed = registered.some(
      (qualification) =>
        qualification.validTo !== undefined &&
        isInstant(qualification.validTo) &&
        parseInstant(qualification.validTo) <= performedAtMs,
    );
    const issuer = lapsed
      ? reason(
          'qualification_lapsed',
          `出具机构该项目的${scope}互认资质在检查检验时已失效。`,
          `The performing institution's ${scope} qualification for this item had lapsed when the result was produced.`,
        )
      : reason(
          'issuer_not_qualified',
          `出具机构在检查检验时不具备该项目的${scope}互认资质。`,
          `The performing institution was not qualified for this item (${scope}) when the result was produced.`,
        );
    return { ...listed, decision: 'institution_not_qualified', reasons: [inList, issuer] };
  }

  const qualified = reason(
    'issuer_qualified',
    `出具机构在检查检验时具备该项目的${scope}互认资质。`,
    `The performing institution was qualified for this item (${scope}) when the result was produced.`,
  );
  if (item.validityDays === undefined) {
    return { ...listed, decision: 'recognized', reasons: [inList, qualified] };
  }
  const lapsesAt = toShanghaiIso(
    startOfShanghaiDay(addDays(shanghaiDate(result.performedAt), item.validityDays + 1)),
  );
  const window = `${item.validityDays}-day window (${days(ageDays)} old)`;
  if (ageDays <= item.validityDays) {
    return {
      ...listed,
      lapsesAt,
      decision: 'recognized',
      reasons: [
        inList,
        qualified,
        reason(
          'within_window',
          `结果在${item.validityDays}天互认有效期内（已过${ageDays}天）。`,
          `The result is within its ${window}.`,
        ),
      ],
    };
  }
  return {
    ...listed,
    lapsesAt,
    decision: 'expired',
    reasons: [
      inList,
      qualified,
      reason(
        'outside_window',
        `结果已超过${item.validityDays}天互认有效期（已过${ageDays}天）。`,
        `The result is past its ${window}.`,
      ),
    ],
  };
}

/**
 * The field issues of a retest record's reason: a known `RetestReason`, and text when it is `other`.
 * @param record - the reason and optional text, as in the contract `RetestRecordCreate`
 * @example validateRetest({ reason: 'other' }) // [{ pointer: '/reasonText', code: 'retest_reason_text_required' }]
 */
export function validateRetest(
  record: Pick<Schemas['RetestRecordCreate'], 'reason' | 'reasonText'>,
): FieldIssue[] {
  if (record.reason === undefined) {
    return [{ pointer: '/reason', code: 'required' }];
  }
  if (!isOneOf(RETEST_REASONS, record.reason)) {
    return [{ pointer: '/reason', code: 'invalid_enum' }];
  }
  if (record.reason === 'other' && isBlank(record.reasonText)) {
    return [{ pointer: '/reasonText', code: 'retest_reason_text_required' }];
  }
  return [];
}
