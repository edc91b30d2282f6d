import { defineMessages } from './define.js';

/**
 * The strings of the patient-identity fieldset the referral form and the booking form share; keys start with
 * `patient.`. One copy, so both forms say the same thing and a page with both ships it once.
 */
export const PATIENT_MESSAGES = defineMessages({
  'zh-CN': {
    'patient.legend': '患者信息',
    'patient.choose': '请选择',
    'patient.name': '患者姓名',
    'patient.sex': '性别',
    'patient.birthDate': '出生日期',
    'patient.idType': '证件类型',
    'patient.idNumber': '证件号码',
    'patient.convert': '改用18位号码 {value}',
    'patient.edit': '修改证件号码',
    'patient.phone': '联系电话',
    'patient.guardianName': '监护人姓名',
  },
  'zh-TW': {
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
  },
  en: {
    'patient.legend': 'Patient',
    'patient.choose': 'Choose…',
    'patient.name': "Patient's name",
    'patient.sex': 'Sex',
    'patient.birthDate': 'Date of birth',
    'patient.idType': 'ID document',
    'patient.idNumber': 'ID number',
    'patient.convert': 'Use the 18-digit number {value}',
    'patient.edit': 'Edit ID number',
    'patient.phone': 'Phone',
    'patient.guardianName': "Guardian's name",
  },
});
