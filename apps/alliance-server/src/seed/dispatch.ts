// Dispatch batches, registered practice and patient accounts, after the seeds (DOMAIN §4, §9): 协和 sent
// "10 批次 43 人次" of experts to 沧州 since the 2024-10-02 framework; Beijing experts file (备案) their practice
// at the hosts they work in (医师区域注册, 一次注册、区域有效); patients hold accounts at their hospital.
import { addDays, shanghaiDate, shanghaiWeekday } from '@yilian/domain';
import type { SeedActivity } from './activities.js';
import { FREE_CLINIC_EXPERTS } from './free-clinic-experts.js';

export interface SeedBatch {
  id: string;
  allianceId: string;
  sequence: number;
  title: string;
  purpose: string;
  sendingInstitutionId: string;
  hostInstitutionId: string;
  startDate: string;
  endDate: string;
  expertIds: string[];
}

export interface SeedPracticeSite {
  clinicianId: string;
  institutionId: string;
  kind: 'main' | 'filed';
  validFrom: string;
  validTo?: string;
}

export interface SeedPatientAccount {
  id: string;
  institutionId: string;
  /** A demo identity (a valid, fictitious 居民身份证号) the account's first booking may bind. */
  demo: { name: string; sex: 'male' | 'female'; birthDate: string; idNumber: string };
}

const PUMCH_EXPERTS = [
  'cln_pumch_neuro_li',
  'cln_pumch_cardio_zhou',
  'cln_pumch_endo_chen',
  'cln_pumch_peds_jiang',
  'cln_pumch_emerg_zhu',
  'cln_pumch_rare_wu',
];

/** The experts of each of the ten batches: 5+4+4+5+4+4+5+4+4+4 = 43 expert-visits (人次). */
const BATCH_EXPERTS: string[][] = [
  [0, 1, 2, 4, 5],
  [0, 1, 3, 5],
  [0, 2, 4, 5],
  [0, 1, 2, 3, 5],
  [0, 1, 4, 5],
  [0, 2, 3, 5],
  [0, 1, 2, 4, 5],
  [0, 1, 3, 5],
  [0, 2, 4, 5],
  [0, 1, 2, 5],
].map((picks) => picks.map((i) => PUMCH_EXPERTS[i]!));

const PURPOSES = [
  '神经内科示范转诊病房建设与疑难病例会诊',
  '重症、罕见病转诊绿色通道共建',
  '卒中绿色通道带教与查房',
  '心血管与内分泌专科门诊坐诊',
  '罕见病多学科会诊',
];

/** The Monday of `now`'s Asia/Shanghai week, as the activity seed counts it. */
function mondayOf(now: Date): string {
  return addDays(shanghaiDate(now), -((shanghaiWeekday(now) + 6) % 7));
}

/**
 * 协和 → 沧州: nine past batches of a week, about every ten weeks from November 2024, and the tenth over the four
 * seeded weeks (its activities are the seeded 协和 activities at 沧州).
 */
export function seedBatches(now: Date): SeedBatch[] {
  const monday = mondayOf(now);
  return BATCH_EXPERTS.map((expertIds, index) => {
    const sequence = index + 1;
    const last = sequence === BATCH_EXPERTS.length;
    const startDate = last ? monday : addDays('2024-11-04', index * 70);
    return {
      id: `dpb_pumch_cz_${String(sequence).padStart(2, '0')}`,
      allianceId: 'all_pumch_cangzhou',
      sequence,
      title: `协和医院第${sequence}批专家派驻沧州市中心医院`,
      purpose: PURPOSES[index % PURPOSES.length]!,
      sendingInstitutionId: 'ins_pumch',
      hostInstitutionId: 'ins_cangzhou_central',
      startDate,
      endDate: addDays(startDate, last ? 27 : 4),
      expertIds,
    };
  });
}

/** The id of the batch the seeded 协和 activities at 沧州 belong to. */
export const CURRENT_PUMCH_CZ_BATCH = 'dpb_pumch_cz_10';

/**
 * The activities of the nine past batches (completed): each day of a batch, clinics, a consultation, a ward round
 * and a lecture by its experts, so the batch counts are computed from stored activities.
 */
export function pastBatchActivities(now: Date): SeedActivity[] {
  const activities: SeedActivity[] = [];
  const at = (date: string, time: string) => `${date}T${time}:00+08:00`;
  for (const batch of seedBatches(now).slice(0, -1)) {
    const plan: [number, SeedActivity['kind'], string, string, string][] = [
      [0, 'clinic', '协和专家坐诊', '08:00', '12:00'],
      [1, 'consultation', '疑难病例会诊', '14:00', '16:00'],
      [2, 'ward_round', '示范病房联合查房', '09:00', '11:00'],
      [3, 'clinic', '协和专家坐诊', '08:00', '12:00'],
      [4, 'lecture', '专题学术讲座', '14:00', '16:00'],
    ];
    for (const [day, kind, title, start, end] of plan) {
      const date = addDays(batch.startDate, day);
      const expertId = batch.expertIds[day % batch.expertIds.length]!;
      activities.push({
        id: `act_${batch.id.slice(4)}_${day}_${kind}`,
        kind,
        title,
        expertIds: [expertId],
        hostInstitutionId: batch.hostInstitutionId,
        place: '沧州市中心医院',
        startsAt: at(date, start),
        endsAt: at(date, end),
        bookable: false,
        slots: [],
        batchId: batch.id,
        status: 'completed',
      });
    }
  }
  return activities;
}

/** Everyone's main institution since 2000; the filings that let the seeded activities run. */
export function practiceSites(
  clinicians: readonly { id: string; institutionId: string }[],
): SeedPracticeSite[] {
  const main = clinicians.map((c) => ({
    clinicianId: c.id,
    institutionId: c.institutionId,
    kind: 'main' as const,
    validFrom: '2000-01-01',
  }));
  const filed = (ids: string[], institutionId: string, validFrom: string, validTo?: string) =>
    ids.map((clinicianId) => ({
      clinicianId,
      institutionId,
      kind: 'filed' as const,
      validFrom,
      ...(validTo ? { validTo } : {}),
    }));
  return [
    ...main,
    // 协和 experts at 沧州 under the 2024-10-02 three-year framework (seed 002).
    ...filed(PUMCH_EXPERTS, 'ins_cangzhou_central', '2024-10-02', '2027-10-01'),
    // 首钢 experts at 北苑 since the 2026-01-13 alliance (seed 000).
    ...filed(['cln_sg_endo_gao', 'cln_sg_rehab_ma'], 'ins_beiyuan_tcm', '2026-01-13'),
    // The 14 Beijing experts of the 包钢 义诊, filed there since the 京蒙 alliance (2023-06-01); 协和's 李明 is not,
    // so a clinic of his at 包钢 is refused.
    ...filed(
      FREE_CLINIC_EXPERTS.map((e) => e.expertId),
      'ins_baogang',
      '2023-06-01',
    ),
  ];
}

/**
 * Patient accounts a hospital's backend names in `patient` tokens (`tokens --patient ID`). Each is bound to the
 * identity of its first booking; the demo identity is the one the stories and the portal use.
 */
export const PATIENT_ACCOUNTS: SeedPatientAccount[] = [
  {
    id: 'pat_bg_wang_lan',
    institutionId: 'ins_baogang',
    demo: { name: '王兰', sex: 'female', birthDate: '1962-05-14', idNumber: '150203196205140024' },
  },
  {
    id: 'pat_bg_zhao_gang',
    institutionId: 'ins_baogang',
    demo: { name: '赵刚', sex: 'male', birthDate: '1958-09-30', idNumber: '150204195809300019' },
  },
  {
    id: 'pat_cz_li_hua',
    institutionId: 'ins_cangzhou_central',
    demo: { name: '李华', sex: 'female', birthDate: '1979-02-11', idNumber: '130902197902110026' },
  },
];
