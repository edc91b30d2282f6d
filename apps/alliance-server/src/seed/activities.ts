// A month of expert activities from the Monday of the seeding week, after the patterns in DOMAIN §9: weekly
// 坐诊 and 会诊 of 协和 experts in 沧州, 远程会诊, 首钢 thyroid clinics and ward rounds at 北苑, and a one-day
// 义诊 with several Beijing experts at 包钢 (500+ patients: high-capacity slots).
import { addDays, shanghaiDate, shanghaiWeekday } from '@yilian/domain';
import { CURRENT_PUMCH_CZ_BATCH } from './dispatch.js';
import { departmentId } from './directory.js';
import { FREE_CLINIC_EXPERTS } from './free-clinic-experts.js';

type Kind =
  | 'clinic'
  | 'consultation'
  | 'remote_consultation'
  | 'surgery_guidance'
  | 'ward_round'
  | 'lecture'
  | 'free_clinic';

export interface SeedActivity {
  id: string;
  kind: Kind;
  title: string;
  expertIds: string[];
  hostInstitutionId: string;
  departmentId?: string;
  place?: string;
  videoUrl?: string;
  startsAt: string;
  endsAt: string;
  bookable: boolean;
  slots: {
    id: string;
    startsAt: string;
    endsAt: string;
    capacity: number;
    /** The slot's expert; the activity's first by default. */
    expertId?: string;
    /** The slot's department of the host; the activity's by default. */
    departmentId?: string;
  }[];
  batchId?: string;
  /** `scheduled` unless given (past batches' activities are `completed`). */
  status?: 'scheduled' | 'completed';
}

interface Pattern {
  tag: string;
  kind: Kind;
  title: string;
  expertIds: string[];
  host: string;
  departmentCode?: string;
  place?: string;
  videoUrl?: string;
  /** Days after Monday (0–6) in the weeks it runs. */
  weekday: number;
  weeks: number[];
  start: string;
  end: string;
  slotMinutes?: number;
  capacity?: number;
  batchId?: string;
}

const PATTERNS: Pattern[] = [
  {
    tag: 'pumch_cz_neuro',
    batchId: CURRENT_PUMCH_CZ_BATCH,
    kind: 'clinic',
    title: '协和神经内科专家坐诊',
    expertIds: ['cln_pumch_neuro_li'],
    host: 'ins_cangzhou_central',
    departmentCode: '03.03',
    place: '沧州市中心医院门诊楼3层 专家诊区',
    weekday: 1,
    weeks: [0, 1, 2, 3],
    start: '08:00',
    end: '12:00',
    slotMinutes: 30,
    capacity: 3,
  },
  {
    tag: 'pumch_cz_neuro_mdt',
    batchId: CURRENT_PUMCH_CZ_BATCH,
    kind: 'consultation',
    title: '神经内科疑难病例会诊',
    expertIds: ['cln_pumch_neuro_li'],
    host: 'ins_cangzhou_central',
    departmentCode: '03.03',
    place: '沧州市中心医院住院部5层 示教室',
    weekday: 1,
    weeks: [0, 1, 2, 3],
    start: '14:00',
    end: '16:00',
    slotMinutes: 60,
    capacity: 2,
  },
  {
    tag: 'pumch_cz_cardio_remote',
    batchId: CURRENT_PUMCH_CZ_BATCH,
    kind: 'remote_consultation',
    title: '心血管内科远程会诊',
    expertIds: ['cln_pumch_cardio_zhou'],
    host: 'ins_cangzhou_central',
    departmentCode: '03.04',
    videoUrl: 'https://meet.example.org/pumch-cz-cardio',
    weekday: 3,
    weeks: [0, 1, 2, 3],
    start: '14:00',
    end: '17:00',
    slotMinutes: 60,
    capacity: 1,
  },
  {
    tag: 'pumch_cz_endo',
    batchId: CURRENT_PUMCH_CZ_BATCH,
    kind: 'clinic',
    title: '协和内分泌专家坐诊',
    expertIds: ['cln_pumch_endo_chen'],
    host: 'ins_cangzhou_central',
    departmentCode: '03.07',
    place: '沧州市中心医院门诊楼2层 内分泌诊区',
    weekday: 4,
    weeks: [1, 3],
    start: '08:30',
    end: '11:30',
    slotMinutes: 30,
    capacity: 2,
  },
  {
    tag: 'pumch_cz_stroke_round',
    batchId: CURRENT_PUMCH_CZ_BATCH,
    kind: 'ward_round',
    title: '协和—沧州神经内科示范病房查房',
    expertIds: ['cln_pumch_neuro_li'],
    host: 'ins_cangzhou_central',
    departmentCode: '03.03',
    place: '沧州市中心医院 神经内科示范转诊病房',
    weekday: 2,
    weeks: [0, 2],
    start: '09:00',
    end: '11:00',
  },
  {
    tag: 'sg_by_thyroid',
    kind: 'clinic',
    title: '首钢医院甲状腺专病坐诊',
    expertIds: ['cln_sg_endo_gao'],
    host: 'ins_beiyuan_tcm',
    departmentCode: '03.07',
    place: '北京北苑中医医院门诊2层',
    weekday: 2,
    weeks: [0, 1, 2, 3],
    start: '08:30',
    end: '11:30',
    slotMinutes: 15,
    capacity: 1,
  },
  {
    tag: 'sg_by_rehab_round',
    kind: 'ward_round',
    title: '康复病房联合查房',
    expertIds: ['cln_sg_rehab_ma'],
    host: 'ins_beiyuan_tcm',
    departmentCode: '21',
    place: '北京北苑中医医院康复病区',
    weekday: 0,
    weeks: [0, 1, 2, 3],
    start: '09:00',
    end: '11:00',
  },
  {
    tag: 'sg_by_lecture',
    kind: 'lecture',
    title: '慢病管理学术讲座',
    expertIds: ['cln_sg_endo_gao'],
    host: 'ins_beiyuan_tcm',
    place: '北京北苑中医医院 学术报告厅',
    weekday: 4,
    weeks: [1],
    start: '14:00',
    end: '16:00',
  },
  {
    tag: 'tiantan_bg_surgery',
    kind: 'surgery_guidance',
    title: '神经介入手术指导',
    expertIds: ['cln_tiantan_neuro_feng'],
    host: 'ins_baogang',
    departmentCode: '03.03',
    place: '内蒙古包钢医院 介入手术室',
    weekday: 3,
    weeks: [2],
    start: '09:00',
    end: '12:00',
  },
  {
    tag: 'pkuph_bg_lecture',
    kind: 'lecture',
    title: '慢阻肺规范化诊治讲座',
    expertIds: ['cln_pkuph_resp_guo'],
    host: 'ins_baogang',
    place: '内蒙古包钢医院 学术报告厅',
    weekday: 4,
    weeks: [2],
    start: '15:00',
    end: '17:00',
  },
];

const at = (date: string, time: string) => `${date}T${time}:00+08:00`;

function addMinutes(time: string, minutes: number): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const total = h * 60 + m + minutes;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** The seeded activities and their slots for the four weeks from the Monday of `now`'s Asia/Shanghai week. */
export function seedActivities(now: Date): SeedActivity[] {
  const today = shanghaiDate(now);
  const monday = addDays(today, -((shanghaiWeekday(now) + 6) % 7));
  const activities: SeedActivity[] = [];
  for (const p of PATTERNS) {
    for (const week of p.weeks) {
      const date = addDays(monday, week * 7 + p.weekday);
      const id = `act_${p.tag}_${date.replace(/-/g, '')}`;
      const bookable = p.slotMinutes !== undefined;
      const slots: SeedActivity['slots'] = [];
      if (p.slotMinutes) {
        for (let t = p.start; t < p.end; t = addMinutes(t, p.slotMinutes)) {
          slots.push({
            id: `slt_${p.tag}_${date.replace(/-/g, '')}_${t.replace(':', '')}`,
            startsAt: at(date, t),
            endsAt: at(date, addMinutes(t, p.slotMinutes)),
            capacity: p.capacity ?? 1,
          });
        }
      }
      activities.push({
        id,
        kind: p.kind,
        title: p.title,
        expertIds: p.expertIds,
        hostInstitutionId: p.host,
        ...(p.departmentCode ? { departmentId: departmentId(p.host, p.departmentCode) } : {}),
        ...(p.place ? { place: p.place } : {}),
        ...(p.videoUrl ? { videoUrl: p.videoUrl } : {}),
        startsAt: at(date, p.start),
        endsAt: at(date, p.end),
        bookable,
        slots,
        ...(p.batchId ? { batchId: p.batchId } : {}),
      });
    }
  }
  // Two 义诊 Saturdays a week apart, so a patient can move a booking to the next one with the same expert.
  activities.push(freeClinicDay(addDays(monday, 2 * 7 + 5)), freeClinicDay(addDays(monday, 3 * 7 + 5)));
  return activities;
}

/**
 * The 京蒙 义诊 day at 包钢 (seed 003): 14 Beijing experts over 12 departments, each seeing patients in hourly
 * slots of 6 from 08:00 to 12:00 and 13:00 to 16:00 (14 × 7 × 6 = 588 places), registration fees waived.
 */
const FREE_CLINIC_HOURS = ['08:00', '09:00', '10:00', '11:00', '13:00', '14:00', '15:00'];

function freeClinicDay(date: string): SeedActivity {
  const day = date.replace(/-/g, '');
  const host = 'ins_baogang';
  return {
    id: `act_jm_bg_free_clinic_${day}`,
    kind: 'free_clinic',
    title: '京蒙专家大型义诊',
    expertIds: FREE_CLINIC_EXPERTS.map((e) => e.expertId),
    hostInstitutionId: host,
    place: '内蒙古包钢医院 门诊大厅',
    startsAt: at(date, '08:00'),
    endsAt: at(date, '16:00'),
    bookable: true,
    slots: FREE_CLINIC_EXPERTS.flatMap(({ expertId, departmentCode }) =>
      FREE_CLINIC_HOURS.map((start) => ({
        // e.g. slt_jm_bg_free_clinic_20261212_pkuph_resp_guo_0800
        id: `slt_jm_bg_free_clinic_${day}_${expertId.slice(4)}_${start.replace(':', '')}`,
        startsAt: at(date, start),
        endsAt: at(date, addMinutes(start, 60)),
        capacity: 6,
        expertId,
        departmentId: departmentId(host, departmentCode),
      })),
    ),
  };
}
