// The referral lifecycle corrections (DOMAIN §3, issue #13) through the SDK, against the real reference server:
// the new commands typed through `referrals.transition`, their typed errors, and the offline pre-checks agreeing
// with what the server answers.
import type { components } from '@yilian/contract';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AllianceClient } from './client.js';
import { createAllianceClient } from './client.js';
import { AllianceError } from './errors.js';
import { problemMessage } from './messages.js';
import { withPrechecks } from './prechecks.js';
import type { PrecheckedClient } from './prechecks.js';
import type { ReferenceServer } from './testing/reference-server.js';
import { SERVER_NOW, startReferenceServer, upReferral } from './testing/reference-server.js';

type Schemas = components['schemas'];

let server: ReferenceServer;
let wang: PrecheckedClient; // 沧州 referrer
let zhang: PrecheckedClient; // 协和 receiver
let sun: PrecheckedClient; // 协和 coordinator
let han: AllianceClient; // 包钢 coordinator, in no alliance with 协和 or 沧州

const client = async (clinicianId: string) =>
  createAllianceClient({ baseUrl: server.baseUrl, token: await server.tokenFor(clinicianId), retry: false });

beforeAll(async () => {
  server = await startReferenceServer();
  wang = withPrechecks(await client('cln_cz_neuro_wang'));
  zhang = withPrechecks(await client('cln_pumch_neuro_zhang'));
  sun = withPrechecks(await client('cln_pumch_coord_sun'));
  han = await client('cln_bg_coord_han');
});
beforeEach(() => server.setNow(SERVER_NOW));
afterAll(() => server.close());

/** The error a call throws, which must be an `AllianceError`. */
async function failure(call: Promise<unknown>): Promise<AllianceError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AllianceError);
  return error as AllianceError;
}

const AT_13: Schemas['ReferralAppointment'] = {
  departmentId: 'dep_pumch_neurology',
  scheduledAt: '2026-11-23T13:00:00+08:00',
};

describe('return for information and resubmission', () => {
  it('returns a referral with a note and resubmits it, each offered by the pre-checks to the right side', async () => {
    const created = await wang.referrals.create(upReferral());
    const receiver = await zhang.me();
    const sender = await wang.me();
    expect(zhang.referrals.allowedCommands(created, receiver)).toContain('return_for_info');
    expect(wang.referrals.allowedCommands(created, sender)).not.toContain('return_for_info');

    const returned = await zhang.referrals.transition(created, {
      command: 'return_for_info',
      note: '请补充近三天的头颅CT报告。',
    });
    expect(returned).toMatchObject({
      status: 'returned',
      version: 2,
      returnForInfo: { note: '请补充近三天的头颅CT报告。', by: { institutionId: 'ins_pumch' } },
    });
    expect(wang.referrals.allowedCommands(returned, sender)).toEqual(['resubmit', 'cancel']);
    expect(zhang.referrals.allowedCommands(returned, receiver)).toEqual([]);

    server.setNow(new Date(SERVER_NOW.getTime() + 30 * 60_000));
    const resubmitted = await wang.referrals.transition(returned, { command: 'resubmit', note: '已补充。' });
    expect(resubmitted).toMatchObject({
      status: 'submitted',
      version: 3,
      submittedAt: '2026-11-23T09:30:00+08:00',
      answerDueAt: '2026-11-23T11:30:00+08:00',
    });
    const timeline = await wang.referrals.timeline(created.id);
    expect(timeline.items.map((e) => e.action)).toEqual(['create', 'return_for_info', 'resubmit']);
  });

  it('throws typed errors: a missing note as a field error, a resubmission by the receiver as forbidden, an outsider as not_found', async () => {
    const created = await wang.referrals.create(upReferral());
    const blank = await failure(
      zhang.referrals.transition(created, { command: 'return_for_info', note: ' ' }),
    );
    expect(blank.is('validation_failed')).toBe(true);
    expect(blank.problem.errors).toEqual([expect.objectContaining({ pointer: '/note', code: 'required' })]);
    // The pre-check says the same before the call.
    expect(
      zhang.referrals.decide(created, await zhang.me(), { command: 'return_for_info', note: ' ' }),
    ).toEqual({ ok: false, problem: 'validation_failed', errors: [{ pointer: '/note', code: 'required' }] });

    const returned = await sun.referrals.transition(created, {
      command: 'return_for_info',
      note: '请补充。',
    });
    const byReceiver = await failure(zhang.referrals.transition(returned, { command: 'resubmit' }));
    expect(byReceiver).toMatchObject({ status: 403, code: 'forbidden' });
    const byOutsider = await failure(han.referrals.transition(returned, { command: 'resubmit' }));
    expect(byOutsider).toMatchObject({ status: 404, code: 'not_found' });
    const stale = await failure(wang.referrals.transition(created, { command: 'resubmit' }));
    expect(stale.is('version_conflict')).toBe(true);
    expect(stale.problem).toMatchObject({ currentVersion: 2, currentStatus: 'returned' });
  });
});

describe('accepting with a window, and the time rules', () => {
  it('accepts with an admission window and reads it back', async () => {
    const created = await wang.referrals.create(upReferral());
    const window = { from: '2026-11-23T09:00:00+08:00', to: '2026-12-01T17:00:00+08:00' };
    const accepted = await zhang.referrals.transition(created, {
      command: 'accept',
      appointment: { departmentId: 'dep_pumch_neurology', window },
    });
    expect(accepted.appointment).toEqual({ departmentId: 'dep_pumch_neurology', window });
    const both = await failure(
      zhang.referrals.transition(await wang.referrals.create(upReferral()), {
        command: 'accept',
        appointment: { ...AT_13, window },
      }),
    );
    expect(both.problem.errors).toEqual([
      expect.objectContaining({ pointer: '/appointment/window', code: 'appointment_time_or_window' }),
    ]);
  });

  it('refuses an arrival in the future as the pre-check predicts', async () => {
    const accepted = await zhang.referrals.transition(await wang.referrals.create(upReferral()), {
      command: 'accept',
      appointment: AT_13,
    });
    const body = { command: 'record_arrival', arrivedAt: '2026-11-23T12:48:00+08:00' } as const;
    expect(zhang.referrals.decide(accepted, await zhang.me(), body, { now: SERVER_NOW })).toEqual({
      ok: false,
      problem: 'validation_failed',
      errors: [{ pointer: '/arrivedAt', code: 'arrival_in_future' }],
    });
    const error = await failure(zhang.referrals.transition(accepted, body));
    expect(error.problem.errors).toEqual([
      expect.objectContaining({ pointer: '/arrivedAt', code: 'arrival_in_future' }),
    ]);
  });

  it('throws no_show_too_early with the instant it becomes possible, as the pre-check predicts', async () => {
    const accepted = await zhang.referrals.transition(await wang.referrals.create(upReferral()), {
      command: 'accept',
      appointment: AT_13,
    });
    const now = new Date('2026-11-23T13:10:00+08:00');
    server.setNow(now);
    const offline = zhang.referrals.decide(accepted, await zhang.me(), { command: 'mark_no_show' }, { now });
    expect(offline).toMatchObject({ ok: false, problem: 'no_show_too_early' });

    const error = await failure(zhang.referrals.transition(accepted, { command: 'mark_no_show' }));
    expect(error.is('no_show_too_early')).toBe(true);
    expect(error.status).toBe(422);
    expect(error.problem.noShowAllowedFrom).toBe('2026-11-23T13:30:00+08:00');
    expect(offline.ok === false && offline.problem === 'no_show_too_early' && offline.noShowAllowedFrom).toBe(
      new Date('2026-11-23T13:30:00+08:00').toISOString(),
    );
    expect(problemMessage(error, 'en')).toMatch(/grace period/);

    server.setNow(new Date('2026-11-23T13:30:00+08:00'));
    await expect(zhang.referrals.transition(accepted, { command: 'mark_no_show' })).resolves.toMatchObject({
      status: 'no_show',
    });
  });
});

describe('green channel', () => {
  it('reads an unanswered green-channel referral as overdue once past its SLA, and finds the escalation on the feed', async () => {
    const created = await wang.referrals.create({
      ...upReferral(),
      urgency: 'green_channel',
      greenChannelCategory: 'stroke',
      escort: { escortedBy: '李护士', escortRole: 'nurse', transport: 'ambulance_with_doctor' },
    });
    expect(created).toMatchObject({ overdue: false, answerDueAt: '2026-11-23T09:15:00+08:00' });
    expect(created.expiresAt).toBeUndefined();

    server.setNow(new Date('2026-11-23T09:15:00+08:00'));
    await expect(sun.referrals.get(created.id)).resolves.toMatchObject({
      status: 'submitted',
      overdue: true,
    });
    const listed = await wang.referrals.list({ urgency: 'green_channel', status: ['submitted'] }).toArray();
    expect(listed.find((r) => r.id === created.id)?.overdue).toBe(true);

    const escalations: Schemas['Event'][] = [];
    for await (const event of sun.events.list({ type: ['referral.escalated'] })) {
      if (event.resourceId === created.id) {
        escalations.push(event);
      }
    }
    expect(escalations).toEqual([
      expect.objectContaining({
        type: 'referral.escalated',
        data: expect.objectContaining({ overdue: true }),
      }),
    ]);
  });
});
