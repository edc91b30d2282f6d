import type { messages as zhCN } from '../zh-CN/appointments.js';

/** The appointments area in zh-TW, loaded on demand; a key missing here fails to compile. */
export const messages: Record<keyof typeof zhCN, string> = {
  'appointments.title': '我的預約',
  'appointments.count': '共{count}個預約',
  'appointments.empty': '今後兩個月沒有預約。',
  'appointments.patient': '患者：{name}',
  'appointments.when': '{day} {start}–{end}',
  'appointments.actions': '{when} 的預約',
  'appointments.cancel': '取消預約',
  'appointments.cancel.by': '取消方',
  'appointments.cancel.confirm': '確認取消',
  'appointments.cancel.sure': '取消後該號源將釋放給其他患者。',
  'appointments.cancelled': '已取消 {when} 的預約。',
  'appointments.reschedule': '改約',
  'appointments.reschedule.to': '改到',
  'appointments.reschedule.confirm': '確認改約',
  'appointments.reschedule.none': '六週內沒有同類、同一專家可改到的時段。',
  'appointments.rescheduled': '已改約到 {when}。',
  'appointments.busy': '正在提交…',
};
