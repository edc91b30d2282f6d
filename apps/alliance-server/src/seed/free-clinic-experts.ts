/** The experts of the 包钢 义诊 day (seed 003: 14 experts, 12 departments) and the department each sees in. */
export const FREE_CLINIC_EXPERTS: readonly { expertId: string; departmentCode: string }[] = [
  { expertId: 'cln_pkuph_resp_guo', departmentCode: '03.01' },
  { expertId: 'cln_pkuph_resp_bai', departmentCode: '03.01' },
  { expertId: 'cln_pkuph_gastro_tang', departmentCode: '03.02' },
  { expertId: 'cln_tiantan_neuro_feng', departmentCode: '03.03' },
  { expertId: 'cln_pumch_cardio_zhou', departmentCode: '03.04' },
  { expertId: 'cln_pumch_endo_chen', departmentCode: '03.07' },
  { expertId: 'cln_sg_endo_gao', departmentCode: '03.07' },
  { expertId: 'cln_pkuph_surg_song', departmentCode: '04.01' },
  { expertId: 'cln_sg_ortho_luo', departmentCode: '04.03' },
  { expertId: 'cln_pkuph_obgyn_xie', departmentCode: '05' },
  { expertId: 'cln_pumch_peds_jiang', departmentCode: '07' },
  { expertId: 'cln_tiantan_eye_wei', departmentCode: '10' },
  { expertId: 'cln_tiantan_ent_pan', departmentCode: '11' },
  { expertId: 'cln_sg_rehab_ma', departmentCode: '21' },
];
