// The SDK's dispatch methods of issue #15 against the real reference server: a patient's own bookings, the 义诊
// queue, dispatch batches and the registered-practice refusal, with typed errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AllianceClient } from './client.js';
import { createAllianceClient } from './client.js';
import { AllianceError, isAllianceError } from './errors.js';
import type { ReferenceServer } from './testing/reference-server.js';
import { startReferenceServer } from './testing/reference-server.js';

let server: ReferenceServer;
let wangLan: AllianceClient; // 包钢 patient
let zhaoGang: AllianceClient; // another 包钢 patient
let desk: AllianceClient; // 包钢 义诊 registration desk
let sun: AllianceClient; // 协和 coordinator

const DAY = 'act_jm_bg_free_clinic_20261212';
const slot = (day: string, expert: string, hhmm: string) => `slt_jm_bg_free_clinic_${day}_${expert}_${hhmm}`;
const patient = {
  name: '王兰',
  sex: 'female',
  birthDate: '1962-05-14',
  idType: 'resident_id_card',
  idNumber: '150203196205140024',
} as const;
const selfConsent = {
  purpose: 'referral_transfer',
  grantedAt: '2026-11-23T08:55:00+08:00',
  method: 'electronic_signature',
} as const;

async function caught(promise: Promise<unknown>): Promise<AllianceError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isAllianceError(error)) {
    throw new Error(`expected an AllianceError, got ${String(error)}`);
  }
  return error;
}

beforeAll(async () => {
  server = await startReferenceServer();
  const make = (token: string) => createAllianceClient({ baseUrl: server.baseUrl, token });
  wangLan = make(await server.tokenForPatient('pat_bg_wang_lan'));
  zhaoGang = make(await server.tokenForPatient('pat_bg_zhao_gang'));
  desk = make(await server.tokenFor('cln_bg_desk_zhao'));
  sun = make(await server.tokenFor('cln_pumch_coord_sun'));
});
afterAll(() => server.close());

describe('a patient’s own appointments through the SDK', () => {
  it('books two departments idempotently, lists them, moves one a week on and cancels the other', async () => {
    const gastro = await wangLan.appointments.book(
      { slotId: slot('20261212', 'pkuph_gastro_tang', '0900'), patient, consent: selfConsent },
      { idempotencyKey: 'wang-gastro' },
    );
    const replay = await wangLan.appointments.book(
      { slotId: slot('20261212', 'pkuph_gastro_tang', '0900'), patient, consent: selfConsent },
      { idempotencyKey: 'wang-gastro' },
    );
    expect(replay.id).toBe(gastro.id);
    const cardio = await wangLan.appointments.book({
      slotId: slot('20261212', 'pumch_cardio_zhou', '1000'),
      patient,
      consent: selfConsent,
    });
    const mine = await wangLan.appointments.list().toArray();
    expect(mine.map((a) => a.departmentId).sort()).toEqual(['dep_bg_cardiology', 'dep_bg_gastro']);
    expect(await zhaoGang.appointments.list().toArray()).toEqual([]);

    const overlap = await caught(
      wangLan.appointments.book({
        slotId: slot('20261212', 'tiantan_eye_wei', '0900'),
        patient,
        consent: selfConsent,
      }),
    );
    expect(overlap).toMatchObject({ status: 409, code: 'booking_overlap' });

    const moved = await wangLan.appointments.reschedule(gastro.id, {
      slotId: slot('20261219', 'pkuph_gastro_tang', '0900'),
    });
    expect(moved.startsAt).toBe('2026-12-19T09:00:00+08:00');
    const cancelled = await wangLan.appointments.cancel(cardio.id, { cancelledBy: 'patient' });
    expect(cancelled.status).toBe('cancelled');
    expect((await wangLan.myConsents()).items.map((c) => c.purpose)).toEqual(['referral_transfer']);
    const hidden = await caught(zhaoGang.appointments.get(gastro.id));
    expect(hidden.code).toBe('not_found');
    const refused = await caught(zhaoGang.referrals.list().toArray());
    expect(refused).toMatchObject({ status: 403, code: 'forbidden' });
  });
});

describe('the 义诊 desk through the SDK', () => {
  it('finds both 义诊 days by one department of their slots, page after page', async () => {
    const days = await wangLan.activities
      .list({ departmentId: 'dep_bg_ophthalmology', kind: ['free_clinic'], limit: 1 })
      .toArray();
    expect(days.map((a) => a.id)).toEqual([DAY, 'act_jm_bg_free_clinic_20261219']);
    // 包钢 has a lab, but the 义诊 runs no slot in it.
    expect(await desk.activities.list({ departmentId: 'dep_bg_lab' }).toArray()).toEqual([]);
  });

  it('registers walk-ins, calls the next number, closes a ticket on its version and reads the day', async () => {
    const departmentId = 'dep_bg_ophthalmology';
    const first = await desk.freeClinics.register(
      DAY,
      {
        departmentId,
        patient: { ...patient, name: '王兰' },
        consent: { ...selfConsent, recordedBy: 'cln_bg_desk_zhao', method: 'written' },
      },
      { idempotencyKey: 'walk-in-1' },
    );
    expect(first).toMatchObject({ number: 1, status: 'waiting' });
    const called = await desk.freeClinics.callNext(DAY, { departmentId });
    expect(called).toMatchObject({ id: first.id, status: 'called' });
    const seen = await desk.freeClinics.close(called, { outcome: 'seen' });
    expect(seen.status).toBe('seen');
    const stale = await caught(desk.freeClinics.close(called, { outcome: 'left' }));
    expect(stale.code).toBe('version_conflict');
    const empty = await caught(desk.freeClinics.callNext(DAY, { departmentId }));
    expect(empty).toMatchObject({ status: 409, code: 'queue_empty' });
    const tickets = await desk.freeClinics.tickets(DAY, { departmentId }).toArray();
    expect(tickets.map((t) => t.status)).toEqual(['seen']);
    const day = await wangLan.freeClinics.queue(DAY);
    expect(day.departments.find((d) => d.departmentId === departmentId)).toMatchObject({
      nowServing: 1,
      counts: { registered: 1, seen: 1 },
    });
  });

  it('lets a patient follow the desk’s calls live, and read only the queue’s events of the feed', async () => {
    const departmentId = 'dep_bg_ent';
    const controller = new AbortController();
    let listening: () => void = () => undefined;
    const live = new Promise<void>((resolve) => (listening = resolve));
    const called = (async () => {
      for await (const event of wangLan.events.subscribe({
        types: ['queue.ticket_called'],
        signal: controller.signal,
        onStatus: (status) => {
          if (status.state === 'live') {
            listening();
          }
        },
      })) {
        if (event.data.departmentId === departmentId) {
          controller.abort();
          return event;
        }
      }
      return undefined;
    })();
    const ticket = await desk.freeClinics.register(DAY, {
      departmentId,
      patient: { ...patient, name: '王兰' },
      consent: { ...selfConsent, recordedBy: 'cln_bg_desk_zhao', method: 'written' },
    });
    // The stream opens at the end of the feed: call once the patient is listening.
    await live;
    await desk.freeClinics.callNext(DAY, { departmentId });
    expect(await called).toMatchObject({
      type: 'queue.ticket_called',
      data: { departmentId, number: ticket.number, status: 'called' },
    });
    const feed = await wangLan.events.list({ limit: 100 }).toArray();
    expect(feed.length).toBeGreaterThan(0);
    expect(feed.every((event) => event.type.startsWith('queue.'))).toBe(true);
  });
});

describe('dispatch batches and scheduling through the SDK', () => {
  it('reads 10 批次 43 人次 and pages the batches', async () => {
    expect(await sun.dispatchBatches.totals({ hostInstitutionId: 'ins_cangzhou_central' })).toMatchObject({
      batches: 10,
      expertVisits: 43,
    });
    const batches = await sun.dispatchBatches.list({ limit: 3 }).toArray();
    expect(batches.map((b) => b.sequence)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect((await sun.dispatchBatches.get('dpb_pumch_cz_10')).counts.expertVisits).toBe(4);
  });

  it('throws practice_not_registered naming the expert, and schedules a filed one idempotently', async () => {
    const body = {
      kind: 'clinic' as const,
      title: '神经内科专家坐诊',
      expertIds: ['cln_pumch_neuro_li'],
      hostInstitutionId: 'ins_baogang',
      startsAt: '2026-12-16T08:00:00+08:00',
      endsAt: '2026-12-16T12:00:00+08:00',
    };
    const error = await caught(desk.activities.create(body));
    expect(error).toBeInstanceOf(AllianceError);
    expect(error.code).toBe('practice_not_registered');
    expect(error.problem.unregisteredExpertIds).toEqual(['cln_pumch_neuro_li']);
    const filed = { ...body, expertIds: ['cln_tiantan_neuro_feng'] };
    const created = await desk.activities.create(filed, { idempotencyKey: 'feng-1216' });
    const again = await desk.activities.create(filed, { idempotencyKey: 'feng-1216' });
    expect(again.id).toBe(created.id);
  });
});
