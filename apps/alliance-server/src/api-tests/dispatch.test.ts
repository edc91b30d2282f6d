import type { components } from '@yilian/contract';
import { residentIdCheckDigit } from '@yilian/domain';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../testing/harness.js';
import { TEST_NOW, createTestServer, examplePatient } from '../testing/harness.js';

type Activity = components['schemas']['Activity'];
type Slot = components['schemas']['Slot'];
type Appointment = components['schemas']['Appointment'];
type Patient = components['schemas']['Patient'];
type Problem = components['schemas']['Problem'];
/** A 2xx appointment, or a problem's `code` and `errors` (`status` means different things in the two). */
type AppointmentOrProblem = Appointment & Partial<Pick<Problem, 'code' | 'errors'>>;
type Page<T> = { items: T[]; nextCursor: string | null };

// Seeded relative to TEST_NOW (Monday 2026-11-23): 协和 neurology clinic in 沧州 on Tuesday 24th (30-minute slots of
// 3), its consultation that afternoon (slots of 2), a remote cardiology consultation on Thursday 26th (slots of 1),
// a ward round on Wednesday 25th, and the 义诊 at 包钢 on Saturday 12 December (slots of 70).
const CZ_CLINIC = 'act_pumch_cz_neuro_20261124';
const CZ_SLOT_0800 = 'slt_pumch_cz_neuro_20261124_0800';
const CZ_SLOT_0830 = 'slt_pumch_cz_neuro_20261124_0830';
const CZ_SLOT_0900 = 'slt_pumch_cz_neuro_20261124_0900';
const CZ_SLOT_1000 = 'slt_pumch_cz_neuro_20261124_1000';
const CZ_SLOT_1100 = 'slt_pumch_cz_neuro_20261124_1100';
const CZ_SLOT_1130 = 'slt_pumch_cz_neuro_20261124_1130';
const CZ_REMOTE_SLOT = 'slt_pumch_cz_cardio_remote_20261126_1400';
const CZ_WARD_ROUND = 'act_pumch_cz_stroke_round_20261125';
const BY_LECTURE = 'act_sg_by_lecture_20261204';

let seq = 0;
/** A fresh patient with a valid 居民身份证号 (GB 11643 check digit from the domain). */
function newPatient(overrides: Partial<Patient> = {}): Patient {
  seq += 1;
  const sequence = String(seq).padStart(3, '0');
  const body = `13090219850612${sequence}`;
  return {
    name: '赵患者',
    sex: seq % 2 === 1 ? 'male' : 'female',
    birthDate: '1985-06-12',
    idType: 'resident_id_card',
    idNumber: body + residentIdCheckDigit(body),
    phone: '13912345678',
    ...overrides,
  };
}

function consent(recordedBy: string, purpose: components['schemas']['ConsentPurpose'] = 'referral_transfer') {
  return { purpose, grantedAt: '2026-11-23T08:30:00+08:00', recordedBy, method: 'written' as const };
}

let server: TestServer;
let pumch: string; // 协和 books for its patients at 沧州 (a party as the booking institution)
let pumchCoordinator: string;
let cangzhou: string; // 沧州 hosts the clinic
let baogang: string; // 包钢 shares no alliance with 沧州

beforeAll(async () => {
  server = await createTestServer();
  pumch = await server.tokenFor('cln_pumch_neuro_zhang', 'referrer');
  pumchCoordinator = await server.tokenFor('cln_pumch_coord_sun');
  cangzhou = await server.tokenFor('cln_cz_coord_liu');
  baogang = await server.tokenFor('cln_bg_coord_han');
});

afterEach(() => {
  server.clock.set(TEST_NOW);
});

async function book(
  slotId: string,
  patient: Patient = newPatient(),
  token = pumch,
  headers: Record<string, string> = {},
) {
  return server.call<AppointmentOrProblem>('bookAppointment', {
    token,
    headers,
    body: { slotId, patient, consent: consent('cln_pumch_neuro_zhang') },
  });
}

async function slotBooked(slotId: string): Promise<{ booked: number; capacity: number }> {
  const { rows } = await server.db.query<{ booked: number; capacity: number }>(
    'SELECT booked, capacity FROM slots WHERE id = $1',
    [slotId],
  );
  return rows[0]!;
}

const OFFSET = /T\d{2}:\d{2}:\d{2}\+08:00$/;

describe('expert activities', () => {
  it('lists the activities hosted in the caller’s alliances, earliest first, in Shanghai time', async () => {
    const res = await server.call<Page<Activity>>('listActivities', {
      token: cangzhou,
      query: { limit: 100 },
    });
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThan(0);
    expect(new Set(res.body.items.map((a) => a.hostInstitutionId))).toEqual(
      new Set(['ins_cangzhou_central']),
    );
    const starts = res.body.items.map((a) => Date.parse(a.startsAt));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const a of res.body.items) {
      expect(a.startsAt).toMatch(OFFSET);
      expect(a.endsAt).toMatch(OFFSET);
    }
  });

  it('filters activities by kind and interval and pages them with a cursor', async () => {
    const query = {
      kind: ['clinic', 'consultation'],
      from: '2026-11-23T00:00:00+08:00',
      to: '2026-12-07T00:00:00+08:00',
      limit: 3,
    };
    const first = await server.call<Page<Activity>>('listActivities', { token: pumch, query });
    expect(first.body.items).toHaveLength(3);
    expect(first.body.nextCursor).not.toBeNull();
    const second = await server.call<Page<Activity>>('listActivities', {
      token: pumch,
      query: { ...query, cursor: first.body.nextCursor! },
    });
    const all = [...first.body.items, ...second.body.items];
    expect(second.body.nextCursor).toBeNull();
    expect(all.map((a) => a.id)).toEqual([
      'act_pumch_cz_neuro_20261124',
      'act_pumch_cz_neuro_mdt_20261124',
      'act_pumch_cz_neuro_20261201',
      'act_pumch_cz_neuro_mdt_20261201',
      'act_pumch_cz_endo_20261204',
    ]);
  });

  it('filters activities by one of the caller’s alliances and refuses a cursor it did not make', async () => {
    const res = await server.call<Page<Activity>>('listActivities', {
      token: pumch,
      query: { allianceId: 'all_pumch_cangzhou', from: '2026-11-23T00:00:00+08:00', limit: 1 },
    });
    expect(res.body.items).toEqual([expect.objectContaining({ id: 'act_pumch_cz_neuro_20261124' })]);
    const forged = await server.call<Problem>('listActivities', {
      token: pumch,
      query: { cursor: 'bm90LWEtY3Vyc29y' },
    });
    expect(forged.status).toBe(400);
    expect(forged.body.errors).toEqual([
      expect.objectContaining({ pointer: '#query/cursor', code: 'invalid_format' }),
    ]);
  });

  it('refuses an activity interval whose end is not after its start as a 422 field error, as slots do', async () => {
    const res = await server.call<Problem>('listActivities', {
      token: pumch,
      query: { from: '2026-11-30T00:00:00+08:00', to: '2026-11-23T00:00:00+08:00' },
    });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ pointer: '#query/to', code: 'interval_invalid' }),
    ]);
  });

  it('gets an activity of the alliance and marks ward rounds and lectures as not bookable', async () => {
    const clinic = await server.call<Activity>('getActivity', {
      token: pumch,
      path: { activityId: CZ_CLINIC },
    });
    expect(clinic.status).toBe(200);
    expect(clinic.body).toMatchObject({
      kind: 'clinic',
      bookable: true,
      startsAt: '2026-11-24T08:00:00+08:00',
    });
    const round = await server.call<Activity>('getActivity', {
      token: pumch,
      path: { activityId: CZ_WARD_ROUND },
    });
    expect(round.body).toMatchObject({ kind: 'ward_round', bookable: false });
    const lecture = await server.call<Activity>('getActivity', {
      token: await server.tokenFor('cln_by_coord_lin'),
      path: { activityId: BY_LECTURE },
    });
    expect(lecture.body).toMatchObject({ kind: 'lecture', bookable: false });
  });
});

describe('slots', () => {
  it('lists bookable slots earliest first with booked and remaining places and +08:00 instants', async () => {
    const res = await server.call<Page<Slot>>('listSlots', {
      token: pumch,
      query: {
        from: '2026-11-24T00:00:00+08:00',
        to: '2026-11-25T00:00:00+08:00',
        activityId: CZ_CLINIC,
        limit: 100,
      },
    });
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(8);
    expect(res.body.items[0]).toMatchObject({
      id: CZ_SLOT_0800,
      activityKind: 'clinic',
      hostInstitutionId: 'ins_cangzhou_central',
      expertIds: ['cln_pumch_neuro_li'],
      startsAt: '2026-11-24T08:00:00+08:00',
      endsAt: '2026-11-24T08:30:00+08:00',
      capacity: 3,
    });
    for (const slot of res.body.items) {
      expect(slot.remaining).toBe(slot.capacity - slot.booked);
      expect(slot.startsAt).toMatch(OFFSET);
    }
  });

  it('pages slots with a cursor without repeating or skipping one', async () => {
    const query = {
      from: '2026-11-24T00:00:00+08:00',
      to: '2026-11-25T00:00:00+08:00',
      institutionId: 'ins_cangzhou_central',
    };
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const res = await server.call<Page<Slot>>('listSlots', {
        token: pumch,
        query: { ...query, limit: 3, cursor },
      });
      ids.push(...res.body.items.map((s) => s.id));
      cursor = res.body.nextCursor ?? undefined;
    } while (cursor);
    const all = await server.call<Page<Slot>>('listSlots', { token: pumch, query: { ...query, limit: 100 } });
    expect(ids).toEqual(all.body.items.map((s) => s.id));
    expect(ids).toHaveLength(10);
  });

  it('allows a 62-day slot range and refuses a longer one with date_range_too_long', async () => {
    const ok = await server.call('listSlots', {
      token: pumch,
      query: { from: '2026-11-23T00:00:00+08:00', to: '2027-01-24T00:00:00+08:00' },
    });
    expect(ok.status).toBe(200);
    const res = await server.call<Problem>('listSlots', {
      token: pumch,
      query: { from: '2026-11-23T00:00:00+08:00', to: '2027-01-24T00:00:01+08:00' },
    });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ pointer: '#query/to', code: 'date_range_too_long' }),
    ]);
  });

  it('refuses a slot range whose end is not after its start, and one without bounds', async () => {
    const backwards = await server.call<Problem>('listSlots', {
      token: pumch,
      query: { from: '2026-11-24T00:00:00+08:00', to: '2026-11-24T00:00:00+08:00' },
    });
    expect(backwards.status).toBe(422);
    expect(backwards.body.errors).toEqual([
      expect.objectContaining({ pointer: '#query/to', code: 'interval_invalid' }),
    ]);
    const unbounded = await server.call<Problem>('listSlots', { token: pumch, query: {} });
    expect(unbounded.status).toBe(400);
    expect(unbounded.body.code).toBe('validation_failed');
    expect(unbounded.body.errors?.map((e) => e.code)).toEqual(['required', 'required']);
  });

  it('offers only slots with a free place when asked for available ones', async () => {
    const query = { from: '2026-11-26T14:00:00+08:00', to: '2026-11-26T15:00:00+08:00', availableOnly: true };
    const before = await server.call<Page<Slot>>('listSlots', { token: pumch, query });
    expect(before.body.items.map((s) => s.id)).toEqual([CZ_REMOTE_SLOT]);
    await server.call('bookAppointment', {
      token: pumch,
      body: {
        slotId: CZ_REMOTE_SLOT,
        patient: newPatient(),
        consent: consent('cln_pumch_neuro_zhang', 'remote_consultation'),
      },
    });
    const after = await server.call<Page<Slot>>('listSlots', { token: pumch, query });
    expect(after.body.items).toEqual([]);
  });

  it('has no slots for ward rounds, lectures or surgery guidance, and never offers or books a slot put under one', async () => {
    const kinds = await server.call<Page<Activity>>('listActivities', {
      token: await server.tokenFor('cln_pkuph_resp_guo'),
      query: { kind: ['ward_round', 'lecture', 'surgery_guidance'], limit: 100 },
    });
    expect(kinds.body.items.length).toBeGreaterThan(0);
    expect(kinds.body.items.every((a) => !a.bookable)).toBe(true);
    const { rows } = await server.db.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM slots s JOIN activities a ON a.id = s.activity_id
       WHERE a.kind IN ('ward_round', 'lecture', 'surgery_guidance')`,
    );
    expect(rows[0]?.count).toBe(0);

    // A slot row under a ward round (bad data from an import) is neither listed nor bookable.
    await server.db.query(
      `INSERT INTO slots (id, activity_id, starts_at, ends_at, capacity) VALUES ('slt_stray_round', $1, $2, $3, 5)`,
      [CZ_WARD_ROUND, '2026-11-25T09:00:00+08:00', '2026-11-25T09:30:00+08:00'],
    );
    const listed = await server.call<Page<Slot>>('listSlots', {
      token: pumch,
      query: {
        from: '2026-11-25T00:00:00+08:00',
        to: '2026-11-26T00:00:00+08:00',
        activityId: CZ_WARD_ROUND,
      },
    });
    expect(listed.body.items).toEqual([]);
    const res = await book('slt_stray_round');
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('slot_not_bookable');
    expect((await slotBooked('slt_stray_round')).booked).toBe(0);
  });
});

describe('booking', () => {
  it('books a place for a patient, masks the ID for a referrer and shows it whole to a coordinator', async () => {
    const patient = newPatient({ name: '钱多多' });
    const res = await book(CZ_SLOT_0800, patient);
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe(`/v1/appointments/${res.body.id}`);
    expect(res.body).toMatchObject({
      status: 'booked',
      version: 1,
      slotId: CZ_SLOT_0800,
      activityId: CZ_CLINIC,
      hostInstitutionId: 'ins_cangzhou_central',
      startsAt: '2026-11-24T08:00:00+08:00',
      endsAt: '2026-11-24T08:30:00+08:00',
      bookedAt: '2026-11-23T09:00:00+08:00',
      bookedBy: { clinicianId: 'cln_pumch_neuro_zhang', institutionId: 'ins_pumch' },
    });
    expect(res.body.patient.idNumber).toBe(
      `${patient.idNumber.slice(0, 3)}***********${patient.idNumber.slice(-4)}`,
    );
    expect(res.body.patient.idNumberMasked).toBe(true);
    expect(res.body.patient.phone).toBe('139****5678');
    expect(res.body).not.toHaveProperty('cancelledAt');

    const asHost = await server.call<Appointment>('getAppointment', {
      token: cangzhou,
      path: { appointmentId: res.body.id },
    });
    expect(asHost.body.patient.idNumber).toBe(patient.idNumber);
    expect(asHost.headers.get('etag')).toBe('"1"');
    const coordinator = await server.call<Appointment>('getAppointment', {
      token: pumchCoordinator,
      path: { appointmentId: res.body.id },
    });
    expect(coordinator.body.patient).toEqual(patient);
  });

  it('writes the booking, its audit event and its feed event for the host and the booker', async () => {
    const res = await book(CZ_SLOT_0830);
    const { rows: events } = await server.db.query<{
      type: string;
      institution_ids: string[];
      data: Record<string, unknown>;
    }>('SELECT type, institution_ids, data FROM events WHERE resource_id = $1', [res.body.id]);
    expect(events).toEqual([
      {
        type: 'appointment.booked',
        institution_ids: expect.arrayContaining(['ins_cangzhou_central', 'ins_pumch']),
        data: {
          appointmentId: res.body.id,
          status: 'booked',
          version: 1,
          slotId: CZ_SLOT_0830,
          activityId: CZ_CLINIC,
        },
      },
    ]);
    const timeline = await server.call<components['schemas']['Timeline']>('getAppointmentTimeline', {
      token: pumch,
      path: { appointmentId: res.body.id },
    });
    expect(timeline.body.items).toEqual([
      expect.objectContaining({
        action: 'book',
        fromStatus: null,
        toStatus: 'booked',
        at: '2026-11-23T09:00:00+08:00',
      }),
    ]);
    expect(timeline.body.items[0]?.actor).toMatchObject({
      clinicianId: 'cln_pumch_neuro_zhang',
      institutionId: 'ins_pumch',
    });
  });

  it('keeps patient names, ID numbers and phones out of the logs and problem details', async () => {
    const patient = newPatient({ name: '孙秘密', phone: '13700001111' });
    await book(CZ_SLOT_0900, patient);
    const again = await book(CZ_SLOT_1000, patient);
    expect(again.body.code).toBe('expert_already_booked');
    const wrong = await book(CZ_SLOT_1000, {
      ...patient,
      idNumber: `${patient.idNumber.slice(0, 17)}${patient.idNumber.endsWith('0') ? '1' : '0'}`,
    });
    expect(wrong.status).toBe(422);
    const written = JSON.stringify([server.logs, again.body, wrong.body]);
    for (const secret of [patient.name, patient.idNumber, patient.phone!, patient.idNumber.slice(6, 14)]) {
      expect(written).not.toContain(secret);
    }
  });

  it('replays a booking with the same Idempotency-Key as the same appointment, taking one place', async () => {
    const before = await slotBooked(CZ_SLOT_1100);
    const patient = newPatient();
    const first = await book(CZ_SLOT_1100, patient, pumch, { 'Idempotency-Key': 'book-replay-1' });
    const second = await book(CZ_SLOT_1100, patient, pumch, { 'Idempotency-Key': 'book-replay-1' });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect((await slotBooked(CZ_SLOT_1100)).booked).toBe(before.booked + 1);
    const { rows } = await server.db.query('SELECT id FROM appointments WHERE slot_id = $1', [CZ_SLOT_1100]);
    expect(rows).toHaveLength(before.booked + 1);
  });

  it('refuses a key reused for another booking with idempotency_key_reused', async () => {
    await book(CZ_SLOT_1130, newPatient(), pumch, { 'Idempotency-Key': 'book-reuse-1' });
    const res = await book(CZ_SLOT_1130, newPatient(), pumch, { 'Idempotency-Key': 'book-reuse-1' });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('idempotency_key_reused');
  });

  it('refuses a second booking of the same patient with the same expert in one activity with expert_already_booked', async () => {
    const patient = newPatient();
    expect((await book('slt_pumch_cz_neuro_20261201_0800', patient)).status).toBe(201);
    const before = await slotBooked('slt_pumch_cz_neuro_20261201_0900');
    // The same identity typed with a lower-case x or spaces is the same patient.
    const res = await book('slt_pumch_cz_neuro_20261201_0900', {
      ...patient,
      idNumber: ` ${patient.idNumber.toLowerCase()} `,
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('expert_already_booked');
    expect(await slotBooked('slt_pumch_cz_neuro_20261201_0900')).toEqual(before);
    // Another activity the same day is fine.
    expect((await book('slt_pumch_cz_neuro_mdt_20261201_1400', patient)).status).toBe(201);
  });

  it('answers slot_full when every place is taken and changes nothing', async () => {
    const slot = 'slt_pumch_cz_cardio_remote_20261126_1500';
    const remote = (patient: Patient) =>
      server.call<AppointmentOrProblem>('bookAppointment', {
        token: pumch,
        body: { slotId: slot, patient, consent: consent('cln_pumch_neuro_zhang', 'remote_consultation') },
      });
    expect((await remote(newPatient())).status).toBe(201);
    const res = await remote(newPatient());
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('slot_full');
    expect(await slotBooked(slot)).toEqual({ booked: 1, capacity: 1 });
  });

  it('refuses a slot that has started with slot_in_past', async () => {
    server.clock.set('2026-11-24T08:00:00+08:00');
    // Tokens are checked against the server's clock too: mint one at the moved time.
    const res = await book(
      'slt_pumch_cz_neuro_20261124_0800',
      newPatient(),
      await server.tokenFor('cln_pumch_neuro_zhang', 'referrer'),
    );
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('slot_in_past');
  });

  it('validates the patient with the domain’s identity rules', async () => {
    const res = await server.call<Problem>('bookAppointment', {
      token: pumch,
      body: {
        slotId: 'slt_pumch_cz_neuro_20261208_0800',
        patient: { ...examplePatient(), idNumber: '110105199003071238', birthDate: '1990-03-08' },
        consent: consent('cln_pumch_neuro_zhang'),
      },
    });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ pointer: '/patient/idNumber', code: 'resident_id_checksum_mismatch' }),
    ]);
  });

  it('requires a consent whose purpose covers the activity, and a guardian’s for a child', async () => {
    const body = { slotId: 'slt_pumch_cz_neuro_20261208_0830', patient: newPatient() };
    const sharing = await server.call<Problem>('bookAppointment', {
      token: pumch,
      body: { ...body, consent: consent('cln_pumch_neuro_zhang', 'result_sharing') },
    });
    expect(sharing.status).toBe(422);
    expect(sharing.body.errors).toEqual([
      expect.objectContaining({ pointer: '/consent/purpose', code: 'consent_required' }),
    ]);

    const remote = await server.call<Problem>('bookAppointment', {
      token: pumch,
      body: {
        slotId: 'slt_pumch_cz_cardio_remote_20261203_1400',
        patient: newPatient(),
        consent: consent('cln_pumch_neuro_zhang', 'referral_transfer'),
      },
    });
    expect(remote.body.errors).toEqual([
      expect.objectContaining({ pointer: '/consent/purpose', code: 'consent_required' }),
    ]);

    const future = await server.call<Problem>('bookAppointment', {
      token: pumch,
      body: {
        ...body,
        consent: { ...consent('cln_pumch_neuro_zhang'), grantedAt: '2026-11-24T09:00:00+08:00' },
      },
    });
    expect(future.body.errors).toEqual([
      expect.objectContaining({ pointer: '/consent/grantedAt', code: 'out_of_range' }),
    ]);

    const unknownRecorder = await server.call<Problem>('bookAppointment', {
      token: pumch,
      body: { ...body, consent: consent('cln_bg_coord_han') },
    });
    expect(unknownRecorder.body.errors).toEqual([
      expect.objectContaining({ pointer: '/consent/recordedBy', code: 'unknown_reference' }),
    ]);

    const childBody = '13090220150612001';
    const child: Patient = {
      name: '小明',
      sex: 'male',
      birthDate: '2015-06-12',
      idType: 'resident_id_card',
      idNumber: childBody + residentIdCheckDigit(childBody),
      guardianName: '明父',
    };
    const noGuardian = await server.call<Problem>('bookAppointment', {
      token: pumch,
      body: { ...body, patient: child, consent: consent('cln_pumch_neuro_zhang') },
    });
    expect(noGuardian.body.errors).toEqual([
      expect.objectContaining({ pointer: '/consent/byGuardian', code: 'consent_required' }),
    ]);
    const withGuardian = await server.call('bookAppointment', {
      token: pumch,
      body: { ...body, patient: child, consent: { ...consent('cln_pumch_neuro_zhang'), byGuardian: true } },
    });
    expect(withGuardian.status).toBe(201);
  });

  it('refuses a referral the caller is not party to as an unknown reference', async () => {
    const res = await server.call<Problem>('bookAppointment', {
      token: pumch,
      body: {
        slotId: 'slt_pumch_cz_neuro_20261208_0900',
        patient: newPatient(),
        consent: consent('cln_pumch_neuro_zhang'),
        referralId: 'ref_unknown',
      },
    });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ pointer: '/referralId', code: 'unknown_reference' }),
    ]);
  });
});

describe('cancelling and rescheduling', () => {
  it('lets the patient cancel until two hours before the start and releases the place', async () => {
    const slot = 'slt_pumch_cz_neuro_20261215_0900';
    const appointment = (await book(slot)).body;
    expect((await slotBooked(slot)).booked).toBe(1);

    server.clock.set('2026-12-15T07:00:00+08:00'); // start − 2 h: the window has just closed
    const pumchLater = await server.tokenFor('cln_pumch_neuro_zhang', 'referrer');
    const late = await server.call<Problem>('cancelAppointment', {
      token: pumchLater,
      path: { appointmentId: appointment.id },
      body: { cancelledBy: 'patient' },
    });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('cancellation_window_closed');
    expect((await slotBooked(slot)).booked).toBe(1);

    server.clock.set('2026-12-15T06:59:59+08:00');
    const res = await server.call<Appointment>('cancelAppointment', {
      token: pumchLater,
      path: { appointmentId: appointment.id },
      body: { cancelledBy: 'patient', reason: '时间冲突' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'cancelled',
      version: 2,
      cancelledBy: 'patient',
      cancelledAt: '2026-12-15T06:59:59+08:00',
    });
    expect((await slotBooked(slot)).booked).toBe(0);
    const got = await server.call('getAppointment', {
      token: pumchLater,
      path: { appointmentId: appointment.id },
    });
    expect(got.headers.get('etag')).toBe('"2"');

    const again = await server.call<Problem>('cancelAppointment', {
      token: pumchLater,
      path: { appointmentId: appointment.id },
      body: { cancelledBy: 'patient' },
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('appointment_not_active');
    expect((await slotBooked(slot)).booked).toBe(0);

    const { rows } = await server.db.query<{ type: string }>(
      'SELECT type FROM events WHERE resource_id = $1 ORDER BY sequence',
      [appointment.id],
    );
    expect(rows.map((r) => r.type)).toEqual(['appointment.booked', 'appointment.cancelled']);
  });

  it('lets the host cancel inside the patient’s window, but not a booking institution on the host’s behalf', async () => {
    const slot = 'slt_pumch_cz_neuro_20261215_0930';
    const appointment = (await book(slot)).body;
    const over = (await book('slt_pumch_cz_neuro_20261215_1000')).body;
    server.clock.set('2026-12-15T09:10:00+08:00'); // after the start, before the end
    const [pumchLater, cangzhouLater] = [
      await server.tokenFor('cln_pumch_neuro_zhang', 'referrer'),
      await server.tokenFor('cln_cz_coord_liu'),
    ];
    const asHost = await server.call<Problem>('cancelAppointment', {
      token: pumchLater,
      path: { appointmentId: appointment.id },
      body: { cancelledBy: 'host' },
    });
    expect(asHost.status).toBe(422);
    expect(asHost.body.errors).toEqual([
      expect.objectContaining({ pointer: '/cancelledBy', code: 'invalid_enum' }),
    ]);
    const res = await server.call<Appointment>('cancelAppointment', {
      token: cangzhouLater,
      path: { appointmentId: appointment.id },
      body: { cancelledBy: 'expert' },
    });
    expect(res.status).toBe(200);
    expect(res.body.cancelledBy).toBe('expert');
    expect((await slotBooked(slot)).booked).toBe(0);

    server.clock.set('2026-12-15T10:30:00+08:00'); // the slot has ended
    const ended = await server.call<Problem>('cancelAppointment', {
      token: cangzhouLater,
      path: { appointmentId: over.id },
      body: { cancelledBy: 'host' },
    });
    expect(ended.body.code).toBe('cancellation_window_closed');
  });

  it('replays a cancellation with its Idempotency-Key instead of refusing it as no longer active', async () => {
    const appointment = (await book('slt_pumch_cz_neuro_20261215_1030')).body;
    const cancel = () =>
      server.call<Appointment>('cancelAppointment', {
        token: pumch,
        path: { appointmentId: appointment.id },
        headers: { 'Idempotency-Key': `cancel-${appointment.id}` },
        body: { cancelledBy: 'patient' },
      });
    const first = await cancel();
    const second = await cancel();
    expect(second.status).toBe(200);
    expect(second.body).toEqual(first.body);
    expect((await slotBooked('slt_pumch_cz_neuro_20261215_1030')).booked).toBe(0);
  });

  it('moves an appointment to another slot, claiming the new place and releasing the old one', async () => {
    const from = 'slt_pumch_cz_neuro_20261215_1100';
    const to = 'slt_pumch_cz_neuro_20261215_0800';
    const appointment = (await book(from)).body;
    const res = await server.call<Appointment>('rescheduleAppointment', {
      token: pumch,
      path: { appointmentId: appointment.id },
      body: { slotId: to },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: appointment.id,
      status: 'booked',
      version: 2,
      slotId: to,
      rescheduledFromSlotId: from,
      startsAt: '2026-12-15T08:00:00+08:00',
    });
    expect((await slotBooked(from)).booked).toBe(0);
    expect((await slotBooked(to)).booked).toBe(1);

    const timeline = await server.call<components['schemas']['Timeline']>('getAppointmentTimeline', {
      token: cangzhou,
      path: { appointmentId: appointment.id },
    });
    expect(timeline.body.items.map((e) => e.action)).toEqual(['book', 'reschedule']);
    const { rows } = await server.db.query<{ institution_ids: string[] }>(
      "SELECT institution_ids FROM events WHERE resource_id = $1 AND type = 'appointment.rescheduled'",
      [appointment.id],
    );
    expect(rows[0]?.institution_ids.sort()).toEqual(['ins_cangzhou_central', 'ins_pumch']);
  });

  it('refuses to move into a full slot and leaves both places as they were', async () => {
    const full = 'slt_pumch_cz_neuro_mdt_20261215_1500';
    await book(full);
    await book(full);
    const appointment = (await book('slt_pumch_cz_neuro_mdt_20261215_1400')).body;
    const res = await server.call<Problem>('rescheduleAppointment', {
      token: pumch,
      path: { appointmentId: appointment.id },
      body: { slotId: full },
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('slot_full');
    expect((await slotBooked(full)).booked).toBe(2);
    expect((await slotBooked('slt_pumch_cz_neuro_mdt_20261215_1400')).booked).toBe(1);
  });

  it('applies the patient’s cancellation window to a move asked for by the booking institution', async () => {
    const appointment = (await book('slt_pumch_cz_neuro_20261208_1100')).body;
    server.clock.set('2026-12-08T10:00:00+08:00');
    const res = await server.call<Problem>('rescheduleAppointment', {
      token: await server.tokenFor('cln_pumch_neuro_zhang', 'referrer'),
      path: { appointmentId: appointment.id },
      body: { slotId: 'slt_pumch_cz_neuro_20261208_1130' },
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('cancellation_window_closed');
    const byHost = await server.call<Appointment>('rescheduleAppointment', {
      token: await server.tokenFor('cln_cz_coord_liu'),
      path: { appointmentId: appointment.id },
      body: { slotId: 'slt_pumch_cz_neuro_20261208_1130' },
    });
    expect(byHost.status).toBe(200);
  });
});

describe('appointment listings', () => {
  it('lists the appointments the caller hosts or booked, earliest first, and nothing to others', async () => {
    const appointment = (await book('slt_pumch_cz_neuro_20261208_1000')).body;
    for (const token of [pumch, cangzhou]) {
      const res = await server.call<Page<Appointment>>('listAppointments', {
        token,
        query: { activityId: 'act_pumch_cz_neuro_20261208', limit: 100 },
      });
      expect(res.body.items.map((a) => a.id)).toContain(appointment.id);
      const starts = res.body.items.map((a) => Date.parse(a.startsAt));
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
    const other = await server.call<Page<Appointment>>('listAppointments', {
      token: await server.tokenFor('cln_sg_coord_he'),
      query: { limit: 100 },
    });
    expect(other.body).toEqual({ items: [], nextCursor: null });
  });

  it('pages appointments with a cursor and filters them by status and interval', async () => {
    const query = { status: 'booked', from: '2026-11-24T00:00:00+08:00', to: '2026-12-31T00:00:00+08:00' };
    const all = await server.call<Page<Appointment>>('listAppointments', {
      token: cangzhou,
      query: { ...query, limit: 100 },
    });
    expect(all.body.items.length).toBeGreaterThan(3);
    expect(all.body.items.every((a) => a.status === 'booked')).toBe(true);
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const res = await server.call<Page<Appointment>>('listAppointments', {
        token: cangzhou,
        query: { ...query, limit: 2, cursor },
      });
      ids.push(...res.body.items.map((a) => a.id));
      cursor = res.body.nextCursor ?? undefined;
    } while (cursor);
    expect(ids).toEqual(all.body.items.map((a) => a.id));
  });
});

describe('an institution that is not party', () => {
  it('gets 404 or an empty list from every dispatch operation on another alliance’s activities and appointments', async () => {
    const appointment = (await book('slt_pumch_cz_neuro_20261201_1000')).body;
    const before = await slotBooked('slt_pumch_cz_neuro_20261201_1000');
    const id = { appointmentId: appointment.id };

    const activities = await server.call<Page<Activity>>('listActivities', {
      token: baogang,
      query: { hostInstitutionId: 'ins_cangzhou_central' },
    });
    expect(activities.body).toEqual({ items: [], nextCursor: null });
    const byAlliance = await server.call<Page<Activity>>('listActivities', {
      token: baogang,
      query: { allianceId: 'all_pumch_cangzhou' },
    });
    expect(byAlliance.body).toEqual({ items: [], nextCursor: null });
    expect(
      (await server.call('getActivity', { token: baogang, path: { activityId: CZ_CLINIC } })).status,
    ).toBe(404);
    const slots = await server.call<Page<Slot>>('listSlots', {
      token: baogang,
      query: { from: '2026-11-23T00:00:00+08:00', to: '2026-12-31T00:00:00+08:00', activityId: CZ_CLINIC },
    });
    expect(slots.body).toEqual({ items: [], nextCursor: null });
    const booking = await server.call('bookAppointment', {
      token: baogang,
      body: {
        slotId: 'slt_pumch_cz_neuro_20261201_1000',
        patient: newPatient(),
        consent: consent('cln_bg_coord_han'),
      },
    });
    expect(booking.status).toBe(404);
    const list = await server.call<Page<Appointment>>('listAppointments', {
      token: baogang,
      query: { activityId: 'act_pumch_cz_neuro_20261201' },
    });
    expect(list.body).toEqual({ items: [], nextCursor: null });
    expect((await server.call('getAppointment', { token: baogang, path: id })).status).toBe(404);
    expect(
      (await server.call('cancelAppointment', { token: baogang, path: id, body: { cancelledBy: 'host' } }))
        .status,
    ).toBe(404);
    expect(
      (
        await server.call('rescheduleAppointment', {
          token: baogang,
          path: id,
          body: { slotId: 'slt_pumch_cz_neuro_20261201_1030' },
        })
      ).status,
    ).toBe(404);
    expect((await server.call('getAppointmentTimeline', { token: baogang, path: id })).status).toBe(404);

    const sg = await server.tokenFor('cln_sg_coord_he');
    expect((await server.call('getAppointment', { token: sg, path: id })).status).toBe(404);

    expect(await slotBooked('slt_pumch_cz_neuro_20261201_1000')).toEqual(before);
    const unchanged = await server.call<Appointment>('getAppointment', { token: pumch, path: id });
    expect(unchanged.body).toMatchObject({ status: 'booked', version: 1 });
  });

  it('shows a booking made by the host to the host only, not to the visiting expert’s institution', async () => {
    const res = await book('slt_pumch_cz_neuro_20261201_1030', newPatient(), cangzhou);
    expect(res.status).toBe(201);
    const expert = await server.tokenFor('cln_pumch_neuro_li');
    expect(
      (
        await server.call('getActivity', {
          token: expert,
          path: { activityId: 'act_pumch_cz_neuro_20261201' },
        })
      ).status,
    ).toBe(200);
    expect(
      (await server.call('getAppointment', { token: expert, path: { appointmentId: res.body.id } })).status,
    ).toBe(404);
  });

  it('cannot move its own appointment into another alliance’s slot', async () => {
    const own = await server.call<Appointment>('bookAppointment', {
      token: baogang,
      body: {
        slotId: 'slt_jm_bg_free_clinic_20261212_pkuph_resp_guo_0900',
        patient: newPatient(),
        consent: consent('cln_bg_coord_han'),
      },
    });
    expect(own.status).toBe(201);
    const res = await server.call('rescheduleAppointment', {
      token: baogang,
      path: { appointmentId: own.body.id },
      body: { slotId: CZ_SLOT_1000 },
    });
    expect(res.status).toBe(404);
  });

  it('answers 404 for ids that do not exist, exactly as for ids it may not see', async () => {
    expect(
      (await server.call('getAppointment', { token: pumch, path: { appointmentId: 'apt_nope' } })).status,
    ).toBe(404);
    expect(
      (await server.call('getActivity', { token: pumch, path: { activityId: 'act_nope' } })).status,
    ).toBe(404);
    expect((await book('slt_nope')).status).toBe(404);
  });
});
