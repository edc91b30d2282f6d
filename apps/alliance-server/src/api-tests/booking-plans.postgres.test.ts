// The booking's prepared statements on a real PostgreSQL (#12). A connection plans a prepared statement once for
// any parameters (its generic plan) and keeps that plan while the table grows. The patient's bookings must then
// be found through an index that leads with the patient: one that only filters on the patient reads every active
// booking of the activity, a cost that grows with each booking (the bench saw 0.03 ms become 2 ms).
import { residentIdCheckDigit } from '@yilian/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Queryable } from '../db/database.js';
import { PATIENT_ACCOUNTS } from '../seed/dispatch.js';
import type { TestServer } from '../testing/harness.js';
import { createTestServer, postgresTestDatabase, postgresUrl } from '../testing/harness.js';

const url = postgresUrl();
const slot = (expert: string, hhmm: string) => `slt_jm_bg_free_clinic_20261212_${expert}_${hhmm}`;

type Statement = { sql: string; params: readonly unknown[] };
type PlanNode = {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
};

/** A database that hands every statement it is sent, in a transaction or not, to `record`. */
function recording(db: Database, record: (s: Statement) => void): Database {
  const recorded = (q: Queryable): Queryable => ({
    query: (sql, params = []) => {
      record({ sql, params });
      return q.query(sql, params);
    },
    exec: (sql) => q.exec(sql),
  });
  return {
    ...db,
    ...recorded(db),
    transaction: (work) => db.transaction((tx) => work(recorded(tx))),
  };
}

/** Every read of `table` in a plan (not its writes), as `Index Scan appointments_one_per_expert` or `Seq Scan`. */
function scansOf(node: PlanNode, table: string, found: string[] = []): string[] {
  if (node['Relation Name'] === table && node['Node Type'] !== 'ModifyTable') {
    found.push(`${node['Node Type']}${node['Index Name'] ? ` ${node['Index Name']}` : ''}`);
  }
  if (node['Node Type'] === 'Bitmap Index Scan' && node['Index Name']?.startsWith(`${table}_`)) {
    found.push(`${node['Node Type']} ${node['Index Name']}`);
  }
  for (const child of node.Plans ?? []) {
    scansOf(child, table, found);
  }
  return found;
}

/** The generic plan of `statement`: the one a connection caches for a prepared statement after a few runs. */
async function genericPlan(db: Database, statement: Statement): Promise<PlanNode> {
  return db.transaction(async (tx) => {
    await tx.query('SET LOCAL plan_cache_mode = force_generic_plan');
    await tx.query(`PREPARE yl_plan_probe AS ${statement.sql}`);
    // EXECUTE takes no bound parameters: each value goes as the literal of the text the driver would send.
    const literals: string[] = [];
    for (const value of statement.params) {
      const { rows } = await tx.query<{ literal: string }>('SELECT quote_nullable($1::text) AS literal', [
        value,
      ]);
      literals.push(rows[0]!.literal);
    }
    const { rows } = await tx.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
      `EXPLAIN (FORMAT JSON) EXECUTE yl_plan_probe${literals.length ? `(${literals.join(', ')})` : ''}`,
    );
    // A prepared statement outlives the transaction: it is dropped here, on the connection that made it.
    await tx.query('DEALLOCATE yl_plan_probe');
    return rows[0]!['QUERY PLAN'][0].Plan;
  });
}

/** The first column of each index of `table`, by index name. */
async function leadingColumns(db: Queryable, table: string): Promise<Map<string, string>> {
  const { rows } = await db.query<{ index: string; leading: string }>(
    `SELECT c.relname AS index, pg_get_indexdef(i.indexrelid, 1, true) AS leading
     FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = $1::regclass`,
    [table],
  );
  return new Map(rows.map((r) => [r.index, r.leading]));
}

describe.skipIf(!url)('the booking statements on PostgreSQL', () => {
  let pg: Awaited<ReturnType<typeof postgresTestDatabase>>;
  let server: TestServer;
  const statements: Statement[] = [];

  beforeAll(async () => {
    pg = await postgresTestDatabase(url!);
    server = await createTestServer({ db: recording(pg.db, (s) => statements.push(s)) });
    // A clinician's booking (a snapshot, then one statement) and a patient's own (in a transaction).
    const body = '15020319800307012';
    const desk = await server.call('bookAppointment', {
      token: await server.tokenFor('cln_bg_coord_han'),
      body: {
        slotId: slot('pkuph_gastro_tang', '0900'),
        patient: {
          name: '计划患者',
          sex: 'male',
          birthDate: '1980-03-07',
          idType: 'resident_id_card',
          idNumber: body + residentIdCheckDigit(body),
        },
        consent: {
          purpose: 'referral_transfer',
          grantedAt: '2026-11-23T08:00:00+08:00',
          recordedBy: 'cln_bg_coord_han',
          method: 'written',
        },
      },
    });
    const wang = PATIENT_ACCOUNTS.find((p) => p.id === 'pat_bg_wang_lan')!;
    const own = await server.call('bookAppointment', {
      token: await server.tokenForPatient('pat_bg_wang_lan'),
      body: {
        slotId: slot('pumch_cardio_zhou', '1000'),
        patient: { ...wang.demo, idType: 'resident_id_card', phone: '13912345678' },
        consent: {
          purpose: 'referral_transfer',
          grantedAt: '2026-11-23T08:55:00+08:00',
          method: 'electronic_signature',
        },
      },
    });
    expect([desk.status, own.status]).toEqual([201, 201]);
  }, 120_000);

  afterAll(async () => {
    await pg?.drop();
  });

  it('finds the patient’s bookings through an index that leads with the patient, in every generic plan', async () => {
    const lookups = statements.filter((s) => /FROM appointments a JOIN slots hs/.test(s.sql));
    // The snapshot (clinician), the facts and the claim (patient): each reads the patient's bookings.
    expect(lookups.length).toBeGreaterThanOrEqual(3);
    const leading = await leadingColumns(pg.db, 'appointments');
    // Planned on fresh tables without statistics (a server starting with its database), and again once the
    // activity holds thousands of other patients' bookings and the statistics say so. (A few rows with statistics
    // are read whole, rightly: each ANALYZE replans, before the table is much bigger.)
    for (const grown of [false, true]) {
      if (grown) {
        await pg.db.query(
          `INSERT INTO appointments SELECT (jsonb_populate_record(a, jsonb_build_object(
             'id', a.id || '_' || n, 'patient_key', md5(a.patient_key || n)))).*
           FROM appointments a, generate_series(1, 5000) n WHERE a.id = (SELECT min(id) FROM appointments)`,
        );
        await pg.db.query('ANALYZE appointments');
      }
      for (const lookup of lookups) {
        const scans = scansOf(await genericPlan(pg.db, lookup), 'appointments');
        const label = `${lookup.sql.replace(/\s+/g, ' ').slice(0, 60)}… (grown: ${grown})`;
        expect(scans.length, label).toBeGreaterThan(0);
        for (const scan of scans) {
          const index = scan.split(' ').pop()!;
          expect(scan, label).toMatch(/Index/);
          expect(leading.get(index), `${label}: ${scan}`).toBe('patient_key');
        }
      }
    }
  });
});
