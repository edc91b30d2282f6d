import type { Hono } from 'hono';
import type { AppEnv } from '../context.js';
import { defineRoute, reply } from '../http/route.js';
import { getAlliance, listAlliances } from '../use-cases/directory/alliances.js';
import { getClinician, listClinicians, listExperts } from '../use-cases/directory/clinicians.js';
import { getCurrentActor } from '../use-cases/directory/current-actor.js';
import { getInstitution, listDepartments, listInstitutions } from '../use-cases/directory/institutions.js';

export function registerDirectoryRoutes(app: Hono<AppEnv>): void {
  defineRoute(app, 'getCurrentActor', async ({ actor, deps }) =>
    reply('getCurrentActor', 200, await getCurrentActor({ db: deps.db, actor })),
  );

  defineRoute(app, 'listAlliances', async ({ actor, deps }) =>
    reply('listAlliances', 200, await listAlliances({ db: deps.db, actor })),
  );

  defineRoute(app, 'getAlliance', async ({ actor, deps, path }) =>
    reply('getAlliance', 200, await getAlliance({ db: deps.db, actor }, path.allianceId)),
  );

  defineRoute(app, 'listInstitutions', async ({ actor, deps, query }) =>
    reply('listInstitutions', 200, await listInstitutions({ db: deps.db, actor }, query)),
  );

  defineRoute(app, 'getInstitution', async ({ actor, deps, path }) =>
    reply('getInstitution', 200, await getInstitution({ db: deps.db, actor }, path.institutionId)),
  );

  defineRoute(app, 'listDepartments', async ({ actor, deps, path }) =>
    reply('listDepartments', 200, await listDepartments({ db: deps.db, actor }, path.institutionId)),
  );

  defineRoute(app, 'listClinicians', async ({ actor, deps, query }) =>
    reply('listClinicians', 200, await listClinicians({ db: deps.db, actor }, query)),
  );

  defineRoute(app, 'listExperts', async ({ actor, deps, query }) =>
    reply('listExperts', 200, await listExperts({ db: deps.db, actor }, query)),
  );

  defineRoute(app, 'getClinician', async ({ actor, deps, path }) =>
    reply('getClinician', 200, await getClinician({ db: deps.db, actor }, path.clinicianId)),
  );
}
