// The queue's change sources against the reference server (the in-process app the stories use, on PGlite): the
// stream reports what another clinician does as it happens, and stopping a source ends its requests for good.
import type { BrowserAlliance } from '@yilian/alliance-server/browser';
import { createBrowserAlliance } from '@yilian/alliance-server/browser';
import type { Schemas } from '@yilian/sdk';
import { createAllianceClient } from '@yilian/sdk';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChangeSourceStatus, ReferralChangeSource } from './change-source.js';
import { pollingChangeSource, subscribeChangeSource } from './change-source.js';

let alliance: BrowserAlliance;

beforeAll(async () => {
  alliance = await createBrowserAlliance(new Date('2026-11-23T09:00:00+08:00'));
});

/** A client as `clinicianId` whose requests are counted (the stream's included). */
async function countedClient(clinicianId: string) {
  const requests: string[] = [];
  const client = createAllianceClient({
    baseUrl: alliance.baseUrl,
    token: await alliance.tokenFor(clinicianId),
    fetch: (request) => {
      requests.push(new URL(request.url).pathname);
      return alliance.fetch(request);
    },
    retry: false,
  });
  return { client, requests };
}

const referral = (): Schemas['ReferralCreate'] => ({
  direction: 'up',
  urgency: 'routine',
  sendingInstitutionId: 'ins_cangzhou_central',
  sendingDepartmentId: 'dep_cz_neurology',
  receivingInstitutionId: 'ins_pumch',
  receivingDepartmentId: 'dep_pumch_neurology',
  patient: {
    name: '张三',
    sex: 'male',
    birthDate: '1990-03-07',
    idType: 'resident_id_card',
    idNumber: '110105199003071239',
  },
  diagnosis: { code: 'I63.900', text: '脑梗死' },
  reason: '急性脑梗死，需进一步评估取栓指征。',
  clinicalSummary: '发病4小时，NIHSS 8分，已完成头颅CT。',
  consent: {
    purpose: 'referral_transfer',
    grantedAt: '2026-11-23T07:00:00+08:00',
    recordedBy: 'cln_cz_neuro_wang',
    method: 'written',
  },
  submit: true,
});

/** Starts a source and keeps what it reports. */
function follow(source: ReferralChangeSource) {
  const ids: string[] = [];
  const statuses: ChangeSourceStatus[] = [];
  const errors: unknown[] = [];
  const stop = source.start(
    (changed) => ids.push(...changed),
    (error) => errors.push(error),
    (status) => statuses.push(status),
  );
  return { ids, statuses, errors, stop };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('subscribeChangeSource', () => {
  it('reports the referrals another clinician submits over the live stream, and nothing after it is stopped', async () => {
    const wang = createAllianceClient({
      baseUrl: alliance.baseUrl,
      token: await alliance.tokenFor('cln_cz_neuro_wang'),
      fetch: (request) => alliance.fetch(request),
      retry: false,
    });
    const { client, requests } = await countedClient('cln_pumch_neuro_zhang');
    const sub = follow(subscribeChangeSource(client));
    await expect.poll(() => sub.statuses, { timeout: 15_000 }).toContain('live');
    expect(requests).toContain('/v1/events/stream');

    const sent = await wang.referrals.create(referral());
    await expect.poll(() => sub.ids, { timeout: 15_000 }).toContain(sent.id);
    expect(sub.statuses).not.toContain('polling');

    sub.stop();
    const reported = sub.ids.length;
    const asked = requests.length;
    await wang.referrals.create(referral());
    await pause(1_500);
    expect(sub.ids).toHaveLength(reported);
    expect(requests).toHaveLength(asked);
    expect(sub.errors).toEqual([]);
  });
});

describe('pollingChangeSource', () => {
  it('says it polls, reports a new referral on a later read, and reads no more once stopped', async () => {
    const wang = createAllianceClient({
      baseUrl: alliance.baseUrl,
      token: await alliance.tokenFor('cln_cz_neuro_wang'),
      fetch: (request) => alliance.fetch(request),
      retry: false,
    });
    const { client, requests } = await countedClient('cln_pumch_neuro_zhang');
    const sub = follow(pollingChangeSource(client, 50));
    expect(sub.statuses).toEqual(['polling']);
    await expect.poll(() => requests.length).toBeGreaterThan(1);

    const sent = await wang.referrals.create(referral());
    await expect.poll(() => sub.ids, { timeout: 15_000 }).toContain(sent.id);

    sub.stop();
    await pause(100);
    const asked = requests.length;
    await pause(300);
    expect(requests).toHaveLength(asked);
  });
});
