import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AllianceClient } from './client.js';
import { createAllianceClient } from './client.js';
import { AllianceError, isAllianceError } from './errors.js';
import type { ReferenceServer } from './testing/reference-server.js';
import { startReferenceServer, upReferral } from './testing/reference-server.js';

let server: ReferenceServer;
let wang: AllianceClient; // 沧州 referrer
let han: AllianceClient; // 包钢 coordinator, party to nothing here

beforeAll(async () => {
  server = await startReferenceServer();
  wang = createAllianceClient({ baseUrl: server.baseUrl, token: await server.tokenFor('cln_cz_neuro_wang') });
  han = createAllianceClient({ baseUrl: server.baseUrl, token: await server.tokenFor('cln_bg_coord_han') });
});
afterAll(() => server.close());

describe('saving a draft again and again', () => {
  it('updates a draft on the version it was read at, by version number or by ETag, then submits it', async () => {
    const draft = await wang.referrals.create({ ...upReferral(), submit: false });
    const first = await wang.referrals.update(
      draft.id,
      { clinicalSummary: '发病4小时。', allergies: '青霉素过敏' },
      { ifMatch: draft.version },
    );
    expect(first).toMatchObject({
      id: draft.id,
      version: 2,
      clinicalSummary: '发病4小时。',
      allergies: '青霉素过敏',
    });
    // The history stays (an up-referral needs it at submit); null removes the allergies.
    const second = await wang.referrals.update(
      draft.id,
      { clinicalSummary: '发病4小时，NIHSS 8分。', allergies: null },
      { ifMatch: `"${first.version}"` },
    );
    expect(second).toMatchObject({ version: 3, clinicalSummary: '发病4小时，NIHSS 8分。' });
    expect(second.allergies).toBeUndefined();
    const submitted = await wang.referrals.transition(second, { command: 'submit' });
    expect(submitted).toMatchObject({ status: 'submitted', number: draft.number });
  });

  it('makes one edit of a save retried with the same idempotency key', async () => {
    const draft = await wang.referrals.create({ ...upReferral(), submit: false });
    const options = { ifMatch: draft.version, idempotencyKey: `save-${draft.id}-1` };
    const first = await wang.referrals.update(draft.id, { reason: '保存。' }, options);
    const again = await wang.referrals.update(draft.id, { reason: '保存。' }, options);
    expect(again).toEqual(first);
    expect((await wang.referrals.get(draft.id)).version).toBe(2);
  });

  it('throws typed errors: version_conflict with the current version, referral_not_editable, not_found', async () => {
    const draft = await wang.referrals.create({ ...upReferral(), submit: false });
    await wang.referrals.update(draft.id, { reason: '第一次。' }, { ifMatch: 1 });
    const stale = await wang.referrals
      .update(draft.id, { reason: '旧版本上的修改。' }, { ifMatch: 1 })
      .catch((e: unknown) => e);
    expect(isAllianceError(stale, 'version_conflict')).toBe(true);
    if (stale instanceof AllianceError && stale.is('version_conflict')) {
      expect(stale.status).toBe(412);
      expect(stale.problem.currentVersion).toBe(2);
    }
    const submitted = await wang.referrals.transition({ id: draft.id, version: 2 }, { command: 'submit' });
    const frozen = await wang.referrals
      .update(draft.id, { reason: '提交后。' }, { ifMatch: submitted.version })
      .catch((e: unknown) => e);
    expect(isAllianceError(frozen, 'referral_not_editable')).toBe(true);
    expect((frozen as AllianceError).status).toBe(422);
    const hidden = await han.referrals.update(draft.id, { reason: '改。' }, { ifMatch: 1 }).catch((e) => e);
    expect(isAllianceError(hidden, 'not_found')).toBe(true);
  });

  it('names every invalid field of the merged draft', async () => {
    const draft = await wang.referrals.create({ ...upReferral(), submit: false });
    const error = await wang.referrals
      .update(draft.id, { urgency: 'green_channel' }, { ifMatch: draft.version })
      .catch((e: unknown) => e);
    expect(isAllianceError(error, 'validation_failed')).toBe(true);
    expect((error as AllianceError).errors.map((e) => `${e.pointer} ${e.code}`)).toEqual([
      '/greenChannelCategory green_channel_category_required',
    ]);
  });
});
