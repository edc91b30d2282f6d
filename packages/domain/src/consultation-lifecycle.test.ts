import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { openapiDocument } from '@yilian/contract';
import type { components } from '@yilian/contract';
import {
  CONSULTATION_COMMANDS,
  CONSULTATION_STATUSES,
  CONSULTATION_STATUS_GROUPS,
  allowedConsultationCommands,
  consultationStatusGroupOf,
  consultationStatusesOfGroup,
  decideConsultationCommand,
  pendingExperts,
  validateConsultationCreate,
  validateConsultationTransition,
  type ConsultationActor,
  type ConsultationParties,
} from './consultation-lifecycle.js';

type Schemas = components['schemas'];

const INVITING = 'ins_cangzhou_central';
const INVITED = 'ins_pumch';
const base: ConsultationParties = {
  status: 'requested',
  invitingInstitutionId: INVITING,
  invitedInstitutionId: INVITED,
};
const doctor: ConsultationActor = {
  role: 'referrer',
  institutionId: INVITING,
  clinicianId: 'cln_cz_neuro_wang',
};
const coordinator: ConsultationActor = {
  role: 'coordinator',
  institutionId: INVITED,
  clinicianId: 'cln_pumch_co',
};
const li: ConsultationActor = { role: 'expert', institutionId: INVITED, clinicianId: 'cln_pumch_neuro_li' };
const zhou: ConsultationActor = {
  role: 'expert',
  institutionId: INVITED,
  clinicianId: 'cln_pumch_cardio_zhou',
};
const outsider: ConsultationActor = { role: 'coordinator', institutionId: 'ins_other', clinicianId: 'cln_x' };
const mdt: ConsultationParties = {
  ...base,
  status: 'in_session',
  schedule: { expertIds: ['cln_pumch_neuro_li', 'cln_pumch_cardio_zhou'] },
  opinions: [],
};
const opinion: Schemas['ConsultationTransition'] = {
  command: 'submit_opinion',
  opinion: { findings: '左侧基底节区急性梗死。', advice: '完善经食道超声心动图。' },
};

function contractEnum(name: string): string[] {
  const schema = (openapiDocument.components?.schemas as Record<string, { enum?: unknown[] }>)[name];
  return (schema?.enum ?? []).map(String);
}

describe('consultation state table', () => {
  test('covers exactly the contract statuses, commands and groups', () => {
    expect([...CONSULTATION_STATUSES].sort()).toEqual(contractEnum('ConsultationStatus').sort());
    expect([...CONSULTATION_COMMANDS].sort()).toEqual(contractEnum('ConsultationCommand').sort());
    expect([...CONSULTATION_STATUS_GROUPS].sort()).toEqual(contractEnum('ConsultationStatusGroup').sort());
  });

  test('every status is in exactly one inbox group', () => {
    const all = CONSULTATION_STATUS_GROUPS.flatMap((group) => consultationStatusesOfGroup(group));
    expect(all.sort()).toEqual([...CONSULTATION_STATUSES].sort());
    expect(consultationStatusGroupOf('reported')).toBe('to_acknowledge');
  });

  test('the invited coordinator schedules or declines a request; the inviting doctor may only cancel it', () => {
    expect(allowedConsultationCommands(base, coordinator)).toEqual(['schedule', 'decline']);
    expect(allowedConsultationCommands(base, doctor)).toEqual(['cancel']);
    expect(allowedConsultationCommands(base, li)).toEqual([]);
  });

  test('a scheduled expert or the coordinator starts the session; both sides may cancel once scheduled', () => {
    const scheduled: ConsultationParties = {
      ...base,
      status: 'scheduled',
      schedule: { expertIds: ['cln_pumch_neuro_li'] },
    };
    expect(allowedConsultationCommands(scheduled, li)).toEqual(['start_session']);
    expect(allowedConsultationCommands(scheduled, zhou)).toEqual([]);
    expect(allowedConsultationCommands(scheduled, coordinator)).toEqual(['start_session', 'cancel']);
    expect(allowedConsultationCommands(scheduled, doctor)).toEqual(['cancel']);
  });

  test('in an MDT each expert signs their own opinion; the last signature reports the consultation', () => {
    const first = decideConsultationCommand(mdt, li, opinion);
    expect(first).toEqual({ ok: true, command: 'submit_opinion', from: 'in_session', to: 'in_session' });
    const afterLi = { ...mdt, opinions: [{ expertClinicianId: 'cln_pumch_neuro_li' }] };
    expect(pendingExperts(afterLi)).toEqual(['cln_pumch_cardio_zhou']);
    expect(decideConsultationCommand(afterLi, li, opinion)).toEqual({
      ok: false,
      problem: 'opinion_already_signed',
    });
    expect(decideConsultationCommand(afterLi, zhou, opinion)).toEqual({
      ok: true,
      command: 'submit_opinion',
      from: 'in_session',
      to: 'reported',
    });
    expect(decideConsultationCommand(mdt, coordinator, opinion)).toMatchObject({
      ok: false,
      problem: 'forbidden',
    });
  });

  test('only the inviting side acknowledges, with a rating of 1 to 5', () => {
    const reported: ConsultationParties = { ...mdt, status: 'reported' };
    expect(allowedConsultationCommands(reported, doctor)).toEqual(['acknowledge']);
    expect(decideConsultationCommand(reported, doctor, { command: 'acknowledge', rating: 6 })).toMatchObject({
      ok: false,
      problem: 'validation_failed',
    });
    expect(decideConsultationCommand(reported, doctor, { command: 'acknowledge', rating: 5 })).toMatchObject({
      ok: true,
      to: 'closed',
    });
  });

  test('an institution not party to it learns nothing (not_found), whatever the command and status', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CONSULTATION_STATUSES),
        fc.constantFrom(...CONSULTATION_COMMANDS),
        (status, command) => {
          const decision = decideConsultationCommand({ ...mdt, status }, outsider, {
            command,
          } as Schemas['ConsultationTransition']);
          expect(decision).toEqual({ ok: false, problem: 'not_found' });
        },
      ),
    );
  });

  test('every allowed command is accepted by decide, and nothing leaves a terminal status', () => {
    const actors = [doctor, coordinator, li, zhou, { ...coordinator, role: 'admin' as const }];
    fc.assert(
      fc.property(fc.constantFrom(...CONSULTATION_STATUSES), fc.constantFrom(...actors), (status, actor) => {
        const consultation = { ...mdt, status };
        const allowed = allowedConsultationCommands(consultation, actor);
        if (['closed', 'declined', 'cancelled'].includes(status)) {
          expect(allowed).toEqual([]);
        }
        for (const command of CONSULTATION_COMMANDS) {
          const decision = decideConsultationCommand(consultation, actor, {
            command,
          } as Schemas['ConsultationTransition']);
          // Without a body a command may fail its fields, but never its permission when allowed.
          if (allowed.includes(command)) {
            expect(decision.ok || decision.problem === 'validation_failed').toBe(true);
          } else {
            expect(decision.ok).toBe(false);
          }
        }
      }),
    );
  });
});

describe('validateConsultationTransition', () => {
  const now = '2026-12-03T10:00:00+08:00';
  test('a video schedule needs an https room; on site needs a place; not in the past', () => {
    expect(
      validateConsultationTransition(
        {
          command: 'schedule',
          schedule: { expertIds: ['cln_a'], scheduledAt: '2026-12-04T14:00:00+08:00', mode: 'video' },
        },
        { now },
      ),
    ).toEqual([{ pointer: '/schedule/videoRoomUrl', code: 'video_room_required' }]);
    expect(
      validateConsultationTransition(
        {
          command: 'schedule',
          schedule: { expertIds: ['cln_a'], scheduledAt: '2026-12-02T14:00:00+08:00', mode: 'on_site' },
        },
        { now },
      ),
    ).toEqual([
      { pointer: '/schedule/scheduledAt', code: 'consultation_time_in_past' },
      { pointer: '/schedule/place', code: 'place_required' },
    ]);
    expect(
      validateConsultationTransition(
        {
          command: 'schedule',
          schedule: {
            expertIds: ['cln_a'],
            scheduledAt: '2026-12-04T14:00:00+08:00',
            mode: 'video',
            videoRoomUrl: 'http://x.example/r',
          },
        },
        { now },
      ),
    ).toEqual([{ pointer: '/schedule/videoRoomUrl', code: 'invalid_format' }]);
  });

  test('decline needs its reason; cancel for another reason needs text', () => {
    expect(
      validateConsultationTransition({ command: 'decline', reasonCode: 'other', reasonText: ' ' }),
    ).toEqual([{ pointer: '/reasonText', code: 'reason_text_required' }]);
    expect(validateConsultationTransition({ command: 'cancel', reasonCode: 'other' })).toEqual([
      { pointer: '/reasonText', code: 'reason_text_required' },
    ]);
  });
});

describe('validateConsultationCreate', () => {
  const now = '2026-12-03T10:00:00+08:00';
  const request: Schemas['ConsultationCreate'] = {
    urgency: 'urgent',
    invitingInstitutionId: INVITING,
    invitedInstitutionId: INVITED,
    patient: {
      name: '张三',
      sex: 'male',
      birthDate: '1990-03-07',
      idType: 'resident_id_card',
      idNumber: '110105199003071239',
    },
    question: '请协助明确病因。',
    caseSummary: '突发右侧肢体无力2天。',
    attachments: [{ kind: 'image_study', title: '头颅MRI', studyUrl: 'https://pacs.example/study/1' }],
    consent: {
      purpose: 'remote_consultation',
      grantedAt: '2026-12-03T09:30:00+08:00',
      recordedBy: 'cln_cz_neuro_wang',
      method: 'written',
    },
  };

  test('a complete request is valid', () => {
    expect(validateConsultationCreate(request, { now })).toEqual([]);
  });

  test('the consent must be for remote consultation and written', () => {
    expect(
      validateConsultationCreate(
        { ...request, consent: { ...request.consent, method: 'verbal_witnessed' } },
        { now },
      ),
    ).toEqual([{ pointer: '/consent/method', code: 'consent_written_required' }]);
    expect(
      validateConsultationCreate(
        { ...request, consent: { ...request.consent, purpose: 'referral_transfer' } },
        { now },
      ),
    ).toEqual([{ pointer: '/consent/purpose', code: 'consent_required' }]);
  });

  test('an image study is a https link and a result names its id; the two sides differ', () => {
    expect(
      validateConsultationCreate(
        {
          ...request,
          invitedInstitutionId: INVITING,
          attachments: [
            { kind: 'image_study', title: 'CT', studyUrl: 'ftp://pacs.example/1' },
            { kind: 'result', title: 'HbA1c' },
          ],
        },
        { now },
      ),
    ).toEqual([
      { pointer: '/invitedInstitutionId', code: 'receiving_institution_same_as_sending' },
      { pointer: '/attachments/0/studyUrl', code: 'invalid_format' },
      { pointer: '/attachments/1/resultId', code: 'required' },
    ]);
  });
});
