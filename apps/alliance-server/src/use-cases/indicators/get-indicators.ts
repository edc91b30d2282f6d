import type { components, operations } from '@yilian/contract';
import { addDays, startOfShanghaiDay, toShanghaiIso } from '@yilian/domain';
import type { Actor } from '../../auth.js';
import type { Database, Queryable } from '../../db/database.js';
import { failures } from '../../failure.js';
import { alliancesOf } from '../../stores/directory-store.js';
import type { IndicatorScope } from '../../stores/indicator-store.js';
import { sweepDueReferrals } from '../referrals/expire-due.js';
import {
  consultationFigures,
  consultationMonths,
  dispatchFigures,
  dispatchMonths,
  HISTOGRAM_BOUNDS,
  isAllianceMember,
  recognitionIndicatorFigures,
  referralFigures,
  referralMonths,
  referralOutcomes,
  savingsMonths,
} from '../../stores/indicator-store.js';

type Schemas = components['schemas'];
export type IndicatorsQuery = operations['getIndicators']['parameters']['query'];

/** What the indicators are computed with: a connection, who asks, and the instant of the request. */
export interface IndicatorsContext {
  db: Database;
  actor: Actor;
  now: Date;
}

/** The longest period (calendar days, both ends included) the indicators cover in one request. */
export const MAX_INDICATOR_DAYS = 366;

/** Who may read an alliance's indicators (DOMAIN §5b: what a coordinator reports). */
const READERS: readonly Schemas['Role'][] = ['coordinator', 'admin'];

/** The contract's order of activity kinds; a record over the union stops compiling when a kind is added. */
const ACTIVITY_KIND_RANK: Readonly<Record<Schemas['ActivityKind'], number>> = {
  clinic: 0,
  consultation: 1,
  remote_consultation: 2,
  surgery_guidance: 3,
  ward_round: 4,
  lecture: 5,
  free_clinic: 6,
};
const ACTIVITY_KINDS = (Object.keys(ACTIVITY_KIND_RANK) as Schemas['ActivityKind'][]).sort(
  (a, b) => ACTIVITY_KIND_RANK[a] - ACTIVITY_KIND_RANK[b],
);

const OUTCOME_ORDER: readonly Schemas['IndicatorOutcome'][] = [
  'rejected',
  'expired',
  'returned_for_info',
  'cancelled',
  'no_show',
];

const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);
const dayNumber = (date: string) => startOfShanghaiDay(date).getTime() / 86_400_000;

/** Every `YYYY-MM` from the month of `from` to the month of `to`. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) {
      return months;
    }
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

/**
 * Checks who asks and the period, and gives the records' scope: a coordinator or admin (`forbidden` otherwise) of
 * a member of the alliance (`not_found` otherwise), an institution of that alliance, and at most 366 days.
 */
export async function indicatorScope(
  { db, actor, now }: IndicatorsContext,
  query: IndicatorsQuery,
): Promise<IndicatorScope> {
  if (!READERS.includes(actor.role)) {
    throw failures.forbidden({ requiredRoles: [...READERS] });
  }
  const alliances = await alliancesOf(db, actor.institutionId);
  if (!alliances.some((a) => a.id === query.allianceId)) {
    throw failures.notFound();
  }
  const days = dayNumber(query.to) - dayNumber(query.from) + 1;
  if (days < 1) {
    throw failures.field('#query/to', 'interval_invalid');
  }
  if (days > MAX_INDICATOR_DAYS) {
    throw failures.field('#query/to', 'date_range_too_long', { maxDays: MAX_INDICATOR_DAYS });
  }
  const institutionId = query.institutionId ?? null;
  if (institutionId !== null && !(await isAllianceMember(db, query.allianceId, institutionId))) {
    throw failures.field('#query/institutionId', 'unknown_reference');
  }
  // Expiries and escalations are the server clock's duties, done when a read comes due (as referral reads do): the
  // outcomes and overdue counts are then those of `now`.
  await sweepDueReferrals(db, now);
  return {
    allianceId: query.allianceId,
    institutionId,
    from: startOfShanghaiDay(query.from),
    to: startOfShanghaiDay(addDays(query.to, 1)),
    fromDate: query.from,
    toDate: query.to,
  };
}

/** The totals of one scope (the whole period, or one month of it in the CSV). */
export async function indicatorTotals(
  db: Queryable,
  scope: IndicatorScope,
): Promise<Pick<Schemas['AllianceIndicators'], 'referrals' | 'dispatch' | 'consultations' | 'recognition'>> {
  const [referrals, outcomes, dispatch, consultations, recognition] = await Promise.all([
    referralFigures(db, scope),
    referralOutcomes(db, scope),
    dispatchFigures(db, scope),
    consultationFigures(db, scope),
    recognitionIndicatorFigures(db, scope),
  ]);
  const outcomeRank = (o: string) => OUTCOME_ORDER.indexOf(o as Schemas['IndicatorOutcome']);
  return {
    referrals: {
      up: referrals.up,
      down: referrals.down,
      downRate: ratio(referrals.down, referrals.up),
      answerTime: {
        answered: referrals.answered,
        medianMinutes: referrals.answer_median,
        p90Minutes: referrals.answer_p90,
        histogram: [...HISTOGRAM_BOUNDS, null].map((upToMinutes, i) => ({
          upToMinutes,
          count: referrals.histogram[i] ?? 0,
        })),
      },
      closedLoop: {
        eligible: referrals.eligible,
        closed: referrals.closed,
        rate: ratio(referrals.closed, referrals.eligible),
      },
      greenChannel: {
        count: referrals.green,
        acceptMedianMinutes: referrals.green_accept_median,
        overdue: referrals.green_overdue,
      },
      outcomes: outcomes
        .map((o) => ({ ...o, outcome: o.outcome as Schemas['IndicatorOutcome'] }))
        .sort(
          (a, b) =>
            outcomeRank(a.outcome) - outcomeRank(b.outcome) || (a.reason ?? '').localeCompare(b.reason ?? ''),
        ),
    },
    dispatch: {
      expertVisits: dispatch.expertVisits,
      activitiesByKind: ACTIVITY_KINDS.map((kind) => ({ kind, count: dispatch.byKind.get(kind) ?? 0 })),
      batches: dispatch.batches,
      freeClinic: { registered: dispatch.registered, seen: dispatch.seen },
    },
    consultations: {
      requested: consultations.requested,
      reported: consultations.reported,
      closed: consultations.closed,
      opinionMedianMinutes: consultations.median,
      opinionP90Minutes: consultations.p90,
    },
    recognition: {
      checks: recognition.decisions + recognition.retests,
      recognisable: recognition.decisions,
      adopted: recognition.adopted,
      adoptionRate: ratio(recognition.adopted, recognition.decisions),
      savings: { amountFen: recognition.savingsFen, currency: 'CNY' },
      repeatTestsAvoided: recognition.repeatTestsAvoided,
    },
  };
}

/** The alliance indicators of a period, with every month it touches. */
export async function getIndicators(
  ctx: IndicatorsContext,
  query: IndicatorsQuery,
): Promise<Schemas['AllianceIndicators']> {
  const scope = await indicatorScope(ctx, query);
  const [totals, referrals, visits, consultations, savings] = await Promise.all([
    indicatorTotals(ctx.db, scope),
    referralMonths(ctx.db, scope),
    dispatchMonths(ctx.db, scope),
    consultationMonths(ctx.db, scope),
    savingsMonths(ctx.db, scope),
  ]);
  return {
    allianceId: scope.allianceId,
    institutionId: scope.institutionId,
    from: scope.fromDate,
    to: scope.toDate,
    timeZone: 'Asia/Shanghai',
    computedAt: toShanghaiIso(ctx.now),
    ...totals,
    months: monthsBetween(scope.fromDate, scope.toDate).map((month) => ({
      month,
      up: referrals.get(month)?.up ?? 0,
      down: referrals.get(month)?.down ?? 0,
      expertVisits: visits.get(month) ?? 0,
      savingsFen: savings.get(month) ?? 0,
      consultations: consultations.get(month) ?? 0,
    })),
  };
}
