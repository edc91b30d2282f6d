// Recognition regions, lists, qualifications and prices (DOMAIN §5).
// - Regions: 全国 ⊃ 京津冀 ⊃ 北京/天津/河北 ⊃ 沧州; 全国 ⊃ 内蒙古 ⊃ 包头. 内蒙古's direction rule and its four regional
//   re-test reasons are sourced [R4]; every other region inherits (全国: `mutual`, a design default [D]).
// - 京津冀 lab list (HR): the 京津冀鲁 items retrieved so far [S4] (生化 24, 免疫 19, 血细胞 3 of 5) and PT from the
//   2022 list [S5]; the other 12 of the 60 were not retrieved. Windows only where sourced (the 湖北 hospital example
//   [S12]); no national day counts exist, so the other items carry none and the doctor judges.
// - 京津冀 imaging list (GX, shared, not recognised): the 50 items were not found; these follow the 2017 pilot's
//   kinds (X-ray, CT, MRI) [S11]; no imaging windows were found.
// - No 全国 list and no 京蒙 list: no source gives one.
// - Prices are design defaults [D] (no price list is sourced), per item and institution level.

type Item = [
  code: string,
  zh: string,
  zhHant: string,
  en: string,
  abbreviation: string,
  category: string,
  days: number | null,
  priceFen: number,
  loinc?: string,
];

const LAB: Item[] = [
  ['LAB_K', '钾', '鉀', 'Potassium', 'K', '生化', 7, 500, '2823-3'],
  ['LAB_NA', '钠', '鈉', 'Sodium', 'Na', '生化', 7, 500],
  ['LAB_CL', '氯', '氯', 'Chloride', 'Cl', '生化', 7, 500],
  ['LAB_CA', '钙', '鈣', 'Calcium', 'Ca', '生化', 7, 500],
  ['LAB_P', '磷', '磷', 'Phosphate', 'P', '生化', null, 500],
  ['LAB_TP', '总蛋白', '總蛋白', 'Total protein', 'TP', '生化', 30, 500],
  ['LAB_ALB', '白蛋白', '白蛋白', 'Albumin', 'Alb', '生化', 30, 500],
  ['LAB_TC', '总胆固醇', '總膽固醇', 'Total cholesterol', 'TC', '生化', 30, 600],
  ['LAB_TG', '甘油三酯', '甘油三酯', 'Triglycerides', 'TG', '生化', 30, 600],
  ['LAB_CRE', '肌酐', '肌酐', 'Creatinine', 'Cre', '生化', null, 600, '2160-0'],
  ['LAB_UREA', '尿素', '尿素', 'Urea', 'Urea', '生化', null, 500],
  ['LAB_UA', '尿酸', '尿酸', 'Uric acid', 'UA', '生化', null, 500],
  ['LAB_GLU', '葡萄糖', '葡萄糖', 'Glucose', 'Glu', '生化', 30, 500, '2345-7'],
  [
    'LAB_ALT',
    '丙氨酸氨基转移酶',
    '丙氨酸氨基轉移酶',
    'Alanine aminotransferase',
    'ALT',
    '生化',
    null,
    500,
    '1742-6',
  ],
  [
    'LAB_AST',
    '天门冬氨酸氨基转移酶',
    '天門冬氨酸氨基轉移酶',
    'Aspartate aminotransferase',
    'AST',
    '生化',
    null,
    500,
  ],
  ['LAB_GGT', 'γ-谷氨酰基转移酶', 'γ-谷氨醯基轉移酶', 'Gamma-glutamyl transferase', 'GGT', '生化', null, 500],
  ['LAB_LDH', '乳酸脱氢酶', '乳酸脫氫酶', 'Lactate dehydrogenase', 'LDH', '生化', null, 500],
  ['LAB_CK', '肌酸激酶', '肌酸激酶', 'Creatine kinase', 'CK', '生化', null, 500],
  ['LAB_HDLC', '高密度脂蛋白胆固醇', '高密度脂蛋白膽固醇', 'HDL cholesterol', 'HDL-C', '生化', 30, 800],
  ['LAB_LDLC', '低密度脂蛋白胆固醇', '低密度脂蛋白膽固醇', 'LDL cholesterol', 'LDL-C', '生化', 30, 800],
  ['LAB_HBA1C', '糖化血红蛋白', '糖化血紅蛋白', 'Glycated haemoglobin', 'HbA1c', '生化', 60, 8000, '4548-4'],
  ['LAB_AMY', '淀粉酶', '澱粉酶', 'Amylase', 'Amy', '生化', null, 1000],
  ['LAB_ALP', '碱性磷酸酶', '鹼性磷酸酶', 'Alkaline phosphatase', 'ALP', '生化', null, 500],
  ['LAB_HCY', '同型半胱氨酸', '同型半胱氨酸', 'Homocysteine', 'Hcy', '生化', null, 4000],
  ['LAB_HBSAG', '乙肝表面抗原', '乙肝表面抗原', 'Hepatitis B surface antigen', 'HBsAg', '免疫', null, 2000],
  ['LAB_HBSAB', '乙肝表面抗体', '乙肝表面抗體', 'Hepatitis B surface antibody', 'HBsAb', '免疫', null, 2000],
  ['LAB_HCVAB', '丙肝抗体', '丙肝抗體', 'Hepatitis C antibody', '抗-HCV', '免疫', null, 3000],
  ['LAB_AFP', '甲胎蛋白', '甲胎蛋白', 'Alpha-fetoprotein', 'AFP', '免疫', null, 3000],
  ['LAB_CEA', '癌胚抗原', '癌胚抗原', 'Carcinoembryonic antigen', 'CEA', '免疫', null, 3000],
  ['LAB_PSA', '前列腺特异性抗原', '前列腺特異性抗原', 'Prostate-specific antigen', 'PSA', '免疫', null, 4000],
  [
    'LAB_TSH',
    '促甲状腺激素',
    '促甲狀腺激素',
    'Thyroid-stimulating hormone',
    'TSH',
    '免疫',
    null,
    4500,
    '3016-3',
  ],
  ['LAB_T3', '三碘甲状腺原氨酸', '三碘甲狀腺原氨酸', 'Triiodothyronine', 'T3', '免疫', null, 2500],
  ['LAB_FT3', '游离三碘甲状腺原氨酸', '游離三碘甲狀腺原氨酸', 'Free T3', 'FT3', '免疫', null, 3000],
  ['LAB_FT4', '游离甲状腺素', '游離甲狀腺素', 'Free T4', 'FT4', '免疫', null, 3000],
  ['LAB_T4', '甲状腺素', '甲狀腺素', 'Thyroxine', 'T4', '免疫', null, 2500],
  ['LAB_IGG', '免疫球蛋白G', '免疫球蛋白G', 'Immunoglobulin G', 'IgG', '免疫', null, 1500],
  ['LAB_IGM', '免疫球蛋白M', '免疫球蛋白M', 'Immunoglobulin M', 'IgM', '免疫', null, 1500],
  ['LAB_IGA', '免疫球蛋白A', '免疫球蛋白A', 'Immunoglobulin A', 'IgA', '免疫', null, 1500],
  ['LAB_C3', '补体C3', '補體C3', 'Complement C3', 'C3', '免疫', null, 1500],
  ['LAB_C4', '补体C4', '補體C4', 'Complement C4', 'C4', '免疫', null, 1500],
  ['LAB_CA125', '糖类抗原125', '糖類抗原125', 'Cancer antigen 125', 'CA125', '免疫', null, 5000],
  ['LAB_CA153', '糖类抗原15-3', '糖類抗原15-3', 'Cancer antigen 15-3', 'CA15-3', '免疫', null, 5000],
  ['LAB_BHCG', 'β-人绒毛膜促性腺激素', 'β-人絨毛膜促性腺激素', 'Beta-hCG', 'β-HCG', '免疫', null, 4000],
  ['LAB_WBC', '白细胞计数', '白細胞計數', 'White blood cell count', 'WBC', '血细胞', null, 500],
  ['LAB_RBC', '红细胞计数', '紅細胞計數', 'Red blood cell count', 'RBC', '血细胞', null, 500],
  ['LAB_HB', '血红蛋白', '血紅蛋白', 'Haemoglobin', 'Hb', '血细胞', null, 500, '718-7'],
  ['LAB_PT', '凝血酶原时间', '凝血酶原時間', 'Prothrombin time', 'PT', '凝血', null, 1500, '5902-2'],
];

const IMAGING: Item[] = [
  ['IMG_XR_CHEST', '胸部X线正位片', '胸部X線正位片', 'Chest X-ray (PA)', 'DR胸片', 'X线', null, 7000],
  ['IMG_XR_LSPINE', '腰椎X线正侧位片', '腰椎X線正側位片', 'Lumbar spine X-ray', 'DR腰椎', 'X线', null, 9000],
  ['IMG_CT_HEAD', '头颅CT平扫', '頭顱CT平掃', 'Head CT (plain)', '头颅CT', 'CT', null, 20000],
  ['IMG_CT_CHEST', '胸部CT平扫', '胸部CT平掃', 'Chest CT (plain)', '胸部CT', 'CT', null, 25000],
  ['IMG_MR_HEAD', '头颅MRI平扫', '頭顱MRI平掃', 'Head MRI (plain)', '头颅MRI', 'MRI', null, 55000],
  ['IMG_MR_LSPINE', '腰椎MRI平扫', '腰椎MRI平掃', 'Lumbar spine MRI (plain)', '腰椎MRI', 'MRI', null, 60000],
];

/** A recognition region as seeded; `direction` null inherits from the parent. */
export interface SeedRegion {
  id: string;
  zh: string;
  zhHant: string;
  en: string;
  level: 'national' | 'compact' | 'province' | 'city';
  parentId: string | null;
  scope: string;
  direction: 'mutual' | 'lower_recognises_higher' | null;
  retestReasonExtensions: string[];
}

/** Parents before children, so each insert finds its parent. */
export const REGIONS: SeedRegion[] = [
  {
    id: 'rgn_cn',
    zh: '全国',
    zhHant: '全國',
    en: 'National',
    level: 'national',
    parentId: null,
    scope: '全国',
    direction: 'mutual',
    retestReasonExtensions: [],
  },
  {
    id: 'rgn_jingjinji',
    zh: '京津冀',
    zhHant: '京津冀',
    en: 'Beijing–Tianjin–Hebei',
    level: 'compact',
    parentId: 'rgn_cn',
    scope: '京津冀',
    direction: null,
    retestReasonExtensions: [],
  },
  {
    id: 'rgn_beijing',
    zh: '北京',
    zhHant: '北京',
    en: 'Beijing',
    level: 'province',
    parentId: 'rgn_jingjinji',
    scope: '北京',
    direction: null,
    retestReasonExtensions: [],
  },
  {
    id: 'rgn_tianjin',
    zh: '天津',
    zhHant: '天津',
    en: 'Tianjin',
    level: 'province',
    parentId: 'rgn_jingjinji',
    scope: '天津',
    direction: null,
    retestReasonExtensions: [],
  },
  {
    id: 'rgn_hebei',
    zh: '河北',
    zhHant: '河北',
    en: 'Hebei',
    level: 'province',
    parentId: 'rgn_jingjinji',
    scope: '河北',
    direction: null,
    retestReasonExtensions: [],
  },
  {
    id: 'rgn_cangzhou',
    zh: '沧州',
    zhHant: '滄州',
    en: 'Cangzhou',
    level: 'city',
    parentId: 'rgn_hebei',
    scope: '沧州',
    direction: null,
    retestReasonExtensions: [],
  },
  {
    id: 'rgn_neimenggu',
    zh: '内蒙古',
    zhHant: '內蒙古',
    en: 'Inner Mongolia',
    level: 'province',
    parentId: 'rgn_cn',
    scope: '内蒙古',
    direction: 'lower_recognises_higher',
    retestReasonExtensions: [
      'patient_request',
      'eqa_failed',
      'too_old_for_visit',
      'physician_deems_necessary',
    ],
  },
  {
    id: 'rgn_baotou',
    zh: '包头',
    zhHant: '包頭',
    en: 'Baotou',
    level: 'city',
    parentId: 'rgn_neimenggu',
    scope: '包头',
    direction: null,
    retestReasonExtensions: [],
  },
];

/** The narrowest region of each seeded institution. */
export const INSTITUTION_REGIONS: Record<string, string> = {
  ins_pumch: 'rgn_beijing',
  ins_pku_shougang: 'rgn_beijing',
  ins_beiyuan_tcm: 'rgn_beijing',
  ins_pkuph: 'rgn_beijing',
  ins_tiantan: 'rgn_beijing',
  ins_cangzhou_central: 'rgn_cangzhou',
  ins_baogang: 'rgn_baotou',
};

export const LISTS = [
  {
    id: 'rl_jingjinji_hr',
    regionId: 'rgn_jingjinji',
    type: 'recognition' as const,
    zh: '京津冀检验结果互认项目',
    zhHant: '京津冀檢驗結果互認項目',
    en: 'Beijing–Tianjin–Hebei lab recognition list',
  },
  {
    id: 'rl_jingjinji_gx',
    regionId: 'rgn_jingjinji',
    type: 'sharing' as const,
    zh: '京津冀医学影像检查资料共享项目',
    zhHant: '京津冀醫學影像檢查資料共享項目',
    en: 'Beijing–Tianjin–Hebei imaging sharing list',
  },
];

function entry(item: Item, kind: 'lab' | 'imaging', listId: string) {
  const [code, zh, zhHant, en, abbreviation, category, days, priceFen, loinc] = item;
  return {
    code,
    kind,
    zh,
    zhHant,
    en,
    abbreviation,
    category,
    days,
    priceFen,
    loinc,
    scope: '京津冀',
    listId,
  };
}

export const CATALOGUE = [
  ...LAB.map((item) => entry(item, 'lab', 'rl_jingjinji_hr')),
  ...IMAGING.map((item) => entry(item, 'imaging', 'rl_jingjinji_gx')),
];

/** Each item's price at each institution, in fen: the base price at tertiary hospitals, 90% at secondary ones [D]. */
export function prices(
  institutions: readonly { id: string; level: string }[],
): { itemCode: string; institutionId: string; priceFen: number }[] {
  return institutions.flatMap((institution) =>
    CATALOGUE.map((item) => ({
      itemCode: item.code,
      institutionId: institution.id,
      priceFen:
        institution.level === 'tertiary' ? item.priceFen : Math.round((item.priceFen * 0.9) / 10) * 10,
    })),
  );
}

/**
 * Who is qualified for what. The Beijing and Hebei tertiary hospitals hold every 京津冀 item (lab recognition and
 * imaging sharing); the TCM hospital only the routine blood and electrolyte items; 沧州's amylase qualification
 * lapsed at the end of 2025 (a "lapsed" example). 包钢 holds none: no 内蒙古 list is sourced.
 */
export function qualifications(): {
  institutionId: string;
  itemCode: string;
  scope: string;
  validFrom: string;
  validTo?: string;
}[] {
  const rows: {
    institutionId: string;
    itemCode: string;
    scope: string;
    validFrom: string;
    validTo?: string;
  }[] = [];
  for (const institutionId of [
    'ins_pumch',
    'ins_cangzhou_central',
    'ins_pku_shougang',
    'ins_pkuph',
    'ins_tiantan',
  ]) {
    for (const item of CATALOGUE) {
      const lapsed = institutionId === 'ins_cangzhou_central' && item.code === 'LAB_AMY';
      rows.push({
        institutionId,
        itemCode: item.code,
        scope: '京津冀',
        validFrom: '2024-01-01T00:00:00+08:00',
        ...(lapsed ? { validTo: '2026-01-01T00:00:00+08:00' } : {}),
      });
    }
  }
  for (const code of ['LAB_K', 'LAB_NA', 'LAB_CL', 'LAB_WBC', 'LAB_RBC', 'LAB_HB', 'LAB_GLU']) {
    rows.push({
      institutionId: 'ins_beiyuan_tcm',
      itemCode: code,
      scope: '京津冀',
      validFrom: '2025-03-01T00:00:00+08:00',
    });
  }
  return rows;
}
