import type { components } from '@yilian/contract';
import type { Actor } from '../auth.js';
import type { Queryable } from '../db/database.js';
import { digestOnlySigner } from '../signing.js';
import { insertAdoptionDecision } from '../stores/adoption-store.js';
import { insertResult } from '../stores/result-store.js';
import { createReferral } from '../use-cases/referrals/create-referral.js';
import { transitionReferral } from '../use-cases/referrals/transition-referral.js';

type Schemas = components['schemas'];

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** How many whole calendar months before the seed's month get a history. */
export const HISTORY_MONTHS = 5;
// The history's patients are keyed with a secret of its own: they are found by the flows' ids, never by identity.
const HISTORY_PATIENT_KEY_SECRET = 'yilian-seed-history';

const WANG: Actor = {
  institutionId: 'ins_cangzhou_central',
  role: 'referrer',
  clinicianId: 'cln_cz_neuro_wang',
  name: '王芳',
};
const ZHANG: Actor = {
  institutionId: 'ins_pumch',
  role: 'receiver',
  clinicianId: 'cln_pumch_neuro_zhang',
  name: '张伟',
};
const LIU: Actor = {
  institutionId: 'ins_cangzhou_central',
  role: 'coordinator',
  clinicianId: 'cln_cz_coord_liu',
  name: '刘洋',
};
const ZHAO: Schemas['ActorRef'] = { clinicianId: 'cln_cz_lab_zhao', institutionId: 'ins_cangzhou_central' };

/** Fictitious patients with valid check digits (DOMAIN §6 examples). */
const PATIENTS: Schemas['Patient'][] = [
  {
    name: '赵建国',
    sex: 'male',
    birthDate: '1990-03-07',
    idType: 'resident_id_card',
    idNumber: '110105199003071239',
  },
  {
    name: '钱秀英',
    sex: 'female',
    birthDate: '1985-12-31',
    idType: 'resident_id_card',
    idNumber: '12010119851231005X',
  },
];

/** The first instant (Asia/Shanghai) of the calendar month `offset` months from the month of `now`. */
function monthStart(now: Date, offset: number): Date {
  const shifted = new Date(now.getTime() + 8 * HOUR);
  const first = Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth() + offset, 1);
  return new Date(first - 8 * HOUR);
}

/** What becomes of the k-th referral of a month: the outcomes a coordinator sees in a normal month. */
type Fate = 'closed' | 'rejected' | 'returned_then_reported' | 'no_show' | 'green_closed' | 'cancelled';
const FATES: readonly Fate[] = [
  'closed',
  'rejected',
  'closed',
  'returned_then_reported',
  'green_closed',
  'no_show',
  'cancelled',
];
/** Minutes from submission to the first answer, varied as real answers are. */
const ANSWER_MINUTES = [35, 95, 240, 600, 1500, 50, 180] as const;

function referralForm(direction: 'up' | 'down', green: boolean, patient: Schemas['Patient'], at: Date) {
  const consent = {
    purpose: 'referral_transfer' as const,
    grantedAt: at.toISOString(),
    recordedBy: direction === 'up' ? WANG.clinicianId : ZHANG.clinicianId,
    method: 'written' as const,
  };
  if (direction === 'up') {
    return {
      direction,
      urgency: green ? ('green_channel' as const) : ('routine' as const),
      ...(green
        ? {
            greenChannelCategory: 'stroke' as const,
            escort: {
              escortedBy: '李护士',
              escortRole: 'nurse' as const,
              transport: 'ambulance_with_doctor' as const,
            },
          }
        : {}),
      sendingInstitutionId: WANG.institutionId,
      sendingDepartmentId: 'dep_cz_neurology',
      receivingInstitutionId: ZHANG.institutionId,
      receivingDepartmentId: 'dep_pumch_neurology',
      patient,
      diagnosis: { code: 'I63.900', text: '脑梗死' },
      reason: '急性脑梗死，需进一步评估取栓指征。',
      clinicalSummary: '发病4小时，NIHSS 8分，已完成头颅CT。',
      consent,
      submit: true,
    } as Schemas['ReferralCreate'];
  }
  return {
    direction,
    urgency: 'routine',
    sendingInstitutionId: ZHANG.institutionId,
    sendingDepartmentId: 'dep_pumch_neurology',
    receivingInstitutionId: LIU.institutionId,
    receivingDepartmentId: 'dep_cz_rehab',
    patient,
    diagnosis: { code: 'I63.900', text: '脑梗死' },
    reason: '脑梗死恢复期，病情稳定，转社区康复。',
    clinicalSummary: '住院10天，溶栓后神经功能明显改善，NIHSS 2分出院。',
    mainResults: '头颅MRI示左侧基底节区急性梗死灶。',
    rehabPlan: '每日康复训练，两周后复查。',
    medications: '阿司匹林 100mg qd',
    followUpDates: [at.toISOString().slice(0, 10)],
    consent,
    submit: true,
  } as Schemas['ReferralCreate'];
}

/** Plays one referral through the referral use-cases, each step at its own instant. */
async function playReferral(
  db: Queryable,
  direction: 'up' | 'down',
  fate: Fate,
  submitAt: Date,
  answerMinutes: number,
  patient: Schemas['Patient'],
) {
  const green = fate === 'green_closed' && direction === 'up';
  const sender = direction === 'up' ? WANG : ZHANG;
  const receiver = direction === 'up' ? ZHANG : LIU;
  const department = direction === 'up' ? 'dep_pumch_neurology' : 'dep_cz_rehab';
  let referral = await createReferral(
    {
      tx: db,
      actor: sender,
      now: submitAt,
      patientKeySecret: HISTORY_PATIENT_KEY_SECRET,
      referralSigner: digestOnlySigner,
    },
    referralForm(direction, green, patient, submitAt),
  );
  const step = async (actor: Actor, at: Date, command: Schemas['ReferralTransition']) => {
    referral = await transitionReferral(
      { tx: db, actor, now: at, referralSigner: digestOnlySigner },
      { referralId: referral.id, expectedVersion: referral.version, command },
    );
  };
  let t = submitAt.getTime() + (green ? 8 : answerMinutes) * MINUTE;
  const accept = async () => {
    await step(receiver, new Date(t), {
      command: 'accept',
      appointment: { departmentId: department, scheduledAt: new Date(t + 2 * HOUR).toISOString() },
    });
  };
  if (fate === 'rejected') {
    await step(receiver, new Date(t), {
      command: 'reject',
      reasonCode: 'no_capacity',
      reasonText: '本周床位已满。',
    });
    return;
  }
  if (fate === 'returned_then_reported') {
    await step(receiver, new Date(t), { command: 'return_for_info', note: '请补充近三天的头颅CT报告。' });
    t += 3 * HOUR;
    await step(sender, new Date(t), { command: 'resubmit' });
    t += 2 * HOUR;
  }
  await accept();
  if (fate === 'cancelled') {
    await step(sender, new Date(t + 30 * MINUTE), {
      command: 'cancel',
      reasonCode: 'condition_improved',
      reasonText: '病情好转。',
    });
    return;
  }
  if (fate === 'no_show') {
    await step(receiver, new Date(t + 26 * HOUR), { command: 'mark_no_show' });
    return;
  }
  const arrived = new Date(t + 2 * HOUR);
  await step(receiver, arrived, { command: 'record_arrival', arrivedAt: arrived.toISOString() });
  await step(receiver, arrived, { command: 'start_treatment', setting: 'outpatient' });
  await step(receiver, new Date(t + 3 * 24 * HOUR), {
    command: 'report',
    report: {
      diagnosis: { code: 'I63.900', text: '脑梗死' },
      treatment: '对症治疗。',
      advice: '继续康复训练。',
    },
  });
  if (fate !== 'returned_then_reported') {
    await step(sender, new Date(t + 5 * 24 * HOUR), { command: 'close', note: '已随访，恢复良好。' });
  }
}

/** Items a 沧州 doctor orders again and again; 协和's earlier results of them are recognised (京津冀HR). */
const ITEMS = ['LAB_HBA1C', 'LAB_ALT', 'LAB_HBA1C', 'LAB_ALT', 'LAB_HBA1C', 'LAB_ALT'] as const;

/** Adoption decisions at 沧州 on 协和 results, each with 沧州's price of the item at the time. */
async function playAdoptions(db: Queryable, month: Date, index: number) {
  const count = 4 + (index % 3);
  for (let k = 0; k < count; k += 1) {
    const itemCode = ITEMS[k % ITEMS.length]!;
    const decidedAt = new Date(month.getTime() + (2 + 4 * k) * 24 * HOUR + 10 * HOUR);
    const performedAt = new Date(decidedAt.getTime() - 5 * 24 * HOUR);
    const id = `hist_${month.toISOString().slice(0, 7).replace('-', '')}_${k}`;
    await insertResult(db, {
      id: `res_${id}`,
      item_code: itemCode,
      kind: 'lab',
      performing_institution_id: 'ins_pumch',
      performed_at: performedAt,
      reported_at: performedAt,
      report_status: 'final',
      value: itemCode === 'LAB_HBA1C' ? '6.1' : '28',
      unit: itemCode === 'LAB_HBA1C' ? '%' : 'U/L',
      reference_range: null,
      study: null,
      impression: null,
      patient: PATIENTS[k % PATIENTS.length]!,
      patient_key: `seed:${id}`,
      referral_id: null,
      registered_at: performedAt,
      registered_by: { clinicianId: 'cln_pumch_endo_chen', institutionId: 'ins_pumch' },
      registered_by_institution_id: 'ins_pumch',
    });
    const { rows } = await db.query<{ price_fen: number }>(
      'SELECT price_fen FROM item_prices WHERE item_code = $1 AND institution_id = $2',
      [itemCode, 'ins_cangzhou_central'],
    );
    const adopted = (k + index) % 5 !== 4;
    await insertAdoptionDecision(db, {
      id: `adp_${id}`,
      result_id: `res_${id}`,
      item_code: itemCode,
      outcome: adopted ? 'adopted' : 'not_adopted',
      reason: adopted ? null : 'condition_changed',
      reason_text: null,
      explained_to_patient: true,
      check_decision: 'recognized',
      hr_mark: '京津冀HR',
      department_code: '03.03',
      institution_id: 'ins_cangzhou_central',
      price_fen: rows[0]?.price_fen ?? null,
      decided_at: decidedAt,
      decided_by: ZHAO,
    });
  }
}

/** The month's completed expert activities at 沧州 outside any batch: remote consultations, a clinic, a ward round. */
async function playActivities(db: Queryable, month: Date, index: number) {
  const plan: [number, Schemas['ActivityKind'], string, string[]][] = [
    [6, 'remote_consultation', '远程会诊', ['cln_pumch_neuro_li']],
    [13, 'clinic', '协和专家坐诊', ['cln_pumch_cardio_zhou', 'cln_pumch_endo_chen']],
    [20, 'remote_consultation', '远程会诊', ['cln_pumch_cardio_zhou']],
    [22, 'ward_round', '示范病房联合查房', ['cln_pumch_neuro_li', 'cln_pumch_cardio_zhou']],
  ];
  for (const [day, kind, title, expertIds] of plan.slice(0, 3 + (index % 2))) {
    const startsAt = new Date(month.getTime() + day * 24 * HOUR + 9 * HOUR);
    await db.query(
      `INSERT INTO activities (id, kind, title, expert_ids, host_institution_id, place, starts_at, ends_at, bookable, status)
       VALUES ($1, $2, $3, $4, 'ins_cangzhou_central', '沧州市中心医院', $5, $6, false, 'completed') ON CONFLICT DO NOTHING`,
      [
        `act_hist_${month.toISOString().slice(0, 7).replace('-', '')}_${day}`,
        kind,
        title,
        expertIds,
        startsAt,
        new Date(startsAt.getTime() + 3 * HOUR),
      ],
    );
  }
}

/**
 * A few months of alliance history before the seed's month, at the seeds' scale (DOMAIN §9: a handful of referrals
 * a month between 沧州 and 协和, recognised results adopted with their prices), written through the referral
 * use-cases and the recognition stores so the indicators count true records; the month's expert activities are seeded rows, as the seed's other
 * activities are. Deterministic in `now`; written once
 * (a second seeding finds it and adds nothing). The demo and the dashboard's stories use it; the tests' seed does
 * not, so their counts of referrals stay those of the current week.
 */
export async function seedIndicatorHistory(db: Queryable, now: Date): Promise<void> {
  const first = monthStart(now, -HISTORY_MONTHS);
  const { rows } = await db.query('SELECT 1 FROM adoption_decisions WHERE id LIKE $1 LIMIT 1', [
    'adp_hist_%',
  ]);
  if (rows.length > 0) {
    return;
  }
  for (let index = 0; index < HISTORY_MONTHS; index += 1) {
    const month = monthStart(first, index);
    const ups = 3 + (index % 3);
    const downs = 1 + (index % 2);
    for (let k = 0; k < ups + downs; k += 1) {
      const direction = k < ups ? 'up' : 'down';
      const submitAt = new Date(month.getTime() + (1 + 4 * k) * 24 * HOUR + (9 + (k % 4)) * HOUR);
      const fate = FATES[(index + k) % FATES.length]!;
      await playReferral(
        db,
        direction,
        direction === 'down' && fate === 'green_closed' ? 'closed' : fate,
        submitAt,
        ANSWER_MINUTES[(index * 3 + k) % ANSWER_MINUTES.length]!,
        PATIENTS[k % PATIENTS.length]!,
      );
    }
    await playAdoptions(db, month, index);
    await playActivities(db, month, index);
  }
}
