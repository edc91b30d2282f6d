import type { components } from '@yilian/contract';
import { residentIdCheckDigit } from '@yilian/domain';
import { beforeAll, expect, it } from 'vitest';
import type { TestServer } from '../testing/harness.js';
import { onBothDatabases } from '../testing/harness.js';

type Schemas = components['schemas'];
type Ticket = Schemas['QueueTicket'];
type Problem = Schemas['Problem'];
type TicketOrProblem = Ticket & Partial<Pick<Problem, 'code' | 'errors'>>;

const DAY = 'act_jm_bg_free_clinic_20261212';
const RESPIRATORY = 'dep_bg_respiratory';
const EYE = 'dep_bg_ophthalmology';

/** Walk-in `n` with a valid 居民身份证号 (包头 昆都仑区). */
function walkIn(n: number): Schemas['Patient'] {
  const body = `15020319560101${String(n).padStart(3, '0')}`;
  return {
    name: '义诊患者',
    sex: n % 2 === 1 ? 'male' : 'female',
    birthDate: '1956-01-01',
    idType: 'resident_id_card',
    idNumber: body + residentIdCheckDigit(body),
  };
}

const deskConsent = {
  purpose: 'referral_transfer',
  grantedAt: '2026-11-23T08:30:00+08:00',
  recordedBy: 'cln_bg_desk_zhao',
  method: 'written',
} as const;

function queueTests(server: () => TestServer) {
  let desk: string;
  let display: string;
  beforeAll(async () => {
    desk = await server().tokenFor('cln_bg_desk_zhao');
    display = await server().tokenForPatient('pat_bg_wang_lan');
  });

  const register = (departmentId: string, n: number, key?: string) =>
    server().call<TicketOrProblem>('registerWalkIn', {
      token: desk,
      path: { activityId: DAY },
      headers: key ? { 'Idempotency-Key': key } : {},
      body: { departmentId, patient: walkIn(n), consent: deskConsent },
    });
  const queue = async (token = desk) =>
    (
      await server().call<Schemas['FreeClinicQueue']>('getFreeClinicQueue', {
        token,
        path: { activityId: DAY },
      })
    ).body;
  const callNext = (departmentId: string) =>
    server().call<TicketOrProblem>('callNextTicket', {
      token: desk,
      path: { activityId: DAY },
      body: { departmentId },
    });

  it('shows every department of the day with nothing issued before the desk opens', async () => {
    const state = await queue(display);
    expect(state.departments).toHaveLength(12);
    expect(state).toMatchObject({
      hostInstitutionId: 'ins_baogang',
      date: '2026-12-12',
      counts: { registered: 0, waiting: 0, called: 0, seen: 0, left: 0 },
    });
    expect(state.departments.every((d) => d.nowServing === null && d.lastIssued === 0)).toBe(true);
  });

  it('issues numbers 1…50 per department to 50 concurrent walk-ins, each once', async () => {
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => register(RESPIRATORY, i + 1)));
    expect(results.every((r) => r.status === 201)).toBe(true);
    expect(results.map((r) => r.body.number).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 50 }, (_, i) => i + 1),
    );
    const eye = await register(EYE, 1);
    expect(eye.body.number).toBe(1);
  });

  it('refuses the same patient twice in one department while waiting, and an unknown department', async () => {
    const again = await register(RESPIRATORY, 1);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('already_in_queue');
    const wrong = await register('dep_pumch_neurology', 99);
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors).toContainEqual(
      expect.objectContaining({ pointer: '/departmentId', code: 'department_not_in_institution' }),
    );
  });

  it('calls in order under 10 concurrent calls, counting a called patient seen when the desk moves on', async () => {
    const calls = await Promise.all(Array.from({ length: 10 }, () => callNext(RESPIRATORY)));
    expect(calls.every((c) => c.status === 200)).toBe(true);
    expect(calls.map((c) => c.body.number).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 10 }, (_, i) => i + 1),
    );
    const state = await queue(display);
    const respiratory = state.departments.find((d) => d.departmentId === RESPIRATORY)!;
    expect(respiratory).toMatchObject({
      nowServing: 10,
      lastIssued: 50,
      counts: { registered: 50, waiting: 40, called: 1, seen: 9, left: 0 },
    });
    expect(state.counts).toMatchObject({ registered: 51, waiting: 41 });
  });

  it('closes a ticket as left on its version, once, and refuses a stale If-Match', async () => {
    const page = await server().call<{ items: Ticket[] }>('listQueueTickets', {
      token: desk,
      path: { activityId: DAY },
      query: { departmentId: RESPIRATORY, status: 'waiting', limit: 1 },
    });
    const ticket = page.body.items[0]!;
    expect(ticket.number).toBe(11);
    const close = (version: number) =>
      server().call<TicketOrProblem>('closeQueueTicket', {
        token: desk,
        path: { activityId: DAY, ticketId: ticket.id },
        headers: { 'If-Match': `"${version}"` },
        body: { outcome: 'left' },
      });
    const stale = await close(ticket.version + 1);
    expect(stale.status).toBe(412);
    const left = await close(ticket.version);
    expect(left.body).toMatchObject({ status: 'left', version: ticket.version + 1 });
    expect(left.headers.get('etag')).toBe(`"${ticket.version + 1}"`);
    const twice = await close(ticket.version + 1);
    expect(twice.status).toBe(422);
    expect(twice.body.code).toBe('invalid_transition');
    const next = await callNext(RESPIRATORY);
    expect(next.body.number).toBe(12);
    const counts = (await queue()).departments.find((d) => d.departmentId === RESPIRATORY)!.counts;
    expect(counts).toMatchObject({ seen: 10, left: 1, called: 1, waiting: 38 });
  });

  it('answers queue_empty when nobody waits, and announces every change in the feed without patient data', async () => {
    expect((await callNext(EYE)).status).toBe(200);
    const empty = await callNext(EYE);
    expect(empty.status).toBe(409);
    expect(empty.body.code).toBe('queue_empty');
    const feed = await server().call<{ items: Schemas['Event'][] }>('listEvents', {
      token: desk,
      query: { type: ['queue.ticket_called'], limit: 100 },
    });
    const eyeCall = feed.body.items.find((e) => e.data.departmentId === EYE);
    expect(eyeCall?.data).toMatchObject({ activityId: DAY, number: 1, status: 'called' });
    expect(JSON.stringify(feed.body)).not.toContain('义诊患者');
  });

  it('lets a patient follow the queue’s events of her hospital, and no other event of it', async () => {
    // A booking of hers puts an appointment event in 包钢's feed beside the queue's.
    const booked = await server().call('bookAppointment', {
      token: display,
      body: {
        slotId: 'slt_jm_bg_free_clinic_20261212_tiantan_ent_pan_1500',
        patient: {
          name: '王兰',
          sex: 'female',
          birthDate: '1962-05-14',
          idType: 'resident_id_card',
          idNumber: '150203196205140024',
        },
        consent: {
          purpose: 'referral_transfer',
          grantedAt: '2026-11-23T08:55:00+08:00',
          method: 'electronic_signature',
        },
      },
    });
    expect(booked.status).toBe(201);
    const staff = await server().call<Schemas['EventPage']>('listEvents', {
      token: desk,
      query: { limit: 100 },
    });
    expect(staff.body.items.map((e) => e.type)).toContain('appointment.booked');
    const mine = await server().call<Schemas['EventPage']>('listEvents', {
      token: display,
      query: { limit: 100 },
    });
    expect(mine.status).toBe(200);
    const types = new Set(mine.body.items.map((e) => e.type));
    expect(types).toEqual(new Set(['queue.ticket_issued', 'queue.ticket_called', 'queue.ticket_closed']));
    const asked = await server().call<Schemas['EventPage']>('listEvents', {
      token: display,
      query: { type: ['appointment.booked', 'referral.submitted'] },
    });
    expect(asked.body).toEqual({ items: [], nextCursor: null });
    const stream = await server().app.request('/v1/events/stream', {
      headers: { authorization: `Bearer ${display}` },
    });
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
    await stream.body?.cancel();
  });

  it('lets only the host’s desk register and call; a patient may watch; another kind has no queue', async () => {
    const czCoordinator = await server().tokenFor('cln_cz_coord_liu');
    const outsider = await server().call<Problem>('registerWalkIn', {
      token: czCoordinator,
      path: { activityId: DAY },
      body: { departmentId: RESPIRATORY, patient: walkIn(200), consent: deskConsent },
    });
    expect(outsider.status).toBe(404);
    const patient = await server().call<Problem>('callNextTicket', {
      token: display,
      path: { activityId: DAY },
      body: { departmentId: RESPIRATORY },
    });
    expect(patient.status).toBe(403);
    const pkuph = await server().tokenFor('cln_pkuph_resp_guo');
    const visitingExpert = await server().call<Problem>('callNextTicket', {
      token: pkuph,
      path: { activityId: DAY },
      body: { departmentId: RESPIRATORY },
    });
    expect(visitingExpert.status).toBe(403);
    const notFreeClinic = await server().call<Problem>('getFreeClinicQueue', {
      token: desk,
      path: { activityId: 'act_tiantan_bg_surgery_20261210' },
    });
    expect(notFreeClinic.status).toBe(409);
    expect(notFreeClinic.body.code).toBe('not_a_free_clinic');
  });
}

onBothDatabases('the 义诊 queue', queueTests);
