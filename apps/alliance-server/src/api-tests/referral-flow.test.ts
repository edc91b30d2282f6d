// The referral lifecycle corrections of DOMAIN §3 (issue #13) through the HTTP API: return for information and
// resubmission, accepting with a window, the time sanity of arrival and no-show, green channel escalating instead
// of expiring, and down-referrals without a parent.
import type { components } from '@yilian/contract';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TestServer } from '../testing/harness.js';
import { TEST_NOW, createTestServer, exampleReferral, manualClock } from '../testing/harness.js';
import { sweepDueReferrals } from '../use-cases/referrals/expire-due.js';
import { deliverWebhooks } from '../use-cases/webhooks/deliver-webhooks.js';

type Referral = components['schemas']['Referral'];
type ReferralPage = components['schemas']['ReferralPage'];
type Problem = components['schemas']['Problem'];
type Timeline = components['schemas']['Timeline'];
type EventPage = components['schemas']['EventPage'];
type WebhookEndpoint = components['schemas']['WebhookEndpoint'];

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** An up-referral from 沧州 neurology to 协和 neurology, submitted at once. */
function upReferral(overrides: Record<string, unknown> = {}) {
  return exampleReferral({
    urgency: 'urgent',
    sendingDepartmentId: 'dep_cz_neurology',
    receivingDepartmentId: 'dep_pumch_neurology',
    ...overrides,
  });
}

/** A green-channel referral carries its escort at submit (DOMAIN §3: critical cases are escorted and handed over). */
const GREEN = {
  urgency: 'green_channel',
  greenChannelCategory: 'stroke',
  escort: { escortedBy: '李护士', escortRole: 'nurse', transport: 'ambulance_with_doctor' },
};

/** The 回转单 a down-referral carries at submit. */
const DOWN_CONTENT = {
  clinicalSummary: '住院10天，溶栓后神经功能明显改善，NIHSS 2分出院。',
  mainResults: '头颅MRI示左侧基底节区急性梗死灶。',
  rehabPlan: '每日康复训练，两周后复查。',
  medications: '阿司匹林 100mg qd',
  followUpDates: ['2026-12-07'],
};

/** A down-referral from 协和 (the alliance's lead) to 沧州 rehabilitation, without a parent. */
function directDownReferral(overrides: Record<string, unknown> = {}) {
  return upReferral({
    direction: 'down',
    urgency: 'routine',
    sendingInstitutionId: 'ins_pumch',
    sendingDepartmentId: 'dep_pumch_neurology',
    receivingInstitutionId: 'ins_cangzhou_central',
    receivingDepartmentId: 'dep_cz_rehab',
    reason: '脑梗死恢复期，病情稳定，转社区康复。',
    ...DOWN_CONTENT,
    consent: {
      purpose: 'referral_transfer',
      grantedAt: '2026-11-23T08:30:00+08:00',
      recordedBy: 'cln_pumch_neuro_zhang',
      method: 'written',
    },
    ...overrides,
  });
}

const AT_13 = {
  departmentId: 'dep_pumch_neurology',
  clinicianId: 'cln_pumch_neuro_zhang',
  scheduledAt: '2026-11-23T13:00:00+08:00',
};

/** Helpers bound to one server on a clock the test moves; tokens are minted per call (they live at most 24 h). */
function actors(server: TestServer) {
  const as = (clinicianId: string) => server.tokenFor(clinicianId);
  const create = async (body: Record<string, unknown> = upReferral(), clinicianId = 'cln_cz_neuro_wang') => {
    const res = await server.call<Referral>('createReferral', { token: await as(clinicianId), body });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  };
  const transition = async (
    clinicianId: string,
    referral: { id: string; version: number },
    body: Record<string, unknown>,
  ) =>
    server.call<Referral & Omit<Problem, 'status'>>('transitionReferral', {
      token: await as(clinicianId),
      path: { referralId: referral.id },
      headers: { 'If-Match': `"${referral.version}"` },
      body,
    });
  const get = async (clinicianId: string, referralId: string) =>
    server.call<Referral & Omit<Problem, 'status'>>('getReferral', {
      token: await as(clinicianId),
      path: { referralId },
    });
  const list = async (clinicianId: string, query: Record<string, string> = {}) =>
    server.call<ReferralPage>('listReferrals', { token: await as(clinicianId), query });
  const events = async (clinicianId: string, referralId: string) => {
    const page = await server.call<EventPage>('listEvents', {
      token: await as(clinicianId),
      query: { limit: 100 },
    });
    expect(page.status).toBe(200);
    return page.body.items.filter((e) => e.resourceId === referralId);
  };
  const timeline = async (clinicianId: string, referralId: string) =>
    (
      await server.call<Timeline>('getReferralTimeline', {
        token: await as(clinicianId),
        path: { referralId },
      })
    ).body.items;
  return { create, transition, get, list, events, timeline };
}

async function fresh() {
  const clock = manualClock();
  const server = await createTestServer({ clock });
  return { clock, server, ...actors(server) };
}

// One server for the file (seeding one takes seconds); each test starts at TEST_NOW and looks at its own referrals
// only, so the sweeps other tests' clocks trigger do not matter to it.
let env: Awaited<ReturnType<typeof fresh>>;
beforeAll(async () => {
  env = await fresh();
}, 60_000);
beforeEach(() => {
  env.clock.set(TEST_NOW);
});

describe('return for information (退回补充) and resubmission', () => {
  it('lets the receiver send a submitted referral back with a note, and the sender resubmit it with a new answer SLA', async () => {
    const { clock, create, transition, get, events, timeline } = env;
    const referral = await create();
    const note = '请补充近三天的头颅CT报告及用药记录。';

    const returned = await transition('cln_pumch_neuro_zhang', referral, {
      command: 'return_for_info',
      note,
    });
    expect(returned.status).toBe(200);
    expect(returned.headers.get('ETag')).toBe('"2"');
    expect(returned.body).toMatchObject({
      status: 'returned',
      version: 2,
      overdue: false,
      returnForInfo: {
        note,
        at: '2026-11-23T09:00:00+08:00',
        by: { clinicianId: 'cln_pumch_neuro_zhang', institutionId: 'ins_pumch', role: 'receiver' },
      },
    });
    // The receiver keeps seeing it; the sender sees why it came back.
    expect((await get('cln_pumch_neuro_zhang', referral.id)).status).toBe(200);
    expect((await get('cln_cz_neuro_wang', referral.id)).body.returnForInfo?.note).toBe(note);

    clock.advance(HOUR);
    const resubmitted = await transition('cln_cz_neuro_wang', returned.body, {
      command: 'resubmit',
      note: '已补充头颅CT报告。',
    });
    expect(resubmitted.status).toBe(200);
    expect(resubmitted.body).toMatchObject({
      status: 'submitted',
      version: 3,
      submittedAt: '2026-11-23T10:00:00+08:00',
      answerDueAt: '2026-11-23T12:00:00+08:00',
      expiresAt: '2026-11-24T10:00:00+08:00',
      returnForInfo: { note },
    });

    const accepted = await transition('cln_pumch_neuro_zhang', resubmitted.body, {
      command: 'accept',
      appointment: AT_13,
    });
    expect(accepted.body.status).toBe('accepted');
    expect(
      (await timeline('cln_cz_neuro_wang', referral.id)).map((e) => [e.action, e.toStatus, e.note]),
    ).toEqual([
      ['create', 'submitted', undefined],
      ['return_for_info', 'returned', note],
      ['resubmit', 'submitted', '已补充头颅CT报告。'],
      ['accept', 'accepted', undefined],
    ]);
    expect((await events('cln_cz_neuro_wang', referral.id)).map((e) => [e.type, e.data])).toEqual([
      ['referral.created', { status: 'submitted', version: 1, overdue: false }],
      ['referral.submitted', { status: 'submitted', version: 1, overdue: false }],
      ['referral.returned', { status: 'returned', version: 2, overdue: false }],
      ['referral.resubmitted', { status: 'submitted', version: 3, overdue: false }],
      ['referral.accepted', { status: 'accepted', version: 4, overdue: false }],
    ]);
  });

  it('requires a note of at most 2000 characters to return a referral', async () => {
    const { create, transition } = env;
    const referral = await create();
    const missing = await transition('cln_pumch_neuro_zhang', referral, { command: 'return_for_info' });
    expect(missing.status).toBe(422);
    expect(missing.body.errors).toEqual([expect.objectContaining({ pointer: '/note', code: 'required' })]);
    const blank = await transition('cln_pumch_neuro_zhang', referral, {
      command: 'return_for_info',
      note: '  ',
    });
    expect(blank.status).toBe(422);
    expect(blank.body.errors).toEqual([expect.objectContaining({ pointer: '/note', code: 'required' })]);
    const long = await transition('cln_pumch_neuro_zhang', referral, {
      command: 'return_for_info',
      note: '补'.repeat(2001),
    });
    expect(long.status).toBe(422);
    expect(long.body.errors).toEqual([expect.objectContaining({ pointer: '/note', code: 'too_long' })]);
  });

  it('lets only the receiving side return and only the sending side resubmit; outsiders get 404', async () => {
    const { create, transition } = env;
    const referral = await create();
    const body = { command: 'return_for_info', note: '请补充病史。' };
    const bySender = await transition('cln_cz_neuro_wang', referral, body);
    expect(bySender.status).toBe(403);
    expect(bySender.body).toMatchObject({ code: 'forbidden', requiredRoles: ['receiver', 'coordinator'] });
    const byOutsider = await transition('cln_bg_coord_han', referral, body);
    expect(byOutsider.status).toBe(404);

    const returned = await transition('cln_pumch_coord_sun', referral, body);
    expect(returned.status).toBe(200);
    const byReceiver = await transition('cln_pumch_neuro_zhang', returned.body, { command: 'resubmit' });
    expect(byReceiver.status).toBe(403);
    expect(byReceiver.body.code).toBe('forbidden');
    expect((await transition('cln_bg_coord_han', returned.body, { command: 'resubmit' })).status).toBe(404);
    const stale = await transition('cln_cz_neuro_wang', referral, { command: 'resubmit' });
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({
      code: 'version_conflict',
      currentVersion: 2,
      currentStatus: 'returned',
    });
    expect((await transition('cln_cz_coord_liu', returned.body, { command: 'resubmit' })).status).toBe(200);
  });

  it('lets the sender give up a returned referral, and keeps a rejection terminal', async () => {
    const { create, transition } = env;
    const returned = (
      await transition('cln_pumch_neuro_zhang', await create(), {
        command: 'return_for_info',
        note: '请补充。',
      })
    ).body;
    const cancelled = await transition('cln_cz_neuro_wang', returned, {
      command: 'cancel',
      reasonCode: 'referred_elsewhere',
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');

    const rejected = await transition('cln_pumch_neuro_zhang', await create(), {
      command: 'reject',
      reasonCode: 'no_capacity',
      reasonText: '本周床位已满。',
    });
    const resubmit = await transition('cln_cz_neuro_wang', rejected.body, { command: 'resubmit' });
    expect(resubmit.status).toBe(422);
    expect(resubmit.body).toMatchObject({ code: 'invalid_transition', allowedCommands: [] });
    const accepted = await transition('cln_pumch_neuro_zhang', await create(), {
      command: 'accept',
      appointment: AT_13,
    });
    const late = await transition('cln_pumch_neuro_zhang', accepted.body, {
      command: 'return_for_info',
      note: 'x',
    });
    expect(late.status).toBe(422);
    expect(late.body.code).toBe('invalid_transition');
  });

  it('neither expires nor escalates a referral while it waits with the sender', async () => {
    const { clock, create, transition, get } = env;
    const urgent = (
      await transition('cln_pumch_neuro_zhang', await create(), {
        command: 'return_for_info',
        note: '请补充。',
      })
    ).body;
    const green = (
      await transition('cln_pumch_neuro_zhang', await create(upReferral(GREEN)), {
        command: 'return_for_info',
        note: '请补充。',
      })
    ).body;
    clock.advance(30 * HOUR);
    expect((await get('cln_cz_neuro_wang', urgent.id)).body).toMatchObject({
      status: 'returned',
      version: 2,
    });
    expect((await get('cln_cz_neuro_wang', green.id)).body).toMatchObject({
      status: 'returned',
      overdue: false,
    });
  });
});

describe('accepting with an exact time or an allowed window', () => {
  it('accepts with an admission window and shows the window instead of a time', async () => {
    const { create, transition, get } = env;
    const referral = await create();
    const accepted = await transition('cln_pumch_neuro_zhang', referral, {
      command: 'accept',
      appointment: {
        departmentId: 'dep_pumch_neurology',
        window: { from: '2026-11-23T00:00:00Z', to: '2026-12-01T09:00:00Z' },
        bed: '神内二病区 12床',
      },
    });
    expect(accepted.status).toBe(200);
    const read = (await get('cln_cz_neuro_wang', referral.id)).body;
    expect(read.appointment).toEqual({
      departmentId: 'dep_pumch_neurology',
      window: { from: '2026-11-23T08:00:00+08:00', to: '2026-12-01T17:00:00+08:00' },
      bed: '神内二病区 12床',
    });
  });

  it('refuses neither or both, a window that ends before it starts, and one already over, with field errors', async () => {
    const { create, transition } = env;
    const referral = await create();
    const accept = (appointment: Record<string, unknown>) =>
      transition('cln_pumch_neuro_zhang', referral, {
        command: 'accept',
        appointment: { departmentId: 'dep_pumch_neurology', ...appointment },
      });
    const cases: [Record<string, unknown>, string, string][] = [
      [{}, '/appointment/scheduledAt', 'appointment_time_or_window'],
      [
        {
          scheduledAt: '2026-11-23T13:00:00+08:00',
          window: { from: '2026-11-23T13:00:00+08:00', to: '2026-11-24T13:00:00+08:00' },
        },
        '/appointment/window',
        'appointment_time_or_window',
      ],
      [
        { window: { from: '2026-11-25T13:00:00+08:00', to: '2026-11-24T13:00:00+08:00' } },
        '/appointment/window/to',
        'interval_invalid',
      ],
      [
        { window: { from: '2026-11-20T08:00:00+08:00', to: '2026-11-23T08:59:00+08:00' } },
        '/appointment/window/to',
        'appointment_window_in_past',
      ],
    ];
    for (const [appointment, pointer, code] of cases) {
      const res = await accept(appointment);
      expect(res.status, code).toBe(422);
      expect(res.body.code).toBe('validation_failed');
      expect(res.body.errors).toEqual([expect.objectContaining({ pointer, code })]);
    }
    expect((await accept({ scheduledAt: '2026-11-23T13:00:00+08:00' })).status).toBe(200);
  });
});

describe('time sanity of arrival and no-show', () => {
  it('refuses an arrival in the future (beyond the clock-skew tolerance) or before the submission', async () => {
    const { create, transition } = env;
    const accepted = (
      await transition('cln_pumch_neuro_zhang', await create(), { command: 'accept', appointment: AT_13 })
    ).body;
    const arrive = (arrivedAt: string) =>
      transition('cln_pumch_neuro_zhang', accepted, { command: 'record_arrival', arrivedAt });
    const future = await arrive('2026-11-23T09:05:01+08:00');
    expect(future.status).toBe(422);
    expect(future.body.errors).toEqual([
      expect.objectContaining({ pointer: '/arrivedAt', code: 'arrival_in_future' }),
    ]);
    const early = await arrive('2026-11-23T08:59:59+08:00');
    expect(early.status).toBe(422);
    expect(early.body.errors).toEqual([
      expect.objectContaining({ pointer: '/arrivedAt', code: 'arrival_before_submission' }),
    ]);
    const skewed = await arrive('2026-11-23T09:05:00+08:00');
    expect(skewed.status).toBe(200);
    expect(skewed.body).toMatchObject({ status: 'arrived', arrivedAt: '2026-11-23T09:05:00+08:00' });
  });

  it('refuses a no-show before the appointment plus 30 minutes, naming when it becomes possible', async () => {
    const { clock, create, transition } = env;
    const accepted = (
      await transition('cln_pumch_neuro_zhang', await create(), { command: 'accept', appointment: AT_13 })
    ).body;
    clock.set('2026-11-23T13:29:59+08:00');
    const early = await transition('cln_pumch_neuro_zhang', accepted, { command: 'mark_no_show' });
    expect(early.status).toBe(422);
    expect(early.body).toMatchObject({
      code: 'no_show_too_early',
      noShowAllowedFrom: '2026-11-23T13:30:00+08:00',
    });
    clock.set('2026-11-23T13:30:00+08:00');
    const marked = await transition('cln_pumch_neuro_zhang', accepted, { command: 'mark_no_show' });
    expect(marked.status).toBe(200);
    expect(marked.body.status).toBe('no_show');
  });

  it('refuses a no-show before the end of an allowed window', async () => {
    const { clock, create, transition } = env;
    const accepted = (
      await transition('cln_pumch_neuro_zhang', await create(), {
        command: 'accept',
        appointment: {
          departmentId: 'dep_pumch_neurology',
          window: { from: '2026-11-23T09:00:00+08:00', to: '2026-11-24T17:00:00+08:00' },
        },
      })
    ).body;
    clock.set('2026-11-24T16:59:00+08:00');
    const early = await transition('cln_pumch_coord_sun', accepted, { command: 'mark_no_show' });
    expect(early.status).toBe(422);
    expect(early.body).toMatchObject({
      code: 'no_show_too_early',
      noShowAllowedFrom: '2026-11-24T17:00:00+08:00',
    });
    clock.set('2026-11-24T17:00:00+08:00');
    expect((await transition('cln_pumch_coord_sun', accepted, { command: 'mark_no_show' })).status).toBe(200);
  });
});

describe('green channel escalates at its SLA and never expires', () => {
  it('shows an unanswered green-channel referral as overdue in every view, escalated once, and keeps it submitted', async () => {
    const { clock, server, create, get, list, events, timeline } = env;
    const referral = await create(upReferral(GREEN));
    expect(referral).toMatchObject({ overdue: false, answerDueAt: '2026-11-23T09:15:00+08:00' });
    expect(referral.expiresAt).toBeUndefined();

    clock.set('2026-11-23T09:14:59+08:00');
    expect((await get('cln_pumch_neuro_zhang', referral.id)).body.overdue).toBe(false);

    clock.set('2026-11-23T09:15:00+08:00');
    const overdue = (await get('cln_pumch_neuro_zhang', referral.id)).body;
    expect(overdue).toMatchObject({
      status: 'submitted',
      version: 1,
      overdue: true,
      escalatedAt: '2026-11-23T09:15:00+08:00',
    });
    for (const clinicianId of ['cln_cz_neuro_wang', 'cln_pumch_coord_sun']) {
      const page = await list(clinicianId, { urgency: 'green_channel', limit: '100' });
      expect(page.body.items.find((r) => r.id === referral.id)).toMatchObject({ overdue: true });
    }

    // Many sweeps later (reads, direct sweeps, a year on), it is still submitted and escalated once.
    for (let i = 0; i < 3; i++) {
      await get('cln_cz_neuro_wang', referral.id);
      await sweepDueReferrals(server.db, clock(), { referralId: referral.id });
    }
    clock.advance(365 * 24 * HOUR);
    expect((await get('cln_pumch_coord_sun', referral.id)).body).toMatchObject({
      status: 'submitted',
      overdue: true,
    });
    expect(await sweepDueReferrals(server.db, clock(), { referralId: referral.id })).toEqual({
      expired: 0,
      escalated: 0,
    });

    const feed = await events('cln_pumch_coord_sun', referral.id);
    expect(feed.map((e) => e.type)).toEqual(['referral.created', 'referral.submitted', 'referral.escalated']);
    expect(feed[2]).toMatchObject({
      occurredAt: '2026-11-23T09:15:00+08:00',
      data: { status: 'submitted', version: 1, overdue: true, answerDueAt: '2026-11-23T09:15:00+08:00' },
    });
    expect((await events('cln_cz_neuro_wang', referral.id)).map((e) => e.type)).toContain(
      'referral.escalated',
    );
    expect((await timeline('cln_cz_neuro_wang', referral.id)).at(-1)).toMatchObject({
      action: 'escalate',
      actor: null,
      fromStatus: 'submitted',
      toStatus: 'submitted',
      at: '2026-11-23T09:15:00+08:00',
    });
  });

  it('is answered late without a version conflict, and is no longer overdue once accepted', async () => {
    const { clock, create, transition, events } = env;
    const referral = await create(upReferral(GREEN));
    clock.set('2026-11-23T09:20:00+08:00');
    // The receiver decided on version 1 before the escalation was swept: escalation does not change the version.
    const accepted = await transition('cln_pumch_coord_sun', referral, {
      command: 'accept',
      appointment: AT_13,
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({
      status: 'accepted',
      version: 2,
      overdue: false,
      escalatedAt: '2026-11-23T09:15:00+08:00',
    });
    expect(
      (await events('cln_pumch_coord_sun', referral.id)).map((e) => [e.type, e.data['overdue']]),
    ).toEqual([
      ['referral.created', false],
      ['referral.submitted', false],
      ['referral.escalated', true],
      ['referral.accepted', false],
    ]);
  });

  it('restarts the SLA on resubmission, so a returned green-channel referral can escalate again', async () => {
    const { clock, create, transition, get, events } = env;
    const referral = await create(upReferral(GREEN));
    clock.set('2026-11-23T09:16:00+08:00');
    const returned = await transition('cln_pumch_neuro_zhang', referral, {
      command: 'return_for_info',
      note: '请补充头颅CT。',
    });
    expect(returned.body).toMatchObject({ status: 'returned', overdue: false });
    clock.set('2026-11-23T09:30:00+08:00');
    const resubmitted = await transition('cln_cz_neuro_wang', returned.body, { command: 'resubmit' });
    expect(resubmitted.body).toMatchObject({
      status: 'submitted',
      overdue: false,
      answerDueAt: '2026-11-23T09:45:00+08:00',
    });
    expect(resubmitted.body.escalatedAt).toBeUndefined();
    clock.set('2026-11-23T09:45:00+08:00');
    expect((await get('cln_cz_neuro_wang', referral.id)).body).toMatchObject({
      overdue: true,
      escalatedAt: '2026-11-23T09:45:00+08:00',
    });
    const escalations = (await events('cln_pumch_coord_sun', referral.id)).filter(
      (e) => e.type === 'referral.escalated',
    );
    expect(escalations.map((e) => e.occurredAt)).toEqual([
      '2026-11-23T09:15:00+08:00',
      '2026-11-23T09:45:00+08:00',
    ]);
  });

  it('still expires routine and urgent referrals', async () => {
    const { clock, create, get } = env;
    const urgent = await create();
    expect(urgent.expiresAt).toBe('2026-11-24T09:00:00+08:00');
    clock.set('2026-11-24T09:00:00+08:00');
    expect((await get('cln_cz_neuro_wang', urgent.id)).body).toMatchObject({
      status: 'expired',
      overdue: false,
    });
  });

  it('expires a referral when a list is the first read past its window, and lists it expired', async () => {
    const { clock, create, list, get } = env;
    const urgent = await create();
    clock.set('2026-11-23T12:00:00+08:00');
    // Nothing due: the page comes from the one statement that also probed for due referrals.
    expect((await list('cln_cz_neuro_wang')).body.items.find((r) => r.id === urgent.id)).toMatchObject({
      status: 'submitted',
    });
    clock.set('2026-11-24T09:00:00+08:00');
    for (const clinicianId of ['cln_cz_neuro_wang', 'cln_pumch_coord_sun']) {
      const page = await list(clinicianId, { limit: '100' });
      expect(page.body.items.find((r) => r.id === urgent.id)).toMatchObject({
        status: 'expired',
        version: 2,
      });
    }
    expect((await get('cln_cz_neuro_wang', urgent.id)).body).toMatchObject({ status: 'expired', version: 2 });
  });

  it('delivers referral.escalated to the receiving coordinator’s webhook endpoint', async () => {
    const { clock, server, create } = await fresh();
    const received: string[] = [];
    const http = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        received.push(Buffer.concat(chunks).toString('utf8'));
        res.end();
      });
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = http.address() as AddressInfo;
      const endpoint = await server.call<WebhookEndpoint>('createWebhookEndpoint', {
        token: await server.tokenFor('cln_pumch_coord_sun'),
        body: { url: `http://127.0.0.1:${port}/green`, eventTypes: ['referral.escalated'] },
      });
      expect(endpoint.status).toBe(201);
      const referral = await create(upReferral(GREEN));
      clock.set('2026-11-23T09:15:00+08:00');
      // The server's clock duty (the CLI runs it on an interval), then the webhook duty.
      expect(await sweepDueReferrals(server.db, clock())).toEqual({ expired: 0, escalated: 1 });
      expect(await deliverWebhooks(server.db, { now: clock(), fetch })).toMatchObject({ succeeded: 1 });
      expect(received.map((body) => JSON.parse(body) as Record<string, unknown>)).toEqual([
        expect.objectContaining({
          type: 'referral.escalated',
          resourceId: referral.id,
          data: expect.objectContaining({ overdue: true }),
        }),
      ]);
      expect((await deliverWebhooks(server.db, { now: clock(), fetch })).attempted).toBe(0);
    } finally {
      await new Promise<void>((resolve) => {
        http.close(() => resolve());
        http.closeAllConnections();
      });
    }
  });

  it('escalates once when sweeps run at the same moment (PGlite)', async () => {
    const { server, create } = env;
    const referral = await create(upReferral(GREEN));
    const due = new Date('2026-11-23T09:15:00+08:00');
    const results = await Promise.all(
      Array.from({ length: 5 }, () => sweepDueReferrals(server.db, due, { referralId: referral.id })),
    );
    expect(results.reduce((n, r) => n + r.escalated, 0)).toBe(1);
    const { rows } = await server.db.query<{ n: string | number }>(
      `SELECT count(*) AS n FROM events WHERE resource_id = $1 AND type = 'referral.escalated'`,
      [referral.id],
    );
    expect(Number(rows[0]?.n)).toBe(1);
  });
});

describe('down-referral without a parent', () => {
  it('lets the lead hospital’s receiving doctor or coordinator send a patient admitted there directly down to 基层', async () => {
    const { create, get, transition } = env;
    const byReceiver = await create(directDownReferral(), 'cln_pumch_neuro_zhang');
    expect(byReceiver).toMatchObject({
      direction: 'down',
      status: 'submitted',
      sendingInstitutionId: 'ins_pumch',
      receivingInstitutionId: 'ins_cangzhou_central',
      createdBy: { clinicianId: 'cln_pumch_neuro_zhang', role: 'receiver' },
    });
    expect(byReceiver.parentReferralId).toBeUndefined();
    const byCoordinator = await create(directDownReferral({ submit: false }), 'cln_pumch_coord_sun');
    expect(byCoordinator.status).toBe('draft');
    const submitted = await transition('cln_pumch_neuro_zhang', byCoordinator, { command: 'submit' });
    expect(submitted.status).toBe(200);

    // 沧州 rehabilitation receives it and can return it to the lead hospital's ward for more information.
    expect((await get('cln_cz_rehab_qian', byReceiver.id)).status).toBe(200);
    const returned = await transition('cln_cz_rehab_qian', byReceiver, {
      command: 'return_for_info',
      note: '请补充出院小结。',
    });
    expect(returned.status).toBe(200);
    expect((await transition('cln_pumch_neuro_zhang', returned.body, { command: 'resubmit' })).status).toBe(
      200,
    );
  });

  it('requires a parent when the sender does not lead the receiver’s alliance', async () => {
    const { server } = env;
    const res = await server.call<Problem>('createReferral', {
      token: await server.tokenFor('cln_cz_neuro_wang'),
      body: upReferral({ direction: 'down', urgency: 'routine', ...DOWN_CONTENT }),
    });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ pointer: '/parentReferralId', code: 'parent_referral_required' }),
    ]);
    // Also among the errors of a body that breaks the contract's schema elsewhere.
    const alsoBroken = await server.call<Problem>('createReferral', {
      token: await server.tokenFor('cln_cz_neuro_wang'),
      body: upReferral({ direction: 'down', urgency: 'routine', ...DOWN_CONTENT, reason: 42 }),
    });
    expect(alsoBroken.status).toBe(422);
    expect(alsoBroken.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ pointer: '/reason' }),
        expect.objectContaining({ pointer: '/parentReferralId', code: 'parent_referral_required' }),
      ]),
    );
  });

  it('does not let a receiving doctor send an up-referral, nor an expert any referral', async () => {
    const { server } = env;
    const up = await server.call<Problem>('createReferral', {
      token: await server.tokenFor('cln_cz_rehab_qian'),
      body: upReferral({
        consent: {
          purpose: 'referral_transfer',
          grantedAt: '2026-11-23T08:30:00+08:00',
          recordedBy: 'cln_cz_rehab_qian',
          method: 'written',
        },
      }),
    });
    expect(up.status).toBe(403);
    const expert = await server.call<Problem>('createReferral', {
      token: await server.tokenFor('cln_pumch_neuro_li'),
      body: directDownReferral(),
    });
    expect(expert.status).toBe(403);
  });
});
