import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AllianceClient, ListQuery } from './client.js';
import { createAllianceClient } from './client.js';
import { AllianceError, isAllianceError } from './errors.js';
import { fieldMessages, problemMessage } from './messages.js';
import { withPrechecks } from './prechecks.js';
import type { ReferenceServer } from './testing/reference-server.js';
import { startReferenceServer, uniquePatient, upReferral } from './testing/reference-server.js';

let server: ReferenceServer;
let wang: AllianceClient; // 沧州 referrer
let zhang: AllianceClient; // 协和 receiver
let liu: AllianceClient; // 沧州 coordinator
let chen: AllianceClient; // 协和 endocrinology (receiver)
let han: AllianceClient; // 包钢 coordinator, in no alliance with 协和 or 沧州

const client = async (clinicianId: string, locale?: 'zh-CN' | 'zh-TW' | 'en') =>
  createAllianceClient({ baseUrl: server.baseUrl, token: await server.tokenFor(clinicianId), locale });

beforeAll(async () => {
  server = await startReferenceServer();
  wang = await client('cln_cz_neuro_wang');
  zhang = await client('cln_pumch_neuro_zhang');
  liu = await client('cln_cz_coord_liu');
  chen = await client('cln_pumch_endo_chen');
  han = await client('cln_bg_coord_han');
});
afterAll(() => server.close());

const WEEK = { from: '2026-11-23T00:00:00+08:00', to: '2026-11-30T00:00:00+08:00' };

describe('the directory', () => {
  it('tells who the token acts as', async () => {
    await expect(wang.me()).resolves.toMatchObject({
      institutionId: 'ins_cangzhou_central',
      role: 'referrer',
      clinicianId: 'cln_cz_neuro_wang',
      allianceIds: ['all_pumch_cangzhou'],
    });
  });

  it('lists and gets alliances, institutions, departments and clinicians', async () => {
    const alliances = await wang.alliances.list();
    expect(alliances.items.map((a) => a.id)).toEqual(['all_pumch_cangzhou']);
    await expect(wang.alliances.get('all_pumch_cangzhou')).resolves.toMatchObject({
      id: 'all_pumch_cangzhou',
    });
    const institutions = await wang.institutions.list().toArray();
    expect(institutions.map((i) => i.id).sort()).toEqual(['ins_cangzhou_central', 'ins_pumch']);
    await expect(wang.institutions.get('ins_pumch')).resolves.toMatchObject({ name: { zh: '北京协和医院' } });
    const departments = await wang.institutions.departments('ins_pumch');
    expect(departments.items.map((d) => d.id)).toContain('dep_pumch_neurology');
    const clinicians = await wang.clinicians.list({ institutionId: 'ins_pumch' }).toArray();
    expect(clinicians.map((c) => c.id)).toContain('cln_pumch_neuro_li');
    await expect(wang.clinicians.get('cln_pumch_neuro_li')).resolves.toMatchObject({ isExpert: true });
  });

  it('lists the experts dispatched in the caller’s alliance, filtered by specialty', async () => {
    const experts = await wang.experts.list({ specialty: '脑血管病' }).toArray();
    expect(experts.map((e) => e.id)).toEqual(['cln_pumch_neuro_li']);
  });

  it('iterates a list across pages with for await and exposes each page with its cursor', async () => {
    const list = wang.institutions.list({ limit: 1 });
    const first = await list.page();
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await list.page(first.nextCursor ?? undefined);
    expect(second.items[0]?.id).not.toBe(first.items[0]?.id);
    const seen: string[] = [];
    for await (const institution of list) {
      seen.push(institution.id);
    }
    expect(seen).toHaveLength(2);
    const pages = [];
    for await (const page of list.pages()) {
      pages.push(page.items.length);
    }
    expect(pages.reduce((a, b) => a + b, 0)).toBe(2);
    await expect(list.toArray(1)).resolves.toHaveLength(1);
  });

  it('says when toArray stopped at its cap and left items out, and not when it read everything', async () => {
    const list = wang.institutions.list({ limit: 1 });
    const capped = await list.toArray(1);
    expect(capped).toHaveLength(1);
    expect(capped.truncated).toBe(true);
    // The cap on a page's end: the next page proves whether anything was left out.
    const exact = await list.toArray(2);
    expect(exact).toHaveLength(2);
    expect(exact.truncated).toBe(false);
    const all = await wang.institutions.list().toArray();
    expect(all.truncated).toBe(false);
    // Not enumerable: the array compares and serializes as a plain one.
    expect(exact).toEqual([...exact]);
    expect(JSON.stringify(exact)).toBe(JSON.stringify([...exact]));
  });
});

describe('webhook endpoints', () => {
  const url = 'https://his.example-cangzhou.cn/yilian/webhook';

  it('registers, lists, reads the delivery log of and removes an endpoint as a coordinator', async () => {
    const created = await liu.webhookEndpoints.create(
      { url, eventTypes: ['referral.accepted', 'referral.rejected'], description: 'HIS 转诊回调' },
      { idempotencyKey: 'webhook-endpoint-create-1' },
    );
    expect(created).toMatchObject({ url, eventTypes: ['referral.accepted', 'referral.rejected'] });
    expect(created.secret).toEqual(expect.any(String));
    // The same key replays the first answer instead of registering twice.
    const replayed = await liu.webhookEndpoints.create(
      { url, eventTypes: ['referral.accepted', 'referral.rejected'], description: 'HIS 转诊回调' },
      { idempotencyKey: 'webhook-endpoint-create-1' },
    );
    expect(replayed.id).toBe(created.id);
    const listed = await liu.webhookEndpoints.list().toArray();
    expect(listed.map((e) => e.id)).toContain(created.id);
    expect(listed.find((e) => e.id === created.id)?.secret).toBeUndefined();
    const deliveries = await liu.webhookEndpoints.deliveries(created.id).toArray();
    expect(deliveries).toEqual([]);
    await expect(liu.webhookEndpoints.delete(created.id)).resolves.toBeUndefined();
    expect((await liu.webhookEndpoints.list().toArray()).map((e) => e.id)).not.toContain(created.id);
    await expect(liu.webhookEndpoints.deliveries('whe_nothing_here').toArray()).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('refuses a referrer with a typed 403 and a private address with the field at fault', async () => {
    const forbidden = await wang.webhookEndpoints
      .create({ url, eventTypes: ['referral.accepted'] })
      .catch((e: unknown) => e);
    expect(isAllianceError(forbidden, 'forbidden')).toBe(true);
    const privateUrl = await liu.webhookEndpoints
      .create({ url: 'http://10.0.0.8/hook', eventTypes: ['referral.accepted'] })
      .catch((e: unknown) => e);
    expect(isAllianceError(privateUrl, 'validation_failed')).toBe(true);
    expect((privateUrl as AllianceError).errors).toEqual([
      expect.objectContaining({ pointer: '/url', code: 'invalid_format' }),
    ]);
  });
});

describe('expert dispatch', () => {
  it('lists activities and slots of the week and gets one activity', async () => {
    const activities = await wang.activities.list({ ...WEEK, kind: ['clinic'] }).toArray();
    expect(activities.length).toBeGreaterThan(0);
    expect(activities.every((a) => a.kind === 'clinic')).toBe(true);
    const first = activities[0]!;
    await expect(wang.activities.get(first.id)).resolves.toMatchObject({ id: first.id });
    const slots = await wang.slots.list({ ...WEEK, activityId: first.id, availableOnly: true }).toArray();
    expect(slots.length).toBeGreaterThan(0);
    expect(slots.every((s) => s.activityId === first.id && s.remaining > 0)).toBe(true);
  });

  it('books, gets, lists, reschedules and cancels an appointment, each step on its timeline', async () => {
    const [slot, later] = await wang.slots
      .list({ ...WEEK, expertId: 'cln_pumch_neuro_li', availableOnly: true })
      .toArray(2);
    const consent = {
      purpose: 'remote_consultation',
      grantedAt: '2026-11-23T08:30:00+08:00',
      recordedBy: 'cln_cz_coord_liu',
      method: 'written',
    } as const;
    const booked = await liu.appointments.book({ slotId: slot!.id, patient: uniquePatient('李四'), consent });
    expect(booked).toMatchObject({ slotId: slot!.id, status: 'booked' });
    await expect(liu.appointments.get(booked.id)).resolves.toMatchObject({ id: booked.id });
    const listed = await liu.appointments.list({ slotId: slot!.id }).toArray();
    expect(listed.map((a) => a.id)).toContain(booked.id);
    const moved = await liu.appointments.reschedule(booked.id, { slotId: later!.id });
    expect(moved.slotId).toBe(later!.id);
    const cancelled = await liu.appointments.cancel(booked.id, {
      cancelledBy: 'patient',
      reason: '时间冲突',
    });
    expect(cancelled.status).toBe('cancelled');
    const timeline = await liu.appointments.timeline(booked.id);
    expect(timeline.items.map((e) => e.action)).toEqual(['book', 'reschedule', 'cancel']);
  });

  it('lets exactly as many concurrent bookings win as the slot has places, and answers slot_full to the rest', async () => {
    const [slot] = await liu.slots
      .list({ ...WEEK, expertId: 'cln_pumch_neuro_li', availableOnly: true })
      .toArray(1);
    const consent = {
      purpose: 'remote_consultation',
      grantedAt: '2026-11-23T08:30:00+08:00',
      recordedBy: 'cln_cz_coord_liu',
      method: 'written',
    } as const;
    const attempts = await Promise.allSettled(
      Array.from({ length: 8 }, () =>
        liu.appointments.book({ slotId: slot!.id, patient: uniquePatient(), consent }),
      ),
    );
    const won = attempts.filter((a) => a.status === 'fulfilled');
    const lost = attempts.flatMap((a) => (a.status === 'rejected' ? [a.reason as unknown] : []));
    expect(won).toHaveLength(slot!.remaining);
    expect(lost.every((error) => isAllianceError(error, 'slot_full'))).toBe(true);
    const [after] = await liu.slots
      .list({ ...WEEK, activityId: slot!.activityId })
      .toArray(20)
      .then((s) => s.filter((x) => x.id === slot!.id));
    expect(after).toMatchObject({ booked: slot!.capacity, remaining: 0 });
  });
});

describe('a referral across two institutions', () => {
  it('verifies the signature made at submit, and reports a form changed after signing as invalid', async () => {
    const created = await wang.referrals.create(upReferral());
    expect(created.signature).toMatchObject({
      signerClinicianId: 'cln_cz_neuro_wang',
      provider: 'yilian-digest',
    });
    const verified = await zhang.referrals.verifySignature(created.id);
    expect(verified).toMatchObject({
      valid: true,
      digest: created.signature?.digest,
      recomputedDigest: created.signature?.digest,
      signerClinicianId: 'cln_cz_neuro_wang',
    });
    await server.db.query(`UPDATE referrals SET reason = '改过的原因' WHERE id = $1`, [created.id]);
    const tampered = await wang.referrals.verifySignature(created.id);
    expect(tampered.valid).toBe(false);
    expect(tampered.recomputedDigest).not.toBe(tampered.digest);
  });

  it('types a draft’s missing history as a field error when it is submitted', async () => {
    const draft = await wang.referrals.create({ ...upReferral(), clinicalSummary: undefined, submit: false });
    const error = await wang.referrals.transition(draft, { command: 'submit' }).catch((e: unknown) => e);
    expect(isAllianceError(error) && error.code).toBe('validation_failed');
    expect((error as AllianceError).problem.errors?.map((e) => e.pointer)).toEqual(['/clinicalSummary']);
  });

  it('goes from 沧州 up to 协和 and back and is closed by 沧州, with every step on the timeline', async () => {
    const created = await wang.referrals.create(upReferral());
    expect(created).toMatchObject({ status: 'submitted', version: 1, direction: 'up' });
    const seen = await zhang.referrals.get(created.id);
    const me = await zhang.me();
    const checked = withPrechecks(zhang);
    expect(checked.referrals.allowedCommands(seen, me)).toEqual(['accept', 'reject', 'return_for_info']);
    expect(checked.referrals.decide(seen, await wang.me(), { command: 'close', note: 'x' })).toMatchObject({
      ok: false,
    });

    const accepted = await zhang.referrals.transition(seen, {
      command: 'accept',
      appointment: {
        departmentId: 'dep_pumch_neurology',
        clinicianId: 'cln_pumch_neuro_zhang',
        scheduledAt: '2026-11-23T13:00:00+08:00',
      },
    });
    const arrived = await zhang.referrals.transition(accepted, {
      command: 'record_arrival',
      arrivedAt: '2026-11-23T09:00:00+08:00',
    });
    const treating = await zhang.referrals.transition(arrived, {
      command: 'start_treatment',
      setting: 'inpatient',
    });
    const reported = await zhang.referrals.transition(treating, {
      command: 'report',
      report: {
        diagnosis: { code: 'I63.900', text: '脑梗死' },
        treatment: '机械取栓，恢复良好。',
        advice: '下转康复。',
        dischargedAt: '2026-12-02T10:00:00+08:00',
        recommendDownReferral: true,
      },
    });
    expect(withPrechecks(wang).referrals.allowedCommands(reported, await wang.me())).toContain('close');
    const closed = await wang.referrals.transition(reported, { command: 'close', note: '已收到回执。' });
    expect(closed).toMatchObject({ status: 'closed', version: 6 });

    const timeline = await wang.referrals.timeline(created.id);
    expect(timeline.items.map((e) => [e.action, e.actor?.institutionId])).toEqual([
      ['create', 'ins_cangzhou_central'],
      ['accept', 'ins_pumch'],
      ['record_arrival', 'ins_pumch'],
      ['start_treatment', 'ins_pumch'],
      ['report', 'ins_pumch'],
      ['close', 'ins_cangzhou_central'],
    ]);
    const received = await zhang.referrals.list({ side: 'receiving', status: ['closed'] }).toArray();
    expect(received.map((r) => r.id)).toContain(created.id);
  });

  it('refuses a decision on a stale version with version_conflict carrying the current state', async () => {
    const created = await wang.referrals.create(upReferral());
    await zhang.referrals.transition(created, {
      command: 'reject',
      reasonCode: 'no_capacity',
      reasonText: '暂无床位。',
    });
    const error = await zhang.referrals
      .transition(created, {
        command: 'accept',
        appointment: { departmentId: 'dep_pumch_neurology', scheduledAt: '2026-11-23T13:00:00+08:00' },
      })
      .catch((e: unknown) => e);
    expect(isAllianceError(error, 'version_conflict')).toBe(true);
    if (error instanceof AllianceError && error.is('version_conflict')) {
      expect(error.status).toBe(412);
      expect(error.problem.currentVersion).toBe(2);
      expect(error.problem.currentStatus).toBe('rejected');
    }
  });

  it('attaches a registered result of the same patient to a referral', async () => {
    const patient = uniquePatient();
    const created = await wang.referrals.create(upReferral(patient));
    const result = await wang.results.register({
      itemCode: 'LAB_HBA1C',
      performingInstitutionId: 'ins_cangzhou_central',
      performedAt: '2026-11-10T08:30:00+08:00',
      reportStatus: 'final',
      value: '6.1',
      unit: '%',
      patient,
    });
    const attachment = await wang.referrals.attach(created.id, {
      kind: 'result',
      resultId: result.id,
      title: '糖化血红蛋白',
    });
    expect(attachment).toMatchObject({ kind: 'result', resultId: result.id });
  });

  it('hides a referral from an institution that is not party to it as not_found, with the request id', async () => {
    const created = await wang.referrals.create(upReferral());
    const error = await han.referrals.get(created.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AllianceError);
    expect(error).toMatchObject({
      status: 404,
      code: 'not_found',
      requestId: expect.stringMatching(/^req_/),
    });
  });
});

describe('a work queue', () => {
  it('lists the receiver’s queue green channel first, finds one by number and counts the tabs, all typed', async () => {
    // Other tests share this server and its fixed clock: judge by the two referrals made here, and count deltas.
    const receivedBefore = await zhang.referrals.counts({ side: 'receiving' });
    const sentBefore = await wang.referrals.counts({ side: 'sending', departmentId: 'dep_cz_neurology' });
    const routine = await wang.referrals.create({ ...upReferral(), urgency: 'routine' });
    const green = await wang.referrals.create({
      ...upReferral(),
      urgency: 'green_channel',
      greenChannelCategory: 'stroke',
      escort: { escortedBy: '李护士', escortRole: 'nurse', transport: 'ambulance_with_doctor' },
    });
    const mine = new Set([routine.id, green.id]);
    const query: ListQuery<'listReferrals'> = {
      side: 'receiving',
      sort: 'green_first',
      status: ['submitted'],
    };
    const queue = await zhang.referrals.list(query).toArray();
    expect(queue.filter((r) => mine.has(r.id)).map((r) => r.id)).toEqual([green.id, routine.id]);
    expect(queue[0]?.urgency).toBe('green_channel');
    // One referral a page: the iterator carries the green-first cursor from page to page, in the same order.
    const paged = await zhang.referrals.list({ ...query, limit: 1 }).toArray();
    expect(paged.map((r) => r.id)).toEqual(queue.map((r) => r.id));
    expect((await zhang.referrals.list({ q: green.number }).toArray()).map((r) => r.id)).toEqual([green.id]);
    expect(await han.referrals.list({ q: green.number }).toArray()).toEqual([]);

    const received = await zhang.referrals.counts({ side: 'receiving' });
    expect(received.total - receivedBefore.total).toBe(2);
    expect(received.bySide.receiving - receivedBefore.bySide.receiving).toBe(2);
    expect(received.bySide.sending).toBe(0);
    const awaiting = (c: typeof received) => c.byGroup.find((g) => g.group === 'awaiting_answer')?.count ?? 0;
    expect(awaiting(received) - awaiting(receivedBefore)).toBe(2);
    const sent = await wang.referrals.counts({ side: 'sending', departmentId: 'dep_cz_neurology' });
    expect(sent.bySide.sending - sentBefore.bySide.sending).toBe(2);
  });

  it('throws a typed validation error for a search that is not a number, naming the parameter', async () => {
    const error = await zhang.referrals.counts({ q: '张三' }).catch((e: unknown) => e);
    expect(isAllianceError(error) && error.code).toBe('validation_failed');
    expect((error as AllianceError).problem.errors?.[0]?.pointer).toBe('#query/q');
  });
});

describe('results and recognition', () => {
  it('registers a result, finds it by the patient in the body and gets it', async () => {
    const patient = uniquePatient();
    const registered = await wang.results.register({
      itemCode: 'LAB_HBA1C',
      performingInstitutionId: 'ins_cangzhou_central',
      performedAt: '2026-11-10T08:30:00+08:00',
      reportStatus: 'final',
      value: '6.1',
      unit: '%',
      patient,
    });
    const found = await chen.results
      .list({ idType: 'resident_id_card', idNumber: patient.idNumber })
      .toArray();
    expect(found.map((r) => r.id)).toEqual([registered.id]);
    await expect(chen.results.get(registered.id)).resolves.toMatchObject({
      id: registered.id,
      itemCode: 'LAB_HBA1C',
    });
  });

  it('checks recognition on the server exactly as the domain decides offline from the published catalogue', async () => {
    const catalogue = await chen.recognition.catalogue({ scope: '京津冀' });
    const item = catalogue.items.find((i) => i.code === 'LAB_HBA1C');
    const { items: qualifications } = await chen.recognition.qualifications('LAB_HBA1C');
    const check = {
      itemCode: 'LAB_HBA1C',
      performingInstitutionId: 'ins_cangzhou_central',
      performedAt: '2026-11-10T08:30:00+08:00',
      requestingInstitutionId: 'ins_pumch',
      at: '2026-11-22T10:00:00+08:00',
    };
    const online = await chen.recognition.check(check);
    const offline = withPrechecks(chen).recognition.evaluate({
      item,
      qualifications,
      result: check,
      requestingInstitutionId: 'ins_pumch',
      at: check.at,
    });
    expect(online.decision).toBe('recognized');
    expect(offline.decision).toBe(online.decision);
  });

  it('records a documented re-test reason', async () => {
    const registered = await wang.results.register({
      itemCode: 'LAB_HBA1C',
      performingInstitutionId: 'ins_cangzhou_central',
      performedAt: '2026-11-10T08:30:00+08:00',
      reportStatus: 'final',
      value: '6.1',
      unit: '%',
      patient: uniquePatient(),
    });
    const record = await chen.recognition.retest({
      resultId: registered.id,
      reason: 'condition_changed',
      reasonText: '血糖近一周波动明显。',
    });
    expect(record).toMatchObject({ resultId: registered.id, reason: 'condition_changed' });
  });
});

describe('the event feed', () => {
  it('iterates the caller’s events in order until caught up, and reads on from the last id', async () => {
    const events = await wang.events.list({ limit: 5 }).toArray(500);
    expect(events.length).toBeGreaterThan(0);
    const sequences = events.map((e) => e.sequence);
    expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
    const last = events.at(-1)!;
    await wang.referrals.create(upReferral());
    const newer = await wang.events
      .list({ after: last.id, type: ['referral.submitted', 'referral.created'] })
      .toArray();
    expect(newer.length).toBeGreaterThan(0);
    expect(newer.every((e) => e.sequence > last.sequence)).toBe(true);
  });
});

describe('errors', () => {
  it('throws validation_failed with per-field errors and the domain’s message for each code in any locale', async () => {
    const en = await client('cln_cz_neuro_wang', 'en');
    const form = upReferral({ ...uniquePatient(), idNumber: '110105199003071238' });
    const error = await en.referrals.create(form).catch((e: unknown) => e);
    expect(isAllianceError(error, 'validation_failed')).toBe(true);
    if (!isAllianceError(error)) {
      return;
    }
    expect(error.status).toBe(422);
    expect(error.title).toBe('The request has invalid fields.');
    expect(error.errors).toContainEqual(
      expect.objectContaining({ pointer: '/patient/idNumber', code: 'resident_id_checksum_mismatch' }),
    );
    expect(error.message).toContain('/patient/idNumber resident_id_checksum_mismatch');
    expect(error.message).not.toContain('110105199003071238');
    expect(problemMessage(error, 'zh-TW')).toBe('提交的內容有誤，請檢查標出的欄位。');
    expect(fieldMessages(error, 'en')['/patient/idNumber']).toMatch(/check digit/i);
  });

  it('asks the token provider for a fresh token once after a 401', async () => {
    const good = await server.tokenFor('cln_cz_neuro_wang');
    const asked: boolean[] = [];
    const refreshing = createAllianceClient({
      baseUrl: server.baseUrl,
      getToken: ({ refresh }) => {
        asked.push(refresh);
        return refresh ? good : 'expired.token.value';
      },
    });
    await expect(refreshing.me()).resolves.toMatchObject({ clinicianId: 'cln_cz_neuro_wang' });
    expect(asked).toEqual([false, true]);
  });

  it('throws unauthenticated when even the refreshed token is refused', async () => {
    const refused = createAllianceClient({ baseUrl: server.baseUrl, getToken: () => 'not.a.token' });
    await expect(refused.me()).rejects.toMatchObject({ code: 'unauthenticated', status: 401 });
  });
});

describe('the raw client', () => {
  it('stays reachable, typed by the contract, and returns problems instead of throwing', async () => {
    const { data, error, response } = await wang.raw.GET('/v1/referrals/{referralId}', {
      params: { path: { referralId: 'ref_doesnotexist' } },
    });
    expect(data).toBeUndefined();
    expect(error).toMatchObject({ code: 'not_found' });
    expect(response.headers.get('x-request-id')).toMatch(/^req_/);
    const me = await wang.raw.GET('/v1/me');
    expect(me.data?.clinicianId).toBe('cln_cz_neuro_wang');
  });
});
