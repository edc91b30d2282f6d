import { describe, expect, it } from 'vitest';
import { createTestServer, examplePatient, manualClock } from '../testing/harness.js';
import { purgeExpiredIdempotencyKeys } from './idempotency.js';

describe('idempotency records', () => {
  it('are deleted once past their time to live, and not before', async () => {
    const clock = manualClock();
    const server = await createTestServer({ clock });
    const token = await server.tokenFor('cln_cz_coord_liu');
    const created = await server.call('createReferral', {
      token,
      headers: { 'idempotency-key': 'purge-1' },
      body: {
        direction: 'up',
        urgency: 'routine',
        sendingInstitutionId: 'ins_cangzhou_central',
        receivingInstitutionId: 'ins_pumch',
        patient: examplePatient(),
        diagnosis: { text: '脑梗死' },
        reason: '复查',
        clinicalSummary: '脑梗死后3月，复查头颅MRI。',
        consent: {
          purpose: 'referral_transfer',
          grantedAt: '2026-11-23T08:00:00+08:00',
          recordedBy: 'cln_cz_coord_liu',
          method: 'written',
        },
        submit: true,
      },
    });
    expect(created.status).toBe(201);
    const count = async () =>
      (await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM idempotency_keys')).rows[0]!.n;
    expect(await count()).toBe(1);
    clock.advance(23 * 3_600_000);
    expect(await purgeExpiredIdempotencyKeys(server.db, clock(), 24)).toBe(0);
    clock.advance(2 * 3_600_000);
    expect(await purgeExpiredIdempotencyKeys(server.db, clock(), 24)).toBe(1);
    expect(await count()).toBe(0);
  });

  it('replay within their time to live, and are taken over by a new request once past it', async () => {
    const clock = manualClock();
    const server = await createTestServer({ clock });
    // A token of the moment: the clock moves past a token's lifetime.
    const create = async (reason: string) =>
      server.call<{ id: string }>('createReferral', {
        token: await server.tokenFor('cln_cz_coord_liu'),
        headers: { 'idempotency-key': 'expiring-1' },
        body: {
          direction: 'up',
          urgency: 'routine',
          sendingInstitutionId: 'ins_cangzhou_central',
          receivingInstitutionId: 'ins_pumch',
          patient: examplePatient(),
          diagnosis: { text: '脑梗死' },
          reason,
          clinicalSummary: '脑梗死后3月，复查头颅MRI。',
          consent: {
            purpose: 'referral_transfer',
            grantedAt: '2026-11-23T08:00:00+08:00',
            recordedBy: 'cln_cz_coord_liu',
            method: 'written',
          },
          submit: true,
        },
      });
    const first = await create('复查');
    expect(first.status).toBe(201);
    clock.advance(23 * 3_600_000);
    const replay = await create('复查');
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body.id).toBe(first.body.id);
    expect((await create('复查颅脑 MRI')).body).toMatchObject({ code: 'idempotency_key_reused' });
    clock.advance(2 * 3_600_000);
    // Past its time to live and not yet purged, the key belongs to whichever request comes next.
    const fresh = await create('复查颅脑 MRI');
    expect(fresh.status).toBe(201);
    expect(fresh.headers.get('idempotent-replayed')).toBeNull();
    expect(fresh.body.id).not.toBe(first.body.id);
    const again = await create('复查颅脑 MRI');
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.id).toBe(fresh.body.id);
  });
});
