// The recognition list. Items and groups follow the 京津冀鲁 lab list (DOMAIN §5, [S4]); validity windows are the
// 湖北 hospital example [S12] where known and design defaults [D] elsewhere (no national day counts exist).
// Imaging items follow the shape of the 2017 京津冀 pilot (X-ray, CT, MRI) with a 90-day default window [D].

type Item = [
  code: string,
  zh: string,
  en: string,
  abbreviation: string,
  category: string,
  days: number,
  loinc?: string,
];

const LAB: Item[] = [
  ['LAB_K', '钾', 'Potassium', 'K', '生化', 7, '2823-3'],
  ['LAB_NA', '钠', 'Sodium', 'Na', '生化', 7],
  ['LAB_CL', '氯', 'Chloride', 'Cl', '生化', 7],
  ['LAB_CA', '钙', 'Calcium', 'Ca', '生化', 7],
  ['LAB_P', '磷', 'Phosphate', 'P', '生化', 30],
  ['LAB_TP', '总蛋白', 'Total protein', 'TP', '生化', 30],
  ['LAB_ALB', '白蛋白', 'Albumin', 'Alb', '生化', 30],
  ['LAB_TC', '总胆固醇', 'Total cholesterol', 'TC', '生化', 30],
  ['LAB_TG', '甘油三酯', 'Triglycerides', 'TG', '生化', 30],
  ['LAB_CRE', '肌酐', 'Creatinine', 'Cre', '生化', 30, '2160-0'],
  ['LAB_UREA', '尿素', 'Urea', 'Urea', '生化', 30],
  ['LAB_UA', '尿酸', 'Uric acid', 'UA', '生化', 30],
  ['LAB_GLU', '葡萄糖', 'Glucose', 'Glu', '生化', 30, '2345-7'],
  ['LAB_ALT', '丙氨酸氨基转移酶', 'Alanine aminotransferase', 'ALT', '生化', 30, '1742-6'],
  ['LAB_AST', '天门冬氨酸氨基转移酶', 'Aspartate aminotransferase', 'AST', '生化', 30],
  ['LAB_GGT', 'γ-谷氨酰基转移酶', 'Gamma-glutamyl transferase', 'GGT', '生化', 30],
  ['LAB_LDH', '乳酸脱氢酶', 'Lactate dehydrogenase', 'LDH', '生化', 30],
  ['LAB_CK', '肌酸激酶', 'Creatine kinase', 'CK', '生化', 30],
  ['LAB_HDLC', '高密度脂蛋白胆固醇', 'HDL cholesterol', 'HDL-C', '生化', 30],
  ['LAB_LDLC', '低密度脂蛋白胆固醇', 'LDL cholesterol', 'LDL-C', '生化', 30],
  ['LAB_HBA1C', '糖化血红蛋白', 'Glycated haemoglobin', 'HbA1c', '生化', 60, '4548-4'],
  ['LAB_AMY', '淀粉酶', 'Amylase', 'Amy', '生化', 30],
  ['LAB_ALP', '碱性磷酸酶', 'Alkaline phosphatase', 'ALP', '生化', 30],
  ['LAB_HCY', '同型半胱氨酸', 'Homocysteine', 'Hcy', '生化', 30],
  ['LAB_HBSAG', '乙肝表面抗原', 'Hepatitis B surface antigen', 'HBsAg', '免疫', 90],
  ['LAB_HBSAB', '乙肝表面抗体', 'Hepatitis B surface antibody', 'HBsAb', '免疫', 90],
  ['LAB_HCVAB', '丙肝抗体', 'Hepatitis C antibody', '抗-HCV', '免疫', 90],
  ['LAB_AFP', '甲胎蛋白', 'Alpha-fetoprotein', 'AFP', '免疫', 30],
  ['LAB_CEA', '癌胚抗原', 'Carcinoembryonic antigen', 'CEA', '免疫', 30],
  ['LAB_PSA', '前列腺特异性抗原', 'Prostate-specific antigen', 'PSA', '免疫', 30],
  ['LAB_TSH', '促甲状腺激素', 'Thyroid-stimulating hormone', 'TSH', '免疫', 30, '3016-3'],
  ['LAB_FT3', '游离三碘甲状腺原氨酸', 'Free T3', 'FT3', '免疫', 30],
  ['LAB_FT4', '游离甲状腺素', 'Free T4', 'FT4', '免疫', 30],
  ['LAB_WBC', '白细胞计数', 'White blood cell count', 'WBC', '血细胞', 7],
  ['LAB_RBC', '红细胞计数', 'Red blood cell count', 'RBC', '血细胞', 7],
  ['LAB_HB', '血红蛋白', 'Haemoglobin', 'Hb', '血细胞', 7, '718-7'],
  ['LAB_PT', '凝血酶原时间', 'Prothrombin time', 'PT', '凝血', 7, '5902-2'],
];

const IMAGING: Item[] = [
  ['IMG_XR_CHEST', '胸部X线正位片', 'Chest X-ray (PA)', 'DR胸片', 'X线', 90],
  ['IMG_XR_LSPINE', '腰椎X线正侧位片', 'Lumbar spine X-ray', 'DR腰椎', 'X线', 90],
  ['IMG_CT_HEAD', '头颅CT平扫', 'Head CT (plain)', '头颅CT', 'CT', 90],
  ['IMG_CT_CHEST', '胸部CT平扫', 'Chest CT (plain)', '胸部CT', 'CT', 90],
  ['IMG_MR_HEAD', '头颅MRI平扫', 'Head MRI (plain)', '头颅MRI', 'MRI', 90],
  ['IMG_MR_LSPINE', '腰椎MRI平扫', 'Lumbar spine MRI (plain)', '腰椎MRI', 'MRI', 90],
];

export const CATALOGUE = [
  ...LAB.map(([code, zh, en, abbreviation, category, days, loinc]) => ({
    code,
    kind: 'lab' as const,
    zh,
    en,
    abbreviation,
    category,
    days,
    loinc,
    scope: '京津冀',
  })),
  ...IMAGING.map(([code, zh, en, abbreviation, category, days]) => ({
    code,
    kind: 'imaging' as const,
    zh,
    en,
    abbreviation,
    category,
    days,
    loinc: undefined,
    scope: '京津冀',
  })),
  // The 京蒙 cooperation shares a short list of its own (scope "京蒙", same codes, own windows), so checks there show other decisions.
  ...(['LAB_HB', 'LAB_WBC', 'IMG_CT_CHEST'] as const).map((code) => {
    const [, zh, en, abbreviation, category, days, loinc] = [...LAB, ...IMAGING].find((i) => i[0] === code)!;
    return {
      code,
      kind: code.startsWith('IMG') ? ('imaging' as const) : ('lab' as const),
      zh,
      en,
      abbreviation,
      category,
      days,
      loinc,
      scope: '京蒙',
    };
  }),
];

/**
 * Who is qualified for what. The Beijing and Hebei tertiary hospitals hold every 京津冀 item; the TCM hospital only
 * the routine blood and electrolyte items; 沧州's amylase qualification lapsed at the end of 2025 (a "lapsed"
 * example); 包钢 and the Beijing leads hold the 京蒙 items.
 */
export function qualifications(): {
  institutionId: string;
  itemCode: string;
  scope: string;
  validFrom: string;
  validTo?: string;
}[] {
  const jjj = CATALOGUE.filter((i) => i.scope === '京津冀');
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
    for (const item of jjj) {
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
  for (const institutionId of ['ins_baogang', 'ins_pkuph', 'ins_tiantan']) {
    for (const item of CATALOGUE.filter((i) => i.scope === '京蒙')) {
      rows.push({
        institutionId,
        itemCode: item.code,
        scope: '京蒙',
        validFrom: '2023-06-01T00:00:00+08:00',
      });
    }
  }
  return rows;
}
