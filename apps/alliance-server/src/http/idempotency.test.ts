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
});
