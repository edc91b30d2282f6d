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
type RecognitionDecision = Schemas['RecognitionDecision'];
type RetestReason = Schemas['RetestReason'];
type InstitutionLevel = Schemas['InstitutionLevel'];
type RecognitionDirection = Schemas['RecognitionDirection'];
type LocalizedName = Schemas['LocalizedName'];

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
 * everywhere whatever the decision. `patient_request` is not among them: it is a regional extension.
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
 * The decisions ordered from the most favourable: when an item is in several applicable lists, or a patient has
 * several results for it, the best one counts.
 * @example RECOGNITION_DECISION_RANK.recognized < RECOGNITION_DECISION_RANK.shared // true
 */
export const RECOGNITION_DECISION_RANK: Readonly<Record<RecognitionDecision, number>> = Object.freeze({
  recognized: 0,
  shared: 1,
  expired: 2,
  institution_not_qualified: 3,
  item_not_in_list: 4,
});

/**
 * The `code`s of the reasons `evaluateRecognition` gives, one per rule it applied.
 * @example const code: RecognitionReasonCode = 'within_window';
 */
export type RecognitionReasonCode =
  | 'item_in_list'
  | 'item_in_sharing_list'
  | 'item_not_in_list'
  | 'issuer_qualified'
  | 'issuer_not_qualified'
  | 'qualification_lapsed'
  | 'within_window'
  | 'outside_window'
  | 'no_window'
  | 'direction_not_obligatory';

/**
 * The facts of a result that recognition needs (a contract `Result` or `RecognitionCheck` fits).
 * @example const result: RecognitionResultFacts = { itemCode: 'LAB_HBA1C', performingInstitutionId: 'ins_cz', performedAt: '2026-11-10T08:30:00+08:00' };
 */
export type RecognitionResultFacts = {
  id?: Schemas['ResultId'];
  itemCode: Schemas['ItemCode'];
  performingInstitutionId: Schemas['InstitutionId'];
  performedAt: InstantInput;
  /** An imaging result's image study: what is recognised or shared (never the radiologist's conclusion). */
  study?: Schemas['ImagingStudyRef'];
};

/**
 * The direction rule that applies between the two institutions (DOMAIN §5, 内蒙古 2022): under
 * `lower_recognises_higher` a higher-level institution is not bound by a lower-level one's result.
 * @example const direction: RecognitionDirectionFacts = { rule: 'lower_recognises_higher', requestingLevel: 'tertiary', performingLevel: 'secondary' };
 */
export type RecognitionDirectionFacts = {
  rule: RecognitionDirection;
  requestingLevel: InstitutionLevel;
  performingLevel: InstitutionLevel;
};

/**
 * What `evaluateRecognition` needs.
 * @example const input: EvaluateRecognitionInput = { item, qualifications, result, requestingInstitutionId: 'ins_pumch', at: now };
 */
export type EvaluateRecognitionInput = {
  /** The item as listed in one list that applies at the requesting institution; `undefined` when absent. */
  item: CatalogueItem | undefined;
  /** The qualification registry; entries for other institutions, items or scopes are ignored. */
  qualifications: readonly Qualification[];
  result: RecognitionResultFacts;
  /** Where the result is presented; the caller chose `item` from this institution's lists, so it is not re-checked. */
  requestingInstitutionId: Schemas['InstitutionId'];
  /** The instant of the check; it may not be before `result.performedAt`. */
  at: InstantInput;
  /** The re-test reasons offered at the requesting institution (see `retestReasonsFor`); the national ones by default. */
  retestReasons?: readonly RetestReason[];
  /** The direction rule between the institutions; every recognised result is obligatory without it. */
  direction?: RecognitionDirectionFacts;
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

function reason(code: RecognitionReasonCode, zh: string, zhHant: string, en: string): RecognitionReason {
  return { code, message: { zh, zhHant, en } };
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

function qualifiedAt(
  qualifications: readonly Qualification[],
  institutionId: string,
  itemCode: string,
  scope: string,
  performedAtMs: number,
): { qualified: boolean; lapsed: boolean } {
  const registered = qualifications.filter(
    (q) => q.institutionId === institutionId && q.itemCode === itemCode && q.scope === scope,
  );
  if (registered.some((q) => covers(q, performedAtMs))) {
    return { qualified: true, lapsed: false };
  }
  const lapsed = registered.some(
    (q) => q.validTo !== undefined && isInstant(q.validTo) && parseInstant(q.validTo) <= performedAtMs,
  );
  return { qualified: false, lapsed };
}

/**
 * The mark a list prints on a report of one of its items: `<scope>HR` for a recognition list, `<scope>GX` for a
 * sharing list.
 * @param item - the item as listed
 * @example recognitionMark({ scope: '京津冀', listType: 'sharing' }) // '京津冀GX'
 */
export function recognitionMark(item: Pick<CatalogueItem, 'scope' | 'listType'>): string {
  return `${item.scope}${item.listType === 'sharing' ? 'GX' : 'HR'}`;
}

/**
 * The item's name as printed with its mark, per language: `【京津冀HR】糖化血红蛋白`.
 * @param item - the item as listed
 * @example markedItemName(item).zh // '【京津冀HR】糖化血红蛋白'
 */
export function markedItemName(item: Pick<CatalogueItem, 'scope' | 'listType' | 'name'>): LocalizedName {
  const mark = `【${recognitionMark(item)}】`;
  return {
    zh: `${mark}${item.name.zh}`,
    ...(item.name.zhHant === undefined ? {} : { zhHant: `${mark}${item.name.zhHant}` }),
    ...(item.name.en === undefined ? {} : { en: `${mark}${item.name.en}` }),
  };
}

const LEVEL_RANK: Readonly<Record<InstitutionLevel, number>> = { primary: 1, secondary: 2, tertiary: 3 };

/**
 * Whether the requesting institution is bound to recognise a result under the region's direction rule: always
 * under `mutual`; under `lower_recognises_higher` only when the performing institution is of the same or a higher
 * level (二级 and lower must recognise higher; higher recognising lower is a pilot, not an obligation).
 * @param direction - the rule and both institutions' levels
 * @example isRecognitionObligatory({ rule: 'lower_recognises_higher', requestingLevel: 'secondary', performingLevel: 'tertiary' }) // true
 */
export function isRecognitionObligatory(direction: RecognitionDirectionFacts): boolean {
  return (
    direction.rule === 'mutual' ||
    LEVEL_RANK[direction.performingLevel] >= LEVEL_RANK[direction.requestingLevel]
  );
}

/**
 * A region's configuration as `retestReasonsFor` and `effectiveDirection` read it (a contract `RecognitionRegion`
 * fits; `direction` absent means inherited).
 * @example const region: RegionConfig = { retestReasonExtensions: ['patient_request'], direction: 'lower_recognises_higher' };
 */
export type RegionConfig = {
  retestReasonExtensions: readonly RetestReason[];
  direction?: RecognitionDirection | undefined;
};

/**
 * The re-test reasons offered at an institution: the national ones, then every extension its regions configure
 * (its own region and every parent), each once.
 * @param regions - the institution's region and its parents, in any order
 * @example retestReasonsFor([{ retestReasonExtensions: ['patient_request'] }]) // [...NATIONAL_RETEST_REASONS, 'patient_request']
 */
export function retestReasonsFor(regions: readonly RegionConfig[]): RetestReason[] {
  const offered = new Set<RetestReason>(NATIONAL_RETEST_REASONS);
  for (const region of regions) {
    for (const extension of region.retestReasonExtensions) {
      offered.add(extension);
    }
  }
  return RETEST_REASONS.filter((code) => offered.has(code));
}

/**
 * The direction rule that applies in a region: its own, else the nearest parent's, else `mutual`.
 * @param regions - the region first, then its parents up to 全国
 * @example effectiveDirection([{ retestReasonExtensions: [] }, { retestReasonExtensions: [], direction: 'lower_recognises_higher' }]) // 'lower_recognises_higher'
 */
export function effectiveDirection(regions: readonly RegionConfig[]): RecognitionDirection {
  return regions.find((region) => region.direction !== undefined)?.direction ?? 'mutual';
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
 * Would a result be recognized (or shared) at `at`? DOMAIN §5, checked in order: the item is in the list, the
 * performing institution held a qualification for (item, scope) covering `performedAt` (`validFrom` ≤ performedAt
 * < `validTo`) — the mark belongs to the performing institution, whoever registered the result — and the result's
 * age in whole Asia/Shanghai calendar days is at most the item's `validityDays`, when the list sets one. The result
 * lapses at 00:00 Shanghai of day performedDay + validityDays + 1. An item of a sharing (GX) list answers `shared`,
 * never `recognized`: its images are available for review and bind no one. The offered re-test reasons come
 * whatever the decision. Throws `RecognitionCheckError` when the check itself is invalid (e.g. `at` before
 * `performedAt`).
 * @param input - the listing, qualification registry, result facts, requesting institution, instant, reasons and direction
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
    ...(result.study === undefined ? {} : { study: result.study }),
    ageDays,
    retestReasons: [...(input.retestReasons ?? NATIONAL_RETEST_REASONS)],
  };

  if (item === undefined || item.code !== result.itemCode) {
    return {
      ...base,
      decision: 'item_not_in_list',
      reasons: [
        reason(
          'item_not_in_list',
          '该项目不在适用的互认或共享目录内。',
          '該項目不在適用的互認或共享目錄內。',
          'The item is not on an applicable recognition or sharing list.',
        ),
      ],
    };
  }

  const { scope } = item;
  const sharing = item.listType === 'sharing';
  const listed = {
    ...base,
    hrMark: recognitionMark(item),
    markedName: markedItemName(item),
    itemName: item.name,
    kind: item.kind,
    listType: item.listType,
    regionId: item.regionId,
    ...(item.validityDays === undefined ? {} : { validityDays: item.validityDays }),
  };
  const inList = sharing
    ? reason(
        'item_in_sharing_list',
        `该项目在${scope}共享目录内：影像资料可调阅参考，不要求互认。`,
        `該項目在${scope}共享目錄內：影像資料可調閱參考，不要求互認。`,
        `The item is on the ${scope} sharing list: its images are available for review; recognition is not required.`,
      )
    : reason(
        'item_in_list',
        `该项目在${scope}互认目录内。`,
        `該項目在${scope}互認目錄內。`,
        `The item is on the ${scope} recognition list.`,
      );

  const issuer = qualifiedAt(
    input.qualifications,
    result.performingInstitutionId,
    item.code,
    scope,
    performedAtMs,
  );
  if (!issuer.qualified) {
    const why = issuer.lapsed
      ? reason(
          'qualification_lapsed',
          `出具机构该项目的${scope}资质在检查检验时已失效。`,
          `出具機構該項目的${scope}資質在檢查檢驗時已失效。`,
          `The performing institution's ${scope} qualification for this item had lapsed when the result was produced.`,
        )
      : reason(
          'issuer_not_qualified',
          `出具机构在检查检验时不具备该项目的${scope}资质。`,
          `出具機構在檢查檢驗時不具備該項目的${scope}資質。`,
          `The performing institution was not qualified for this item (${scope}) when the result was produced.`,
        );
    return { ...listed, obligatory: false, decision: 'institution_not_qualified', reasons: [inList, why] };
  }

  const qualified = reason(
    'issuer_qualified',
    `出具机构在检查检验时具备该项目的${scope}资质。`,
    `出具機構在檢查檢驗時具備該項目的${scope}資質。`,
    `The performing institution was qualified for this item (${scope}) when the result was produced.`,
  );
  const accepted: RecognitionDecision = sharing ? 'shared' : 'recognized';
  const obligatory = !sharing && (input.direction === undefined || isRecognitionObligatory(input.direction));
  const directionNote = !sharing && !obligatory ? [directionReason()] : [];

  if (item.validityDays === undefined) {
    return {
      ...listed,
      obligatory,
      decision: accepted,
      reasons: [
        inList,
        qualified,
        reason(
          'no_window',
          `该目录未规定此项目的有效期（已过${ageDays}天），由医师结合病情判断。`,
          `該目錄未規定此項目的有效期（已過${ageDays}天），由醫師結合病情判斷。`,
          `The list sets no window for this item (${days(ageDays)} old); the doctor judges.`,
        ),
        ...directionNote,
      ],
    };
  }
  const { validityDays } = item;
  const lapsesAt = toShanghaiIso(
    startOfShanghaiDay(addDays(shanghaiDate(result.performedAt), validityDays + 1)),
  );
  const window = `${validityDays}-day window (${days(ageDays)} old)`;
  if (ageDays <= validityDays) {
    return {
      ...listed,
      lapsesAt,
      obligatory,
      decision: accepted,
      reasons: [
        inList,
        qualified,
        reason(
          'within_window',
          `结果在${validityDays}天${sharing ? '' : '互认'}有效期内（已过${ageDays}天）。`,
          `結果在${validityDays}天${sharing ? '' : '互認'}有效期內（已過${ageDays}天）。`,
          `The result is within its ${window}.`,
        ),
        ...directionNote,
      ],
    };
  }
  return {
    ...listed,
    lapsesAt,
    obligatory: false,
    decision: 'expired',
    reasons: [
      inList,
      qualified,
      reason(
        'outside_window',
        `结果已超过${validityDays}天${sharing ? '' : '互认'}有效期（已过${ageDays}天）。`,
        `結果已超過${validityDays}天${sharing ? '' : '互認'}有效期（已過${ageDays}天）。`,
        `The result is past its ${window}.`,
      ),
    ],
  };
}

function directionReason(): RecognitionReason {
  return reason(
    'direction_not_obligatory',
    '本地区规定二级及以下机构须认可上级机构结果；上级机构认可下级机构结果不作强制要求。',
    '本地區規定二級及以下機構須認可上級機構結果；上級機構認可下級機構結果不作強制要求。',
    "In this region lower-level institutions must recognise higher-level results; recognising a lower level's result is not required.",
  );
}

/**
 * The most favourable of several outcomes (`RECOGNITION_DECISION_RANK`); among equals, the first.
 * @param outcomes - at least one outcome
 * @example bestRecognition([expired, recognized]).decision // 'recognized'
 */
export function bestRecognition(
  outcomes: readonly [RecognitionOutcome, ...RecognitionOutcome[]],
): RecognitionOutcome {
  return outcomes.reduce((best, next) =>
    RECOGNITION_DECISION_RANK[next.decision] < RECOGNITION_DECISION_RANK[best.decision] ? next : best,
  );
}

/**
 * The decision on a result presented at an institution with several applicable lists (its region and every
 * parent): the item is evaluated against its listing in each, and the most favourable outcome counts (recognized in
 * any applicable list is recognized). With no listing the answer is `item_not_in_list`.
 * @param input - as `evaluateRecognition`, with every applicable listing instead of one item, widest region first
 * @example recogniseInLists({ listings, qualifications, result, requestingInstitutionId: 'ins_pumch', at }).hrMark // '京津冀HR'
 */
export function recogniseInLists(
  input: Omit<EvaluateRecognitionInput, 'item'> & { listings: readonly CatalogueItem[] },
): RecognitionOutcome {
  const { listings, ...rest } = input;
  const candidates = listings.filter((item) => item.code === input.result.itemCode);
  const [first, ...others] = candidates.length > 0 ? candidates : [undefined];
  return bestRecognition([
    evaluateRecognition({ ...rest, item: first }),
    ...others.map((item) => evaluateRecognition({ ...rest, item })),
  ]);
}

/**
 * The mark the performing institution printed on a result: from its own qualification for the item at the time
 * performed, in the widest list that holds the item (not from whoever registered the result); `undefined` when it
 * held none.
 * @param listings - the item's listings in every list, widest region first
 * @param qualifications - the qualification registry
 * @param result - the result's item, performing institution and time
 * @example performedMark(listings, qualifications, { itemCode: 'LAB_HBA1C', performingInstitutionId: 'ins_cangzhou_central', performedAt }) // '京津冀HR'
 */
export function performedMark(
  listings: readonly CatalogueItem[],
  qualifications: readonly Qualification[],
  result: RecognitionResultFacts,
): string | undefined {
  if (!isInstant(result.performedAt)) {
    return undefined;
  }
  const performedAtMs = parseInstant(result.performedAt);
  const listing = listings.find(
    (item) =>
      item.code === result.itemCode &&
      qualifiedAt(qualifications, result.performingInstitutionId, item.code, item.scope, performedAtMs)
        .qualified,
  );
  return listing === undefined ? undefined : recognitionMark(listing);
}

/**
 * Whether a decision lets the doctor record an adoption decision (采纳/不采纳): a recognized or a shared result.
 * @param decision - the recognition decision
 * @example isRecognisable('shared') // true
 */
export function isRecognisable(decision: RecognitionDecision): decision is 'recognized' | 'shared' {
  return decision === 'recognized' || decision === 'shared';
}

/**
 * The field issues of a re-test reason: a known `RetestReason` offered at the institution, and text when it is
 * `other`.
 * @param record - the reason and optional text, as in the contract `RetestRecordCreate`
 * @param offered - the reasons offered at the institution (`retestReasonsFor`); every known reason by default
 * @example validateRetest({ reason: 'other' }) // [{ pointer: '/reasonText', code: 'retest_reason_text_required' }]
 */
export function validateRetest(
  record: Pick<Schemas['RetestRecordCreate'], 'reason' | 'reasonText'>,
  offered: readonly RetestReason[] = RETEST_REASONS,
): FieldIssue[] {
  if (record.reason === undefined) {
    return [{ pointer: '/reason', code: 'required' }];
  }
  if (!isOneOf(RETEST_REASONS, record.reason)) {
    return [{ pointer: '/reason', code: 'invalid_enum' }];
  }
  if (!offered.includes(record.reason)) {
    return [{ pointer: '/reason', code: 'retest_reason_not_in_region' }];
  }
  if (record.reason === 'other' && isBlank(record.reasonText)) {
    return [{ pointer: '/reasonText', code: 'retest_reason_text_required' }];
  }
  return [];
}

/**
 * The field issues of an adoption decision (DOMAIN §5): adopted takes no reason; not adopted needs an offered
 * re-test reason (`other` with text) and the patient told; "explained to the patient" is always answered.
 * @param decision - the outcome, reason, text and explanation, as in the contract `AdoptionDecisionCreate`
 * @param offered - the reasons offered at the institution (`retestReasonsFor`); every known reason by default
 * @example validateAdoption({ outcome: 'not_adopted', explainedToPatient: true }) // [{ pointer: '/reason', code: 'adoption_reason_required' }]
 */
export function validateAdoption(
  decision: Partial<
    Pick<Schemas['AdoptionDecisionCreate'], 'outcome' | 'reason' | 'reasonText' | 'explainedToPatient'>
  >,
  offered: readonly RetestReason[] = RETEST_REASONS,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (decision.outcome === undefined) {
    issues.push({ pointer: '/outcome', code: 'required' });
  } else if (!isOneOf(['adopted', 'not_adopted'], decision.outcome)) {
    issues.push({ pointer: '/outcome', code: 'invalid_enum' });
  }
  if (typeof decision.explainedToPatient !== 'boolean') {
    issues.push({ pointer: '/explainedToPatient', code: 'required' });
  } else if (decision.outcome === 'not_adopted' && !decision.explainedToPatient) {
    issues.push({ pointer: '/explainedToPatient', code: 'explanation_required' });
  }
  if (
    decision.outcome === 'adopted' &&
    (decision.reason !== undefined || decision.reasonText !== undefined)
  ) {
    issues.push({
      pointer: decision.reason === undefined ? '/reasonText' : '/reason',
      code: 'adoption_reason_not_allowed',
    });
  }
  if (decision.outcome === 'not_adopted') {
    if (decision.reason === undefined) {
      issues.push({ pointer: '/reason', code: 'adoption_reason_required' });
    } else {
      issues.push(...validateRetest({ reason: decision.reason, reasonText: decision.reasonText }, offered));
    }
  }
  return issues;
}

/**
 * The recognition rate of a period (DOMAIN §5): adopted over recognisable decisions, `null` with none.
 * @param counts - adopted and all decisions on recognisable results
 * @example recognitionRate({ adopted: 3, decisions: 4 }) // 0.75
 */
export function recognitionRate(counts: { adopted: number; decisions: number }): number | null {
  return counts.decisions === 0 ? null : counts.adopted / counts.decisions;
}
