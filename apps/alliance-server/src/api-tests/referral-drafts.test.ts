import type { components } from '@yilian/contract';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../testing/harness.js';
import { createTestServer, exampleReferral } from '../testing/harness.js';

type Referral = components['schemas']['Referral'];
type Problem = components['schemas']['Problem'];
type Timeline = components['schemas']['Timeline'];
type Reply = Referral & Omit<Problem, 'status'>;

/** An up-referral draft from 沧州 neurology to 协和. */
function draftBody(overrides: Record<string, unknown> = {}) {
  return exampleReferral({
    urgency: 'urgent',
    receivingDepartmentId: 'dep_pumch_neurology',
    submit: false,
    ...overrides,
  });
}

let server: TestServer;
let wang: string; // 沧州 referrer
let zhang: string; // 协和 receiver
let han: string; // 包钢 coordinator: party to nothing here

beforeAll(async () => {
  server = await createTestServer();
  wang = await server.tokenFor('cln_cz_neuro_wang');
  zhang = await server.tokenFor('cln_pumch_neuro_zhang');
  han = await server.tokenFor('cln_bg_coord_han');
});

async function createDraft(overrides: Record<string, unknown> = {}): Promise<Referral> {
  const res = await server.call<Referral>('createReferral', { token: wang, body: draftBody(overrides) });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

function update(
  token: string,
  referral: { id: string },
  version: number | undefined,
  body: unknown,
  idempotencyKey?: string,
) {
  return server.call<Reply>('updateReferral', {
    token,
    path: { referralId: referral.id },
    headers: {
      ...(version === undefined ? {} : { 'If-Match': `"${version}"` }),
      ...(idempotencyKey === undefined ? {} : { 'Idempotency-Key': idempotencyKey }),
    },
    body,
  });
}

describe('editing a draft', () => {
  it('replaces the given fields, removes those set to null, keeps the rest, and bumps the version', async () => {
    const draft = await createDraft({ clinicalSummary: '发病4小时。', allergies: '青霉素过敏' });
    const res = await update(wang, draft, 1, {
      reason: '需取栓评估。',
      clinicalSummary: '发病4小时，NIHSS 8分。',
      allergies: null,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.headers.get('etag')).toBe('"2"');
    expect(res.body).toMatchObject({
      id: draft.id,
      number: draft.number,
      status: 'draft',
      version: 2,
      reason: '需取栓评估。',
      clinicalSummary: '发病4小时，NIHSS 8分。',
      diagnosis: { code: 'I63.900', text: '脑梗死' },
    });
    expect(res.body.allergies).toBeUndefined();
    // saved again, on the version the first save returned
    const again = await update(wang, draft, 2, { urgency: 'green_channel', greenChannelCategory: 'stroke' });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({
      version: 3,
      urgency: 'green_channel',
      greenChannelCategory: 'stroke',
    });
    const timeline = await server.call<Timeline>('getReferralTimeline', {
      token: wang,
      path: { referralId: draft.id },
    });
    expect(timeline.body.items.map((e) => [e.action, e.fromStatus, e.toStatus])).toEqual([
      ['create', null, 'draft'],
      ['update', 'draft', 'draft'],
      ['update', 'draft', 'draft'],
    ]);
  });

  it('merges the patient field by field, so the masked ID number need not be sent again', async () => {
    const draft = await createDraft();
    expect(draft.patient.idNumberMasked).toBe(true);
    const res = await update(wang, draft, 1, { patient: { name: '张小三', phone: null } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.patient).toMatchObject({ name: '张小三', idNumber: '110***********1239' });
    expect(res.body.patient.phone).toBeUndefined();
    const submitted = await server.call<Referral>('transitionReferral', {
      token: wang,
      path: { referralId: draft.id },
      headers: { 'If-Match': '"2"' },
      body: { command: 'submit' },
    });
    const received = await server.call<Referral>('getReferral', {
      token: zhang,
      path: { referralId: draft.id },
    });
    expect(submitted.status).toBe(200);
    expect(received.body.patient).toMatchObject({ name: '张小三', idNumber: '110105199003071239' });
  });

  it('validates the merged content as a create does, and writes nothing when it fails', async () => {
    const draft = await createDraft();
    const res = await update(wang, draft, 1, {
      urgency: 'green_channel',
      patient: { idNumber: '110105199003071238' },
    });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.errors?.map((e) => `${e.pointer} ${e.code}`).sort()).toEqual([
      '/greenChannelCategory green_channel_category_required',
      '/patient/idNumber resident_id_checksum_mismatch',
    ]);
    const stored = await server.call<Referral>('getReferral', {
      token: wang,
      path: { referralId: draft.id },
    });
    expect(stored.body).toMatchObject({ version: 1, urgency: 'urgent' });
  });

  it('refuses an edit body that breaks the schema with every field named', async () => {
    const draft = await createDraft();
    const res = await update(wang, draft, 1, { reason: '', sendingInstitutionId: 'ins_pumch' });
    expect(res.status).toBe(422);
    expect(res.body.errors?.map((e) => `${e.pointer} ${e.code}`).sort()).toEqual([
      '/reason too_short',
      '/sendingInstitutionId unknown_field',
    ]);
  });

  it('replaces the attachments when the edit names them', async () => {
    const draft = await createDraft();
    const res = await update(wang, draft, 1, {
      attachments: [{ kind: 'emr_excerpt', title: '门诊病历' }],
    });
    expect(res.status).toBe(200);
    expect(res.body.attachments?.map((a) => a.title)).toEqual(['门诊病历']);
    const cleared = await update(wang, draft, 2, { attachments: [] });
    expect(cleared.body.attachments ?? []).toEqual([]);
  });

  it('needs If-Match (428), and answers a stale one with a 412 naming the current version', async () => {
    const draft = await createDraft();
    expect((await update(wang, draft, undefined, { reason: '再评估。' })).status).toBe(428);
    expect((await update(wang, draft, 1, { reason: '第一次保存。' })).status).toBe(200);
    const stale = await update(wang, draft, 1, { reason: '另一个标签页的保存。' });
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({ code: 'version_conflict', currentVersion: 2, currentStatus: 'draft' });
    const stored = await server.call<Referral>('getReferral', {
      token: wang,
      path: { referralId: draft.id },
    });
    expect(stored.body.reason).toBe('第一次保存。');
  });

  it('replays a retried save with the same Idempotency-Key instead of failing on its own new version', async () => {
    const draft = await createDraft();
    const key = `save-${draft.id}`;
    const first = await update(wang, draft, 1, { reason: '保存一次。' }, key);
    const replay = await update(wang, draft, 1, { reason: '保存一次。' }, key);
    expect(first.status).toBe(200);
    expect(replay.status).toBe(200);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body.version).toBe(2);
    const reused = await update(wang, draft, 1, { reason: '别的内容。' }, key);
    expect(reused.body.code).toBe('idempotency_key_reused');
  });
});

describe('who may edit, and when', () => {
  it('answers 404 to an institution not party to the referral, and to the receiver of a draft', async () => {
    const draft = await createDraft();
    expect((await update(han, draft, 1, { reason: '改。' })).status).toBe(404);
    // a draft is the sender's working copy: the receiver cannot see it yet
    expect((await update(zhang, draft, 1, { reason: '改。' })).status).toBe(404);
    expect((await update(wang, { id: 'ref_01JD7Q2K8M3N4P5R6S7T8V9W0X' }, 1, { reason: '改。' })).status).toBe(
      404,
    );
  });

  it('forbids the receiving side and a role of the sender that does not write referrals', async () => {
    const draft = await createDraft();
    const asReceiverRole = await server.tokenFor('cln_cz_neuro_wang', 'receiver');
    const res = await update(asReceiverRole, draft, 1, { reason: '改。' });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ code: 'forbidden', requiredRoles: ['referrer', 'coordinator'] });
    const submitted = await server.call<Referral>('createReferral', {
      token: wang,
      body: draftBody({ submit: true }),
    });
    const byReceiver = await update(zhang, submitted.body, 1, { reason: '改。' });
    expect(byReceiver.status).toBe(403);
    expect(byReceiver.body.code).toBe('forbidden');
  });

  it('refuses to edit a submitted referral with referral_not_editable', async () => {
    const draft = await createDraft();
    const submitted = await server.call<Referral>('transitionReferral', {
      token: wang,
      path: { referralId: draft.id },
      headers: { 'If-Match': '"1"' },
      body: { command: 'submit' },
    });
    expect(submitted.body.status).toBe('submitted');
    const res = await update(wang, draft, 2, { reason: '提交后再改。' });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'referral_not_editable', currentStatus: 'submitted' });
    expect(res.body.detail ?? '').not.toContain('张三');
  });
});
