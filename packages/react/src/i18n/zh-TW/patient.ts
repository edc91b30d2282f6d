import type { messages as zhCN } from '../zh-CN/patient.js';

/** The patient area in zh-TW, loaded on demand; a key missing here fails to compile. */
export const messages: Record<keyof typeof zhCN, string> = {
  'patient.legend': '患者資訊',
  'patient.choose': '請選擇',
  'patient.name': '患者姓名',
  'patient.sex': '性別',
  'patient.birthDate': '出生日期',
  'patient.idType': '證件類型',
  'patient.idNumber': '證件號碼',
  'patient.convert': '改用18位號碼 {value}',
  'patient.edit': '修改證件號碼',
  'patient.phone': '聯絡電話',
  'patient.guardianName': '監護人姓名',
};
