import type { Hono } from 'hono';
import type { AppEnv } from '../context.js';
import { defineRoute, etag, reply } from '../http/route.js';
import { addReferralAttachment } from '../use-cases/referrals/add-referral-attachment.js';
import { createReferral, createReferralRuleIssues } from '../use-cases/referrals/create-referral.js';
import { getReferral, getReferralTimeline } from '../use-cases/referrals/get-referral.js';
import { countReferrals, listReferrals } from '../use-cases/referrals/list-referrals.js';
import { withWarningMessages } from '../use-cases/referrals/present-referral.js';
import { verifyReferralSignature } from '../use-cases/referrals/sign-referral.js';
import { transitionReferral } from '../use-cases/referrals/transition-referral.js';
import { updateReferral } from '../use-cases/referrals/update-referral.js';

/**
 * Serves the referral operations (双向转诊): create, list, read, edit a draft, transition, timeline and attachments. Every id
 * the caller's institution is not party to answers 404; every change is written with its audit and feed events in
 * one transaction.
 */
export function registerReferralRoutes(app: Hono<AppEnv>): void {
  defineRoute(
    app,
    'createReferral',
    async ({ c, actor, body, now, deps }, tx) => {
      const created = await createReferral(
        {
          tx,
          actor,
          now,
          patientKeySecret: deps.config.patientKeySecret,
          referralSigner: deps.config.referralSigner,
        },
        body,
      );
      const referral = withWarningMessages(created, c.get('locale'));
      return reply('createReferral', 201, referral, {
        ETag: etag(referral.version),
        Location: `/v1/referrals/${referral.id}`,
      });
    },
    {
      idempotent: true,
      ruleIssues: ({ actor, deps, body, now }) => createReferralRuleIssues({ db: deps.db, actor, now }, body),
    },
  );

  defineRoute(app, 'listReferrals', async ({ actor, deps, query, now }) =>
    reply('listReferrals', 200, await listReferrals({ db: deps.db, actor, now }, query)),
  );

  // Before getReferral: `counts` is a literal segment, not a referral id.
  defineRoute(app, 'countReferrals', async ({ actor, deps, query, now }) =>
    reply('countReferrals', 200, await countReferrals({ db: deps.db, actor, now }, query)),
  );

  defineRoute(app, 'getReferral', async ({ c, actor, deps, path, now }) => {
    const read = await getReferral({ db: deps.db, actor, now }, path.referralId);
    const referral = withWarningMessages(read, c.get('locale'));
    return reply('getReferral', 200, referral, { ETag: etag(referral.version) });
  });

  defineRoute(
    app,
    'updateReferral',
    async ({ actor, body, path, now, expectedVersion, deps }, tx) => {
      const referral = await updateReferral(
        { tx, actor, now, patientKeySecret: deps.config.patientKeySecret },
        { referralId: path.referralId, expectedVersion, changes: body },
      );
      return reply('updateReferral', 200, referral, { ETag: etag(referral.version) });
    },
    { idempotent: true, ifMatch: true },
  );

  defineRoute(
    app,
    'transitionReferral',
    async ({ actor, body, path, now, expectedVersion, deps }, tx) => {
      const referral = await transitionReferral(
        { tx, actor, now, referralSigner: deps.config.referralSigner },
        { referralId: path.referralId, expectedVersion, command: body },
      );
      return reply('transitionReferral', 200, referral, { ETag: etag(referral.version) });
    },
    { idempotent: true, ifMatch: true },
  );

  defineRoute(app, 'getReferralTimeline', async ({ actor, deps, path, now }) =>
    reply(
      'getReferralTimeline',
      200,
      await getReferralTimeline({ db: deps.db, actor, now }, path.referralId),
    ),
  );

  defineRoute(app, 'verifyReferralSignature', async ({ actor, deps, path, now }) =>
    reply(
      'verifyReferralSignature',
      200,
      await verifyReferralSignature(
        { db: deps.db, actor, now, signer: deps.config.referralSigner },
        path.referralId,
      ),
    ),
  );

  defineRoute(
    app,
    'addReferralAttachment',
    async ({ actor, body, path, now }, tx) =>
      reply(
        'addReferralAttachment',
        201,
        await addReferralAttachment({ tx, actor, now }, path.referralId, body),
      ),
    { idempotent: true },
  );
}
