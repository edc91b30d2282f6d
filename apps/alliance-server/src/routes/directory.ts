import type { components } from '@yilian/contract';
import type { Hono } from 'hono';
import type { AppEnv } from '../context.js';
import type { Queryable } from '../db/database.js';
import { problems } from '../http/problem.js';
import { defineRoute, reply } from '../http/route.js';
import {
  allianceNeighbours,
  canReadFullIdentity,
  compact,
  decodeCursor,
  encodeCursor,
} from '../services/common.js';

type Institution = components['schemas']['Institution'];
type Clinician = components['schemas']['Clinician'];
type Alliance = components['schemas']['Alliance'];

interface InstitutionRow {
  id: string;
  name_zh: string;
  name_en: string | null;
  uscc: string;
  level: Institution['level'];
  type: Institution['type'];
  region_code: string;
  region_name: string;
  phone: string | null;
  memberships: { allianceId: string; role: 'lead' | 'member' }[];
}

const INSTITUTION_SELECT = `SELECT i.*, COALESCE((SELECT json_agg(json_build_object('allianceId', m.alliance_id, 'role', m.role) ORDER BY m.alliance_id)
  FROM alliance_members m WHERE m.institution_id = i.id), '[]') AS memberships FROM institutions i`;

function toInstitution(row: InstitutionRow): Institution {
  return compact({
    id: row.id,
    name: compact({ zh: row.name_zh, en: row.name_en ?? undefined }),
    uscc: row.uscc,
    level: row.level,
    type: row.type,
    region: { code: row.region_code, name: row.region_name },
    memberships: row.memberships,
    phone: row.phone ?? undefined,
  });
}

interface ClinicianRow {
  id: string;
  name: string;
  institution_id: string;
  department_id: string | null;
  title: Clinician['title'];
  specialties: string[];
  is_expert: boolean;
  bio: string | null;
}

function toClinician(row: ClinicianRow): Clinician {
  return compact({
    id: row.id,
    name: row.name,
    institutionId: row.institution_id,
    departmentId: row.department_id ?? undefined,
    title: row.title,
    specialties: row.specialties,
    isExpert: row.is_expert,
    bio: row.bio ?? undefined,
  });
}

async function alliancesOf(db: Queryable, institutionId: string): Promise<Alliance[]> {
  const { rows } = await db.query<{
    id: string;
    name_zh: string;
    name_en: string | null;
    kind: Alliance['kind'];
    recognition_scope: string;
    established_on: Date | string;
    leads: string[];
    members: string[];
  }>(
    `SELECT a.*,
       ARRAY(SELECT institution_id FROM alliance_members WHERE alliance_id = a.id AND role = 'lead' ORDER BY institution_id) AS leads,
       ARRAY(SELECT institution_id FROM alliance_members WHERE alliance_id = a.id AND role = 'member' ORDER BY institution_id) AS members
     FROM alliances a WHERE a.id IN (SELECT alliance_id FROM alliance_members WHERE institution_id = $1) ORDER BY a.id`,
    [institutionId],
  );
  return rows.map((r) => ({
    id: r.id,
    name: compact({ zh: r.name_zh, en: r.name_en ?? undefined }),
    kind: r.kind,
    leadInstitutionIds: r.leads,
    memberInstitutionIds: r.members,
    recognitionScope: r.recognition_scope,
    establishedOn:
      typeof r.established_on === 'string' ? r.established_on.slice(0, 10) : localDate(r.established_on),
  }));
}

// `date` columns arrive as a Date at local midnight of the database session; read the calendar day back out.
function localDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Keyset pagination on `id`: fetch one row more than the page to know whether another page follows. */
function page<T extends { id: string }>(rows: T[], limit: number): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor([last.id]) : null };
}

function cursorId(cursor: string | undefined): string {
  if (cursor === undefined) {
    return '';
  }
  const key = decodeCursor(cursor);
  if (!key || typeof key[0] !== 'string') {
    throw problems.validation([{ pointer: '#query/cursor', code: 'invalid_format' }]);
  }
  return key[0];
}

export function registerDirectoryRoutes(app: Hono<AppEnv>): void {
  defineRoute(app, 'getCurrentActor', async ({ actor, deps }) => {
    const alliances = await alliancesOf(deps.db, actor.institutionId);
    const { rows } = await deps.db.query<{ name: string }>('SELECT name FROM clinicians WHERE id = $1', [
      actor.clinicianId,
    ]);
    return reply('getCurrentActor', 200, {
      ...compact({ name: rows[0]?.name ?? actor.name }),
      institutionId: actor.institutionId,
      role: actor.role,
      clinicianId: actor.clinicianId,
      allianceIds: alliances.map((a) => a.id),
      canReadFullIdNumbers: canReadFullIdentity(actor),
    });
  });

  defineRoute(app, 'listAlliances', async ({ actor, deps }) =>
    reply('listAlliances', 200, { items: await alliancesOf(deps.db, actor.institutionId) }),
  );

  defineRoute(app, 'getAlliance', async ({ actor, deps, path }) => {
    const alliance = (await alliancesOf(deps.db, actor.institutionId)).find((a) => a.id === path.allianceId);
    if (!alliance) {
      throw problems.notFound();
    }
    return reply('getAlliance', 200, alliance);
  });

  defineRoute(app, 'listInstitutions', async ({ actor, deps, query }) => {
    const visible = await allianceNeighbours(deps.db, actor.institutionId);
    const limit = query.limit ?? 20;
    const params: unknown[] = [visible, cursorId(query.cursor), limit + 1];
    const where = ['i.id = ANY($1)', 'i.id > $2'];
    if (query.allianceId || query.role) {
      params.push(query.allianceId ?? null, query.role ?? null);
      where.push(`EXISTS (SELECT 1 FROM alliance_members m WHERE m.institution_id = i.id
        AND ($${params.length - 1}::text IS NULL OR m.alliance_id = $${params.length - 1})
        AND ($${params.length}::text IS NULL OR m.role = $${params.length})
        AND m.alliance_id IN (SELECT alliance_id FROM alliance_members WHERE institution_id = $${params.length + 1}))`);
      params.push(actor.institutionId);
    }
    if (query.level) {
      params.push(query.level);
      where.push(`i.level = $${params.length}`);
    }
    if (query.q) {
      params.push(`%${query.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`);
      where.push(`(i.name_zh ILIKE $${params.length} OR i.name_en ILIKE $${params.length})`);
    }
    const { rows } = await deps.db.query<InstitutionRow>(
      `${INSTITUTION_SELECT} WHERE ${where.join(' AND ')} ORDER BY i.id LIMIT $3`,
      params,
    );
    const result = page(rows, limit);
    return reply('listInstitutions', 200, {
      items: result.items.map(toInstitution),
      nextCursor: result.nextCursor,
    });
  });

  defineRoute(app, 'getInstitution', async ({ actor, deps, path }) => {
    const visible = await allianceNeighbours(deps.db, actor.institutionId);
    const { rows } = await deps.db.query<InstitutionRow>(
      `${INSTITUTION_SELECT} WHERE i.id = $1 AND i.id = ANY($2)`,
      [path.institutionId, visible],
    );
    if (!rows[0]) {
      throw problems.notFound();
    }
    return reply('getInstitution', 200, toInstitution(rows[0]));
  });

  defineRoute(app, 'listDepartments', async ({ actor, deps, path }) => {
    const visible = await allianceNeighbours(deps.db, actor.institutionId);
    if (!visible.includes(path.institutionId)) {
      throw problems.notFound();
    }
    const { rows } = await deps.db.query<{
      id: string;
      institution_id: string;
      code: string;
      name_zh: string;
      name_en: string | null;
    }>('SELECT * FROM departments WHERE institution_id = $1 ORDER BY code', [path.institutionId]);
    return reply('listDepartments', 200, {
      items: rows.map((r) => ({
        id: r.id,
        institutionId: r.institution_id,
        code: r.code,
        name: compact({ zh: r.name_zh, en: r.name_en ?? undefined }),
      })),
    });
  });

  const listClinicianRows = async (
    db: Queryable,
    visible: string[],
    filters: {
      institutionId?: string;
      departmentId?: string;
      isExpert?: boolean;
      departmentCode?: string;
      specialty?: string;
      allianceId?: string;
    },
    cursor: string | undefined,
    limit: number,
  ) => {
    const params: unknown[] = [visible, cursorId(cursor), limit + 1];
    const where = ['c.institution_id = ANY($1)', 'c.id > $2'];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filters.institutionId) {
      add('c.institution_id = ?', filters.institutionId);
    }
    if (filters.departmentId) {
      add('c.department_id = ?', filters.departmentId);
    }
    if (filters.isExpert !== undefined) {
      add('c.is_expert = ?', filters.isExpert);
    }
    if (filters.departmentCode) {
      add('c.department_id IN (SELECT id FROM departments WHERE code = ?)', filters.departmentCode);
    }
    if (filters.specialty) {
      add('? = ANY(c.specialties)', filters.specialty);
    }
    if (filters.allianceId) {
      add(
        'c.institution_id IN (SELECT institution_id FROM alliance_members WHERE alliance_id = ?)',
        filters.allianceId,
      );
    }
    const { rows } = await db.query<ClinicianRow>(
      `SELECT c.* FROM clinicians c WHERE ${where.join(' AND ')} ORDER BY c.id LIMIT $3`,
      params,
    );
    const result = page(rows, limit);
    return { items: result.items.map(toClinician), nextCursor: result.nextCursor };
  };

  defineRoute(app, 'listClinicians', async ({ actor, deps, query }) => {
    const visible = await allianceNeighbours(deps.db, actor.institutionId);
    return reply(
      'listClinicians',
      200,
      await listClinicianRows(deps.db, visible, query, query.cursor, query.limit ?? 20),
    );
  });

  defineRoute(app, 'listExperts', async ({ actor, deps, query }) => {
    const visible = await allianceNeighbours(deps.db, actor.institutionId);
    return reply(
      'listExperts',
      200,
      await listClinicianRows(
        deps.db,
        visible,
        { ...query, isExpert: true },
        query.cursor,
        query.limit ?? 20,
      ),
    );
  });

  defineRoute(app, 'getClinician', async ({ actor, deps, path }) => {
    const visible = await allianceNeighbours(deps.db, actor.institutionId);
    const { rows } = await deps.db.query<ClinicianRow>(
      'SELECT * FROM clinicians WHERE id = $1 AND institution_id = ANY($2)',
      [path.clinicianId, visible],
    );
    if (!rows[0]) {
      throw problems.notFound();
    }
    return reply('getClinician', 200, toClinician(rows[0]));
  });
}
