import type { messages as zhCN } from '../zh-CN/patient.js';

/** The patient area in en, loaded on demand; a key missing here fails to compile. */
export const messages: Record<keyof typeof zhCN, string> = {
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
};
