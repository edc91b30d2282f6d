import type { components } from '@yilian/contract';
import type { Queryable } from '../db/database.js';
import { digestOnlySigner } from '../signing.js';
import type { ConsultationRow } from '../stores/consultation-store.js';
import { iso } from '../use-cases/shared/present.js';
import { signOpinion } from '../use-cases/consultations/sign-opinion.js';

type Schemas = components['schemas'];
type Status = Schemas['ConsultationStatus'];

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const WANG = {
  clinicianId: 'cln_cz_neuro_wang',
  institutionId: 'ins_cangzhou_central',
  role: 'referrer',
  name: '王芳',
} as const;
const SUN = {
  clinicianId: 'cln_pumch_coord_sun',
  institutionId: 'ins_pumch',
  role: 'coordinator',
  name: '孙丽',
} as const;
const LI = 'cln_pumch_neuro_li';
const ZHOU = 'cln_pumch_cardio_zhou';
const EXPERT_NAMES: Record<string, string> = { [LI]: '李明', [ZHOU]: '周华' };

/**
 * The seeded consultations: 沧州市中心医院 asks 北京协和医院 (seed 002 counts 109 remote consultations between them),
 * one in every state, so widgets, stories and the portal show a realistic case. Ids are fixed
 * (`con_seed_<status>`); the patient is fictitious with a valid check digit (DOMAIN §6 example 2).
 */
export const SEEDED_CONSULTATION_IDS: Readonly<Record<Status, string>> = Object.freeze({
  requested: 'con_seed_requested',
  scheduled: 'con_seed_scheduled',
  in_session: 'con_seed_in_session',
  reported: 'con_seed_reported',
  closed: 'con_seed_closed',
  declined: 'con_seed_declined',
  cancelled: 'con_seed_cancelled',
});

const PATIENT: Schemas['Patient'] = {
  name: '李强',
  sex: 'male',
  birthDate: '1985-12-31',
  idType: 'resident_id_card',
  idNumber: '12010119851231005X',
  phone: '13912345678',
};

const OPINIONS: Record<string, Schemas['ConsultationOpinionInput']> = {
  [LI]: {
    findings:
      '头颅MRI示左侧基底节区急性梗死；患者40岁，无高血压、糖尿病史，需排查心源性栓塞、动脉夹层及免疫性血管病。',
    advice:
      '建议完善经食道超声心动图、头颈CTA及抗磷脂抗体；继续双抗治疗21天后改单抗。决策由邀请方主管医生作出。',
    diagnosis: { code: 'I63.900', text: '脑梗死（病因待查）' },
    recommendReferral: false,
  },
  [ZHOU]: {
    findings: '心电图窦性心律，未见房颤；经胸超声未见明显异常。',
    advice: '建议72小时动态心电图排查阵发性房颤；如发现卵圆孔未闭可转诊评估封堵。',
    recommendReferral: true,
  },
};

/** Seeds one consultation per status (idempotent, like the rest of the seed). */
export async function seedConsultations(db: Queryable, now: Date): Promise<void> {
  const statuses = Object.keys(SEEDED_CONSULTATION_IDS) as Status[];
  for (const [index, status] of statuses.entries()) {
    const id = SEEDED_CONSULTATION_IDS[status];
    const createdAt = new Date(now.getTime() - (statuses.length - index) * DAY);
    const sessionAt = new Date(createdAt.getTime() + DAY);
    const mdt = status === 'in_session' || status === 'reported' || status === 'closed';
    const expertIds = mdt ? [LI, ZHOU] : [LI];
    const scheduledStates: Status[] = ['scheduled', 'in_session', 'reported', 'closed'];
    const scheduled = scheduledStates.includes(status) || status === 'cancelled';
    // A scheduled consultation meets tomorrow; the others met the day after their request.
    const meetsAt = status === 'scheduled' ? new Date(now.getTime() + DAY) : sessionAt;
    const row: Omit<ConsultationRow, 'referral_ids'> = {
      id,
      number: `HZ-${iso(createdAt).slice(0, 10).replace(/-/g, '')}-9${String(index + 1).padStart(5, '0')}`,
      version: 1,
      status,
      urgency: index % 3 === 0 ? 'urgent' : 'routine',
      inviting_institution_id: 'ins_cangzhou_central',
      inviting_clinician_id: WANG.clinicianId,
      invited_institution_id: 'ins_pumch',
      patient: PATIENT,
      // The seed does not know the server's patient-key secret; seeded cases are never matched to results by it.
      patient_key: `seed:${id}`,
      request: {
        invitingDepartmentId: 'dep_cz_neurology',
        requestedDepartmentId: 'dep_pumch_neurology',
        requestedExpertIds: [LI],
        preferredMode: 'video',
        diagnosis: { code: 'I63.900', text: '脑梗死' },
        question: '青年卒中，病因待查，请协助明确病因及二级预防方案。',
        caseSummary:
          '男，40岁，突发右侧肢体无力伴言语不清2天入院。NIHSS 6分。头颅MRI示左侧基底节区急性梗死，头颅CT未见出血。已予阿司匹林联合氯吡格雷、他汀治疗，症状较前好转。',
        attachments: [
          {
            id: `att_${id}_mri`,
            kind: 'image_study',
            title: '头颅MRI（DWI+FLAIR）',
            studyUrl: 'https://pacs.cangzhou-central.example/viewer/study/1.2.840.113619.2.55.3.2026',
            modality: 'MR',
            addedAt: iso(createdAt),
            addedBy: WANG.clinicianId,
          },
          {
            id: `att_${id}_emr`,
            kind: 'emr_excerpt',
            title: '入院记录及病程摘要',
            contentType: 'application/pdf',
            addedAt: iso(createdAt),
            addedBy: WANG.clinicianId,
          },
        ],
        consent: {
          purpose: 'remote_consultation',
          grantedAt: iso(new Date(createdAt.getTime() - HOUR)),
          recordedBy: WANG.clinicianId,
          method: 'written',
        },
      },
      schedule: scheduled
        ? {
            expertIds,
            scheduledAt: iso(meetsAt),
            durationMinutes: mdt ? 60 : 30,
            mode: 'video',
            videoRoomUrl: `https://meet.pumch.example/room/${id}`,
          }
        : null,
      opinions: [],
      acknowledgement: null,
      declination: null,
      cancellation: null,
      expert_ids: expertIds,
      scheduled_at: scheduled ? new Date(createdAt.getTime() + 2 * HOUR) : null,
      session_started_at: mdt ? meetsAt : null,
      reported_at: null,
      closed_at: null,
      created_at: createdAt,
      updated_at: createdAt,
      created_by: WANG,
    };
    const signers =
      status === 'in_session' ? [LI] : status === 'reported' || status === 'closed' ? [LI, ZHOU] : [];
    for (const expert of signers) {
      const signedAt = iso(new Date(meetsAt.getTime() + HOUR));
      const input = OPINIONS[expert]!;
      row.opinions.push({
        expertClinicianId: expert,
        expertName: EXPERT_NAMES[expert],
        ...input,
        signature: await signOpinion(row as ConsultationRow, input, expert, signedAt, digestOnlySigner),
        signedAt,
      });
    }
    if (status === 'reported' || status === 'closed') {
      row.reported_at = new Date(meetsAt.getTime() + HOUR);
    }
    if (status === 'closed') {
      row.closed_at = new Date(meetsAt.getTime() + 3 * HOUR);
      row.acknowledgement = {
        note: '已采纳会诊意见，完善经食道超声及动态心电图。',
        rating: 5,
        ratingComment: '意见详实，答复及时。',
        at: iso(row.closed_at),
        by: WANG,
      };
    }
    if (status === 'declined') {
      row.declination = {
        code: 'no_expert_available',
        text: '本周神经内科相关专家均外出义诊，建议下周重新申请。',
        at: iso(new Date(createdAt.getTime() + 2 * HOUR)),
        by: SUN,
      };
    }
    if (status === 'cancelled') {
      row.cancellation = {
        code: 'condition_improved',
        text: '患者病情明显好转，暂无会诊需要。',
        at: iso(new Date(createdAt.getTime() + 3 * HOUR)),
        by: WANG,
      };
    }
    const steps = HISTORY[status];
    row.version = 1 + steps.length;
    const { rowCount } = await insertSeeded(db, row);
    if (rowCount === 0) {
      continue;
    }
    // The timeline a case in this state has behind it, one audit entry per command.
    let from: Status = 'requested';
    const entries: [
      string,
      Status | null,
      Status,
      typeof WANG | typeof SUN | typeof LI_REF | typeof ZHOU_REF,
    ][] = [['create', null, 'requested', WANG]];
    for (const [action, to, actor] of steps) {
      entries.push([action, from, to, actor]);
      from = to;
    }
    for (const [offset, [action, fromStatus, toStatus, actor]] of entries.entries()) {
      await db.query(
        `INSERT INTO audit_events (resource_type, resource_id, at, actor, action, from_status, to_status)
         VALUES ('consultation', $1, $2, $3, $4, $5, $6)`,
        [
          id,
          new Date(createdAt.getTime() + offset * HOUR),
          JSON.stringify(actor),
          action,
          fromStatus,
          toStatus,
        ],
      );
    }
  }
}

const LI_REF = { clinicianId: LI, institutionId: 'ins_pumch', role: 'expert', name: '李明' } as const;
const ZHOU_REF = { clinicianId: ZHOU, institutionId: 'ins_pumch', role: 'expert', name: '周华' } as const;
type Step = [string, Status, typeof WANG | typeof SUN | typeof LI_REF | typeof ZHOU_REF];
const SCHEDULE: Step = ['schedule', 'scheduled', SUN];
const START: Step = ['start_session', 'in_session', LI_REF];
const LI_SIGNS: Step = ['submit_opinion', 'in_session', LI_REF];
const HISTORY: Readonly<Record<Status, readonly Step[]>> = {
  requested: [],
  scheduled: [SCHEDULE],
  in_session: [SCHEDULE, START, LI_SIGNS],
  reported: [SCHEDULE, START, LI_SIGNS, ['submit_opinion', 'reported', ZHOU_REF]],
  closed: [
    SCHEDULE,
    START,
    LI_SIGNS,
    ['submit_opinion', 'reported', ZHOU_REF],
    ['acknowledge', 'closed', WANG],
  ],
  declined: [['decline', 'declined', SUN]],
  cancelled: [SCHEDULE, ['cancel', 'cancelled', WANG]],
};

async function insertSeeded(db: Queryable, row: Omit<ConsultationRow, 'referral_ids'>) {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO consultations (id, number, version, status, urgency, inviting_institution_id, inviting_clinician_id,
       invited_institution_id, patient, patient_key, request, schedule, opinions, acknowledgement, declination,
       cancellation, expert_ids, scheduled_at, session_started_at, reported_at, closed_at, created_at, updated_at,
       created_by)
     VALUES ($1, $2, $23, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $21, $22)
     ON CONFLICT DO NOTHING RETURNING id`,
    [
      row.id,
      row.number,
      row.status,
      row.urgency,
      row.inviting_institution_id,
      row.inviting_clinician_id,
      row.invited_institution_id,
      JSON.stringify(row.patient),
      row.patient_key,
      JSON.stringify(row.request),
      row.schedule ? JSON.stringify(row.schedule) : null,
      JSON.stringify(row.opinions),
      row.acknowledgement ? JSON.stringify(row.acknowledgement) : null,
      row.declination ? JSON.stringify(row.declination) : null,
      row.cancellation ? JSON.stringify(row.cancellation) : null,
      JSON.stringify(row.expert_ids),
      row.scheduled_at,
      row.session_started_at,
      row.reported_at,
      row.closed_at,
      row.created_at,
      JSON.stringify(row.created_by),
      row.version,
    ],
  );
  return { rowCount: rows.length };
}
