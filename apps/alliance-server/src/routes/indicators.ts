import type { Hono } from 'hono';
import type { AppEnv } from '../context.js';
import { defineRoute, reply } from '../http/route.js';
import { exportIndicators } from '../use-cases/indicators/export-indicators.js';
import { getIndicators } from '../use-cases/indicators/get-indicators.js';

/** Alliance indicators (成效监测): the figures a coordinator reports, as JSON and as CSV. */
export function registerIndicatorRoutes(app: Hono<AppEnv>): void {
  defineRoute(app, 'getIndicators', async ({ actor, deps, query, now }) =>
    reply('getIndicators', 200, await getIndicators({ db: deps.db, actor, now }, query)),
  );

  defineRoute(app, 'exportIndicators', async ({ c, actor, deps, query, now }) => {
    const { csv, filename } = await exportIndicators(
      { db: deps.db, actor, now, locale: c.get('locale') ?? 'zh-CN' },
      query,
    );
    return {
      status: 200,
      body: undefined,
      // Through the context, so the response keeps the headers the middleware set (X-Request-Id).
      response: c.body(csv, 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${filename}"`,
        'content-language': c.get('locale') ?? 'zh-CN',
      }),
    };
  });
}
