// Remote consultation (远程会诊, DOMAIN §5a, issue #16) through the HTTP API: 沧州 requests, 协和's coordinator
// schedules two experts, each signs their own opinion, 沧州 acknowledges and rates it and may refer from it; an
// institution not party to it gets 404 on every operation; bad input is a problem with a contract code.
import type { components } from '@yilian/contract';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../testing/harness.js';
import { createTestServer, examplePatient } from '../testing/harness.js';

type Consultation = components['schemas']['Consultation'];
type ConsultationPage = components['schemas']['ConsultationPage'];
type ConsultationCounts = components['schemas']['ConsultationCounts'];
type Problem = components['schemas']['Problem'];
type Timeline = components['schemas']['Timeline'];
type Verifications = components['schemas']['ConsultationSignatureVerificationList'];
type EventPage = components['schemas']['EventPage'];
type Referral = components['schemas']['Referral'];

/** A consultation request from 沧州 neurology to 协和 neurology. */
export function consultationRequest(overrides: Record<string, unknown> = {}) {
  return {
    urgency: 'urgent',
    invitingInstitutionId: 'ins_cangzhou_central',
    invitingDepartmentId: 'dep_cz_neurology',
    invitedInstitutionId: 'ins_pumch',
    requestedDepartmentId: 'dep_pumch_neurology',
    requestedExpertIds: ['cln_pumch_neuro_li'],
    preferredMode: 'video',
    patient: examplePatient(),
    diagnosis: { code: 'I63.900', text: '脑梗死' },
    question: '青年卒中，病因待查，请协助明确病因及二级预防方案。',
    caseSummary: '男，36岁，突发右侧肢体无力2天，头颅MRI示左侧基底节区急性梗死。',
    attachments: [
      {
        kind: 'image_study',
        title: '头颅MRI（DWI）',
        studyUrl: 'https://pacs.cangzhou-central.example/viewer/study/1.2.840.113619.2.55.3',
        modality: 'MR',
      },
    ],
    consent: {
      purpose: 'remote_consultation',
      grantedAt: '2026-11-23T08:30:00+08:00',
      recordedBy: 'cln_cz_neuro_wang',
      method: 'written',
    },
    ...overrides,
  };
}

const SCHEDULE = {
  expertIds: ['cln_pumch_neuro_li', 'cln_pumch_cardio_zhou'],
  scheduledAt: '2026-11-24T14:00:00+08:00',
  durationMinutes: 60,
  mode: 'video',
  videoRoomUrl: 'https://meet.pumch.example/room/hz-1',
};

const OPINION = {
  findings: '影像示左侧基底节区急性梗死，结合年龄需排查心源性栓塞。',
  advice: '建议完善经食道超声心动图；抗血小板治疗。',
};

describe('remote consultation over HTTP', () => {
  let server: TestServer;
  let doctor: string;
  let czCoordinator: string;
  let coordinator: string;
  let li: string;
  let zhou: string;
  let zhang: string;
  let outsider: string;

  beforeAll(async () => {
    server = await createTestServer();
    doctor = await server.tokenFor('cln_cz_neuro_wang');
    czCoordinator = await server.tokenFor('cln_cz_coord_liu');
    coordinator = await server.tokenFor('cln_pumch_coord_sun');
    li = await server.tokenFor('cln_pumch_neuro_li');
    zhou = await server.tokenFor('cln_pumch_cardio_zhou');
    zhang = await server.tokenFor('cln_pumch_neuro_zhang');
    outsider = await server.tokenFor('cln_sg_coord_he');
  });

  async function request(overrides: Record<string, unknown> = {}, key?: string) {
    const res = await server.call<Consultation>('createConsultation', {
      token: doctor,
      body: consultationRequest(overrides),
      headers: key ? { 'idempotency-key': key } : {},
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  }

  async function move(token: string, c: Pick<Consultation, 'id' | 'version'>, body: unknown) {
    return server.call<Consultation & Problem>('transitionConsultation', {
      token,
      path: { consultationId: c.id },
      headers: { 'if-match': `"${c.version}"` },
      body,
    });
  }

  it('runs the closed loop: request, schedule two experts, session, two signed opinions, acknowledgement', async () => {
    const requested = await request();
    expect(requested).toMatchObject({
      status: 'requested',
      version: 1,
      invitingClinicianId: 'cln_cz_neuro_wang',
    });
    expect(requested.number).toMatch(/^HZ-20261123-\d{6}$/);
    // The referrer reads the identity masked; the invited coordinator needs it whole.
    expect(requested.patient.idNumberMasked).toBe(true);

    const scheduled = await move(coordinator, requested, { command: 'schedule', schedule: SCHEDULE });
    expect(scheduled.status, JSON.stringify(scheduled.body)).toBe(200);
    expect(scheduled.body).toMatchObject({
      status: 'scheduled',
      schedule: { mode: 'video', durationMinutes: 60, expertIds: SCHEDULE.expertIds },
      pendingExpertIds: SCHEDULE.expertIds,
    });
    expect(scheduled.headers.get('etag')).toBe('"2"');

    const started = await move(li, scheduled.body, { command: 'start_session' });
    expect(started.body.status).toBe('in_session');

    const first = await move(li, started.body, { command: 'submit_opinion', opinion: OPINION });
    expect(first.body).toMatchObject({ status: 'in_session', pendingExpertIds: ['cln_pumch_cardio_zhou'] });
    expect(first.body.opinions[0]).toMatchObject({
      expertClinicianId: 'cln_pumch_neuro_li',
      signature: { algorithm: 'SHA-256', signerClinicianId: 'cln_pumch_neuro_li', provider: 'yilian-digest' },
    });
    const again = await move(li, first.body, { command: 'submit_opinion', opinion: OPINION });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('opinion_already_signed');

    const second = await move(zhou, first.body, {
      command: 'submit_opinion',
      opinion: { ...OPINION, advice: '心脏方面建议动态心电图排查房颤。', recommendReferral: true },
    });
    expect(second.body).toMatchObject({ status: 'reported', pendingExpertIds: [] });
    expect(second.body.opinions).toHaveLength(2);
    expect(second.body.reportedAt).toBeDefined();

    const signatures = await server.call<Verifications>('verifyConsultationSignatures', {
      token: doctor,
      path: { consultationId: requested.id },
    });
    expect(signatures.body.items.map((v) => [v.signerClinicianId, v.valid])).toEqual([
      ['cln_pumch_neuro_li', true],
      ['cln_pumch_cardio_zhou', true],
    ]);

    const closed = await move(doctor, second.body, {
      command: 'acknowledge',
      note: '已采纳会诊意见。',
      rating: 5,
    });
    expect(closed.body).toMatchObject({ status: 'closed', acknowledgement: { rating: 5 } });

    const timeline = await server.call<Timeline>('getConsultationTimeline', {
      token: coordinator,
      path: { consultationId: requested.id },
    });
    expect(timeline.body.items.map((e) => [e.action, e.toStatus])).toEqual([
      ['create', 'requested'],
      ['schedule', 'scheduled'],
      ['start_session', 'in_session'],
      ['submit_opinion', 'in_session'],
      ['submit_opinion', 'reported'],
      ['acknowledge', 'closed'],
    ]);

    const events = await server.call<EventPage>('listEvents', { token: coordinator, query: { limit: 100 } });
    const types = events.body.items.filter((e) => e.resourceId === requested.id).map((e) => e.type);
    expect(types).toEqual([
      'consultation.requested',
      'consultation.scheduled',
      'consultation.session_started',
      'consultation.opinion_signed',
      'consultation.opinion_signed',
      'consultation.reported',
      'consultation.closed',
    ]);

    // The opinion recommends a referral: 沧州 refers from it, and both show the link.
    const referral = await server.call<Referral>('createReferral', {
      token: doctor,
      body: {
        direction: 'up',
        urgency: 'urgent',
        sendingInstitutionId: 'ins_cangzhou_central',
        receivingInstitutionId: 'ins_pumch',
        receivingDepartmentId: 'dep_pumch_neurology',
        consultationId: requested.id,
        patient: examplePatient(),
        diagnosis: { code: 'I63.900', text: '脑梗死' },
        reason: '会诊建议至协和进一步排查病因。',
        clinicalSummary: '远程会诊后转诊。',
        consent: {
          purpose: 'referral_transfer',
          grantedAt: '2026-11-23T08:30:00+08:00',
          recordedBy: 'cln_cz_neuro_wang',
          method: 'written',
        },
        submit: true,
      },
    });
    expect(referral.status, JSON.stringify(referral.body)).toBe(201);
    expect(referral.body.consultationId).toBe(requested.id);
    const linked = await server.call<Consultation>('getConsultation', {
      token: coordinator,
      path: { consultationId: requested.id },
    });
    expect(linked.body.referralIds).toEqual([referral.body.id]);
  });

  it('refuses a referral from a consultation without an opinion yet', async () => {
    const requested = await request();
    const res = await server.call<Problem>('createReferral', {
      token: doctor,
      body: {
        direction: 'up',
        urgency: 'routine',
        sendingInstitutionId: 'ins_cangzhou_central',
        receivingInstitutionId: 'ins_pumch',
        consultationId: requested.id,
        patient: examplePatient(),
        diagnosis: { text: '脑梗死' },
        reason: '转诊。',
        consent: {
          purpose: 'referral_transfer',
          grantedAt: '2026-11-23T08:30:00+08:00',
          recordedBy: 'cln_cz_neuro_wang',
          method: 'written',
        },
      },
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('consultation_not_reported');
  });

  it('gives an institution not party to a consultation 404 on every operation, and leaves it out of lists', async () => {
    const c = await request();
    const path = { consultationId: c.id };
    const headers = { 'if-match': `"${c.version}"` };
    const answers = await Promise.all([
      server.call<Problem>('getConsultation', { token: outsider, path }),
      server.call<Problem>('getConsultationTimeline', { token: outsider, path }),
      server.call<Problem>('verifyConsultationSignatures', { token: outsider, path }),
      server.call<Problem>('transitionConsultation', {
        token: outsider,
        path,
        headers,
        body: { command: 'schedule', schedule: SCHEDULE },
      }),
      server.call<Problem>('transitionConsultation', {
        token: outsider,
        path,
        headers,
        body: { command: 'cancel', reasonCode: 'entered_in_error' },
      }),
    ]);
    expect(answers.map((a) => [a.status, a.body.code])).toEqual(Array(5).fill([404, 'not_found']));
    // An unknown id answers the same, so existence is never revealed.
    const unknown = await server.call<Problem>('getConsultation', {
      token: doctor,
      path: { consultationId: 'con_doesnotexist' },
    });
    expect(unknown.status).toBe(404);
    const list = await server.call<ConsultationPage>('listConsultations', { token: outsider });
    expect(list.body.items.map((i) => i.id)).not.toContain(c.id);
    const counts = await server.call<ConsultationCounts>('countConsultations', { token: outsider });
    expect(counts.body.total).toBe(list.body.items.length);
    // Creating for another institution is refused, not written.
    const forged = await server.call<Problem>('createConsultation', {
      token: outsider,
      body: consultationRequest(),
    });
    expect(forged.status).toBe(403);
  });

  it('lets only the right role and party issue each command, naming what the caller may do', async () => {
    const c = await request();
    const asDoctor = await move(doctor, c, { command: 'schedule', schedule: SCHEDULE });
    expect(asDoctor.status).toBe(403);
    expect(asDoctor.body.allowedConsultationCommands).toEqual(['cancel']);
    expect(asDoctor.body.requiredRoles).toEqual(['coordinator']);
    const early = await move(doctor, c, { command: 'acknowledge' });
    expect(early.status).toBe(422);
    expect(early.body.code).toBe('invalid_transition');
    const scheduled = await move(coordinator, c, { command: 'schedule', schedule: SCHEDULE });
    const started = await move(coordinator, scheduled.body, { command: 'start_session' });
    // The coordinator cannot sign for an expert, nor can a doctor who is not scheduled.
    const forCoordinator = await move(coordinator, started.body, {
      command: 'submit_opinion',
      opinion: OPINION,
    });
    expect(forCoordinator.status).toBe(403);
    const forZhang = await move(zhang, started.body, { command: 'submit_opinion', opinion: OPINION });
    expect(forZhang.status).toBe(403);
  });

  it('needs If-Match on every transition and refuses a stale one with the current status', async () => {
    const c = await request();
    const missing = await server.call<Problem>('transitionConsultation', {
      token: coordinator,
      path: { consultationId: c.id },
      body: { command: 'decline', reasonCode: 'no_expert_available', reasonText: '专家外出。' },
    });
    expect(missing.status).toBe(428);
    const declined = await move(coordinator, c, {
      command: 'decline',
      reasonCode: 'no_expert_available',
      reasonText: '本周相关专科专家均外出。',
    });
    expect(declined.body).toMatchObject({ status: 'declined', declination: { code: 'no_expert_available' } });
    const stale = await move(doctor, c, { command: 'cancel', reasonCode: 'condition_improved' });
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({
      code: 'version_conflict',
      currentVersion: 2,
      currentConsultationStatus: 'declined',
      allowedConsultationCommands: [],
    });
  });

  it('answers bad input with field problems, never a 5xx, and writes nothing', async () => {
    const before = await server.call<ConsultationCounts>('countConsultations', { token: doctor });
    const verbal = await server.call<Problem>('createConsultation', {
      token: doctor,
      body: consultationRequest({
        consent: {
          purpose: 'remote_consultation',
          grantedAt: '2026-11-23T08:30:00+08:00',
          recordedBy: 'cln_cz_neuro_wang',
          method: 'verbal_witnessed',
        },
        requestedExpertIds: ['cln_cz_rehab_qian'],
        attachments: [{ kind: 'image_study', title: 'CT', studyUrl: 'ftp://pacs.example/1' }],
      }),
    });
    expect(verbal.status).toBe(422);
    expect(verbal.body.errors?.map((e) => [e.pointer, e.code])).toEqual(
      expect.arrayContaining([
        ['/consent/method', 'consent_written_required'],
        ['/attachments/0/studyUrl', 'invalid_format'],
        ['/requestedExpertIds/0', 'clinician_not_in_institution'],
      ]),
    );
    const schema = await server.call<Problem>('createConsultation', {
      token: doctor,
      body: consultationRequest({ urgency: 'asap', question: '' }),
    });
    expect(schema.status).toBe(422);
    expect(schema.body.code).toBe('validation_failed');
    const after = await server.call<ConsultationCounts>('countConsultations', { token: doctor });
    expect(after.body.total).toBe(before.body.total);

    const c = await request();
    const past = await move(coordinator, c, {
      command: 'schedule',
      schedule: { ...SCHEDULE, scheduledAt: '2026-11-20T14:00:00+08:00', videoRoomUrl: undefined },
    });
    expect(past.body.errors?.map((e) => [e.pointer, e.code])).toEqual([
      ['/schedule/scheduledAt', 'consultation_time_in_past'],
      ['/schedule/videoRoomUrl', 'video_room_required'],
    ]);
    const foreignExpert = await move(coordinator, c, {
      command: 'schedule',
      schedule: { ...SCHEDULE, expertIds: ['cln_tiantan_neuro_feng'] },
    });
    expect(foreignExpert.body.errors?.map((e) => [e.pointer, e.code])).toEqual([
      ['/schedule/expertIds/0', 'clinician_not_in_institution'],
    ]);
    const badCursor = await server.call<Problem>('listConsultations', {
      token: doctor,
      query: { cursor: 'nope' },
    });
    expect(badCursor.status).toBe(400);
  });

  it('replays a create with the same Idempotency-Key as the first consultation', async () => {
    const key = `consult-${crypto.randomUUID()}`;
    const first = await request({}, key);
    const replay = await server.call<Consultation>('createConsultation', {
      token: doctor,
      body: consultationRequest(),
      headers: { 'idempotency-key': key },
    });
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body.id).toBe(first.id);
  });

  it('lists and counts by side, status and expert for the inboxes', async () => {
    const c = await request();
    await move(coordinator, c, {
      command: 'schedule',
      schedule: { ...SCHEDULE, expertIds: ['cln_pumch_cardio_zhou'] },
    });
    const invited = await server.call<ConsultationPage>('listConsultations', {
      token: coordinator,
      query: { side: 'invited', status: ['scheduled'], limit: 1 },
    });
    expect(invited.body.items).toHaveLength(1);
    expect(invited.body.items[0]?.status).toBe('scheduled');
    const forZhou = await server.call<ConsultationPage>('listConsultations', {
      token: zhou,
      query: { expertClinicianId: 'cln_pumch_cardio_zhou', limit: 100 },
    });
    expect(forZhou.body.items.map((i) => i.id)).toContain(c.id);
    const counts = await server.call<ConsultationCounts>('countConsultations', { token: coordinator });
    expect(counts.body.bySide.inviting).toBe(0);
    expect(counts.body.byGroup.map((g) => g.group)).toEqual([
      'to_schedule',
      'upcoming',
      'in_session',
      'to_acknowledge',
      'closed_or_ended',
    ]);
    const sum = counts.body.byGroup.reduce((n, g) => n + g.count, 0);
    expect(sum).toBe(counts.body.total);
    // Pages follow the cursor without repeats.
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await server.call<ConsultationPage>('listConsultations', {
        token: czCoordinator,
        query: { limit: 2, cursor },
      });
      seen.push(...page.body.items.map((i) => i.id));
      cursor = page.body.nextCursor ?? undefined;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(
      (await server.call<ConsultationCounts>('countConsultations', { token: czCoordinator })).body.total,
    );
  });
});
