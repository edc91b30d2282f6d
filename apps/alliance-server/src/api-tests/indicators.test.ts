// Alliance indicators (成效监测, #17) through the HTTP API: who may read them, the period's rules, figures that
// equal a count made here from the records, and the CSV export that carries the same figures.
import type { components } from '@yilian/contract';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../testing/harness.js';
import { createTestServer, manualClock } from '../testing/harness.js';
import {
  AUTUMN_STORIES as STORIES,
  expectedReferralIndicators,
  playReferralStory,
  readReferralRecords,
} from '../testing/indicator-history.js';

type Indicators = components['schemas']['AllianceIndicators'];
type Problem = components['schemas']['Problem'];

const ALLIANCE = 'all_pumch_cangzhou';
const at = (iso: string) => new Date(iso);

describe('alliance indicators', () => {
  let server: TestServer;
  let ids: string[];
  const now = at('2026-11-23T09:00:00+08:00');
  const get = async (token: string, query: Record<string, string>) =>
    server.call<Indicators & Problem>('getIndicators', { token, query });
  const csv = async (token: string, query: Record<string, string>, language = 'zh-CN') => {
    const res = await server.app.request(`/v1/indicators/export?${new URLSearchParams(query)}`, {
      headers: { authorization: `Bearer ${token}`, 'accept-language': language },
    });
    // Read as bytes: a decoder would drop the byte-order mark this test means to see.
    const bytes = new Uint8Array(await res.arrayBuffer());
    return {
      status: res.status,
      type: res.headers.get('content-type'),
      requestId: res.headers.get('x-request-id'),
      text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes),
    };
  };

  beforeAll(async () => {
    server = await createTestServer({ clock: manualClock(now) });
    ids = [];
    for (const [index, story] of STORIES.entries()) {
      ids.push(await playReferralStory(server, story, index));
    }
    server.clock.set(now);
  }, 120_000);

  it('lets only coordinators and admins of a member read them, and hides other alliances', async () => {
    const query = { allianceId: ALLIANCE, from: '2026-11-01', to: '2026-11-30' };
    expect((await get(await server.tokenFor('cln_pumch_coord_sun'), query)).status).toBe(200);
    expect((await get(await server.tokenFor('cln_cz_coord_liu'), query)).status).toBe(200);
    expect((await get(await server.tokenFor('cln_cz_neuro_wang', 'admin'), query)).status).toBe(200);
    const referrer = await get(await server.tokenFor('cln_cz_neuro_wang'), query);
    expect(referrer.status).toBe(403);
    expect(referrer.body.requiredRoles).toEqual(['coordinator', 'admin']);
    expect((await get(await server.tokenFor('cln_bg_coord_han'), query)).status).toBe(404);
    expect(
      (await get(await server.tokenFor('cln_pumch_coord_sun'), { ...query, allianceId: 'all_nowhere' }))
        .status,
    ).toBe(404);
    const patient = await server.call('getIndicators', {
      token: await server.tokenForPatient('pat_bg_wang_lan'),
      query,
    });
    expect(patient.status).toBe(403);
    expect((await csv(await server.tokenFor('cln_cz_neuro_wang'), query)).status).toBe(403);
  });

  it('refuses a period that ends before it starts, one over 366 days and an institution outside the alliance', async () => {
    const token = await server.tokenFor('cln_pumch_coord_sun');
    const backwards = await get(token, { allianceId: ALLIANCE, from: '2026-11-02', to: '2026-11-01' });
    expect(backwards.status).toBe(422);
    expect(backwards.body.errors).toEqual([
      expect.objectContaining({ pointer: '#query/to', code: 'interval_invalid' }),
    ]);
    const long = await get(token, { allianceId: ALLIANCE, from: '2025-01-01', to: '2026-01-02' });
    expect(long.status).toBe(422);
    expect(long.body.errors).toEqual([
      expect.objectContaining({
        pointer: '#query/to',
        code: 'date_range_too_long',
        params: { maxDays: 366 },
      }),
    ]);
    expect((await get(token, { allianceId: ALLIANCE, from: '2024-01-01', to: '2024-12-31' })).status).toBe(
      200,
    );
    const outsider = await get(token, {
      allianceId: ALLIANCE,
      institutionId: 'ins_baogang',
      from: '2026-11-01',
      to: '2026-11-30',
    });
    expect(outsider.status).toBe(422);
    expect(outsider.body.errors).toEqual([
      expect.objectContaining({ pointer: '#query/institutionId', code: 'unknown_reference' }),
    ]);
    const unreadable = await get(token, { allianceId: ALLIANCE, from: '2026-02-30', to: '2026-11-30' });
    expect(unreadable.status).toBe(400);
    expect((await csv(token, { allianceId: ALLIANCE, from: '2026-11-02', to: '2026-11-01' })).status).toBe(
      422,
    );
  });

  it('counts each referral once, in the month of its first submission, as the records say', async () => {
    const body = (
      await get(await server.tokenFor('cln_pumch_coord_sun'), {
        allianceId: ALLIANCE,
        from: '2026-10-01',
        to: '2026-11-30',
      })
    ).body;
    const records = await readReferralRecords(server, ids);
    const expected = expectedReferralIndicators(
      records,
      at('2026-10-01T00:00:00+08:00'),
      at('2026-12-01T00:00:00+08:00'),
    );
    expect(body.referrals).toEqual(expected.figures);
    // What the script did, spelled out: 7 up and 1 down; the 23:50 referral of 31 October counts in October.
    expect(body.referrals).toMatchObject({ up: 7, down: 1, downRate: 1 / 7 });
    expect(body.months).toEqual([
      {
        month: '2026-10',
        up: 1,
        down: 0,
        expertVisits: expect.any(Number),
        savingsFen: 0,
        consultations: expect.any(Number),
      },
      {
        month: '2026-11',
        up: 6,
        down: 1,
        expertVisits: expect.any(Number),
        savingsFen: 0,
        consultations: expect.any(Number),
      },
    ]);
    // Answered: accept 95, reject 600, accept 8, return 30 (the first answer), accept 1500, accept 40.
    expect(body.referrals.answerTime).toMatchObject({ answered: 6, medianMinutes: 67.5 });
    // Terminal: closed ×2, rejected, no-show, cancelled ×2, and the routine one left unanswered expired after 72 h.
    expect(body.referrals.closedLoop).toEqual({ eligible: 7, closed: 2, rate: 2 / 7 });
    expect(body.referrals.greenChannel).toEqual({ count: 2, acceptMedianMinutes: 24, overdue: 1 });
    expect(body.referrals.outcomes).toEqual([
      { outcome: 'rejected', reason: 'outside_scope', count: 1 },
      { outcome: 'expired', reason: null, count: 1 },
      { outcome: 'returned_for_info', reason: null, count: 1 },
      { outcome: 'cancelled', reason: 'condition_improved', count: 2 },
      { outcome: 'no_show', reason: null, count: 1 },
    ]);
  });

  it('narrows to one member institution, and a period without records is all zeros and nulls', async () => {
    const token = await server.tokenFor('cln_cz_coord_liu');
    const one = await get(token, {
      allianceId: ALLIANCE,
      institutionId: 'ins_cangzhou_central',
      from: '2026-10-01',
      to: '2026-11-30',
    });
    expect(one.body.institutionId).toBe('ins_cangzhou_central');
    expect(one.body.referrals.up).toBe(7);
    const empty = await get(token, { allianceId: ALLIANCE, from: '2025-02-01', to: '2025-02-28' });
    expect(empty.body.referrals).toMatchObject({
      up: 0,
      down: 0,
      downRate: null,
      closedLoop: { eligible: 0, closed: 0, rate: null },
    });
    expect(empty.body.referrals.answerTime.medianMinutes).toBeNull();
    expect(empty.body.recognition).toMatchObject({
      adoptionRate: null,
      savings: { amountFen: 0, currency: 'CNY' },
    });
    expect(empty.body.months).toEqual([
      { month: '2025-02', up: 0, down: 0, expertVisits: 0, savingsFen: 0, consultations: 0 },
    ]);
  });

  it('exports the same figures as CSV: a BOM, a header in the caller’s language, one row per month and the total', async () => {
    const token = await server.tokenFor('cln_pumch_coord_sun');
    const query = { allianceId: ALLIANCE, from: '2026-10-15', to: '2026-11-30' };
    const json = (await get(token, query)).body;
    const english = await csv(token, query, 'en');
    expect(english.status).toBe(200);
    expect(english.type).toBe('text/csv; charset=utf-8');
    expect(english.requestId).toMatch(/^req_/);
    expect(english.text.startsWith('\ufeffPeriod,Up-referrals,Down-referrals,Down-referral rate,')).toBe(
      true,
    );
    const rows = english.text
      .slice(1)
      .trimEnd()
      .split('\r\n')
      .map((line) => line.split(','));
    const header = rows[0]!;
    const cell = (row: string[], name: string) => row[header.indexOf(name)]!;
    expect(rows.map((r) => r[0])).toEqual(['Period', '2026-10', '2026-11', '2026-10-15/2026-11-30']);
    const total = rows[3]!;
    expect(Number(cell(total, 'Up-referrals'))).toBe(json.referrals.up);
    expect(Number(cell(total, 'Down-referrals'))).toBe(json.referrals.down);
    expect(cell(total, 'Down-referral rate')).toBe(json.referrals.downRate!.toFixed(4));
    expect(Number(cell(total, 'Answer median (min)'))).toBeCloseTo(
      json.referrals.answerTime.medianMinutes!,
      2,
    );
    expect(Number(cell(total, 'Closed'))).toBe(json.referrals.closedLoop.closed);
    expect(Number(cell(total, 'Green overdue'))).toBe(json.referrals.greenChannel.overdue);
    expect(Number(cell(total, 'Expert-visits'))).toBe(json.dispatch.expertVisits);
    expect(Number(cell(total, 'Batches'))).toBe(json.dispatch.batches);
    expect(Number(cell(total, 'Consultations requested'))).toBe(json.consultations.requested);
    expect(Number(cell(total, 'Savings (CNY)')) * 100).toBe(json.recognition.savings.amountFen);
    // Each month row is the month's own figures (its days within the period), and agrees with `months`.
    for (const [i, month] of json.months.entries()) {
      const row = rows[i + 1]!;
      expect(row[0]).toBe(month.month);
      expect(Number(cell(row, 'Up-referrals'))).toBe(month.up);
      expect(Number(cell(row, 'Down-referrals'))).toBe(month.down);
      expect(Number(cell(row, 'Expert-visits'))).toBe(month.expertVisits);
      expect(Number(cell(row, 'Consultations requested'))).toBe(month.consultations);
      expect(Math.round(Number(cell(row, 'Savings (CNY)')) * 100)).toBe(month.savingsFen);
    }
    const october = (await get(token, { allianceId: ALLIANCE, from: '2026-10-15', to: '2026-10-31' })).body;
    expect(Number(cell(rows[1]!, 'Answered'))).toBe(october.referrals.answerTime.answered);
    expect(Number(cell(rows[1]!, 'Closed-loop eligible'))).toBe(october.referrals.closedLoop.eligible);

    const chinese = await csv(token, query);
    expect(chinese.text.split('\r\n')[0]).toMatch(/^\ufeff期间,上转,下转,下转率,/);
    const traditional = await csv(token, query, 'zh-TW,zh;q=0.9');
    expect(traditional.text.split('\r\n')[0]).toMatch(/^\ufeff期間,上轉,下轉,下轉率,/);
    expect(chinese.text.split('\r\n').slice(1)).toEqual(english.text.split('\r\n').slice(1));
  });
});
