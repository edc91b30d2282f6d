// The portal's own words (the widgets bring theirs, in the locale given to AllianceProvider).
import type { Locale } from '@yilian/react';

const zhCN = {
  siteTitle: '医联体服务',
  siteSubtitle: '演示医院门户',
  skipToContent: '跳到正文',
  persona: '当前身份',
  personasLoading: '正在载入演示身份…',
  personasFailed: '无法连接联盟服务（/dev/personas）。请先启动联盟服务：pnpm start',
  language: '语言',
  nav: '主导航',
  'page.referrals': '转诊',
  'page.calendar': '专家排班',
  'page.recognition': '检验检查互认',
  'page.consultations': '远程会诊',
  'consultations.intro': '向联盟医院申请远程会诊，安排专家，签署会诊意见并确认闭环。',
  'consultations.created': '已提交会诊申请 {number}',
  'consultations.list': '本院会诊单',
  'consultations.tracker': '会诊进度',
  'consultations.pick': '在列表中选择一张会诊单查看进度。',
  'consultations.refresh': '刷新列表',
  'consultations.formOnlyInviting': '当前身份不能申请会诊（需邀请方的医生或协调员）；可切换身份。',
  'referrals.intro': '发起双向转诊，并跟踪本院参与的每一张转诊单。',
  'referrals.new': '发起转诊',
  'referrals.created': '已提交转诊单 {number}',
  'referrals.list': '本院转诊单',
  'referrals.loading': '正在载入转诊单…',
  'referrals.empty': '暂无转诊单。',
  'referrals.number': '转诊单号',
  'referrals.patient': '患者',
  'referrals.route': '转出 → 接收',
  'referrals.status': '状态',
  'referrals.open': '查看 {number}',
  'referrals.tracker': '转诊进度',
  'referrals.pick': '在列表中选择一张转诊单查看进度。',
  'referrals.refresh': '刷新列表',
  'referrals.formOnlyReferrer': '当前身份不是转出医生，不能发起转诊；可切换为转出医生身份。',
  'calendar.intro': '上级医院专家下沉坐诊、会诊、远程会诊与义诊的排班，可直接为患者预约。',
  'calendar.booked': '已预约：{when}',
  'recognition.intro': '按身份证件查询患者在医联体内的检验检查结果，并查看本院是否互认。',
  'recognition.search': '查询患者结果',
  'recognition.idType': '证件类型',
  'recognition.idNumber': '证件号码',
  'recognition.submit': '查询',
  'recognition.results': '查询结果',
  'recognition.none': '未找到该患者在医联体内的结果。',
  'recognition.item': '项目',
  'recognition.value': '结果',
  'recognition.performed': '检查机构与时间',
  'recognition.decision': '互认',
  'recognition.searching': '正在查询…',
  'recognition.register': '登记本院结果（演示）',
  'recognition.registerHint': '登记一条本院完成的检验检查结果，供医联体内其他医院互认。',
  'recognition.registered': '已登记结果：{item}',
  'recognition.registerSubmit': '登记结果',
  'recognition.performedAt': '检查日期',
  'recognition.unit': '单位',
  'recognition.patientName': '患者姓名',
  'recognition.sex': '性别',
  'recognition.birthDate': '出生日期',
  footer: '演示站点：数据来自参考联盟服务的种子数据，不含真实患者信息。',
};

export type PortalKey = keyof typeof zhCN;

const zhTW: Record<PortalKey, string> = {
  siteTitle: '醫聯體服務',
  siteSubtitle: '示範醫院入口',
  skipToContent: '跳到正文',
  persona: '目前身分',
  personasLoading: '正在載入示範身分…',
  personasFailed: '無法連線聯盟服務（/dev/personas）。請先啟動聯盟服務：pnpm start',
  language: '語言',
  nav: '主導覽',
  'page.referrals': '轉診',
  'page.calendar': '專家排班',
  'page.recognition': '檢驗檢查互認',
  'page.consultations': '遠端會診',
  'consultations.intro': '向聯盟醫院申請遠端會診，安排專家，簽署會診意見並確認閉環。',
  'consultations.created': '已提交會診申請 {number}',
  'consultations.list': '本院會診單',
  'consultations.tracker': '會診進度',
  'consultations.pick': '在列表中選擇一張會診單查看進度。',
  'consultations.refresh': '重新整理',
  'consultations.formOnlyInviting': '目前身分不能申請會診（需邀請方的醫師或協調員）；可切換身分。',
  'referrals.intro': '發起雙向轉診，並追蹤本院參與的每一張轉診單。',
  'referrals.new': '發起轉診',
  'referrals.created': '已提交轉診單 {number}',
  'referrals.list': '本院轉診單',
  'referrals.loading': '正在載入轉診單…',
  'referrals.empty': '暫無轉診單。',
  'referrals.number': '轉診單號',
  'referrals.patient': '患者',
  'referrals.route': '轉出 → 接收',
  'referrals.status': '狀態',
  'referrals.open': '查看 {number}',
  'referrals.tracker': '轉診進度',
  'referrals.pick': '在列表中選擇一張轉診單查看進度。',
  'referrals.refresh': '重新整理',
  'referrals.formOnlyReferrer': '目前身分不是轉出醫師，不能發起轉診；可切換為轉出醫師身分。',
  'calendar.intro': '上級醫院專家下沉坐診、會診、遠距會診與義診的排班，可直接為患者預約。',
  'calendar.booked': '已預約：{when}',
  'recognition.intro': '依身分證件查詢患者在醫聯體內的檢驗檢查結果，並查看本院是否互認。',
  'recognition.search': '查詢患者結果',
  'recognition.idType': '證件類型',
  'recognition.idNumber': '證件號碼',
  'recognition.submit': '查詢',
  'recognition.results': '查詢結果',
  'recognition.none': '未找到該患者在醫聯體內的結果。',
  'recognition.item': '項目',
  'recognition.value': '結果',
  'recognition.performed': '檢查機構與時間',
  'recognition.decision': '互認',
  'recognition.searching': '正在查詢…',
  'recognition.register': '登記本院結果（示範）',
  'recognition.registerHint': '登記一筆本院完成的檢驗檢查結果，供醫聯體內其他醫院互認。',
  'recognition.registered': '已登記結果：{item}',
  'recognition.registerSubmit': '登記結果',
  'recognition.performedAt': '檢查日期',
  'recognition.unit': '單位',
  'recognition.patientName': '患者姓名',
  'recognition.sex': '性別',
  'recognition.birthDate': '出生日期',
  footer: '示範站點：資料來自參考聯盟服務的種子資料，不含真實患者資訊。',
};

const en: Record<PortalKey, string> = {
  siteTitle: 'Alliance services',
  siteSubtitle: 'Demo hospital portal',
  skipToContent: 'Skip to content',
  persona: 'Signed in as',
  personasLoading: 'Loading the demo personas…',
  personasFailed: 'Cannot reach the alliance server (/dev/personas). Start it first: pnpm start',
  language: 'Language',
  nav: 'Main',
  'page.referrals': 'Referrals',
  'page.calendar': 'Expert schedule',
  'page.recognition': 'Result recognition',
  'page.consultations': 'Remote consultation',
  'consultations.intro':
    'Ask an alliance hospital for a remote consultation, schedule its experts, sign the opinions and close the loop.',
  'consultations.created': 'Consultation {number} requested',
  'consultations.list': 'Our consultations',
  'consultations.tracker': 'Consultation',
  'consultations.pick': 'Choose a consultation in the list to follow it.',
  'consultations.refresh': 'Refresh',
  'consultations.formOnlyInviting':
    'This persona may not request a consultation (an inviting doctor or coordinator may); switch persona.',
  'referrals.intro':
    'Refer patients within the alliance and follow every referral your hospital is party to.',
  'referrals.new': 'New referral',
  'referrals.created': 'Referral {number} submitted',
  'referrals.list': "Your hospital's referrals",
  'referrals.loading': 'Loading referrals…',
  'referrals.empty': 'No referrals yet.',
  'referrals.number': 'Number',
  'referrals.patient': 'Patient',
  'referrals.route': 'From → to',
  'referrals.status': 'Status',
  'referrals.open': 'Open {number}',
  'referrals.tracker': 'Referral progress',
  'referrals.pick': 'Pick a referral in the list to follow it.',
  'referrals.refresh': 'Refresh',
  'referrals.formOnlyReferrer':
    'Only a referring clinician can start a referral; switch to a referrer persona.',
  'calendar.intro':
    'Clinics, consultations, remote consultations and free clinics of visiting experts; book a patient in.',
  'calendar.booked': 'Booked: {when}',
  'recognition.intro':
    "Look up a patient's results in the alliance by identity document and see whether your hospital recognizes them.",
  'recognition.search': "Find a patient's results",
  'recognition.idType': 'Document type',
  'recognition.idNumber': 'Document number',
  'recognition.submit': 'Search',
  'recognition.results': 'Results',
  'recognition.none': 'No results for this patient in the alliance.',
  'recognition.item': 'Item',
  'recognition.value': 'Value',
  'recognition.performed': 'Performed at',
  'recognition.decision': 'Recognition',
  'recognition.searching': 'Searching…',
  'recognition.register': 'Register a result of your hospital (demo)',
  'recognition.registerHint':
    'Register a result performed at your hospital so that the alliance can recognize it.',
  'recognition.registered': 'Result registered: {item}',
  'recognition.registerSubmit': 'Register result',
  'recognition.performedAt': 'Performed on',
  'recognition.unit': 'Unit',
  'recognition.patientName': "Patient's name",
  'recognition.sex': 'Sex',
  'recognition.birthDate': 'Date of birth',
  footer: 'Demo site: the data is the seed data of the reference alliance server, no real patients.',
};

const CATALOGUES: Record<Locale, Record<PortalKey, string>> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };

export type PortalTranslate = (key: PortalKey, params?: Record<string, string | number>) => string;

export function portalTranslator(locale: Locale): PortalTranslate {
  const catalogue = CATALOGUES[locale];
  return (key, params) =>
    catalogue[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      params && name in params ? String(params[name]) : whole,
    );
}

export const LOCALES: { value: Locale; label: string; lang: string }[] = [
  { value: 'zh-CN', label: '简体中文', lang: 'zh-CN' },
  { value: 'zh-TW', label: '繁體中文', lang: 'zh-TW' },
  { value: 'en', label: 'English', lang: 'en' },
];

/** Names of the seeded alliance's hospitals, for the persona switcher (the API needs a token to say them). */
export const INSTITUTION_NAMES: Record<string, { zh: string; en: string }> = {
  ins_pumch: { zh: '北京协和医院', en: 'PUMCH' },
  ins_cangzhou_central: { zh: '沧州市中心医院', en: 'Cangzhou Central Hospital' },
  ins_pku_shougang: { zh: '北京大学首钢医院', en: 'PKU Shougang Hospital' },
  ins_beiyuan_tcm: { zh: '北京北苑中医医院', en: 'Beiyuan TCM Hospital' },
  ins_pkuph: { zh: '北京大学人民医院', en: "PKU People's Hospital" },
  ins_tiantan: { zh: '北京天坛医院', en: 'Beijing Tiantan Hospital' },
  ins_baogang: { zh: '内蒙古包钢医院', en: 'Baogang Hospital' },
};

export function institutionName(id: string, locale: Locale): string {
  const names = INSTITUTION_NAMES[id];
  if (!names) {
    return id;
  }
  return locale === 'en' ? names.en : names.zh;
}
