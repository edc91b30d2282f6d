// Issue 10, "The server fails closed": what used to pass and must be refused, and refusals that must say why.
import type { components } from '@yilian/contract';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../testing/harness.js';
import { createTestServer, examplePatient, exampleReferral } from '../testing/harness.js';

type Referral = components['schemas']['Referral'];
type Problem = components['schemas']['Problem'];

function upReferral(overrides: Record<string, unknown> = {}) {
  return exampleReferral({
    urgency: 'urgent',
    sendingDepartmentId: 'dep_cz_neurology',
    receivingDepartmentId: 'dep_pumch_neurology',
    ...overrides,
  });
}

let server: TestServer;
let wang: string; // 沧州 referrer
let liu: string; // 沧州 coordinator
let zhang: string; // 协和 receiver

beforeAll(async () => {
  server = await createTestServer();
  wang = await server.tokenFor('cln_cz_neuro_wang');
  liu = await server.tokenFor('cln_cz_coord_liu');
  zhang = await server.tokenFor('cln_pumch_neuro_zhang');
});

async function create(token = wang): Promise<Referral> {
  const res = await server.call<Referral>('createReferral', { token, body: upReferral() });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

describe('If-Match compares strongly', () => {
  it('answers a weak tag W/"1" with a 412 version_conflict, changing nothing', async () => {
    const referral = await create();
    const res = await server.call<Problem>('transitionReferral', {
      token: zhang,
      path: { referralId: referral.id },
      headers: { 'If-Match': 'W/"1"' },
      body: { command: 'reject', reasonCode: 'no_capacity', reasonText: '床位已满。' },
    });
    expect(res.status).toBe(412);
    expect(res.body).toMatchObject({
      code: 'version_conflict',
      currentVersion: 1,
      currentStatus: 'submitted',
    });
  });
});

describe('an idempotent replay is shown to the replaying role', () => {
  it('masks the identity when a referrer replays a coordinator’s create', async () => {
    const headers = { 'Idempotency-Key': 'replay-role-1' };
    const first = await server.call<Referral>('createReferral', { token: liu, headers, body: upReferral() });
    expect(first.status).toBe(201);
    expect(first.body.patient.idNumber).toBe(examplePatient().idNumber);
    const replay = await server.call<Referral>('createReferral', {
      token: wang,
      headers,
      body: upReferral(),
    });
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body.id).toBe(first.body.id);
    expect(replay.body.patient.idNumber).not.toBe(examplePatient().idNumber);
    expect(replay.body.patient.idNumberMasked).toBe(true);
    expect(replay.body.patient.phone).not.toBe(examplePatient().phone);
    // As a read by the same referrer shows it.
    const read = await server.call<Referral>('getReferral', {
      token: wang,
      path: { referralId: first.body.id },
    });
    expect(replay.body.patient).toEqual(read.body.patient);
  });
});

describe('consent that is not a real one', () => {
  it('refuses a grant in year 0000 with a field problem, not a 500', async () => {
    for (const grantedAt of ['0000-01-01T00:00:00Z', '0001-01-01T00:00:00+08:00']) {
      const res = await server.call<Problem>('createReferral', {
        token: wang,
        body: upReferral({ consent: { ...upReferral().consent, grantedAt } }),
      });
      expect(res.status, grantedAt).toBe(422);
      expect(res.body.errors).toContainEqual(
        expect.objectContaining({ pointer: '/consent/grantedAt', code: 'out_of_range' }),
      );
    }
  });

  it('refuses recordedBy naming a clinician of another alliance', async () => {
    const res = await server.call<Problem>('createReferral', {
      token: wang,
      body: upReferral({ consent: { ...upReferral().consent, recordedBy: 'cln_bg_coord_han' } }),
    });
    expect(res.status).toBe(422);
    expect(res.body.errors).toContainEqual(
      expect.objectContaining({ pointer: '/consent/recordedBy', code: 'unknown_reference' }),
    );
  });
});

describe('a 403 says what the caller would need', () => {
  it('names the roles that may issue the command and what the caller may do now', async () => {
    const referral = await create();
    const res = await server.call<Problem>('transitionReferral', {
      token: wang,
      path: { referralId: referral.id },
      headers: { 'If-Match': '"1"' },
      body: {
        command: 'accept',
        appointment: {
          departmentId: 'dep_pumch_neurology',
          clinicianId: 'cln_pumch_neuro_zhang',
          scheduledAt: '2026-11-23T13:00:00+08:00',
        },
      },
    });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ code: 'forbidden', allowedCommands: ['cancel'] });
    expect(res.body.requiredRoles).toEqual(['receiver', 'coordinator']);
  });

  it('names the roles that manage webhooks', async () => {
    const res = await server.call<Problem>('createWebhookEndpoint', {
      token: wang,
      body: { url: 'https://his.example-hospital.cn/hook', eventTypes: ['referral.submitted'] },
    });
    expect(res.status).toBe(403);
    expect(res.body.requiredRoles).toEqual(['coordinator', 'admin']);
  });
});

describe('one answer lists every invalid field', () => {
  const badChecksum = { ...examplePatient(), idNumber: '110105199003071230' };

  it('createReferral reports schema and rule issues together, each with its params', async () => {
    const res = await server.call<Problem>('createReferral', {
      token: wang,
      body: { ...upReferral({ patient: badChecksum }), reason: 'x'.repeat(5000), unexpected: true },
    });
    expect(res.status).toBe(422);
    const codes = res.body.errors!.map((e) => `${e.pointer} ${e.code}`);
    expect(codes).toContain('/unexpected unknown_field');
    expect(codes).toContain('/patient/idNumber resident_id_checksum_mismatch');
    const tooLong = res.body.errors!.find((e) => e.pointer === '/reason');
    expect(tooLong).toMatchObject({ code: 'too_long', params: { max: expect.any(Number) } });
  });

  it('bookAppointment reports schema and rule issues together', async () => {
    const res = await server.call<Problem>('bookAppointment', {
      token: liu,
      body: {
        slotId: 42,
        patient: badChecksum,
        consent: { ...upReferral().consent, grantedAt: '0000-01-01T00:00:00Z' },
      },
    });
    expect(res.status).toBe(422);
    const codes = res.body.errors!.map((e) => `${e.pointer} ${e.code}`);
    expect(codes).toContain('/slotId invalid_type');
    expect(codes).toContain('/patient/idNumber resident_id_checksum_mismatch');
    expect(codes).toContain('/consent/grantedAt out_of_range');
  });
});
