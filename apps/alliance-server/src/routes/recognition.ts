import type { Hono } from 'hono';
import type { AppEnv } from '../context.js';
import { defineRoute, reply } from '../http/route.js';
import { checkOrder } from '../use-cases/recognition/check-order.js';
import { checkRecognition } from '../use-cases/recognition/check-recognition.js';
import { getCatalogue } from '../use-cases/recognition/get-catalogue.js';
import { getResult } from '../use-cases/recognition/get-result.js';
import { getResultTimeline } from '../use-cases/recognition/get-result-timeline.js';
import { listQualifications } from '../use-cases/recognition/list-qualifications.js';
import { listRecognitionLists } from '../use-cases/recognition/list-recognition-lists.js';
import { listRecognitionRegions } from '../use-cases/recognition/list-regions.js';
import { recordAdoption } from '../use-cases/recognition/record-adoption.js';
import { recordRetest } from '../use-cases/recognition/record-retest.js';
import { registerResult } from '../use-cases/recognition/register-result.js';
import { searchResults } from '../use-cases/recognition/search-results.js';

/**
 * Mutual recognition of results (检查检验结果互认): regions and their lists, results, recognition and order checks,
 * adoption decisions and re-test records.
 */
export function registerRecognitionRoutes(app: Hono<AppEnv>): void {
  defineRoute(app, 'getRecognitionCatalogue', async ({ actor, deps, query }) =>
    reply('getRecognitionCatalogue', 200, await getCatalogue({ db: deps.db, actor }, query)),
  );

  defineRoute(app, 'listQualifications', async ({ actor, deps, path }) =>
    reply('listQualifications', 200, await listQualifications({ db: deps.db, actor }, path.itemCode)),
  );

  defineRoute(
    app,
    'registerResult',
    async ({ actor, deps, body, now }, tx) => {
      const result = await registerResult({ db: tx, actor, now, config: deps.config }, body);
      return reply('registerResult', 201, result, { Location: `/v1/results/${result.id}` });
    },
    { idempotent: true },
  );

  defineRoute(app, 'searchResults', async ({ actor, deps, body, now }) =>
    reply('searchResults', 200, await searchResults({ db: deps.db, actor, now, config: deps.config }, body)),
  );

  defineRoute(app, 'getResult', async ({ actor, deps, path }) =>
    reply('getResult', 200, await getResult({ db: deps.db, actor }, path.resultId)),
  );

  defineRoute(app, 'checkRecognition', async ({ actor, deps, body }) =>
    reply('checkRecognition', 200, await checkRecognition({ db: deps.db, actor }, body)),
  );

  defineRoute(
    app,
    'recordRetest',
    async ({ actor, body, now }, tx) =>
      reply('recordRetest', 201, await recordRetest({ db: tx, actor, now }, body)),
    { idempotent: true },
  );

  defineRoute(app, 'listRecognitionRegions', async ({ deps }) =>
    reply('listRecognitionRegions', 200, await listRecognitionRegions({ db: deps.db })),
  );

  defineRoute(app, 'listRecognitionLists', async ({ deps, query, now }) =>
    reply('listRecognitionLists', 200, await listRecognitionLists({ db: deps.db, now }, query)),
  );

  defineRoute(app, 'checkOrder', async ({ actor, deps, body, now }) =>
    reply('checkOrder', 200, await checkOrder({ db: deps.db, actor, now, config: deps.config }, body)),
  );

  defineRoute(
    app,
    'recordAdoption',
    async ({ actor, body, now }, tx) =>
      reply('recordAdoption', 201, await recordAdoption({ db: tx, actor, now }, body)),
    { idempotent: true },
  );

  defineRoute(app, 'getResultTimeline', async ({ actor, deps, path }) =>
    reply('getResultTimeline', 200, await getResultTimeline({ db: deps.db, actor }, path.resultId)),
  );
}
