import { openapiDocument } from '@yilian/contract';
import { maskName } from '@yilian/domain';
import { Hono } from 'hono';
import { authenticate, signToken } from './auth.js';
import type { AppEnv, Clock, Deps, EventStreamConfig, Logger, ServerConfig } from './context.js';
import type { Database } from './db/database.js';
import { Failure } from './failure.js';
import { digestOnlySigner } from './signing.js';
import { notFoundResponder, problemResponder } from './http/error-handler.js';
import { allianceAuth } from './http/middleware/bearer-auth.js';
import { cachedAuthenticate } from './http/middleware/token-cache.js';
import { faultMiddleware } from './http/middleware/faults.js';
import { rateLimit } from './http/middleware/rate-limit.js';
import { requestContext } from './http/middleware/request-context.js';
import { referenceHtml } from './http/reference.js';
import { pingDatabase } from './stores/health-store.js';
import { registerDirectoryRoutes } from './routes/directory.js';
import { CLINICIANS } from './seed/directory.js';
import { PATIENT_ACCOUNTS } from './seed/dispatch.js';
import { registerDispatchRoutes } from './routes/dispatch.js';
import { registerEventRoutes } from './routes/events.js';
import { registerRecognitionRoutes } from './routes/recognition.js';
import { registerReferralRoutes } from './routes/referrals.js';
import { registerConsultationRoutes } from './routes/consultations.js';
import { registerIndicatorRoutes } from './routes/indicators.js';

const EVENT_STREAM_DEFAULTS: EventStreamConfig = {
  pollMs: 1_000,
  heartbeatMs: 15_000,
  retryMs: 3_000,
  perClinician: 5,
  maxLifetimeMs: 10 * 60_000,
};

export interface AllianceAppOptions {
  db: Database;
  clock?: Clock;
  config: Partial<Omit<ServerConfig, 'eventStream'>> &
    Pick<ServerConfig, 'tokenSecret' | 'patientKeySecret'> & { eventStream?: Partial<EventStreamConfig> };
  log?: Logger;
}

/**
 * Builds the alliance app on a database and a clock. The same app serves in Node (`@hono/node-server`) and, on
 * in-memory PGlite, inside a browser (Storybook and the offline demo).
 */
export function createAllianceApp(options: AllianceAppOptions): Hono<AppEnv> {
  const deps: Deps = {
    db: options.db,
    clock: options.clock ?? (() => new Date()),
    log: options.log ?? (() => undefined),
    config: {
      rateLimitPerMinute: 0,
      idempotencyTtlHours: 24,
      faults: false,
      demoPersonas: false,
      allowPrivateWebhookUrls: false,
      referralSigner: digestOnlySigner,
      ...options.config,
      eventStream: { ...EVENT_STREAM_DEFAULTS, ...options.config.eventStream },
    },
  };
  const app = new Hono<AppEnv>();

  app.use(requestContext(deps));
  app.onError(problemResponder(deps.log));
  app.notFound(notFoundResponder);

  app.get('/healthz', (c) => c.json({ status: 'ok', version: openapiDocument.info.version }));
  app.get('/readyz', async (c) => {
    try {
      await pingDatabase(deps.db);
      return c.json({ status: 'ok', version: openapiDocument.info.version });
    } catch (cause) {
      throw new Failure('service_unavailable', { cause, retryAfterSeconds: 1 });
    }
  });
  app.get('/openapi.json', (c) => c.json(openapiDocument));
  app.get('/', (c) => c.html(referenceHtml(openapiDocument)));
  app.get('/docs', (c) => c.html(referenceHtml(openapiDocument)));

  if (deps.config.demoPersonas) {
    // The demo portal signs in as any seeded clinician or patient account. Only `serve --demo` outside production
    // turns this on.
    app.get('/dev/personas', async (c) => {
      const clinicians = CLINICIANS.map(async (person) => ({
        clinicianId: person.id,
        name: person.name,
        institutionId: person.institutionId,
        role: person.role,
        token: await signToken(
          {
            institutionId: person.institutionId,
            role: person.role,
            clinicianId: person.id,
            name: person.name,
          },
          deps.config.tokenSecret,
          { now: deps.clock() },
        ),
      }));
      // A patient's token is what the hospital's backend mints after its own login (`tokens --patient`): it names
      // the account and carries no name. The list shows the name masked and never the ID number, as any page must.
      const patients = PATIENT_ACCOUNTS.map(async (account) => ({
        clinicianId: account.id,
        name: maskName(account.demo.name),
        institutionId: account.institutionId,
        role: 'patient' as const,
        token: await signToken(
          { institutionId: account.institutionId, role: 'patient', clinicianId: account.id },
          deps.config.tokenSecret,
          { now: deps.clock() },
        ),
      }));
      return c.json({ items: await Promise.all([...clinicians, ...patients]) });
    });
  }

  if (deps.config.faults) {
    app.use('/v1/*', faultMiddleware());
  }

  app.use(
    '/v1/*',
    allianceAuth({
      authenticate: cachedAuthenticate(
        (token) => authenticate(token, deps.config.tokenSecret, deps.clock()),
        {
          clock: deps.clock,
        },
      ),
    }),
  );
  // Off (0) is not registered at all: every request would pass through it for nothing (#12).
  if (deps.config.rateLimitPerMinute > 0) {
    app.use(
      '/v1/*',
      rateLimit({ perMinute: deps.config.rateLimitPerMinute, db: deps.db, clock: deps.clock }),
    );
  }

  registerDirectoryRoutes(app);
  registerReferralRoutes(app);
  registerConsultationRoutes(app);
  registerDispatchRoutes(app);
  registerIndicatorRoutes(app);
  registerRecognitionRoutes(app);
  registerEventRoutes(app);
  return app;
}
