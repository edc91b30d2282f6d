import type { components } from '@yilian/contract';
import { residentIdCheckDigit } from '@yilian/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../testing/harness.js';
import { createTestServer, postgresTestDatabase, postgresUrl } from '../testing/harness.js';

type Appointment = components['schemas']['Appointment'];
type Patient = components['schemas']['Patient'];
type Problem = components['schemas']['Problem'];
/** A 2xx appointment, or a problem's `code` and `errors` (`status` means different things in the two). */
type AppointmentOrProblem = Appointment & Partial<Pick<Problem, 'code' | 'errors'>>;
type Slot = components['schemas']['Slot'];

// The 义诊 at 包钢 on Saturday 12 December: 14 experts over 12 departments, hourly slots of 6 places.
const FREE_CLINIC = 'act_jm_bg_free_clinic_20261212';
const HOURS = ['0800', '0900', '1000', '1100', '1300', '1400', '1500'];
const slotOf = (expert: string, hhmm: string) => `slt_jm_bg_free_clinic_20261212_${expert}_${hhmm}`;
const slotAt = (hhmm: string) => slotOf('sg_rehab_ma', hhmm);
/** The 09:00 slots of ten experts in ten departments: one patient can be in only one of them. */
const NINE_OCLOCK = [
  'pkuph_gastro_tang',
  'tiantan_neuro_feng',
  'pumch_cardio_zhou',
  'pumch_endo_chen',
  'pkuph_surg_song',
  'sg_ortho_luo',
  'pkuph_obgyn_xie',
  'pumch_peds_jiang',
  'tiantan_eye_wei',
  'tiantan_ent_pan',
].map((expert) => slotOf(expert, '0900'));
/** The 呼吸内科 of the day: two experts, seven hours each. */
const RESPIRATORY = ['pkuph_resp_guo', 'pkuph_resp_bai'].flatMap((expert) =>
  HOURS.map((hhmm) => slotOf(expert, hhmm)),
);

/** Patient `n` born on `birthDate`, with a valid 居民身份证号 (包头 昆都仑区). */
function patient(n: number, birthDate = '1970-01-01'): Patient {
  const body = `150203${birthDate.replace(/-/g, '')}${String(n).padStart(3, '0')}`;
  return {
    name: '并发患者',
    sex: n % 2 === 1 ? 'male' : 'female',
    birthDate,
    idType: 'resident_id_card',
    idNumber: body + residentIdCheckDigit(body),
  };
}

const consent = {
  purpose: 'referral_transfer',
  grantedAt: '2026-11-23T08:00:00+08:00',
  recordedBy: 'cln_bg_coord_han',
  method: 'written',
} as const;

function bookOn(server: TestServer, token: string, slotId: string, who: Patient, key?: string) {
  return server.call<AppointmentOrProblem>('bookAppointment', {
    token,
    headers: key ? { 'Idempotency-Key': key } : {},
    body: { slotId, patient: who, consent },
  });
}

async function readSlot(server: TestServer, token: string, slotId: string): Promise<Slot> {
  const res = await server.call<{ items: Slot[] }>('listSlots', {
    token,
    query: {
      from: '2026-12-12T00:00:00+08:00',
      to: '2026-12-13T00:00:00+08:00',
      activityId: FREE_CLINIC,
      limit: 100,
    },
  });
  return res.body.items.find((s) => s.id === slotId)!;
}

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) {
    counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  }
  return counts;
}

/**
 * The races every deployment must win, run against `servers()` (requests alternate between them, as a load
 * balancer would spread them over server processes).
 */
function raceTests(servers: () => TestServer[]) {
  const pick = (i: number) => servers()[i % servers().length]!;

  it('gives 200 concurrent bookings of different patients for 5 places exactly 5 appointments and 195 slot_full', async () => {
    const slotId = slotAt('0800');
    await pick(0).db.query('UPDATE slots SET capacity = 5 WHERE id = $1', [slotId]);
    const token = await pick(0).tokenFor('cln_bg_coord_han');
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => bookOn(pick(i), token, slotId, patient(i))),
    );

    expect(countBy(results, (r) => `${r.status} ${r.status === 201 ? 'booked' : r.body.code}`)).toEqual({
      '201 booked': 5,
      '409 slot_full': 195,
    });
    expect(await readSlot(pick(1), token, slotId)).toMatchObject({ capacity: 5, booked: 5, remaining: 0 });
    const { rows } = await pick(0).db.query<{ count: number }>(
      "SELECT count(*)::int AS count FROM appointments WHERE slot_id = $1 AND status = 'booked'",
      [slotId],
    );
    expect(rows[0]?.count).toBe(5);
  });

  it('lets exactly one of 10 concurrent bookings of one patient at the same hour in ten departments win (booking_overlap)', async () => {
    const token = await pick(0).tokenFor('cln_bg_coord_han');
    const same = patient(7, '1966-06-06');
    const results = await Promise.all(
      NINE_OCLOCK.map((slotId, i) => bookOn(pick(i), token, slotId, same, `same-patient-${i}`)),
    );

    expect(countBy(results, (r) => `${r.status} ${r.status === 201 ? 'booked' : r.body.code}`)).toEqual({
      '201 booked': 1,
      '409 booking_overlap': 9,
    });
    const { rows } = await pick(0).db.query<{ booked: number }>(
      'SELECT sum(booked)::int AS booked FROM slots WHERE id = ANY($1)',
      [NINE_OCLOCK],
    );
    expect(rows[0]?.booked).toBe(1);
  });

  it('lets one patient hold two departments at different hours, but one expert only once, under concurrency', async () => {
    const token = await pick(0).tokenFor('cln_bg_coord_han');
    const who = patient(17, '1961-01-01');
    const results = await Promise.all([
      // Four hours with the same expert: one wins, the others are expert_already_booked.
      ...['1000', '1100', '1300', '1400'].map((hhmm, i) =>
        bookOn(pick(i), token, slotOf('pkuph_gastro_tang', hhmm), who),
      ),
      // Another department at 15:00 and another at 08:00: both are fine.
      bookOn(pick(1), token, slotOf('pumch_cardio_zhou', '1500'), who),
      bookOn(pick(0), token, slotOf('tiantan_eye_wei', '0800'), who),
    ]);
    const outcome = countBy(results, (r) => `${r.status} ${r.status === 201 ? 'booked' : r.body.code}`);
    expect(outcome).toEqual({ '201 booked': 3, '409 expert_already_booked': 3 });
    const mine = await pick(0).call<{ items: Appointment[] }>('listAppointments', {
      token,
      query: { activityId: FREE_CLINIC, limit: 100 },
    });
    const held = mine.body.items.filter((a) => results.some((r) => r.body.id === a.id));
    expect(new Set(held.map((a) => a.departmentId)).size).toBe(3);
  });

  it('gives 300 concurrent registrations for a department of capacity 250 exactly 250, no patient double-booked', async () => {
    // 呼吸内科's 14 slots hold 250 places (18 × 13 + 16).
    await pick(0).db.query(
      'UPDATE slots SET capacity = CASE WHEN id = $2 THEN 16 ELSE 18 END WHERE id = ANY($1)',
      [RESPIRATORY, RESPIRATORY[0]],
    );
    const token = await pick(0).tokenFor('cln_bg_coord_han');
    // 280 patients each ask for one slot (20 per slot), and 20 of them at once for the other expert's slot of the
    // same hour, which overlaps their first request: whichever of the two lands first, the other must not. Every
    // slot is asked by at least 18 patients who can hold it, so the department fills.
    const requests = [
      ...Array.from({ length: 280 }, (_, i) => ({ who: patient(100 + i, '1975-05-05'), slot: i % 14 })),
      ...Array.from({ length: 20 }, (_, i) => ({
        who: patient(100 + i, '1975-05-05'),
        slot: ((i % 14) + 7) % 14,
      })),
    ];
    const results = await Promise.all(
      requests.map(({ who, slot }, i) => bookOn(pick(i), token, RESPIRATORY[slot]!, who)),
    );

    const outcome = countBy(results, (r) => `${r.status} ${r.status === 201 ? 'booked' : r.body.code}`);
    expect(outcome['201 booked']).toBe(250);
    for (const key of Object.keys(outcome)) {
      expect(['201 booked', '409 slot_full', '409 booking_overlap']).toContain(key);
    }
    const { rows: slots } = await pick(0).db.query<{ booked: number; capacity: number; active: number }>(
      `SELECT s.booked, s.capacity,
         (SELECT count(*)::int FROM appointments a WHERE a.slot_id = s.id AND a.status = 'booked') AS active
       FROM slots s WHERE s.id = ANY($1)`,
      [RESPIRATORY],
    );
    expect(slots.reduce((sum, s) => sum + s.active, 0)).toBe(250);
    expect(slots.every((s) => s.active === s.capacity && s.booked === s.capacity)).toBe(true);
    const { rows: clashes } = await pick(0).db.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM appointments a JOIN slots sa ON sa.id = a.slot_id
       JOIN appointments b ON b.patient_key = a.patient_key AND b.id > a.id JOIN slots sb ON sb.id = b.slot_id
       WHERE a.status IN ('booked', 'arrived') AND b.status IN ('booked', 'arrived')
         AND sa.starts_at < sb.ends_at AND sb.starts_at < sa.ends_at`,
    );
    expect(clashes[0]?.count).toBe(0);
  });

  it('answers 10 concurrent replays of one Idempotency-Key with one appointment and one place taken', async () => {
    const slotId = slotAt('1500');
    const token = await pick(0).tokenFor('cln_bg_coord_han');
    const who = patient(8, '1977-07-07');
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => bookOn(pick(i), token, slotId, who, 'replayed-booking')),
    );

    expect(results.map((r) => r.status)).toEqual(Array.from({ length: 10 }, () => 201));
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    expect(results.filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(9);
    expect(await readSlot(pick(1), token, slotId)).toMatchObject({ booked: 1 });
  });

  it('stores the answer of each of 40 keyed bookings racing for 3 places with its place, and nothing for the refused', async () => {
    // The key is claimed, and its answer stored, in the booking's own statements: a refused booking must leave
    // its key free (a retry runs again), a booked one must replay exactly its first answer.
    const slotId = slotAt('1000');
    await pick(0).db.query('UPDATE slots SET capacity = 3 WHERE id = $1', [slotId]);
    const token = await pick(0).tokenFor('cln_bg_coord_han');
    const who = (i: number) => patient(i, '1982-02-02');
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => bookOn(pick(i), token, slotId, who(i), `last-places-${i}`)),
    );

    expect(countBy(results, (r) => `${r.status} ${r.status === 201 ? 'booked' : r.body.code}`)).toEqual({
      '201 booked': 3,
      '409 slot_full': 37,
    });
    const booked = results.flatMap((r, i) => (r.status === 201 ? [i] : []));
    const replays = await Promise.all(
      booked.map((i) => bookOn(pick(i + 1), token, slotId, who(i), `last-places-${i}`)),
    );
    expect(replays.map((r) => [r.status, r.headers.get('idempotent-replayed')])).toEqual(
      booked.map(() => [201, 'true']),
    );
    expect(replays.map((r) => r.body)).toEqual(booked.map((i) => results[i]!.body));
    const { rows } = await pick(0).db.query<{ appointments: number; audits: number; events: number }>(
      `SELECT (SELECT count(*)::int FROM appointments WHERE slot_id = $1) AS appointments,
         (SELECT count(*)::int FROM audit_events WHERE resource_id = ANY($2)) AS audits,
         (SELECT count(*)::int FROM events WHERE resource_id = ANY($2)) AS events`,
      [slotId, booked.map((i) => results[i]!.body.id)],
    );
    expect(rows[0]).toEqual({ appointments: 3, audits: 3, events: 3 });

    // A refused key holds nothing: with a place freed, its retry books.
    const refused = results.findIndex((r) => r.status !== 201);
    await pick(0).db.query('UPDATE slots SET capacity = 4 WHERE id = $1', [slotId]);
    const retry = await bookOn(pick(0), token, slotId, who(refused), `last-places-${refused}`);
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBeNull();
    expect(await readSlot(pick(1), token, slotId)).toMatchObject({ capacity: 4, booked: 4, remaining: 0 });
  });

  it('keeps one booking for one Idempotency-Key sent at once with 8 different patients, refusing the others as reused', async () => {
    // Different patients do not wait for each other's lock: each may take a place before it finds the key taken,
    // and must then undo all it stored.
    const slotId = slotAt('1100');
    const token = await pick(0).tokenFor('cln_bg_coord_han');
    const before = (await readSlot(pick(0), token, slotId)).booked;
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        bookOn(pick(i), token, slotId, patient(i, '1983-03-03'), 'one-key-8'),
      ),
    );

    expect(countBy(results, (r) => `${r.status} ${r.status === 201 ? 'booked' : r.body.code}`)).toEqual({
      '201 booked': 1,
      '422 idempotency_key_reused': 7,
    });
    expect((await readSlot(pick(1), token, slotId)).booked).toBe(before + 1);
    const { rows } = await pick(0).db.query<{ appointments: number; events: number }>(
      `SELECT (SELECT count(*)::int FROM appointments WHERE slot_id = $1) AS appointments,
         (SELECT count(*)::int FROM events e JOIN appointments a ON a.id = e.resource_id WHERE a.slot_id = $1)
           AS events`,
      [slotId],
    );
    expect(rows[0]).toEqual({ appointments: 1, events: 1 });
  });

  it('cancels an appointment once under 10 concurrent cancellations and releases its place once', async () => {
    const slotId = slotAt('1400');
    const token = await pick(0).tokenFor('cln_bg_coord_han');
    const booked = await bookOn(pick(0), token, slotId, patient(9, '1988-08-08'));
    expect(booked.status).toBe(201);
    const before = (await readSlot(pick(0), token, slotId)).booked;
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        pick(i).call<AppointmentOrProblem>('cancelAppointment', {
          token,
          path: { appointmentId: booked.body.id },
          body: { cancelledBy: 'host' },
        }),
      ),
    );

    expect(countBy(results, (r) => `${r.status} ${r.status === 200 ? 'cancelled' : r.body.code}`)).toEqual({
      '200 cancelled': 1,
      '409 appointment_not_active': 9,
    });
    expect((await readSlot(pick(1), token, slotId)).booked).toBe(before - 1);
  });
}

describe('booking races on PGlite', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
  });
  raceTests(() => [server]);
});

const url = postgresUrl();

describe.skipIf(!url)('booking races on PostgreSQL', () => {
  let pg: Awaited<ReturnType<typeof postgresTestDatabase>> | undefined;
  let server: TestServer;
  beforeAll(async () => {
    pg = await postgresTestDatabase(url!);
    server = await createTestServer({ db: pg.db });
  });
  afterAll(async () => {
    if (pg) {
      await pg.drop();
    }
  });
  raceTests(() => [server]);
});

describe.skipIf(!url)('booking races on PostgreSQL across two server processes with their own pools', () => {
  let pg: Awaited<ReturnType<typeof postgresTestDatabase>> | undefined;
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    pg = await postgresTestDatabase(url!);
    a = await createTestServer({ db: pg.db });
    b = await createTestServer({ db: await pg.open() });
  });
  afterAll(async () => {
    if (pg) {
      await b.db.close();
      await pg.drop();
    }
  });
  raceTests(() => [a, b]);
});
