// Story support for the consultation widgets: consultations brought to each state through the real API of the
// in-page reference server, by the people who would act. Used by stories only; never exported from the package.
import type { BrowserAlliance } from '@yilian/alliance-server/browser';
import type { AllianceClient, Schemas } from '@yilian/sdk';
import { createAllianceClient } from '@yilian/sdk';
import { STORY_NOW } from './story-alliance.js';

type Consultation = Schemas['Consultation'];

/** The people of the consultation stories (seeded clinicians). */
export const PEOPLE = {
  /** 王芳, the inviting neurologist at 沧州市中心医院. */
  wang: 'cln_cz_neuro_wang',
  /** 孙丽, 协和's coordinator: schedules or declines. */
  sun: 'cln_pumch_coord_sun',
  /** 李明, 协和 neurology expert. */
  li: 'cln_pumch_neuro_li',
  /** 周华, 协和 cardiology expert (the MDT's second opinion). */
  zhou: 'cln_pumch_cardio_zhou',
  /** 高峰, at 首钢医院: party to none of these consultations. */
  gao: 'cln_sg_endo_gao',
} as const;

export async function clientAs(alliance: BrowserAlliance, clinicianId: string): Promise<AllianceClient> {
  return createAllianceClient({
    baseUrl: alliance.baseUrl,
    token: await alliance.tokenFor(clinicianId),
    fetch: (request) => alliance.fetch(request),
    retry: false,
  });
}

/** A request from 沧州 neurology to 协和 neurology, as the form would send it. */
export function requestBody(
  overrides: Partial<Schemas['ConsultationCreate']> = {},
): Schemas['ConsultationCreate'] {
  return {
    urgency: 'urgent',
    invitingInstitutionId: 'ins_cangzhou_central',
    invitingDepartmentId: 'dep_cz_neurology',
    invitingClinicianId: PEOPLE.wang,
    invitedInstitutionId: 'ins_pumch',
    requestedDepartmentId: 'dep_pumch_neurology',
    requestedExpertIds: [PEOPLE.li],
    preferredMode: 'video',
    patient: {
      name: '张三',
      sex: 'male',
      birthDate: '1990-03-07',
      idType: 'resident_id_card',
      idNumber: '110105199003071239',
    },
    diagnosis: { code: 'I63.900', text: '脑梗死' },
    question: '青年卒中，病因待查，请协助明确病因及二级预防方案。',
    caseSummary:
      '男，36岁，突发右侧肢体无力2天，头颅MRI示左侧基底节区急性梗死。既往体健，无高血压、糖尿病史。',
    attachments: [
      {
        kind: 'image_study',
        title: '头颅MRI（DWI）',
        studyUrl: 'https://pacs.cangzhou-central.example/viewer/study/1.2.840.113619.2.55.3',
        modality: 'MR',
      },
    ],
    consent: {
      purpose: 'remote_consultation',
      grantedAt: '2026-11-23T08:30:00+08:00',
      recordedBy: PEOPLE.wang,
      method: 'written',
    },
    ...overrides,
  };
}

/** Tomorrow afternoon in the video room, with 李明 and (for an MDT) 周华. */
export function scheduleBody(mdt: boolean): Schemas['ConsultationScheduleInput'] {
  return {
    expertIds: mdt ? [PEOPLE.li, PEOPLE.zhou] : [PEOPLE.li],
    scheduledAt: '2026-11-24T14:00:00+08:00',
    durationMinutes: 60,
    mode: 'video',
    videoRoomUrl: 'https://meet.pumch.example/room/hz-20261124-01',
  };
}

export const OPINIONS = {
  li: {
    findings: '影像示左侧基底节区急性梗死，青年患者无传统危险因素，需排查心源性栓塞及血管炎。',
    advice: '建议完善经食道超声心动图、免疫相关检查及头颈CTA；继续抗血小板治疗。',
  },
  zhou: {
    findings: '心电图未见房颤，需排除卵圆孔未闭等反常栓塞来源。',
    advice: '建议行发泡试验及24小时动态心电图；如卵圆孔未闭，心内科评估封堵指征。',
  },
} as const;

/** How far a story's consultation has gone. */
export type ConsultationStage =
  | 'requested'
  | 'scheduled'
  | 'in_session'
  | 'half_reported'
  | 'reported'
  | 'closed'
  | 'declined'
  | 'cancelled';

/**
 * Creates a consultation at `createdAt` (Shanghai, before 08:50) and moves it to `stage` through the API as each party would, the server's clock
 * at the story's time afterwards.
 * @param alliance - the in-page server
 * @param stage - where it should stand
 * @param mdt - two experts (李明 and 周华) instead of one
 * @param createdAt - `HH:MM` of the request, so lists ordered newest first are stable
 */
export async function consultationAt(
  alliance: BrowserAlliance,
  stage: ConsultationStage,
  mdt = true,
  createdAt = '08:40',
): Promise<Consultation> {
  const wang = await clientAs(alliance, PEOPLE.wang);
  alliance.setNow(new Date(`2026-11-23T${createdAt}:00+08:00`));
  let consultation = await wang.consultations.create(requestBody());
  const step = async (clinicianId: string, at: string, body: Schemas['ConsultationTransition']) => {
    alliance.setNow(new Date(`2026-11-23T${at}:00+08:00`));
    const client = await clientAs(alliance, clinicianId);
    consultation = await client.consultations.transition(consultation, body);
  };
  try {
    if (stage === 'declined') {
      await step(PEOPLE.sun, '08:50', {
        command: 'decline',
        reasonCode: 'no_expert_available',
        reasonText: '本周神经内科专家均外出义诊，建议下周一重新申请。',
      });
      return consultation;
    }
    if (stage === 'cancelled') {
      await step(PEOPLE.wang, '08:50', {
        command: 'cancel',
        reasonCode: 'condition_improved',
        reasonText: '患者症状明显好转，暂不需要会诊。',
      });
      return consultation;
    }
    if (stage === 'requested') {
      return consultation;
    }
    // The schedule must not be in the past at the server's clock: tomorrow, scheduled this morning.
    await step(PEOPLE.sun, '08:50', { command: 'schedule', schedule: scheduleBody(mdt) });
    if (stage === 'scheduled') {
      return consultation;
    }
    await step(PEOPLE.li, '08:52', { command: 'start_session' });
    if (stage === 'in_session') {
      return consultation;
    }
    await step(PEOPLE.li, '08:54', { command: 'submit_opinion', opinion: OPINIONS.li });
    if (stage === 'half_reported') {
      return consultation;
    }
    if (mdt) {
      await step(PEOPLE.zhou, '08:56', { command: 'submit_opinion', opinion: OPINIONS.zhou });
    }
    if (stage === 'reported') {
      return consultation;
    }
    await step(PEOPLE.wang, '08:58', {
      command: 'acknowledge',
      note: '已采纳会诊意见，安排经食道超声心动图及发泡试验。',
      rating: 5,
      ratingComment: '两位专家意见明确，响应及时。',
    });
    return consultation;
  } finally {
    alliance.setNow(STORY_NOW);
  }
}
