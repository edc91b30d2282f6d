import { openapiDocument } from '@yilian/contract';
import type { Locale } from '@yilian/domain';
import { formatFieldError, formatProblem } from '@yilian/domain';
import { Hono } from 'hono';
import { signToken, verifyToken } from './auth.js';
import type { AppEnv, Clock, Deps, Logger, ServerConfig } from './context.js';
import type { Database } from './db/database.js';
import { faultMiddleware } from './http/faults.js';
import { HttpProblem, problemBody } from './http/problem.js';
import { referenceHtml } from './http/reference.js';
import { newRequestId } from './ids.js';
import { registerDirectoryRoutes } from './routes/directory.js';
import { CLINICIANS } from './seed/directory.js';
import { registerDispatchRoutes } from './routes/dispatch.js';
import { registerEventRoutes } from './routes/events.js';
import { registerRecognitionRoutes } from './routes/recognition.js';
import { registerReferralRoutes } from './routes/referrals.js';

export interface AllianceAppOptions {
  db: Database;
  clock?: Clock;
  config: Partial<ServerConfig> & Pick<ServerConfig, 'tokenSecret' | 'patientKeySecret'>;
  log?: Logger;
}

function pickLocale(header: string | undefined): Locale {
  for (const part of (header ?? '').split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase() ?? '';
    if (tag === 'zh-tw' || tag === 'zh-hk' || tag === 'zh-hant' || tag.startsWith('zh-hant')) {
      return 'zh-TW';
    }
    if (tag.startsWith('zh')) {
      return 'zh-CN';
    }
    if (tag.startsWith('en')) {
      return 'en';
    }
  }
  return 'zh-CN';
}

const REQUEST_ID = /^[\x21-\x7E]{1,128}$/;

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
      ...options.config,
    },
  };
  const app = new Hono<AppEnv>();

  app.use(async (c, next) => {
    const started = performance.now();
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : newRequestId();
    c.set('requestId', requestId);
    c.set('locale', pickLocale(c.req.header('accept-language')));
    c.set('deps', deps);
    await next();
    c.header('X-Request-Id', requestId);
    // The path holds only opaque ids (the contract keeps patient data out of URLs); the query is never logged.
    deps.log({
      level: c.res.status >= 500 ? 'error' : 'info',
      msg: 'request',
      requestId,
      method: c.req.method,
      path: c.req.path,
      operationId: c.get('routeOperationId'),
      status: c.res.status,
      institutionId: c.get('actor')?.institutionId,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    });
  });

  app.onError((error, c) => {
    const locale = c.get('locale') ?? 'zh-CN';
    const problem =
      error instanceof HttpProblem ? error : new HttpProblem(500, 'internal_error', { cause: error });
    if (problem.status >= 500) {
      // The message of an unexpected error may quote SQL parameters; log only its name and code.
      const cause = problem.cause as { name?: string; code?: string } | undefined;
      deps.log({
        level: 'error',
        msg: 'unhandled error',
        requestId: c.get('requestId'),
        error: cause?.name ?? problem.name,
        code: cause?.code,
      });
    }
    const body = problemBody(
      problem,
      {
        title: (code) => formatProblem(code, locale),
        detail: (code, params) =>
          Object.keys(params).length > 0 ? formatProblem(code, locale, params) : undefined,
        field: (issue) => formatFieldError(issue.code, locale, issue.params),
      },
      c.get('requestId') ?? newRequestId(),
      c.req.path,
      locale,
    );
    return c.body(JSON.stringify(body), problem.status as 400, {
      ...problem.headers,
      'content-type': 'application/problem+json',
      'X-Request-Id': c.get('requestId') ?? '',
    });
  });
  app.notFound(() => {
    throw new HttpProblem(404, 'not_found');
  });

  app.get('/healthz', (c) => c.json({ status: 'ok', version: openapiDocument.info.version }));
  app.get('/readyz', async (c) => {
    try {
      await deps.db.query('SELECT 1');
      return c.json({ status: 'ok', version: openapiDocument.info.version });
    } catch (cause) {
      throw new HttpProblem(503, 'service_unavailable', { cause, headers: { 'Retry-After': '1' } });
    }
  });
  app.get('/openapi.json', (c) => c.json(openapiDocument));
  app.get('/', (c) => c.html(referenceHtml(openapiDocument)));
  app.get('/docs', (c) => c.html(referenceHtml(openapiDocument)));

  if (deps.config.demoPersonas) {
    // The demo portal signs in as any seeded clinician. Only `serve --demo` outside production turns this on.
    app.get('/dev/personas', async (c) => {
      const items = await Promise.all(
        CLINICIANS.map(async (person) => ({
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
        })),
      );
      return c.json({ items });
    });
  }

  if (deps.config.faults) {
    app.use('/v1/*', faultMiddleware());
  }

  app.use('/v1/*', async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(header);
    const actor = match?.[1] ? await verifyToken(match[1], deps.config.tokenSecret, deps.clock()) : undefined;
    if (!actor) {
      throw new HttpProblem(401, 'unauthenticated', {
        headers: { 'WWW-Authenticate': 'Bearer realm="yilian"' },
      });
    }
    c.set('actor', actor);
    if (deps.config.rateLimitPerMinute > 0) {
      await enforceRateLimit(deps, `clinician:${actor.institutionId}:${actor.clinicianId}`);
    }
    await next();
  });

  registerDirectoryRoutes(app);
  registerReferralRoutes(app);
  registerDispatchRoutes(app);
  registerRecognitionRoutes(app);
  registerEventRoutes(app);
  return app;
}

async function enforceRateLimit(deps: Deps, bucket: string): Promise<void> {
  const now = deps.clock();
  const windowStart = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  // The counter lives in the database so every server process behind a load balancer shares it.
  const { rows } = await deps.db.query<{ count: number }>(
    `INSERT INTO rate_limits (bucket, window_start, count) VALUES ($1, $2, 1)
     ON CONFLICT (bucket, window_start) DO UPDATE SET count = rate_limits.count + 1 RETURNING count`,
    [bucket, windowStart],
  );
  const count = rows[0]?.count ?? 0;
  if (count > deps.config.rateLimitPerMinute) {
    const retryAfter = Math.max(1, Math.ceil((windowStart.getTime() + 60_000 - now.getTime()) / 1000));
    throw new HttpProblem(429, 'rate_limited', { headers: { 'Retry-After': String(retryAfter) } });
  }
}
