import type { components } from '@yilian/contract';
import { beforeAll, describe, expect, it } from 'vitest';
import { patientKey } from '../use-cases/shared/patient.js';
import type { TestServer } from '../testing/harness.js';
import {
  TEST_SECRETS,
  createTestServer,
  examplePatient,
  exampleReferral,
  manualClock,
} from '../testing/harness.js';
import { expireDueReferrals } from '../use-cases/referrals/expire-due.js';

type Referral = components['schemas']['Referral'];
type ReferralPage = components['schemas']['ReferralPage'];
type Problem = components['schemas']['Problem'];
type Timeline = components['schemas']['Timeline'];
type Attachment = components['schemas']['Attachment'];

const PATIENT = examplePatient();

/** The 回转单 a down-referral carries at submit (DOMAIN §3). */
const DOWN_CONTENT = {
  clinicalSummary: '住院10天，溶栓后神经功能明显改善。',
  mainResults: '头颅MRI示左侧基底节区急性梗死灶。',
  rehabPlan: '每日康复训练，两周后复查。',
  medications: '阿司匹林 100mg qd',
  followUpDates: ['2026-12-07'],
};

/** A complete up-referral form from 沧州 neurology to 协和 neurology, submitted at once. */
function upReferral(overrides: Record<string, unknown> = {}) {
  return exampleReferral({
    urgency: 'urgent',
    sendingDepartmentId: 'dep_cz_neurology',
    receivingDepartmentId: 'dep_pumch_neurology',
    // Asked only of green-channel referrals, given here so every urgency can be tried with one form.
    escort: { escortedBy: '李护士', escortRole: 'nurse', transport: 'ambulance_with_doctor' },
    ...overrides,
  });
}

const ACCEPT = {
  command: 'accept',
  appointment: {
    departmentId: 'dep_pumch_neurology',
    clinicianId: 'cln_pumch_neuro_zhang',
    scheduledAt: '2026-11-23T13:00:00+08:00',
  },
};

async function count(server: TestServer, table: 'referrals' | 'audit_events' | 'events'): Promise<number> {
  const { rows } = await server.db.query<{ n: string | number }>(`SELECT count(*) AS n FROM ${table}`);
  return Number(rows[0]?.n);
}

let server: TestServer;
let wang: string; // 沧州 referrer
let zhang: string; // 协和 receiver
let sun: string; // 协和 coordinator
let han: string; // 包钢 coordinator: in no alliance with 协和 or 沧州

beforeAll(async () => {
  server = await createTestServer();
  wang = await server.tokenFor('cln_cz_neuro_wang');
  zhang = await server.tokenFor('cln_pumch_neuro_zhang');
  sun = await server.tokenFor('cln_pumch_coord_sun');
  han = await server.tokenFor('cln_bg_coord_han');
});

async function create(body: Record<string, unknown> = upReferral(), token = wang): Promise<Referral> {
  const res = await server.call<Referral>('createReferral', { token, body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

async function transition(
  token: string,
  referral: { id: string; version: number },
  body: Record<string, unknown>,
) {
  return server.call<Referral & Omit<Problem, 'status'>>('transitionReferral', {
    token,
    path: { referralId: referral.id },
    headers: { 'If-Match': `"${referral.version}"` },
    body,
  });
}

describe('a referral as a closed loop', () => {
  it('goes from 沧州 up to 协和 and back, closed by 沧州, with every step on the timeline, then a down-referral follows it', async () => {
    const created = await server.call<Referral>('createReferral', { token: wang, body: upReferral() });
    expect(created.status).toBe(201);
    const referral = created.body;
    expect(created.headers.get('ETag')).toBe('"1"');
    expect(created.headers.get('Location')).toBe(`/v1/referrals/${referral.id}`);
    expect(referral).toMatchObject({
      status: 'submitted',
      version: 1,
      direction: 'up',
      childReferralIds: [],
      submittedAt: '2026-11-23T09:00:00+08:00',
      answerDueAt: '2026-11-23T11:00:00+08:00',
      createdBy: {
        clinicianId: 'cln_cz_neuro_wang',
        institutionId: 'ins_cangzhou_central',
        role: 'referrer',
      },
    });
    expect(referral.number).toMatch(/^ZZ-20261123-\d{6}$/);

    const seen = await server.call<Referral>('getReferral', {
      token: zhang,
      path: { referralId: referral.id },
    });
    expect(seen.status).toBe(200);
    expect(seen.headers.get('ETag')).toBe('"1"');

    const accepted = await transition(zhang, seen.body, ACCEPT);
    expect(accepted.status).toBe(200);
    expect(accepted.headers.get('ETag')).toBe('"2"');
    expect(accepted.body).toMatchObject({ status: 'accepted', version: 2, appointment: ACCEPT.appointment });

    const arrived = await transition(zhang, accepted.body, {
      command: 'record_arrival',
      arrivedAt: '2026-11-23T09:00:00+08:00',
    });
    expect(arrived.body).toMatchObject({ status: 'arrived', arrivedAt: '2026-11-23T09:00:00+08:00' });
    const treating = await transition(zhang, arrived.body, {
      command: 'start_treatment',
      setting: 'inpatient',
    });
    expect(treating.body.status).toBe('in_treatment');
    const report = {
      diagnosis: { code: 'I63.900', text: '脑梗死' },
      treatment: '静脉溶栓后行机械取栓，术后恢复良好。',
      advice: '建议下转康复，继续二级预防。',
      dischargedAt: '2026-12-02T10:00:00+08:00',
      recommendDownReferral: true,
    };
    const reported = await transition(zhang, treating.body, { command: 'report', report });
    expect(reported.body).toMatchObject({ status: 'reported', report });

    const closed = await transition(wang, reported.body, {
      command: 'close',
      note: '已收到回执，患者已回社区随访。',
    });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({
      status: 'closed',
      version: 6,
      closingNote: '已收到回执，患者已回社区随访。',
      closedAt: '2026-11-23T09:00:00+08:00',
    });

    const timeline = await server.call<Timeline>('getReferralTimeline', {
      token: wang,
      path: { referralId: referral.id },
    });
    expect(timeline.status).toBe(200);
    expect(
      timeline.body.items.map((e) => [
        e.action,
        e.fromStatus,
        e.toStatus,
        e.actor?.clinicianId,
        e.actor?.institutionId,
      ]),
    ).toEqual([
      ['create', null, 'submitted', 'cln_cz_neuro_wang', 'ins_cangzhou_central'],
      ['accept', 'submitted', 'accepted', 'cln_pumch_neuro_zhang', 'ins_pumch'],
      ['record_arrival', 'accepted', 'arrived', 'cln_pumch_neuro_zhang', 'ins_pumch'],
      ['start_treatment', 'arrived', 'in_treatment', 'cln_pumch_neuro_zhang', 'ins_pumch'],
      ['report', 'in_treatment', 'reported', 'cln_pumch_neuro_zhang', 'ins_pumch'],
      ['close', 'reported', 'closed', 'cln_cz_neuro_wang', 'ins_cangzhou_central'],
    ]);
    expect(timeline.body.items.every((e) => e.at === '2026-11-23T09:00:00+08:00')).toBe(true);

    const { rows: feed } = await server.db.query<{ type: string; institution_ids: string[] }>(
      'SELECT type, institution_ids FROM events WHERE resource_id = $1 ORDER BY sequence',
      [referral.id],
    );
    expect(feed.map((e) => e.type)).toEqual([
      'referral.created',
      'referral.submitted',
      'referral.accepted',
      'referral.arrived',
      'referral.treatment_started',
      'referral.reported',
      'referral.closed',
    ]);
    expect(feed.every((e) => [...e.institution_ids].sort().join() === 'ins_cangzhou_central,ins_pumch')).toBe(
      true,
    );

    // 协和's doctor, now referring, sends the recovering patient back to 沧州 rehabilitation.
    const zhangReferring = await server.tokenFor('cln_pumch_neuro_zhang', 'referrer');
    const child = await create(
      upReferral({
        ...DOWN_CONTENT,
        direction: 'down',
        urgency: 'routine',
        sendingInstitutionId: 'ins_pumch',
        sendingDepartmentId: 'dep_pumch_neurology',
        receivingInstitutionId: 'ins_cangzhou_central',
        receivingDepartmentId: 'dep_cz_rehab',
        parentReferralId: referral.id,
        reason: '病情稳定，下转康复。',
        rehabPlan: '每日康复训练，两周后复查。',
        medications: '阿司匹林 100mg qd',
        followUpDates: ['2026-12-07'],
        consent: {
          purpose: 'referral_transfer',
          grantedAt: '2026-11-23T08:50:00+08:00',
          recordedBy: 'cln_pumch_neuro_zhang',
          method: 'written',
        },
      }),
      zhangReferring,
    );
    expect(child).toMatchObject({
      direction: 'down',
      parentReferralId: referral.id,
      status: 'submitted',
      followUpDates: ['2026-12-07'],
    });
    const parentForSender = await server.call<Referral>('getReferral', {
      token: wang,
      path: { referralId: referral.id },
    });
    expect(parentForSender.body.childReferralIds).toEqual([child.id]);
    const parentForReceiver = await server.call<Referral>('getReferral', {
      token: zhang,
      path: { referralId: referral.id },
    });
    expect(parentForReceiver.body.childReferralIds).toEqual([child.id]);
    // The rehab department of 沧州 receives it.
    const qian = await server.tokenFor('cln_cz_rehab_qian');
    const inbox = await server.call<ReferralPage>('listReferrals', {
      token: qian,
      query: { side: 'receiving' },
    });
    expect(inbox.body.items.map((r) => r.id)).toContain(child.id);
  });

  it('refuses a down-referral whose parent has not been reported yet with a 409', async () => {
    const parent = await create();
    const before = await count(server, 'referrals');
    const res = await server.call<Problem>('createReferral', {
      token: await server.tokenFor('cln_pumch_neuro_zhang', 'referrer'),
      body: upReferral({
        ...DOWN_CONTENT,
        direction: 'down',
        sendingInstitutionId: 'ins_pumch',
        sendingDepartmentId: 'dep_pumch_neurology',
        receivingInstitutionId: 'ins_cangzhou_central',
        receivingDepartmentId: 'dep_cz_rehab',
        parentReferralId: parent.id,
      }),
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('parent_referral_not_reported');
    expect(await count(server, 'referrals')).toBe(before);
  });

  it('refuses a down-referral that names an up-referral the caller sent rather than received', async () => {
    const parent = await create();
    const res = await server.call<Problem>('createReferral', {
      token: wang,
      body: upReferral({
        ...DOWN_CONTENT,
        direction: 'down',
        sendingInstitutionId: 'ins_cangzhou_central',
        receivingInstitutionId: 'ins_pumch',
        parentReferralId: parent.id,
      }),
    });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ pointer: '/parentReferralId', code: 'parent_referral_direction' }),
    ]);
  });
});

describe('deciding on a referral', () => {
  it('lets exactly one of two clinicians accepting at once win; the other gets a 412 with the current state (20 rounds on PGlite)', async () => {
    for (let round = 0; round < 20; round++) {
      const referral = await create();
      const [a, b] = await Promise.all([
        transition(zhang, referral, ACCEPT),
        transition(sun, referral, ACCEPT),
      ]);
      const results = [a, b].sort((x, y) => x.status - y.status);
      expect(results.map((r) => r.status)).toEqual([200, 412]);
      const [won, lost] = results as [typeof a, typeof b];
      expect(lost.body).toMatchObject({
        code: 'version_conflict',
        currentVersion: 2,
        currentStatus: 'accepted',
        changedAt: '2026-11-23T09:00:00+08:00',
      });
      expect(lost.body.changedBy?.institutionId).toBe('ins_pumch');
      expect(lost.body.changedBy?.clinicianId).toBe(
        won === a ? 'cln_pumch_neuro_zhang' : 'cln_pumch_coord_sun',
      );
      expect(lost.headers.get('ETag')).toBe('"2"');
      const { rows } = await server.db.query<{ n: string | number }>(
        `SELECT count(*) AS n FROM audit_events WHERE resource_id = $1 AND action = 'accept'`,
        [referral.id],
      );
      expect(Number(rows[0]?.n)).toBe(1);
    }
  });

  it('answers a transition without If-Match with a 428', async () => {
    const referral = await create();
    const res = await server.call<Problem>('transitionReferral', {
      token: zhang,
      path: { referralId: referral.id },
      body: ACCEPT,
    });
    expect(res.status).toBe(428);
    expect(res.body.code).toBe('precondition_required');
  });

  it('answers a stale If-Match with a 412 naming who changed it last', async () => {
    const referral = await create();
    await transition(zhang, referral, ACCEPT);
    const res = await transition(zhang, referral, {
      command: 'reject',
      reasonCode: 'no_capacity',
      reasonText: '床位已满。',
    });
    expect(res.status).toBe(412);
    expect(res.body).toMatchObject({
      code: 'version_conflict',
      currentVersion: 2,
      currentStatus: 'accepted',
      changedBy: { clinicianId: 'cln_pumch_neuro_zhang', institutionId: 'ins_pumch', role: 'receiver' },
    });
  });

  it('forbids a role that may not issue the command with a 403', async () => {
    const referral = await create();
    const referrerAccepting = await transition(wang, referral, ACCEPT);
    expect(referrerAccepting.status).toBe(403);
    expect(referrerAccepting.body.code).toBe('forbidden');
    const expertAccepting = await transition(await server.tokenFor('cln_pumch_neuro_li'), referral, ACCEPT);
    expect(expertAccepting.status).toBe(403);
  });

  it('refuses a command the state does not allow with a 422 that lists what is allowed', async () => {
    const referral = await create();
    const res = await transition(zhang, referral, {
      command: 'record_arrival',
      arrivedAt: '2026-11-23T09:00:00+08:00',
    });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      code: 'invalid_transition',
      allowedCommands: ['accept', 'reject', 'return_for_info'],
    });
  });

  it('requires a reason to reject and records it as the rejection', async () => {
    const referral = await create();
    const missing = await transition(zhang, referral, {
      command: 'reject',
      reasonCode: 'no_capacity',
      reasonText: ' ',
    });
    expect(missing.status).toBe(422);
    expect(missing.body.errors).toEqual([
      expect.objectContaining({ pointer: '/reasonText', code: 'reason_text_required' }),
    ]);
    const rejected = await transition(zhang, referral, {
      command: 'reject',
      reasonCode: 'no_capacity',
      reasonText: '本周床位已满，建议转至北京天坛医院。',
      alternativeInstitutionId: 'ins_tiantan',
    });
    expect(rejected.body).toMatchObject({
      status: 'rejected',
      rejection: {
        code: 'no_capacity',
        alternativeInstitutionId: 'ins_tiantan',
        at: '2026-11-23T09:00:00+08:00',
        by: { clinicianId: 'cln_pumch_neuro_zhang', institutionId: 'ins_pumch' },
      },
    });
  });

  it('refuses an appointment in a department of another institution', async () => {
    const referral = await create();
    const res = await transition(zhang, referral, {
      command: 'accept',
      appointment: { departmentId: 'dep_cz_neurology', scheduledAt: '2026-11-23T13:00:00+08:00' },
    });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      expect.objectContaining({
        pointer: '/appointment/departmentId',
        code: 'department_not_in_institution',
      }),
    ]);
  });

  it('lets the referrer cancel a submitted referral with a reason', async () => {
    const referral = await create();
    const res = await transition(wang, referral, {
      command: 'cancel',
      reasonCode: 'patient_declined',
      reasonText: '患者决定在本院继续治疗。',
    });
    expect(res.body).toMatchObject({
      status: 'cancelled',
      cancellation: { code: 'patient_declined', by: { institutionId: 'ins_cangzhou_central' } },
    });
  });

  it('replays a transition sent again with the same Idempotency-Key instead of answering 412', async () => {
    const referral = await create();
    const headers = { 'If-Match': '"1"', 'Idempotency-Key': `accept-${referral.id}` };
    const first = await server.call<Referral>('transitionReferral', {
      token: zhang,
      path: { referralId: referral.id },
      headers,
      body: ACCEPT,
    });
    const again = await server.call<Referral>('transitionReferral', {
      token: zhang,
      path: { referralId: referral.id },
      headers,
      body: ACCEPT,
    });
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
  });
});

describe('drafts', () => {
  it('keeps a draft from the receiving institution until it is submitted, then starts the answer SLA', async () => {
    const draft = await create(
      upReferral({ submit: false, urgency: 'green_channel', greenChannelCategory: 'stroke' }),
    );
    expect(draft.status).toBe('draft');
    expect(draft.submittedAt).toBeUndefined();
    expect(draft.answerDueAt).toBeUndefined();
    expect((await server.call('getReferral', { token: zhang, path: { referralId: draft.id } })).status).toBe(
      404,
    );
    server.clock.advance(60_000);
    try {
      const submitted = await transition(wang, draft, { command: 'submit' });
      expect(submitted.status).toBe(200);
      expect(submitted.body).toMatchObject({
        status: 'submitted',
        submittedAt: '2026-11-23T09:01:00+08:00',
        answerDueAt: '2026-11-23T09:16:00+08:00',
      });
    } finally {
      server.clock.set('2026-11-23T09:00:00+08:00');
    }
    expect((await server.call('getReferral', { token: zhang, path: { referralId: draft.id } })).status).toBe(
      200,
    );
  });
});

describe('what each party may see', () => {
  it('shows the referrer the ID number masked and the receiver the whole number', async () => {
    const referral = await create();
    const referrerView = await server.call<Referral>('getReferral', {
      token: wang,
      path: { referralId: referral.id },
    });
    expect(referrerView.body.patient).toMatchObject({
      idNumber: '110***********1239',
      idNumberMasked: true,
      phone: '138****1234',
    });
    const receiverView = await server.call<Referral>('getReferral', {
      token: zhang,
      path: { referralId: referral.id },
    });
    expect(receiverView.body.patient).toEqual(PATIENT);
  });

  it('answers 404 to an institution that is not party to the referral, for every referral operation', async () => {
    const referral = await create();
    const path = { referralId: referral.id };
    expect((await server.call('getReferral', { token: han, path })).status).toBe(404);
    expect((await server.call('getReferralTimeline', { token: han, path })).status).toBe(404);
    expect(
      (
        await server.call('transitionReferral', {
          token: han,
          path,
          headers: { 'If-Match': '"1"' },
          body: ACCEPT,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await server.call('addReferralAttachment', {
          token: han,
          path,
          body: { kind: 'emr_excerpt', title: '门诊病历' },
        })
      ).status,
    ).toBe(404);
    const list = await server.call<ReferralPage>('listReferrals', { token: han, query: { limit: 100 } });
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([]);
    // An id that exists nowhere answers exactly the same.
    expect(
      (await server.call('getReferral', { token: han, path: { referralId: 'ref_nothing' } })).status,
    ).toBe(404);
    // Creating on behalf of 沧州 is refused; following up 沧州's referral names nothing 包钢 knows.
    const asCangzhou = await server.call<Problem>('createReferral', { token: han, body: upReferral() });
    expect(asCangzhou.status).toBe(403);
    const asParent = await server.call<Problem>('createReferral', {
      token: han,
      body: upReferral({
        ...DOWN_CONTENT,
        direction: 'down',
        sendingInstitutionId: 'ins_baogang',
        sendingDepartmentId: undefined,
        receivingInstitutionId: 'ins_pkuph',
        receivingDepartmentId: undefined,
        parentReferralId: referral.id,
      }),
    });
    expect(asParent.status).toBe(422);
    // The consent names 沧州's clinician, whom 包钢 does not know either.
    expect(asParent.body.errors).toEqual([
      expect.objectContaining({ pointer: '/consent/recordedBy', code: 'unknown_reference' }),
      expect.objectContaining({ pointer: '/parentReferralId', code: 'unknown_reference' }),
    ]);
  });

  it('refuses a create whose sending institution is not the caller’s with a 403', async () => {
    const res = await server.call<Problem>('createReferral', { token: zhang, body: upReferral() });
    expect(res.status).toBe(403);
  });

  it('lists only the caller’s referrals, newest first, with filters and a cursor', async () => {
    server.clock.set('2026-11-23T10:00:00+08:00');
    const older = await create();
    server.clock.set('2026-11-23T10:05:00+08:00');
    const newer = await create(upReferral({ urgency: 'routine' }));
    server.clock.set('2026-11-23T09:00:00+08:00');
    const first = await server.call<ReferralPage>('listReferrals', {
      token: zhang,
      query: { side: 'receiving', status: ['submitted'], createdFrom: '2026-11-23T10:00:00+08:00', limit: 1 },
    });
    expect(first.status).toBe(200);
    expect(first.body.items.map((r) => r.id)).toEqual([newer.id]);
    expect(first.body.nextCursor).not.toBeNull();
    const second = await server.call<ReferralPage>('listReferrals', {
      token: zhang,
      query: {
        side: 'receiving',
        status: ['submitted'],
        createdFrom: '2026-11-23T10:00:00+08:00',
        limit: 1,
        cursor: first.body.nextCursor!,
      },
    });
    expect(second.body.items.map((r) => r.id)).toEqual([older.id]);
    expect(second.body.nextCursor).toBeNull();
    const routine = await server.call<ReferralPage>('listReferrals', {
      token: wang,
      query: {
        urgency: 'routine',
        createdFrom: '2026-11-23T10:00:00+08:00',
        direction: 'up',
        partyInstitutionId: 'ins_pumch',
      },
    });
    expect(routine.body.items.map((r) => r.id)).toEqual([newer.id]);
    const sending = await server.call<ReferralPage>('listReferrals', {
      token: zhang,
      query: { side: 'sending', createdFrom: '2026-11-23T10:00:00+08:00' },
    });
    expect(sending.body.items).toEqual([]);
  });

  it('answers a cursor it did not make with a 400 field error', async () => {
    const res = await server.call<Problem>('listReferrals', {
      token: zhang,
      query: { cursor: 'not-a-cursor' },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ pointer: '#query/cursor', code: 'invalid_format' }),
    ]);
  });
});

describe('creating a referral', () => {
  it('replays a create with the same Idempotency-Key: same referral, Idempotent-Replayed, one row', async () => {
    const before = await count(server, 'referrals');
    const headers = { 'Idempotency-Key': 'create-replay-1' };
    const first = await server.call<Referral>('createReferral', { token: wang, headers, body: upReferral() });
    const again = await server.call<Referral>('createReferral', { token: wang, headers, body: upReferral() });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(again.headers.get('ETag')).toBe('"1"');
    expect(await count(server, 'referrals')).toBe(before + 1);
  });

  it('refuses the same Idempotency-Key with another body with a 422 idempotency_key_reused', async () => {
    const headers = { 'Idempotency-Key': 'create-replay-2' };
    expect((await server.call('createReferral', { token: wang, headers, body: upReferral() })).status).toBe(
      201,
    );
    const other = await server.call<Problem>('createReferral', {
      token: wang,
      headers,
      body: upReferral({ reason: '另一个原因' }),
    });
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('idempotency_key_reused');
  });

  it('leaves no row, no audit event and no feed event when a create fails', async () => {
    const before = await Promise.all([
      count(server, 'referrals'),
      count(server, 'audit_events'),
      count(server, 'events'),
    ]);
    const res = await server.call('createReferral', {
      token: wang,
      headers: { 'Idempotency-Key': 'create-fails-1' },
      body: upReferral({ patient: { ...PATIENT, idNumber: '110105199003071238' } }),
    });
    expect(res.status).toBe(422);
    const after = await Promise.all([
      count(server, 'referrals'),
      count(server, 'audit_events'),
      count(server, 'events'),
    ]);
    expect(after).toEqual(before);
  });

  it('points at /patient/idNumber when the resident ID check digit is wrong', async () => {
    const res = await server.call<Problem>('createReferral', {
      token: wang,
      body: upReferral({ patient: { ...PATIENT, idNumber: '110105199003071238' } }),
    });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.errors).toContainEqual(
      expect.objectContaining({ pointer: '/patient/idNumber', code: 'resident_id_checksum_mismatch' }),
    );
    expect(JSON.stringify(res.body)).not.toContain('110105199003071238');
  });

  it('requires a green-channel referral to name its category', async () => {
    const res = await server.call<Problem>('createReferral', {
      token: wang,
      body: upReferral({ urgency: 'green_channel' }),
    });
    expect(res.status).toBe(422);
    expect(res.body.errors).toContainEqual(
      expect.objectContaining({ pointer: '/greenChannelCategory', code: 'green_channel_category_required' }),
    );
  });

  it('refuses a receiving institution outside the sender’s alliances', async () => {
    const res = await server.call<Problem>('createReferral', {
      token: wang,
      body: upReferral({
        receivingInstitutionId: 'ins_tiantan',
        receivingDepartmentId: 'dep_tiantan_neurology',
      }),
    });
    expect(res.status).toBe(422);
    expect(res.body.errors).toContainEqual(
      expect.objectContaining({
        pointer: '/receivingInstitutionId',
        code: 'receiving_institution_not_in_alliance',
      }),
    );
  });

  it('refuses a department that does not belong to its institution', async () => {
    const res = await server.call<Problem>('createReferral', {
      token: wang,
      body: upReferral({ sendingDepartmentId: 'dep_pumch_neurology', receivingDepartmentId: 'dep_cz_rehab' }),
    });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ pointer: '/sendingDepartmentId', code: 'department_not_in_institution' }),
      expect.objectContaining({ pointer: '/receivingDepartmentId', code: 'department_not_in_institution' }),
    ]);
  });
});

describe('attachments', () => {
  async function registerResult(id: string, performingInstitutionId: string, idNumber = PATIENT.idNumber) {
    await server.db.query(
      `INSERT INTO results (id, item_code, kind, performing_institution_id, performed_at, report_status, patient, patient_key,
         registered_at, registered_by, registered_by_institution_id)
       VALUES ($1, 'IMG_CT_HEAD', 'imaging', $2, $3, 'final', $4, $5, $3, $6, $2)`,
      [
        id,
        performingInstitutionId,
        new Date('2026-11-23T07:00:00+08:00'),
        JSON.stringify({ ...PATIENT, idNumber }),
        await patientKey(TEST_SECRETS.patientKeySecret, 'resident_id_card', idNumber),
        JSON.stringify({ clinicianId: 'cln_cz_lab_zhao', institutionId: performingInstitutionId }),
      ],
    );
  }

  it('attaches a result the caller may see and lists it on the referral', async () => {
    await registerResult('res_cz_ct_1', 'ins_cangzhou_central');
    const referral = await create(upReferral({ attachments: [{ kind: 'emr_excerpt', title: '门诊病历' }] }));
    const res = await server.call<Attachment>('addReferralAttachment', {
      token: wang,
      path: { referralId: referral.id },
      headers: { 'Idempotency-Key': 'attach-1' },
      body: { kind: 'result', title: '头颅CT平扫报告', resultId: 'res_cz_ct_1' },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      kind: 'result',
      resultId: 'res_cz_ct_1',
      addedAt: '2026-11-23T09:00:00+08:00',
      addedBy: 'cln_cz_neuro_wang',
    });
    const again = await server.call<Attachment>('addReferralAttachment', {
      token: wang,
      path: { referralId: referral.id },
      headers: { 'Idempotency-Key': 'attach-1' },
      body: { kind: 'result', title: '头颅CT平扫报告', resultId: 'res_cz_ct_1' },
    });
    expect(again.body.id).toBe(res.body.id);
    const read = await server.call<Referral>('getReferral', {
      token: zhang,
      path: { referralId: referral.id },
    });
    expect(read.body.attachments.map((a) => a.title)).toEqual(['门诊病历', '头颅CT平扫报告']);
  });

  it('refuses a result registered outside the caller’s alliances or of another patient as an unknown reference', async () => {
    await registerResult('res_bg_ct_1', 'ins_baogang');
    await registerResult('res_cz_other_patient', 'ins_cangzhou_central', '12010119851231005X');
    const referral = await create();
    for (const resultId of ['res_bg_ct_1', 'res_cz_other_patient', 'res_missing']) {
      const res = await server.call<Problem>('addReferralAttachment', {
        token: wang,
        path: { referralId: referral.id },
        body: { kind: 'result', title: '报告', resultId },
      });
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual([
        expect.objectContaining({ pointer: '/resultId', code: 'unknown_reference' }),
      ]);
    }
  });

  it('refuses an attachment on a referral that has ended', async () => {
    const referral = await create();
    await transition(wang, referral, { command: 'cancel', reasonCode: 'entered_in_error' });
    const res = await server.call<Problem>('addReferralAttachment', {
      token: wang,
      path: { referralId: referral.id },
      body: { kind: 'emr_excerpt', title: '门诊病历' },
    });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('invalid_transition');
  });
});

describe('expiry by the server clock', () => {
  it('expires an unanswered urgent referral once its SLA has run out, and then refuses to accept it', async () => {
    const clock = manualClock();
    const own = await createTestServer({ clock });
    // Tokens live at most 24 hours: each request mints its own on the test clock.
    const referrer = () => own.tokenFor('cln_cz_neuro_wang', 'referrer');
    const receiver = () => own.tokenFor('cln_pumch_neuro_zhang', 'receiver');
    const created = await own.call<Referral>('createReferral', {
      token: await referrer(),
      body: upReferral(),
    });
    const referralId = created.body.id;

    clock.advance(24 * 3_600_000 - 60_000);
    const before = await own.call<Referral>('getReferral', { token: await receiver(), path: { referralId } });
    expect(before.body.status).toBe('submitted');

    clock.advance(60_000);
    const after = await own.call<Referral>('getReferral', { token: await receiver(), path: { referralId } });
    expect(after.body).toMatchObject({
      status: 'expired',
      version: 2,
      updatedAt: '2026-11-24T09:00:00+08:00',
    });
    const timeline = await own.call<Timeline>('getReferralTimeline', {
      token: await referrer(),
      path: { referralId },
    });
    expect(timeline.body.items.at(-1)).toMatchObject({
      action: 'expire',
      actor: null,
      fromStatus: 'submitted',
      toStatus: 'expired',
      at: '2026-11-24T09:00:00+08:00',
    });
    const { rows } = await own.db.query<{ type: string }>(
      `SELECT type FROM events WHERE resource_id = $1 ORDER BY sequence`,
      [referralId],
    );
    expect(rows.map((r) => r.type)).toEqual(['referral.created', 'referral.submitted', 'referral.expired']);

    const accept = await own.call<Problem>('transitionReferral', {
      token: await receiver(),
      path: { referralId },
      headers: { 'If-Match': '"2"' },
      body: ACCEPT,
    });
    expect(accept.status).toBe(422);
    expect(accept.body).toMatchObject({ code: 'invalid_transition', allowedCommands: [] });
  });

  it('expires due routine and urgent referrals when the sweep is called directly, once only, and never a green channel', async () => {
    const clock = manualClock();
    const own = await createTestServer({ clock });
    const token = await own.tokenFor('cln_cz_neuro_wang');
    await own.call('createReferral', {
      token,
      body: upReferral({ urgency: 'green_channel', greenChannelCategory: 'stroke' }),
    });
    await own.call('createReferral', { token, body: upReferral({ urgency: 'routine' }) });
    expect(await expireDueReferrals(own.db, new Date('2026-11-23T11:00:00+08:00'))).toBe(0);
    expect(await expireDueReferrals(own.db, new Date('2026-11-26T08:59:59+08:00'))).toBe(0);
    expect(await expireDueReferrals(own.db, new Date('2026-11-26T09:00:00+08:00'))).toBe(1);
    expect(await expireDueReferrals(own.db, new Date('2026-11-26T09:00:00+08:00'))).toBe(0);
    expect(await expireDueReferrals(own.db, new Date('2036-11-26T09:00:00+08:00'))).toBe(0);
  });
});

describe('privacy of the logs', () => {
  it('never writes the patient’s name, ID number or phone into the structured logs', async () => {
    await create();
    const text = JSON.stringify(server.logs);
    expect(server.logs.length).toBeGreaterThan(50);
    for (const secret of [PATIENT.name, PATIENT.idNumber, PATIENT.phone!, '110105199003071238']) {
      expect(text).not.toContain(secret);
    }
  });
});
