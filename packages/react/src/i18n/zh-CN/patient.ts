/** The patient area in zh-CN, the default locale and the fallback; loaded on demand like the others. */
export const messages = {
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
};
