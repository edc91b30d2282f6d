// Property (#17): for generated histories, every alliance indicator equals a count made here from the raw records.
// Referrals are played through the HTTP API (their figures come from the audit trail the API writes); activities,
// 义诊 tickets, consultations, adoption decisions and re-test records are written as rows, as their flows store
// them. The oracle reads the records back (the API's referral timelines; whole tables for the rest) and counts in
// TypeScript, so it shares nothing with the server's SQL but the records.
import type { components } from '@yilian/contract';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../testing/harness.js';
import { createTestServer, manualClock } from '../testing/harness.js';
import type { ReferralStory } from '../testing/indicator-history.js';
import {
  expectedReferralIndicators,
  percentileCont,
  playReferralStory,
  readReferralRecords,
} from '../testing/indicator-history.js';

type Indicators = components['schemas']['AllianceIndicators'];

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const ALLIANCE = 'all_pumch_cangzhou';
/** Generated records fall between these instants (Asia/Shanghai autumn 2026). */
const START = Date.parse('2026-09-01T00:00:00+08:00');
const SPAN_MINUTES = 100 * 24 * 60;
const INSTITUTIONS = ['ins_pumch', 'ins_cangzhou_central', 'ins_pku_shougang'] as const;
const EXPERTS = [
  'cln_pumch_neuro_li',
  'cln_pumch_cardio_zhou',
  'cln_sg_endo_gao',
  'cln_tiantan_neuro_feng',
] as const;
const KINDS = [
  'clinic',
  'consultation',
  'remote_consultation',
  'surgery_guidance',
  'ward_round',
  'lecture',
  'free_clinic',
] as const;
const shanghaiDay = (ms: number) => new Date(ms + 8 * 60 * MINUTE).toISOString().slice(0, 10);
const shanghaiMonth = (ms: number) => shanghaiDay(ms).slice(0, 7);
const startOfDay = (day: string) => Date.parse(`${day}T00:00:00+08:00`);

const story = fc.record({
  direction: fc.constantFrom<'up' | 'down'>('up', 'up', 'down'),
  urgency: fc.constantFrom<ReferralStory['urgency']>('routine', 'urgent', 'green_channel'),
  submitMinute: fc.integer({ min: 0, max: SPAN_MINUTES }),
  draft: fc.option(fc.integer({ min: 1, max: 600 }), { nil: undefined }),
  answer: fc.option(
    fc.record({
      afterMinutes: fc.integer({ min: 0, max: 4000 }),
      command: fc.constantFrom<'accept' | 'reject' | 'return_for_info'>(
        'accept',
        'reject',
        'return_for_info',
      ),
      resubmitAfterMinutes: fc.option(fc.integer({ min: 1, max: 300 }), { nil: undefined }),
    }),
    { nil: undefined },
  ),
  then: fc.option(
    fc.constantFrom<NonNullable<ReferralStory['then']>>('close', 'cancel', 'no_show', 'reported'),
    {
      nil: undefined,
    },
  ),
});

const activity = fc.record({
  kind: fc.constantFrom(...KINDS),
  host: fc.constantFrom(...INSTITUTIONS),
  experts: fc.uniqueArray(fc.constantFrom(...EXPERTS), { minLength: 1, maxLength: 3 }),
  startMinute: fc.integer({ min: 0, max: SPAN_MINUTES }),
  cancelled: fc.boolean(),
  tickets: fc.array(fc.constantFrom('waiting', 'called', 'seen', 'left'), { maxLength: 4 }),
});
const consultation = fc.record({
  inviting: fc.constantFrom(...INSTITUTIONS),
  invited: fc.constantFrom(...INSTITUTIONS),
  createdMinute: fc.integer({ min: 0, max: SPAN_MINUTES }),
  reportedAfter: fc.option(fc.integer({ min: 1, max: 8000 }), { nil: undefined }),
  closed: fc.boolean(),
});
const decision = fc.record({
  institution: fc.constantFrom(...INSTITUTIONS),
  decidedMinute: fc.integer({ min: 0, max: SPAN_MINUTES }),
  adopted: fc.boolean(),
  priceFen: fc.option(fc.integer({ min: 0, max: 50_000 }), { nil: null }),
  /** Index of an earlier decision's result to decide on again (the same result twice). */
  sameResultAs: fc.option(fc.nat(), { nil: undefined }),
});
const retest = fc.record({
  institution: fc.constantFrom(...INSTITUTIONS),
  recordedMinute: fc.integer({ min: 0, max: SPAN_MINUTES }),
});
const period = fc
  .record({ from: fc.integer({ min: -10, max: 100 }), days: fc.integer({ min: 1, max: 120 }) })
  .map(({ from, days }) => ({
    from: shanghaiDay(START + from * DAY),
    to: shanghaiDay(START + (from + days - 1) * DAY),
  }));
const scope = fc.constantFrom<string | undefined>(undefined, 'ins_pumch', 'ins_cangzhou_central');

describe('alliance indicators over generated histories', () => {
  let server: TestServer;
  const referralIds: string[] = [];
  let sequence = 0;
  const id = (prefix: string) => `${prefix}_prop${String((sequence += 1)).padStart(6, '0')}`;
  const at = (minute: number) => new Date(START + minute * MINUTE);

  beforeAll(async () => {
    server = await createTestServer({ clock: manualClock(new Date('2026-12-20T09:00:00+08:00')) });
  }, 120_000);

  async function write(records: {
    activities: Array<typeof activity extends fc.Arbitrary<infer T> ? T : never>;
    consultations: Array<typeof consultation extends fc.Arbitrary<infer T> ? T : never>;
    decisions: Array<typeof decision extends fc.Arbitrary<infer T> ? T : never>;
    retests: Array<typeof retest extends fc.Arbitrary<infer T> ? T : never>;
  }) {
    const db = server.db;
    for (const a of records.activities) {
      const activityId = id('act');
      const starts = at(a.startMinute);
      await db.query(
        `INSERT INTO activities (id, kind, status, title, expert_ids, host_institution_id, starts_at, ends_at, bookable)
         VALUES ($1, $2, $3, '生成的活动', $4, $5, $6, $7, false)`,
        [
          activityId,
          a.kind,
          a.cancelled ? 'cancelled' : 'scheduled',
          a.experts,
          a.host,
          starts,
          new Date(starts.getTime() + 60 * MINUTE),
        ],
      );
      for (const [number, status] of a.tickets.entries()) {
        const department = (
          await db.query<{ id: string }>('SELECT id FROM departments WHERE institution_id = $1 LIMIT 1', [
            a.host,
          ])
        ).rows[0]!.id;
        await db.query(
          `INSERT INTO queue_tickets (id, activity_id, department_id, number, status, patient, patient_key, registered_at, registered_by)
           VALUES ($1, $2, $3, $4, $5, '{}', $6, $7, '{}')`,
          [id('qtk'), activityId, department, number + 1, status, id('pk'), starts],
        );
      }
    }
    for (const c of records.consultations) {
      const created = at(c.createdMinute);
      const reported =
        c.reportedAfter === undefined ? null : new Date(created.getTime() + c.reportedAfter * MINUTE);
      const status = reported === null ? 'requested' : c.closed ? 'closed' : 'reported';
      await db.query(
        `INSERT INTO consultations (id, number, status, urgency, inviting_institution_id, inviting_clinician_id,
           invited_institution_id, patient, patient_key, request, reported_at, created_at, updated_at, created_by)
         VALUES ($1, $1, $2, 'routine', $3, 'cln_cz_neuro_wang', $4, '{}', 'pk', '{}', $5, $6, $6, '{}')`,
        [id('con'), status, c.inviting, c.invited, reported, created],
      );
    }
    const results: string[] = [];
    for (const d of records.decisions) {
      let resultId =
        d.sameResultAs === undefined || results.length === 0
          ? undefined
          : results[d.sameResultAs % results.length];
      if (!resultId) {
        resultId = id('res');
        await db.query(
          `INSERT INTO results (id, item_code, kind, performing_institution_id, performed_at, report_status, patient,
             patient_key, registered_at, registered_by, registered_by_institution_id)
           VALUES ($1, 'LAB_HBA1C', 'lab', 'ins_pumch', $2, 'final', '{}', 'pk', $2, '{}', 'ins_pumch')`,
          [resultId, at(0)],
        );
        results.push(resultId);
      }
      await db.query(
        `INSERT INTO adoption_decisions (id, result_id, item_code, outcome, reason, explained_to_patient, check_decision,
           department_code, institution_id, price_fen, decided_at, decided_by)
         VALUES ($1, $2, 'LAB_HBA1C', $3, $4, true, 'recognized', '03.07', $5, $6, $7, '{}')`,
        [
          id('adp'),
          resultId,
          d.adopted ? 'adopted' : 'not_adopted',
          d.adopted ? null : 'condition_changed',
          d.institution,
          d.priceFen,
          at(d.decidedMinute),
        ],
      );
    }
    for (const r of records.retests) {
      const resultId = id('res');
      await db.query(
        `INSERT INTO results (id, item_code, kind, performing_institution_id, performed_at, report_status, patient,
           patient_key, registered_at, registered_by, registered_by_institution_id)
         VALUES ($1, 'LAB_HBA1C', 'lab', 'ins_pumch', $2, 'final', '{}', 'pk', $2, '{}', 'ins_pumch')`,
        [resultId, at(0)],
      );
      await db.query(
        `INSERT INTO retest_records (id, result_id, reason, decision_at_record, recorded_at, recorded_by, institution_id)
         VALUES ($1, $2, 'emergency', 'recognized', $3, '{}', $4)`,
        [id('rtr'), resultId, at(r.recordedMinute), r.institution],
      );
    }
  }

  /** The non-referral figures of a period, counted from whole tables. */
  async function expectedOthers(from: number, to: number, institutionId: string | null, months: string[]) {
    const db = server.db;
    const members = new Set(
      (
        await db.query<{ institution_id: string }>(
          'SELECT institution_id FROM alliance_members WHERE alliance_id = $1',
          [ALLIANCE],
        )
      ).rows.map((r) => r.institution_id),
    );
    const clinicians = new Map(
      (
        await db.query<{ id: string; institution_id: string }>('SELECT id, institution_id FROM clinicians')
      ).rows.map((r) => [r.id, r.institution_id]),
    );
    const batches = (
      await db.query<{
        id: string;
        alliance_id: string | null;
        sending_institution_id: string;
        host_institution_id: string;
        start_date: string | Date;
      }>('SELECT * FROM dispatch_batches')
    ).rows;
    const batchAlliance = new Map(batches.map((b) => [b.id, b.alliance_id]));
    const inPeriod = (t: Date | string) => new Date(t).getTime() >= from && new Date(t).getTime() < to;
    const month = (t: Date | string) => shanghaiMonth(new Date(t).getTime());

    const activities = (
      await db.query<{
        id: string;
        kind: string;
        status: string;
        expert_ids: string[];
        host_institution_id: string;
        starts_at: Date;
        batch_id: string | null;
      }>('SELECT * FROM activities')
    ).rows.filter(
      (a) =>
        inPeriod(a.starts_at) &&
        a.status !== 'cancelled' &&
        members.has(a.host_institution_id) &&
        (a.batch_id === null || [null, ALLIANCE].includes(batchAlliance.get(a.batch_id) ?? null)),
    );
    const visitsOf = (a: (typeof activities)[number]) =>
      a.expert_ids.filter(
        (e) =>
          institutionId === null ||
          a.host_institution_id === institutionId ||
          clinicians.get(e) === institutionId,
      ).length;
    const counted = activities.filter(
      (a) =>
        institutionId === null ||
        a.host_institution_id === institutionId ||
        a.expert_ids.some((e) => clinicians.get(e) === institutionId),
    );
    const tickets = (
      await db.query<{ activity_id: string; status: string }>('SELECT activity_id, status FROM queue_tickets')
    ).rows;
    const freeClinics = new Set(counted.filter((a) => a.kind === 'free_clinic').map((a) => a.id));
    const periodTickets = tickets.filter((t) => freeClinics.has(t.activity_id));
    const fromDay = shanghaiDay(from);
    const toDay = shanghaiDay(to - 1);
    const day = (d: string | Date) => (typeof d === 'string' ? d.slice(0, 10) : shanghaiDay(d.getTime() + 0));

    const consultations = (
      await db.query<{
        inviting_institution_id: string;
        invited_institution_id: string;
        status: string;
        created_at: Date;
        reported_at: Date | null;
      }>('SELECT * FROM consultations')
    ).rows.filter(
      (c) =>
        inPeriod(c.created_at) &&
        members.has(c.inviting_institution_id) &&
        members.has(c.invited_institution_id) &&
        (institutionId === null ||
          [c.inviting_institution_id, c.invited_institution_id].includes(institutionId)),
    );
    const opinion = consultations.flatMap((c) =>
      c.reported_at ? [(new Date(c.reported_at).getTime() - new Date(c.created_at).getTime()) / MINUTE] : [],
    );
    const atMember = (i: string) => members.has(i) && (institutionId === null || i === institutionId);
    const decisions = (
      await db.query<{
        result_id: string;
        institution_id: string;
        outcome: string;
        price_fen: number | null;
        decided_at: Date;
      }>('SELECT * FROM adoption_decisions')
    ).rows.filter((d) => inPeriod(d.decided_at) && atMember(d.institution_id));
    const retests = (
      await db.query<{ institution_id: string; recorded_at: Date }>('SELECT * FROM retest_records')
    ).rows.filter((r) => inPeriod(r.recorded_at) && atMember(r.institution_id));
    const adopted = decisions.filter((d) => d.outcome === 'adopted');
    const savingsOf = (list: typeof adopted) => list.reduce((sum, d) => sum + (d.price_fen ?? 0), 0);
    return {
      dispatch: {
        expertVisits: counted.reduce((sum, a) => sum + visitsOf(a), 0),
        activitiesByKind: KINDS.map((kind) => ({
          kind,
          count: counted.filter((a) => a.kind === kind).length,
        })),
        batches: batches.filter((b) => {
          const start = day(b.start_date as string | Date);
          const both = members.has(b.sending_institution_id) && members.has(b.host_institution_id);
          return (
            start >= fromDay &&
            start <= toDay &&
            (b.alliance_id === ALLIANCE || (b.alliance_id === null && both)) &&
            (institutionId === null ||
              [b.sending_institution_id, b.host_institution_id].includes(institutionId))
          );
        }).length,
        freeClinic: {
          registered: periodTickets.length,
          seen: periodTickets.filter((t) => t.status === 'seen').length,
        },
      },
      consultations: {
        requested: consultations.length,
        reported: opinion.length,
        closed: consultations.filter((c) => c.status === 'closed').length,
        opinionMedianMinutes: percentileCont(opinion, 0.5),
        opinionP90Minutes: percentileCont(opinion, 0.9),
      },
      recognition: {
        checks: decisions.length + retests.length,
        recognisable: decisions.length,
        adopted: adopted.length,
        adoptionRate: decisions.length === 0 ? null : adopted.length / decisions.length,
        savings: { amountFen: savingsOf(adopted), currency: 'CNY' },
        repeatTestsAvoided: new Set(adopted.map((d) => `${d.result_id}/${d.institution_id}`)).size,
      },
      months: months.map((m) => ({
        month: m,
        expertVisits: counted
          .filter((a) => month(a.starts_at) === m)
          .reduce((sum, a) => sum + visitsOf(a), 0),
        savingsFen: savingsOf(adopted.filter((d) => month(d.decided_at) === m)),
        consultations: consultations.filter((c) => month(c.created_at) === m).length,
      })),
    };
  }

  it('equal a count made from the records, for any history, period and member institution', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(story, { maxLength: 4 }),
        fc.array(activity, { maxLength: 4 }),
        fc.array(consultation, { maxLength: 4 }),
        fc.array(decision, { maxLength: 5 }),
        fc.array(retest, { maxLength: 2 }),
        period,
        scope,
        async (stories, activities, consultations, decisions, retests, { from, to }, institutionId) => {
          for (const s of stories) {
            const index = referralIds.length;
            referralIds.push(
              await playReferralStory(
                server,
                {
                  direction: s.direction,
                  urgency: s.urgency,
                  submitAt: at(s.submitMinute),
                  ...(s.draft === undefined ? {} : { draftMinutesBefore: s.draft }),
                  ...(s.answer === undefined ? {} : { answer: s.answer }),
                  ...(s.then === undefined ? {} : { then: s.then }),
                },
                index,
              ),
            );
          }
          await write({ activities, consultations, decisions, retests });
          // Asked after everything happened, so every answer, expiry and close so far is counted.
          server.clock.set(new Date('2026-12-20T09:00:00+08:00'));
          const res = await server.call<Indicators>('getIndicators', {
            token: await server.tokenFor('cln_pumch_coord_sun'),
            query: { allianceId: ALLIANCE, from, to, ...(institutionId ? { institutionId } : {}) },
          });
          expect(res.status).toBe(200);
          const fromMs = startOfDay(from);
          const toMs = startOfDay(to) + DAY;
          const records = await readReferralRecords(server, referralIds);
          // Every generated referral is between 沧州 and 协和, so each member institution is party to all of them.
          const referrals = expectedReferralIndicators(records, new Date(fromMs), new Date(toMs));
          const months = res.body.months.map((m) => m.month);
          const others = await expectedOthers(fromMs, toMs, institutionId ?? null, months);
          const near = (value: number | null) => (value === null ? null : expect.closeTo(value, 6));
          expect(res.body.referrals).toEqual({
            ...referrals.figures,
            answerTime: {
              ...referrals.figures.answerTime,
              medianMinutes: near(referrals.figures.answerTime.medianMinutes),
              p90Minutes: near(referrals.figures.answerTime.p90Minutes),
            },
            greenChannel: {
              ...referrals.figures.greenChannel,
              acceptMedianMinutes: near(referrals.figures.greenChannel.acceptMedianMinutes),
            },
          });
          expect(res.body.dispatch).toEqual(others.dispatch);
          expect(res.body.consultations).toEqual({
            ...others.consultations,
            opinionMedianMinutes: near(others.consultations.opinionMedianMinutes),
            opinionP90Minutes: near(others.consultations.opinionP90Minutes),
          });
          expect(res.body.recognition).toEqual(others.recognition);
          expect(res.body.months).toEqual(
            others.months.map((m) => ({
              ...m,
              up: referrals.months.get(m.month)?.up ?? 0,
              down: referrals.months.get(m.month)?.down ?? 0,
            })),
          );
          // The months of a period add up to its totals.
          const sum = (key: 'up' | 'down' | 'expertVisits' | 'savingsFen' | 'consultations') =>
            res.body.months.reduce((total, m) => total + m[key], 0);
          expect([
            sum('up'),
            sum('down'),
            sum('expertVisits'),
            sum('savingsFen'),
            sum('consultations'),
          ]).toEqual([
            res.body.referrals.up,
            res.body.referrals.down,
            res.body.dispatch.expertVisits,
            res.body.recognition.savings.amountFen,
            res.body.consultations.requested,
          ]);
        },
      ),
      { numRuns: 25, endOnFailure: true },
    );
  }, 600_000);
});
