import type { Hono } from 'hono';
import type { AppEnv } from '../context.js';
import { defineRoute, etag, reply } from '../http/route.js';
import {
  createConsultation,
  createConsultationRuleIssues,
} from '../use-cases/consultations/create-consultation.js';
import {
  countConsultations,
  getConsultation,
  getConsultationTimeline,
  listConsultations,
  verifyConsultationSignatures,
} from '../use-cases/consultations/read-consultations.js';
import { transitionConsultation } from '../use-cases/consultations/transition-consultation.js';

/**
 * Serves remote consultation (远程会诊): request, list, counts, read, transition, timeline and the experts'
 * signatures. Every id the caller's institution is not party to answers 404; every change is written with its
 * audit and feed events in one transaction.
 */
export function registerConsultationRoutes(app: Hono<AppEnv>): void {
  defineRoute(
    app,
    'createConsultation',
    async ({ actor, body, now, deps }, tx) => {
      const consultation = await createConsultation(
        { tx, actor, now, patientKeySecret: deps.config.patientKeySecret },
        body,
      );
      return reply('createConsultation', 201, consultation, {
        ETag: etag(consultation.version),
        Location: `/v1/consultations/${consultation.id}`,
      });
    },
    {
      idempotent: true,
      ruleIssues: ({ body, now }) => Promise.resolve(createConsultationRuleIssues({ now }, body)),
    },
  );

  defineRoute(app, 'listConsultations', async ({ actor, deps, query, now }) =>
    reply('listConsultations', 200, await listConsultations({ db: deps.db, actor, now }, query)),
  );

  // Before getConsultation: `counts` is a literal segment, not a consultation id.
  defineRoute(app, 'countConsultations', async ({ actor, deps, query, now }) =>
    reply('countConsultations', 200, await countConsultations({ db: deps.db, actor, now }, query)),
  );

  defineRoute(app, 'getConsultation', async ({ actor, deps, path, now }) => {
    const consultation = await getConsultation({ db: deps.db, actor, now }, path.consultationId);
    return reply('getConsultation', 200, consultation, { ETag: etag(consultation.version) });
  });

  defineRoute(
    app,
    'transitionConsultation',
    async ({ actor, body, path, now, expectedVersion, deps }, tx) => {
      const consultation = await transitionConsultation(
        { tx, actor, now, signer: deps.config.referralSigner },
        { consultationId: path.consultationId, expectedVersion, command: body },
      );
      return reply('transitionConsultation', 200, consultation, { ETag: etag(consultation.version) });
    },
    { idempotent: true, ifMatch: true },
  );

  defineRoute(app, 'getConsultationTimeline', async ({ actor, deps, path, now }) =>
    reply(
      'getConsultationTimeline',
      200,
      await getConsultationTimeline({ db: deps.db, actor, now }, path.consultationId),
    ),
  );

  defineRoute(app, 'verifyConsultationSignatures', async ({ actor, deps, path, now }) =>
    reply(
      'verifyConsultationSignatures',
      200,
      await verifyConsultationSignatures(
        { db: deps.db, actor, now, signer: deps.config.referralSigner },
        path.consultationId,
      ),
    ),
  );
}
