// The referral list reads the reader's two sides apart (what it sends; what it receives once submitted), each on its
// own index with its own keyset and limit, and merges them with UNION ALL (stores/referral-store.ts, #12). These
// tests pin that the merge lists exactly what the visibility rule written as one OR lists: the same rows, in the
// same order, page after page through the cursors, with every filter and both orders, on data mixing both sides,
// ties on the creation instant and referrals of other institutions; on PGlite and, with DATABASE_URL, PostgreSQL.
import type { components } from '@yilian/contract';
import { beforeAll, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import type { CallOptions } from '../testing/harness.js';
import { exampleReferral, onBothDatabases } from '../testing/harness.js';

type Referral = components['schemas']['Referral'];
type ReferralPage = components['schemas']['ReferralPage'];
type Query = NonNullable<CallOptions['query']>;

const INSTITUTIONS = ['ins_cangzhou_central', 'ins_pumch', 'ins_tiantan', 'ins_baogang'];
/** Two departments of each reader's institution; referrals of the others carry none. */
const DEPARTMENTS: Record<string, [string, string]> = {
  ins_cangzhou_central: ['dep_cz_neurology', 'dep_cz_cardiology'],
  ins_pumch: ['dep_pumch_neurology', 'dep_pumch_cardiology'],
};
const STATUSES = ['draft', 'submitted', 'accepted', 'closed', 'cancelled', 'submitted', 'rejected'];
const URGENCIES = ['routine', 'urgent', 'green_channel', 'routine', 'urgent'];
const ROWS = 150;

const department = (column: string, g: string) =>
  `CASE ${column} ${Object.entries(DEPARTMENTS)
    .map(([id, [a, b]]) => `WHEN '${id}' THEN (ARRAY['${a}', '${b}', NULL])[1 + ${g} % 3]`)
    .join(' ')} END`;

/**
 * Clones one referral the API created into `ROWS` referrals between four institutions (never one on both sides:
 * the table refuses it), in every status (drafts unsubmitted) and urgency, up and down, some without an answer
 * deadline, three at each creation instant so the id breaks ties, numbers in ten-row prefixes. Every deadline lies
 * after the test's clock, so no list read sweeps anything and the rows stay as written.
 */
async function grow(db: Database, templateId: string): Promise<void> {
  const list = `ARRAY[${INSTITUTIONS.map((id) => `'${id}'`).join(', ')}]`;
  const n = INSTITUTIONS.length;
  const sending = `(${list})[1 + g % ${n}]`;
  const receiving = `(${list})[1 + (g % ${n} + 1 + (g / ${n}) % ${n - 1}) % ${n}]`;
  const status = `(ARRAY[${STATUSES.map((s) => `'${s}'`).join(', ')}])[1 + g % ${STATUSES.length}]`;
  const urgency = `(ARRAY[${URGENCIES.map((u) => `'${u}'`).join(', ')}])[1 + g % ${URGENCIES.length}]`;
  await db.exec(`
INSERT INTO referrals (id, number, version, status, direction, urgency, green_channel_category, sending_institution_id,
  sending_department_id, receiving_institution_id, receiving_department_id, patient, patient_key, diagnosis, reason,
  details, consent, submitted_at, answer_due_at, expires_at, created_at, updated_at, created_by)
SELECT 'ref_sides' || lpad(g::text, 4, '0'), 'ZZ-20261201-' || lpad(g::text, 6, '0'), 1, s.status,
  CASE WHEN g % 2 = 0 THEN 'up' ELSE 'down' END, s.urgency,
  CASE WHEN s.urgency = 'green_channel' THEN 'stroke' END,
  s.sending, ${department('s.sending', 'g')}, s.receiving, ${department('s.receiving', '(g / 5)')},
  t.patient, t.patient_key, t.diagnosis, t.reason, t.details, t.consent,
  CASE WHEN s.status <> 'draft' THEN t.created_at - (g / 3) * interval '1 hour' END,
  CASE WHEN s.status <> 'draft' AND g % 4 <> 0 THEN t.created_at + interval '3 days' + (g % 11) * interval '1 hour' END,
  CASE WHEN s.status <> 'draft' AND s.urgency <> 'green_channel' THEN t.created_at + interval '30 days' END,
  t.created_at - (g / 3) * interval '1 hour', t.created_at - (g / 3) * interval '1 hour', t.created_by
FROM referrals t, generate_series(1, ${ROWS}) AS g,
  LATERAL (SELECT ${sending} AS sending, ${receiving} AS receiving, ${status} AS status, ${urgency} AS urgency) s
WHERE t.id = '${templateId}';
ANALYZE referrals;`);
}

/**
 * The reader's referrals matching a query, in its order, as one statement with the visibility rule written as an OR
 * (the shape the list had before it read the sides apart): what every page walk must add up to.
 */
async function expected(db: Database, reader: string, query: Query): Promise<string[]> {
  const params: unknown[] = [reader];
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const sends = 'r.sending_institution_id = $1';
  const receives = '(r.receiving_institution_id = $1 AND r.submitted_at IS NOT NULL)';
  const where = [`(${sends} OR ${receives})`];
  if (query.side === 'sending') {
    where.push(sends);
  }
  if (query.side === 'receiving') {
    where.push(receives);
  }
  if (query.departmentId) {
    const d = p(query.departmentId);
    where.push(
      `((${sends} AND r.sending_department_id = ${d}) OR (${receives} AND r.receiving_department_id = ${d}))`,
    );
  }
  if (query.status) {
    where.push(`r.status = ANY(${p(query.status)})`);
  }
  if (query.direction) {
    where.push(`r.direction = ${p(query.direction)}`);
  }
  if (query.urgency) {
    where.push(`r.urgency = ${p(query.urgency)}`);
  }
  if (query.partyInstitutionId) {
    const party = p(query.partyInstitutionId);
    where.push(`(r.sending_institution_id = ${party} OR r.receiving_institution_id = ${party})`);
  }
  if (query.createdFrom) {
    where.push(`r.created_at >= ${p(new Date(String(query.createdFrom)))}`);
  }
  if (query.createdTo) {
    where.push(`r.created_at < ${p(new Date(String(query.createdTo)))}`);
  }
  if (query.q) {
    where.push(`r.number LIKE ${p(`${String(query.q).toUpperCase()}%`)}`);
  }
  const order =
    query.sort === 'green_first'
      ? `CASE r.urgency WHEN 'green_channel' THEN 0 WHEN 'urgent' THEN 1 ELSE 2 END,
         COALESCE(r.answer_due_at, 'infinity'::timestamptz), r.created_at, r.id`
      : 'r.created_at DESC, r.id DESC';
  const { rows } = await db.query<{ id: string }>(
    `SELECT r.id FROM referrals r WHERE ${where.join(' AND ')} ORDER BY ${order}`,
    params,
  );
  return rows.map((row) => row.id);
}

const FILTERS: [string, Query][] = [
  ['no filter', {}],
  ['two statuses', { status: ['submitted', 'accepted'] }],
  ['drafts', { status: ['draft'] }],
  ['a direction', { direction: 'down' }],
  ['an urgency', { urgency: 'green_channel' }],
  ['the sending side', { side: 'sending' }],
  ['the receiving side', { side: 'receiving' }],
  ['a party', { partyInstitutionId: 'ins_tiantan' }],
  ['a creation window', { createdFrom: '2026-11-21T00:00:00+08:00', createdTo: '2026-11-22T12:00:00+08:00' }],
  ['a number prefix, in lower case', { q: 'zz-20261201-00004' }],
  [
    'a status on the receiving side, routine',
    { status: ['submitted'], side: 'receiving', urgency: 'routine' },
  ],
];

onBothDatabases('the referral list read side by side', (serverOf) => {
  const readers: { institution: string; token: string; departments: [string, string] }[] = [];

  beforeAll(async () => {
    const server = serverOf();
    const wang = await server.tokenFor('cln_cz_neuro_wang');
    const created = await server.call<Referral>('createReferral', {
      token: wang,
      body: exampleReferral(),
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    await grow(serverOf().db, created.body.id);
    readers.push(
      { institution: 'ins_cangzhou_central', token: wang, departments: DEPARTMENTS.ins_cangzhou_central! },
      {
        institution: 'ins_pumch',
        token: await server.tokenFor('cln_pumch_neuro_zhang'),
        departments: DEPARTMENTS.ins_pumch!,
      },
    );
  });

  /** Every page of a query, 7 rows at a time, through the cursors. */
  async function walk(token: string, query: Query): Promise<string[]> {
    const server = serverOf();
    const ids: string[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 100; pages++) {
      const res = await server.call<ReferralPage>('listReferrals', {
        token,
        query: { ...query, limit: 7, cursor },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(7);
      ids.push(...res.body.items.map((r) => r.id));
      if (!res.body.nextCursor) {
        return ids;
      }
      expect(res.body.items).toHaveLength(7);
      cursor = res.body.nextCursor;
    }
    throw new Error('more than 100 pages');
  }

  it('mixes sent and received referrals, with ties on the creation instant, for both readers', async () => {
    for (const reader of readers) {
      const all = await expected(serverOf().db, reader.institution, {});
      const { rows } = await serverOf().db.query<{ sends: number; receives: number }>(
        `SELECT count(*) FILTER (WHERE sending_institution_id = $1)::int AS sends,
           count(*) FILTER (WHERE receiving_institution_id = $1 AND submitted_at IS NOT NULL)::int AS receives
         FROM referrals WHERE id = ANY($2)`,
        [reader.institution, all],
      );
      expect(rows[0]!.sends).toBeGreaterThan(20);
      expect(rows[0]!.receives).toBeGreaterThan(20);
      expect(all.length).toBeLessThan(ROWS);
    }
  });

  for (const sort of ['newest', 'green_first'] as const) {
    it.each(FILTERS)(
      `lists with %s in the ${sort} order what the OR of the two sides lists, page by page`,
      async (_, filter) => {
        for (const reader of readers) {
          const query = { ...filter, sort };
          const want = await expected(serverOf().db, reader.institution, query);
          expect(await walk(reader.token, query)).toEqual(want);
        }
      },
    );

    it(`lists a department of each side of the reader in the ${sort} order as the OR lists it`, async () => {
      for (const reader of readers) {
        for (const departmentId of reader.departments) {
          for (const side of [undefined, 'sending', 'receiving'] as const) {
            const query = { departmentId, side, sort };
            const want = await expected(serverOf().db, reader.institution, query);
            expect(want.length).toBeGreaterThan(0);
            expect(await walk(reader.token, query)).toEqual(want);
          }
        }
      }
    });
  }

  it('can never hold a referral with one institution on both sides, so UNION ALL never lists one twice', async () => {
    await expect(
      serverOf().db.query(
        `UPDATE referrals SET receiving_institution_id = sending_institution_id WHERE id = 'ref_sides0001'`,
      ),
    ).rejects.toThrow(/check constraint/);
  });
});
