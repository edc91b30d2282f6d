// `client.consultations.*` against the real reference server (issue #16): the closed loop with two experts, typed
// errors for a stale version, a non-party and bad input, idempotent creates and the list iterator.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AllianceClient } from './client.js';
import { createAllianceClient } from './client.js';
import { AllianceError } from './errors.js';
import type { ReferenceServer } from './testing/reference-server.js';
import { SERVER_NOW, consultationRequest, startReferenceServer } from './testing/reference-server.js';

let server: ReferenceServer;
let wang: AllianceClient; // 沧州 referrer (inviting doctor)
let sun: AllianceClient; // 协和 coordinator (invited side)
let li: AllianceClient; // 协和 expert
let zhou: AllianceClient; // 协和 expert
let han: AllianceClient; // 包钢 coordinator, not party

const client = async (clinicianId: string) =>
  createAllianceClient({ baseUrl: server.baseUrl, token: await server.tokenFor(clinicianId), retry: false });

beforeAll(async () => {
  server = await startReferenceServer();
  wang = await client('cln_cz_neuro_wang');
  sun = await client('cln_pumch_coord_sun');
  li = await client('cln_pumch_neuro_li');
  zhou = await client('cln_pumch_cardio_zhou');
  han = await client('cln_bg_coord_han');
});
beforeEach(() => server.setNow(SERVER_NOW));
afterAll(() => server.close());

async function failure(call: Promise<unknown>): Promise<AllianceError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AllianceError);
  return error as AllianceError;
}

const opinion = { findings: '左侧基底节区急性梗死。', advice: '完善经食道超声心动图。' };

describe('client.consultations', () => {
  it('runs request → schedule (MDT) → session → two signed opinions → acknowledgement', async () => {
    const requested = await wang.consultations.create(consultationRequest());
    expect(requested.status).toBe('requested');
    const scheduled = await sun.consultations.transition(requested, {
      command: 'schedule',
      schedule: {
        expertIds: ['cln_pumch_neuro_li', 'cln_pumch_cardio_zhou'],
        scheduledAt: '2026-11-24T14:00:00+08:00',
        mode: 'video',
        videoRoomUrl: 'https://meet.pumch.example/room/sdk',
      },
    });
    const started = await li.consultations.transition(scheduled, { command: 'start_session' });
    const first = await li.consultations.transition(started, { command: 'submit_opinion', opinion });
    expect(first.pendingExpertIds).toEqual(['cln_pumch_cardio_zhou']);
    const reported = await zhou.consultations.transition(first, { command: 'submit_opinion', opinion });
    expect(reported.status).toBe('reported');
    const { items } = await wang.consultations.verifySignatures(reported.id);
    expect(items.every((v) => v.valid)).toBe(true);
    const closed = await wang.consultations.transition(reported, { command: 'acknowledge', rating: 5 });
    expect(closed.status).toBe('closed');
    const timeline = await sun.consultations.timeline(closed.id);
    expect(timeline.items.at(-1)?.action).toBe('acknowledge');
  });

  it('throws typed errors: version_conflict with the current status, not_found for a non-party, field issues', async () => {
    const requested = await wang.consultations.create(consultationRequest());
    await sun.consultations.transition(requested, {
      command: 'decline',
      reasonCode: 'outside_scope',
      reasonText: '超出本院诊疗范围。',
    });
    const stale = await failure(
      wang.consultations.transition(requested, { command: 'cancel', reasonCode: 'condition_improved' }),
    );
    expect(stale.code).toBe('version_conflict');
    expect(stale.status).toBe(412);
    expect(stale.problem.currentConsultationStatus).toBe('declined');
    const hidden = await failure(han.consultations.get(requested.id));
    expect(hidden.code).toBe('not_found');
    const bad = await failure(
      wang.consultations.create({
        ...consultationRequest(),
        consent: { ...consultationRequest().consent, method: 'verbal_witnessed' },
      }),
    );
    expect(bad.code).toBe('validation_failed');
    expect(bad.problem.errors?.map((e) => e.code)).toContain('consent_written_required');
  });

  it('creates once per idempotency key and iterates every page of a list', async () => {
    const before = await server.count('consultations');
    const input = consultationRequest();
    const a = await wang.consultations.create(input, { idempotencyKey: 'sdk-consult-once' });
    const b = await wang.consultations.create(input, { idempotencyKey: 'sdk-consult-once' });
    expect(b.id).toBe(a.id);
    expect(await server.count('consultations')).toBe(before + 1);
    const ids: string[] = [];
    for await (const c of sun.consultations.list({ side: 'invited', limit: 2 })) {
      ids.push(c.id);
    }
    const counts = await sun.consultations.counts({ side: 'invited' });
    expect(ids).toHaveLength(counts.total);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
