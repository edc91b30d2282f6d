import type { components } from '@yilian/contract';
import { beforeAll, expect, it } from 'vitest';
import { operationsById } from '../http/validation.js';
import { PATIENT_ACCOUNTS } from '../seed/dispatch.js';
import type { TestServer } from '../testing/harness.js';
import { onBothDatabases } from '../testing/harness.js';

type Schemas = components['schemas'];
type Appointment = Schemas['Appointment'];
type Problem = Schemas['Problem'];
type Page<T> = { items: T[]; nextCursor: string | null };

const FREE_CLINIC = 'act_jm_bg_free_clinic_20261212';
const NEXT_FREE_CLINIC = 'act_jm_bg_free_clinic_20261219';
const slot = (day: string, expert: string, hhmm: string) => `slt_jm_bg_free_clinic_${day}_${expert}_${hhmm}`;

const demo = (id: string): Schemas['Patient'] => {
  const account = PATIENT_ACCOUNTS.find((p) => p.id === id)!;
  return { ...account.demo, idType: 'resident_id_card', phone: '13912345678' };
};
/** The patient's own consent, given in the hospital's app: no clinician records it. */
const selfConsent = {
  purpose: 'referral_transfer',
  grantedAt: '2026-11-23T08:55:00+08:00',
  method: 'electronic_signature',
} as const;

function patientTests(server: () => TestServer) {
  let wang: string;
  let zhao: string;
  let li: string;
  let desk: string;
  let booked: Appointment[] = [];

  beforeAll(async () => {
    wang = await server().tokenForPatient('pat_bg_wang_lan');
    zhao = await server().tokenForPatient('pat_bg_zhao_gang');
    li = await server().tokenForPatient('pat_cz_li_hua');
    desk = await server().tokenFor('cln_bg_coord_han');
  });

  const book = (token: string, slotId: string, patient: Schemas['Patient'], consent: object = selfConsent) =>
    server().call<Appointment & Partial<Pick<Problem, 'code'>>>('bookAppointment', {
      token,
      body: { slotId, patient, consent },
    });

  it('lets a patient book two departments of one 义诊 day for themself, and records their consent', async () => {
    const gastro = await book(wang, slot('20261212', 'pkuph_gastro_tang', '0900'), demo('pat_bg_wang_lan'));
    const cardio = await book(wang, slot('20261212', 'pumch_cardio_zhou', '1000'), demo('pat_bg_wang_lan'));
    expect([gastro.status, cardio.status]).toEqual([201, 201]);
    expect(gastro.body).toMatchObject({
      activityId: FREE_CLINIC,
      activityKind: 'free_clinic',
      expertId: 'cln_pkuph_gastro_tang',
      departmentId: 'dep_bg_gastro',
      patientId: 'pat_bg_wang_lan',
      bookedBy: { clinicianId: 'pat_bg_wang_lan', patientId: 'pat_bg_wang_lan', role: 'patient' },
      patient: { idNumberMasked: true },
    });
    booked = [gastro.body, cardio.body];
    const consents = await server().call<Schemas['ConsentList']>('listMyConsents', { token: wang });
    expect(consents.body.items).toEqual([
      {
        purpose: 'referral_transfer',
        grantedAt: '2026-11-23T08:55:00+08:00',
        method: 'electronic_signature',
      },
    ]);
  });

  it('refuses a third booking at an overlapping hour, and one for another identity on the same account', async () => {
    const overlap = await book(wang, slot('20261212', 'tiantan_eye_wei', '0900'), demo('pat_bg_wang_lan'));
    expect(overlap.status).toBe(409);
    expect(overlap.body.code).toBe('booking_overlap');
    const other = await book(wang, slot('20261212', 'tiantan_eye_wei', '1400'), demo('pat_bg_zhao_gang'));
    expect(other.status).toBe(403);
    expect(other.body.code).toBe('patient_identity_mismatch');
  });

  it('lists only the patient’s own appointments, including one a desk booked for the same identity', async () => {
    const staffBooked = await book(desk, slot('20261212', 'sg_ortho_luo', '1300'), demo('pat_bg_wang_lan'), {
      ...selfConsent,
      recordedBy: 'cln_bg_coord_han',
      method: 'written',
    });
    expect(staffBooked.status).toBe(201);
    const someoneElse = await book(desk, slot('20261212', 'sg_ortho_luo', '1300'), demo('pat_bg_zhao_gang'), {
      ...selfConsent,
      recordedBy: 'cln_bg_coord_han',
      method: 'written',
    });
    expect(someoneElse.status).toBe(201);
    const mine = await server().call<Page<Appointment>>('listAppointments', {
      token: wang,
      query: { limit: 50 },
    });
    expect(mine.body.items.map((a) => a.id).sort()).toEqual(
      [...booked.map((a) => a.id), staffBooked.body.id].sort(),
    );
    // 赵刚's account has booked nothing yet, so it is bound to no identity: it sees nothing, not even the desk's
    // booking for him, and never 王兰's.
    const theirs = await server().call<Page<Appointment>>('listAppointments', { token: zhao, query: {} });
    expect(theirs.body.items).toEqual([]);
  });

  it('never shows, cancels, moves or audits another patient’s appointment (404, as for an unknown id)', async () => {
    const id = booked[0]!.id;
    const calls = [
      server().call('getAppointment', { token: zhao, path: { appointmentId: id } }),
      server().call('getAppointmentTimeline', { token: zhao, path: { appointmentId: id } }),
      server().call('cancelAppointment', {
        token: zhao,
        path: { appointmentId: id },
        body: { cancelledBy: 'patient' },
      }),
      server().call('rescheduleAppointment', {
        token: zhao,
        path: { appointmentId: id },
        body: { slotId: slot('20261219', 'pkuph_gastro_tang', '0900') },
      }),
      // A patient of another alliance's hospital does not see it either.
      server().call('getAppointment', { token: li, path: { appointmentId: id } }),
    ];
    for (const res of await Promise.all(calls)) {
      expect(res.status).toBe(404);
    }
    const still = await server().call<Appointment>('getAppointment', {
      token: wang,
      path: { appointmentId: id },
    });
    expect(still.body.status).toBe('booked');
  });

  it('moves a booking to the next week’s 义诊 with the same expert, and cancels the other as the patient', async () => {
    const [gastro, cardio] = booked as [Appointment, Appointment];
    const wrongExpert = await server().call<Problem>('rescheduleAppointment', {
      token: wang,
      path: { appointmentId: gastro.id },
      body: { slotId: slot('20261219', 'tiantan_eye_wei', '0900') },
    });
    expect(wrongExpert.status).toBe(422);
    expect(wrongExpert.body.code).toBe('reschedule_target_mismatch');
    const moved = await server().call<Appointment>('rescheduleAppointment', {
      token: wang,
      path: { appointmentId: gastro.id },
      body: { slotId: slot('20261219', 'pkuph_gastro_tang', '0900') },
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({
      activityId: NEXT_FREE_CLINIC,
      startsAt: '2026-12-19T09:00:00+08:00',
      rescheduledFromSlotId: gastro.slotId,
    });
    const asHost = await server().call<Problem>('cancelAppointment', {
      token: wang,
      path: { appointmentId: cardio.id },
      body: { cancelledBy: 'host' },
    });
    expect(asHost.status).toBe(422);
    const cancelled = await server().call<Appointment>('cancelAppointment', {
      token: wang,
      path: { appointmentId: cardio.id },
      body: { cancelledBy: 'patient', reason: '改天再来' },
    });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelledBy: 'patient' });
  });

  it('keeps a clinic a clinic: a move to the same expert’s consultation is refused, to next week’s clinic allowed', async () => {
    const clinic = await book(li, 'slt_pumch_cz_neuro_20261124_0800', demo('pat_cz_li_hua'));
    expect(clinic.status).toBe(201);
    const toConsultation = await server().call<Problem>('rescheduleAppointment', {
      token: li,
      path: { appointmentId: clinic.body.id },
      body: { slotId: 'slt_pumch_cz_neuro_mdt_20261201_1400' },
    });
    expect(toConsultation.body.code).toBe('reschedule_target_mismatch');
    const nextWeek = await server().call<Appointment>('rescheduleAppointment', {
      token: li,
      path: { appointmentId: clinic.body.id },
      body: { slotId: 'slt_pumch_cz_neuro_20261201_0800' },
    });
    expect(nextWeek.status).toBe(200);
  });

  it('refuses a patient every operation outside the calendar and its own appointments with 403', async () => {
    const allowed = new Set([
      'getCurrentActor',
      'listMyConsents',
      'listAlliances',
      'getAlliance',
      'listInstitutions',
      'getInstitution',
      'listDepartments',
      'listClinicians',
      'getClinician',
      'listExperts',
      'listActivities',
      'getActivity',
      'listSlots',
      'bookAppointment',
      'listAppointments',
      'getAppointment',
      'cancelAppointment',
      'rescheduleAppointment',
      'getAppointmentTimeline',
      'getFreeClinicQueue',
      // The queue's events only: free-clinic-queue.test.ts
      'listEvents',
    ]);
    const refused: string[] = [];
    for (const [operationId, entry] of operationsById) {
      const { security } = entry.operation as { security?: unknown[] };
      const isPublic = Array.isArray(security) && security.length === 0;
      if (allowed.has(operationId) || isPublic || entry.path === '/v1/events/stream') {
        continue;
      }
      const path = Object.fromEntries(
        [...entry.path.matchAll(/\{([^}]+)\}/g)].map(([, name]) => [name!, 'x_1']),
      );
      const res = await server().call<Problem>(operationId as never, {
        token: wang,
        path,
        headers: { 'If-Match': '"1"' },
        body: entry.method === 'get' ? undefined : {},
      });
      expect(res.status, operationId).toBe(403);
      expect(res.body.code).toBe('forbidden');
      refused.push(operationId);
    }
    expect(refused).toEqual(
      expect.arrayContaining(['listReferrals', 'createReferral', 'searchResults', 'registerWalkIn']),
    );
    const me = await server().call<Schemas['Me']>('getCurrentActor', { token: wang });
    expect(me.body).toMatchObject({
      role: 'patient',
      patientId: 'pat_bg_wang_lan',
      institutionId: 'ins_baogang',
      canReadFullIdNumbers: false,
    });
    const staff = await server().call<Problem>('listMyConsents', { token: desk });
    expect(staff.status).toBe(403);
  });
}

onBothDatabases('patients', patientTests);
