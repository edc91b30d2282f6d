// The seeded alliances come from DOMAIN §9: real hospitals and real partnerships. USCCs are illustrative (the
// real codes are not in our sources): region + a made-up organisation code + a correct check character.
// Every clinician is fictional.
import type { components } from '@yilian/contract';

type Role = components['schemas']['Role'];

export interface SeedInstitution {
  id: string;
  nameZh: string;
  nameEn: string;
  usccBody: string;
  level: 'tertiary' | 'secondary' | 'primary';
  type: components['schemas']['InstitutionType'];
  regionCode: string;
  regionName: string;
  phone?: string;
}

export const INSTITUTIONS: SeedInstitution[] = [
  {
    id: 'ins_pumch',
    nameZh: '北京协和医院',
    nameEn: 'Peking Union Medical College Hospital',
    usccBody: '12110000400000012',
    level: 'tertiary',
    type: 'general_hospital',
    regionCode: '110101',
    regionName: '北京市东城区',
  },
  {
    id: 'ins_cangzhou_central',
    nameZh: '沧州市中心医院',
    nameEn: 'Cangzhou Central Hospital',
    usccBody: '12130900401000021',
    level: 'tertiary',
    type: 'general_hospital',
    regionCode: '130902',
    regionName: '河北省沧州市新华区',
  },
  {
    id: 'ins_pku_shougang',
    nameZh: '北京大学首钢医院',
    nameEn: 'Peking University Shougang Hospital',
    usccBody: '12110107402000033',
    level: 'tertiary',
    type: 'general_hospital',
    regionCode: '110107',
    regionName: '北京市石景山区',
  },
  {
    id: 'ins_beiyuan_tcm',
    nameZh: '北京北苑中医医院',
    nameEn: 'Beijing Beiyuan Hospital of TCM',
    usccBody: '52110105403000044',
    level: 'secondary',
    type: 'tcm_hospital',
    regionCode: '110105',
    regionName: '北京市朝阳区',
  },
  {
    id: 'ins_pkuph',
    nameZh: '北京大学人民医院',
    nameEn: "Peking University People's Hospital",
    usccBody: '12110102404000055',
    level: 'tertiary',
    type: 'general_hospital',
    regionCode: '110102',
    regionName: '北京市西城区',
  },
  {
    id: 'ins_tiantan',
    nameZh: '首都医科大学附属北京天坛医院',
    nameEn: 'Beijing Tiantan Hospital',
    usccBody: '12110106405000066',
    level: 'tertiary',
    type: 'general_hospital',
    regionCode: '110106',
    regionName: '北京市丰台区',
  },
  {
    id: 'ins_baogang',
    nameZh: '内蒙古包钢医院',
    nameEn: 'Inner Mongolia Baogang Hospital',
    usccBody: '12150203406000077',
    level: 'tertiary',
    type: 'general_hospital',
    regionCode: '150203',
    regionName: '内蒙古自治区包头市昆都仑区',
  },
];

export const ALLIANCES = [
  {
    id: 'all_pumch_cangzhou',
    nameZh: '北京协和医院—沧州市中心医院医联体',
    nameEn: 'PUMCH–Cangzhou Central Hospital alliance',
    kind: 'cross_region_cooperation',
    scope: '京津冀',
    establishedOn: '2024-10-02',
    leads: ['ins_pumch'],
    members: ['ins_cangzhou_central'],
  },
  {
    id: 'all_shougang_beiyuan',
    nameZh: '北京大学首钢医院—北京北苑中医医院医联体',
    nameEn: 'PKU Shougang–Beiyuan TCM alliance',
    kind: 'city_medical_group',
    scope: '京津冀',
    establishedOn: '2026-01-13',
    leads: ['ins_pku_shougang'],
    members: ['ins_beiyuan_tcm'],
  },
  {
    id: 'all_jingmeng_baogang',
    nameZh: '京蒙协作·内蒙古包钢医院',
    nameEn: 'Beijing–Inner Mongolia cooperation: Baogang Hospital',
    kind: 'cross_region_cooperation',
    scope: '京蒙',
    establishedOn: '2023-06-01',
    leads: ['ins_pkuph', 'ins_tiantan'],
    members: ['ins_baogang'],
  },
] as const;

// 诊疗科目 codes (卫医发〔1994〕27号); 03.07 内分泌 is [K], the rest are in DOMAIN §6.
const DEPARTMENT_NAMES: Record<string, [string, string]> = {
  '03.01': ['呼吸内科', 'Respiratory medicine'],
  '03.02': ['消化内科', 'Gastroenterology'],
  '03.03': ['神经内科', 'Neurology'],
  '03.04': ['心血管内科', 'Cardiology'],
  '03.07': ['内分泌科', 'Endocrinology'],
  '04.01': ['普通外科', 'General surgery'],
  '04.03': ['骨科', 'Orthopaedics'],
  '05': ['妇产科', 'Obstetrics and gynaecology'],
  '07': ['儿科', 'Paediatrics'],
  '10': ['眼科', 'Ophthalmology'],
  '11': ['耳鼻咽喉科', 'Otorhinolaryngology'],
  '20': ['急诊医学科', 'Emergency medicine'],
  '21': ['康复医学科', 'Rehabilitation medicine'],
  '30': ['医学检验科', 'Laboratory medicine'],
  '32': ['医学影像科', 'Medical imaging'],
  '50': ['中医科', 'Traditional Chinese medicine'],
};

const DEPARTMENT_TAGS: Record<string, string> = {
  '03.01': 'respiratory',
  '03.02': 'gastro',
  '03.03': 'neurology',
  '03.04': 'cardiology',
  '03.07': 'endocrinology',
  '04.01': 'general_surgery',
  '04.03': 'orthopaedics',
  '05': 'obgyn',
  '07': 'paediatrics',
  '10': 'ophthalmology',
  '11': 'ent',
  '20': 'emergency',
  '21': 'rehab',
  '30': 'lab',
  '32': 'imaging',
  '50': 'tcm',
};

const INSTITUTION_TAGS: Record<string, string> = {
  ins_pumch: 'pumch',
  ins_cangzhou_central: 'cz',
  ins_pku_shougang: 'sg',
  ins_beiyuan_tcm: 'by',
  ins_pkuph: 'pkuph',
  ins_tiantan: 'tiantan',
  ins_baogang: 'bg',
};

const DEPARTMENT_CODES: Record<string, string[]> = {
  ins_pumch: ['03.03', '03.04', '03.07', '20', '30', '32'],
  ins_cangzhou_central: ['03.03', '03.04', '03.07', '20', '21', '30', '32'],
  ins_pku_shougang: ['03.07', '04.03', '21', '30', '32'],
  ins_beiyuan_tcm: ['03.07', '21', '30', '50'],
  ins_pkuph: ['03.01', '03.02', '30', '32'],
  ins_tiantan: ['03.03', '30', '32'],
  // The twelve clinical departments of the 包钢 义诊 day (seed 003), with the lab and imaging.
  ins_baogang: [
    '03.01',
    '03.02',
    '03.03',
    '03.04',
    '03.07',
    '04.01',
    '04.03',
    '05',
    '07',
    '10',
    '11',
    '21',
    '30',
    '32',
  ],
};

/** The id of an institution's department by 诊疗科目 code, e.g. `dep_pumch_neurology`. */
export function departmentId(institutionId: string, code: string): string {
  return `dep_${INSTITUTION_TAGS[institutionId]}_${DEPARTMENT_TAGS[code]}`;
}

export const DEPARTMENTS = Object.entries(DEPARTMENT_CODES).flatMap(([institutionId, codes]) =>
  codes.map((code) => ({
    id: departmentId(institutionId, code),
    institutionId,
    code,
    nameZh: DEPARTMENT_NAMES[code]![0],
    nameEn: DEPARTMENT_NAMES[code]![1],
  })),
);

export interface SeedClinician {
  id: string;
  name: string;
  institutionId: string;
  departmentCode?: string;
  title: components['schemas']['ClinicianTitle'];
  specialties: string[];
  isExpert: boolean;
  /** The role the `tokens` command mints for this person. */
  role: Role;
  bio?: string;
}

export const CLINICIANS: SeedClinician[] = [
  {
    id: 'cln_pumch_neuro_li',
    name: '李明',
    institutionId: 'ins_pumch',
    departmentCode: '03.03',
    title: 'chief_physician',
    specialties: ['脑血管病', '癫痫'],
    isExpert: true,
    role: 'expert',
    bio: '主任医师，从事脑血管病诊治三十年。',
  },
  {
    id: 'cln_pumch_neuro_zhang',
    name: '张伟',
    institutionId: 'ins_pumch',
    departmentCode: '03.03',
    title: 'attending_physician',
    specialties: ['卒中'],
    isExpert: false,
    role: 'receiver',
  },
  {
    id: 'cln_pumch_cardio_zhou',
    name: '周华',
    institutionId: 'ins_pumch',
    departmentCode: '03.04',
    title: 'chief_physician',
    specialties: ['冠心病', '心力衰竭'],
    isExpert: true,
    role: 'expert',
  },
  {
    id: 'cln_pumch_endo_chen',
    name: '陈静',
    institutionId: 'ins_pumch',
    departmentCode: '03.07',
    title: 'associate_chief_physician',
    specialties: ['糖尿病', '甲状腺疾病'],
    isExpert: true,
    role: 'receiver',
  },
  {
    id: 'cln_pumch_coord_sun',
    name: '孙丽',
    institutionId: 'ins_pumch',
    title: 'other',
    specialties: [],
    isExpert: false,
    role: 'coordinator',
  },
  {
    id: 'cln_cz_neuro_wang',
    name: '王芳',
    institutionId: 'ins_cangzhou_central',
    departmentCode: '03.03',
    title: 'attending_physician',
    specialties: ['卒中'],
    isExpert: false,
    role: 'referrer',
  },
  {
    id: 'cln_cz_coord_liu',
    name: '刘洋',
    institutionId: 'ins_cangzhou_central',
    title: 'other',
    specialties: [],
    isExpert: false,
    role: 'coordinator',
  },
  {
    id: 'cln_cz_rehab_qian',
    name: '钱进',
    institutionId: 'ins_cangzhou_central',
    departmentCode: '21',
    title: 'attending_physician',
    specialties: ['卒中康复'],
    isExpert: false,
    role: 'receiver',
  },
  {
    id: 'cln_cz_lab_zhao',
    name: '赵磊',
    institutionId: 'ins_cangzhou_central',
    departmentCode: '30',
    title: 'attending_physician',
    specialties: ['临床检验'],
    isExpert: false,
    role: 'referrer',
  },
  {
    id: 'cln_sg_endo_gao',
    name: '高峰',
    institutionId: 'ins_pku_shougang',
    departmentCode: '03.07',
    title: 'chief_physician',
    specialties: ['甲状腺疾病', '慢病管理'],
    isExpert: true,
    role: 'expert',
  },
  {
    id: 'cln_sg_rehab_ma',
    name: '马丽',
    institutionId: 'ins_pku_shougang',
    departmentCode: '21',
    title: 'associate_chief_physician',
    specialties: ['康复'],
    isExpert: true,
    role: 'receiver',
  },
  {
    id: 'cln_sg_coord_he',
    name: '何军',
    institutionId: 'ins_pku_shougang',
    title: 'other',
    specialties: [],
    isExpert: false,
    role: 'coordinator',
  },
  {
    id: 'cln_by_tcm_xu',
    name: '徐敏',
    institutionId: 'ins_beiyuan_tcm',
    departmentCode: '50',
    title: 'attending_physician',
    specialties: ['中医内科'],
    isExpert: false,
    role: 'referrer',
  },
  {
    id: 'cln_by_coord_lin',
    name: '林涛',
    institutionId: 'ins_beiyuan_tcm',
    title: 'other',
    specialties: [],
    isExpert: false,
    role: 'coordinator',
  },
  {
    id: 'cln_pkuph_resp_guo',
    name: '郭强',
    institutionId: 'ins_pkuph',
    departmentCode: '03.01',
    title: 'chief_physician',
    specialties: ['慢阻肺', '支气管镜'],
    isExpert: true,
    role: 'expert',
  },
  {
    id: 'cln_pkuph_gastro_tang',
    name: '唐蕾',
    institutionId: 'ins_pkuph',
    departmentCode: '03.02',
    title: 'chief_physician',
    specialties: ['消化内镜'],
    isExpert: true,
    role: 'expert',
  },
  {
    id: 'cln_tiantan_neuro_feng',
    name: '冯刚',
    institutionId: 'ins_tiantan',
    departmentCode: '03.03',
    title: 'chief_physician',
    specialties: ['神经介入'],
    isExpert: true,
    role: 'expert',
  },
  {
    id: 'cln_bg_coord_han',
    name: '韩雪',
    institutionId: 'ins_baogang',
    title: 'other',
    specialties: [],
    isExpert: false,
    role: 'coordinator',
  },
  {
    id: 'cln_bg_resp_yang',
    name: '杨帆',
    institutionId: 'ins_baogang',
    departmentCode: '03.01',
    title: 'attending_physician',
    specialties: ['呼吸'],
    isExpert: false,
    role: 'referrer',
  },
  {
    id: 'cln_bg_desk_zhao',
    name: '赵敏',
    institutionId: 'ins_baogang',
    title: 'other',
    specialties: [],
    isExpert: false,
    role: 'coordinator',
    bio: '义诊登记台。',
  },
  // Beijing experts of the 包钢 义诊 day (seed 003: 14 experts, 12 departments) and of 协和's dispatch to 沧州.
  {
    id: 'cln_pumch_peds_jiang',
    name: '蒋悦',
    institutionId: 'ins_pumch',
    title: 'chief_physician',
    specialties: ['儿童哮喘', '生长发育'],
    isExpert: true,
    role: 'expert',
  },
  {
    id: 'cln_pumch_emerg_zhu',
    name: '朱琳',
    institutionId: 'ins_pumch',
    departmentCode: '20',
    title: 'chief_physician',
    specialties: ['急危重症', '卒中绿色通道'],
    isExpert: true,
    role: 'expert',
  },
  {
    id: 'cln_pumch_rare_wu',
    name: '吴桐',
    institutionId: 'ins_pumch',
    departmentCode: '03.03',
    title: 'chief_physician',
    specialties: ['罕见病', '神经遗传病'],
    isExpert: true,
    role: 'expert',
  },
  {
    id: 'cln_pkuph_resp_bai',
    name: '白雪',
    institutionId: 'ins_pkuph',
    departmentCode: '03.01',
    title: 'associate_chief_physician',
    specialties: ['哮喘', '肺结节'],
    isExpert: true,
    role: 'expert',
  },
  {
    id: 'cln_pkuph_surg_song',
    name: '宋毅',
    institutionId: 'ins_pkuph',
    title: 'chief_physician',
    specialties: ['胃肠外科', '疝'],
    isExpert: true,
    role: 'expert',
  },
  {
    id: 'cln_pkuph_obgyn_xie',
    name: '谢婷',
    institutionId: 'ins_pkuph',
    title: 'chief_physician',
    specialties: ['妇科肿瘤', '宫颈疾病'],
    isExpert: true,
    role: 'expert',
  },
  {
    id: 'cln_sg_ortho_luo',
    name: '罗斌',
    institutionId: 'ins_pku_shougang',
    departmentCode: '04.03',
    title: 'chief_physician',
    specialties: ['脊柱外科', '关节'],
    isExpert: true,
    role: 'expert',
  },
  {
    id: 'cln_tiantan_eye_wei',
    name: '魏然',
    institutionId: 'ins_tiantan',
    title: 'associate_chief_physician',
    specialties: ['白内障', '青光眼'],
    isExpert: true,
    role: 'expert',
  },
  {
    id: 'cln_tiantan_ent_pan',
    name: '潘东',
    institutionId: 'ins_tiantan',
    title: 'chief_physician',
    specialties: ['鼻窦炎', '听力障碍'],
    isExpert: true,
    role: 'expert',
  },
];
