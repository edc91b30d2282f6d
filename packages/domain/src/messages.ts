import type { components } from '@yilian/contract';
import type { FieldIssue } from './field-issue.js';

type Schemas = components['schemas'];
type ProblemCode = Schemas['ProblemCode'];
type FieldErrorCode = Schemas['FieldErrorCode'];

/**
 * A locale the toolkit speaks: Simplified Chinese, Traditional Chinese, English (the contract's `Locale`).
 * @example const locale: Locale = 'zh-TW';
 */
export type Locale = Schemas['Locale'];

/**
 * One text in every locale.
 * @example const text: LocalizedText = { 'zh-CN': '转诊', 'zh-TW': '轉診', en: 'Referral' };
 */
export type LocalizedText = Readonly<Record<Locale, string>>;

/**
 * The locale used when none is given: Simplified Chinese.
 * @example formatProblem('slot_full', DEFAULT_LOCALE) // '该时段已约满。'
 */
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/* @__NO_SIDE_EFFECTS__ */
function t(zhCN: string, zhTW: string, en: string): LocalizedText {
  return Object.freeze({ 'zh-CN': zhCN, 'zh-TW': zhTW, en });
}

/**
 * The message of every contract `ProblemCode`, in every locale. Messages never carry patient data.
 * @example PROBLEM_MESSAGES.slot_full.en // 'This slot is fully booked.'
 */
export const PROBLEM_MESSAGES: Readonly<Record<ProblemCode, LocalizedText>> = /* @__PURE__ */ Object.freeze({
  validation_failed: t(
    '提交的内容有误，请检查标出的字段。',
    '提交的內容有誤，請檢查標出的欄位。',
    'The request has invalid fields.',
  ),
  malformed_request: t('请求格式无法解析。', '請求格式無法解析。', 'The request could not be parsed.'),
  unsupported_media_type: t('不支持的内容类型。', '不支援的內容類型。', 'The content type is not supported.'),
  unauthenticated: t('请先登录。', '請先登入。', 'Please sign in.'),
  forbidden: t('您无权执行此操作。', '您無權執行此操作。', 'You are not allowed to do this.'),
  not_found: t('未找到该资源。', '找不到該資源。', 'Not found.'),
  method_not_allowed: t('不支持该请求方法。', '不支援該請求方法。', 'This method is not allowed here.'),
  invalid_transition: t(
    '当前状态下不能执行此操作。',
    '目前狀態下不能執行此操作。',
    'This action is not possible in the current status.',
  ),
  version_conflict: t(
    '数据已被他人修改，请刷新后重试。',
    '資料已被他人修改，請重新整理後再試。',
    'Someone else changed this; reload and try again.',
  ),
  precondition_required: t(
    '请求缺少版本条件（If-Match）。',
    '請求缺少版本條件（If-Match）。',
    'The request needs an If-Match version.',
  ),
  idempotency_key_reused: t(
    '该幂等键已用于另一个请求。',
    '該冪等鍵已用於另一個請求。',
    'This idempotency key was already used for a different request.',
  ),
  idempotency_request_in_progress: t(
    '相同的请求正在处理中，请稍候。',
    '相同的請求正在處理中，請稍候。',
    'The same request is still being processed; wait a moment.',
  ),
  slot_full: t('该时段已约满。', '該時段已約滿。', 'This slot is fully booked.'),
  slot_not_bookable: t('该活动不接受预约。', '該活動不接受預約。', 'This activity cannot be booked.'),
  slot_in_past: t(
    '该时段已开始，不能再预约。',
    '該時段已開始，不能再預約。',
    'This slot has already started.',
  ),
  already_booked: t(
    '患者已预约该活动，不能重复预约。',
    '患者已預約該活動，不能重複預約。',
    'The patient already has a booking for this activity.',
  ),
  booking_overlap: t(
    '患者在该时间已有其他预约，时间不能重叠。',
    '患者在該時間已有其他預約，時間不能重疊。',
    'The patient already has a booking at an overlapping time.',
  ),
  expert_already_booked: t(
    '患者在本次活动中已预约该专家，不能重复预约。',
    '患者在本次活動中已預約該專家，不能重複預約。',
    'The patient already has a booking with this expert in this activity.',
  ),
  reschedule_target_mismatch: t(
    '只能改约到同一专家、同一类型活动的时段。',
    '只能改約到同一專家、同一類型活動的時段。',
    'An appointment can only move to a slot of the same expert and the same kind of activity.',
  ),
  patient_identity_mismatch: t(
    '只能为本人预约或查看本人的预约。',
    '只能為本人預約或查看本人的預約。',
    'A patient can only book or view their own appointments.',
  ),
  practice_not_registered: t(
    '专家在该机构当日没有注册或备案的执业地点，不能安排坐诊、手术指导或查房。',
    '專家在該機構當日沒有註冊或備案的執業地點，不能安排坐診、手術指導或查房。',
    'The expert has no registered or filed practice at this institution on that day, so a clinic, surgery guidance or ward round cannot be scheduled there.',
  ),
  not_a_free_clinic: t(
    '该活动不是义诊，没有排队叫号。',
    '該活動不是義診，沒有排隊叫號。',
    'This activity is not a free clinic and has no queue.',
  ),
  queue_empty: t('该科室没有候诊的患者。', '該科室沒有候診的患者。', 'Nobody is waiting in this department.'),
  already_in_queue: t(
    '患者已在该科室排队候诊。',
    '患者已在該科室排隊候診。',
    'The patient is already waiting in this department.',
  ),
  cancellation_window_closed: t('已过可取消的时间。', '已過可取消的時間。', 'It is too late to cancel.'),
  appointment_not_active: t(
    '该预约已不在待就诊状态。',
    '該預約已不在待就診狀態。',
    'The appointment is no longer active.',
  ),
  parent_referral_not_reported: t(
    '原转诊单尚未反馈结果，暂不能下转。',
    '原轉診單尚未反饋結果，暫不能下轉。',
    'The parent referral has not been reported yet.',
  ),
  referral_not_editable: t(
    '转诊单已提交，不能再修改内容。',
    '轉診單已提交，不能再修改內容。',
    'This referral has been submitted; its content can no longer be edited.',
  ),
  no_show_too_early: t(
    '预约时间（含宽限期）尚未过去，暂不能标记未到诊。',
    '預約時間（含寬限期）尚未過去，暫不能標記未到診。',
    'The appointment and its grace period have not passed yet; the patient cannot be marked as a no-show.',
  ),
  result_not_recognisable: t(
    '该结果在本机构当前不可互认或共享，无法记录采纳决定；请重新核验。',
    '該結果在本機構目前不可互認或共享，無法記錄採納決定；請重新核驗。',
    'This result is not recognisable or shared at your institution now, so no adoption decision can be recorded; check it again.',
  ),
  rate_limited: t(
    '请求过于频繁，请稍后再试。',
    '請求過於頻繁，請稍後再試。',
    'Too many requests; try again later.',
  ),
  payload_too_large: t('提交的内容过大。', '提交的內容過大。', 'The request is too large.'),
  internal_error: t(
    '服务器出错，请稍后再试。',
    '伺服器出錯，請稍後再試。',
    'Something went wrong on the server.',
  ),
  service_unavailable: t(
    '服务暂时不可用，请稍后再试。',
    '服務暫時無法使用，請稍後再試。',
    'The service is temporarily unavailable.',
  ),
  opinion_already_signed: t(
    '您已签署本次会诊的意见，不能重复提交。',
    '您已簽署本次會診的意見，不能重複提交。',
    'You have already signed your opinion on this consultation.',
  ),
  consultation_not_reported: t(
    '该会诊尚未出具会诊意见，暂不能据此转诊。',
    '該會診尚未出具會診意見，暫不能據此轉診。',
    'The consultation has no signed opinion yet; a referral cannot follow from it.',
  ),
});

/**
 * The message of every contract `FieldErrorCode`, in every locale; `{min}`, `{max}` and `{maxDays}` are filled
 * from the issue's params. Messages never echo the submitted value.
 * @example FIELD_ERROR_MESSAGES.too_long.en // 'At most {max} characters.'
 */
export const FIELD_ERROR_MESSAGES: Readonly<Record<FieldErrorCode, LocalizedText>> =
  /* @__PURE__ */ Object.freeze({
    required: t('此项为必填项。', '此項為必填項。', 'This field is required.'),
    invalid_type: t('类型不正确。', '類型不正確。', 'The value has the wrong type.'),
    invalid_format: t('格式不正确。', '格式不正確。', 'The format is invalid.'),
    invalid_enum: t('不是可选的值。', '不是可選的值。', 'Not one of the allowed values.'),
    too_short: t('至少需要{min}个字符。', '至少需要{min}個字元。', 'At least {min} characters.'),
    too_long: t('最多{max}个字符。', '最多{max}個字元。', 'At most {max} characters.'),
    out_of_range: t('超出允许的范围。', '超出允許的範圍。', 'The value is out of range.'),
    unknown_field: t('无法识别的字段。', '無法識別的欄位。', 'Unknown field.'),
    resident_id_length: t(
      '身份证号应为18位。',
      '身份證號應為18位。',
      'A resident ID number has 18 characters.',
    ),
    resident_id_format: t(
      '身份证号格式不正确：前17位为数字，末位为数字或X。',
      '身份證號格式不正確：前17位為數字，末位為數字或X。',
      'A resident ID number is 17 digits followed by a digit or X.',
    ),
    resident_id_legacy_15: t(
      '这是15位旧身份证号，请填写18位号码。',
      '這是15位舊身份證號，請填寫18位號碼。',
      'This is a 15-digit legacy ID number; enter the 18-digit number.',
    ),
    resident_id_birth_date_invalid: t(
      '身份证号中的出生日期无效，或与填写的出生日期不一致。',
      '身份證號中的出生日期無效，或與填寫的出生日期不一致。',
      'The birth date in the ID number is invalid or differs from the birth date given.',
    ),
    resident_id_birth_date_future: t(
      '身份证号中的出生日期晚于今天。',
      '身份證號中的出生日期晚於今天。',
      'The birth date in the ID number is in the future.',
    ),
    resident_id_checksum_mismatch: t(
      '身份证号校验位不正确，请核对。',
      '身份證號校驗碼不正確，請核對。',
      'The check digit does not match the first 17 digits.',
    ),
    uscc_format: t(
      '统一社会信用代码应为18位数字或大写字母（不含I、O、S、V、Z）。',
      '統一社會信用代碼應為18位數字或大寫字母（不含I、O、S、V、Z）。',
      'A unified social credit code has 18 digits or capital letters (no I, O, S, V or Z).',
    ),
    uscc_checksum_mismatch: t(
      '统一社会信用代码校验位不正确。',
      '統一社會信用代碼校驗碼不正確。',
      'The check character of the unified social credit code does not match.',
    ),
    phone_invalid: t(
      '请填写有效的手机号或带区号的固定电话。',
      '請填寫有效的手機號碼或帶區號的固定電話。',
      'Enter a valid mobile number or a landline with its area code.',
    ),
    green_channel_category_required: t(
      '绿色通道转诊须选择类别。',
      '綠色通道轉診須選擇類別。',
      'A green-channel referral needs a category.',
    ),
    green_channel_category_not_allowed: t(
      '只有绿色通道转诊才能选择类别。',
      '只有綠色通道轉診才能選擇類別。',
      'Only green-channel referrals have a category.',
    ),
    consent_required: t(
      '需要患者（或其监护人）针对此用途的单独同意。',
      '需要患者（或其監護人）針對此用途的單獨同意。',
      'The separate consent of the patient (or guardian) for this purpose is required.',
    ),
    reject_reason_required: t(
      '请选择拒绝原因；绿色通道转诊只能因无救治能力拒绝，或须注明替代机构。',
      '請選擇拒絕原因；綠色通道轉診只能因無救治能力拒絕，或須註明替代機構。',
      'Choose a rejection reason; a green-channel referral may only be rejected for lack of capability or with an alternative institution.',
    ),
    reason_text_required: t('请填写原因说明。', '請填寫原因說明。', 'Describe the reason.'),
    receiving_institution_same_as_sending: t(
      '接收机构不能与转出机构相同。',
      '接收機構不能與轉出機構相同。',
      'The receiving institution must differ from the sending one.',
    ),
    receiving_institution_not_in_alliance: t(
      '接收机构不在本医联体内。',
      '接收機構不在本醫聯體內。',
      'The receiving institution is not in the alliance.',
    ),
    department_not_in_institution: t(
      '该科室不属于所选机构。',
      '該科室不屬於所選機構。',
      'The department does not belong to the institution.',
    ),
    parent_referral_required: t(
      '只有医联体牵头医院可直接下转；其他机构下转须关联原上转单。',
      '只有醫聯體牽頭醫院可直接下轉；其他機構下轉須關聯原上轉單。',
      'Only the lead hospital of the alliance may send a down-referral directly; others must name the referral it follows.',
    ),
    parent_referral_direction: t(
      '关联的原转诊单方向不正确，下转应关联上转单。',
      '關聯的原轉診單方向不正確，下轉應關聯上轉單。',
      'The parent referral has the wrong direction; a down-referral follows an up-referral.',
    ),
    interval_invalid: t(
      '结束时间须晚于开始时间。',
      '結束時間須晚於開始時間。',
      'The end must be after the start.',
    ),
    date_range_too_long: t(
      '日期范围不能超过{maxDays}天。',
      '日期範圍不能超過{maxDays}天。',
      'The date range may not exceed {maxDays} days.',
    ),
    retest_reason_text_required: t(
      '选择“其他”时须说明复查原因。',
      '選擇「其他」時須說明複查原因。',
      'Explain the reason for retesting when choosing "other".',
    ),
    unknown_reference: t('引用的对象不存在。', '引用的對象不存在。', 'The referenced item does not exist.'),
    invalid_characters: t(
      '含有无法保存的字符（空字符或不成对的代理项），请重新输入。',
      '含有無法儲存的字元（空字元或不成對的代理項），請重新輸入。',
      'Contains characters that cannot be stored (a NUL or an unpaired surrogate); type it again.',
    ),
    appointment_time_or_window: t(
      '请填写确切的就诊时间或允许的就诊时间段，二者选一。',
      '請填寫確切的就診時間或允許的就診時段，二者擇一。',
      'Give either an exact time or an allowed window, not both.',
    ),
    appointment_window_in_past: t(
      '就诊时间段已结束，请选择尚未过去的时间段。',
      '就診時段已結束，請選擇尚未過去的時段。',
      'This window has already ended; choose one that has not.',
    ),
    arrival_in_future: t(
      '到诊时间不能晚于当前时间。',
      '到診時間不能晚於目前時間。',
      'The arrival cannot be in the future.',
    ),
    arrival_before_submission: t(
      '到诊时间不能早于转诊单提交时间。',
      '到診時間不能早於轉診單提交時間。',
      'The arrival cannot be before the referral was submitted.',
    ),
    study_required: t(
      '检查结果须附影像检查标识（Study Instance UID 与设备类型）。',
      '檢查結果須附影像檢查標識（Study Instance UID 與設備類型）。',
      'An imaging result needs its image study reference (Study Instance UID and modality).',
    ),
    imaging_value_not_recognised: t(
      '检查结果互认的是影像资料，不是诊断结论；影像诊断意见请填写在“印象”中。',
      '檢查結果互認的是影像資料，不是診斷結論；影像診斷意見請填寫在「印象」中。',
      'For imaging, the images are recognised, not the diagnostic conclusion; put the radiologist\'s impression in "impression".',
    ),
    retest_reason_not_in_region: t(
      '该复查理由不适用于本机构所在地区。',
      '該複查理由不適用於本機構所在地區。',
      "This re-test reason does not apply in your institution's region.",
    ),
    adoption_reason_required: t(
      '不采纳时须选择复查理由。',
      '不採納時須選擇複查理由。',
      'Choose a re-test reason when the result is not adopted.',
    ),
    adoption_reason_not_allowed: t(
      '采纳结果时不填写复查理由。',
      '採納結果時不填寫複查理由。',
      'A re-test reason is not given when the result is adopted.',
    ),
    explanation_required: t(
      '须向患者说明并确认已说明。',
      '須向患者說明並確認已說明。',
      'Explain the decision to the patient and confirm that you did.',
    ),
    duplicate_item: t('同一项目不能重复开具。', '同一項目不能重複開具。', 'The same item is listed twice.'),
    consent_written_required: t(
      '远程会诊须有患者的书面知情同意（纸质或电子签名）。',
      '遠程會診須有患者的書面知情同意（紙本或電子簽名）。',
      "A remote consultation needs the patient's written consent (on paper or electronically signed).",
    ),
    clinician_not_in_institution: t(
      '该医生不属于所选机构。',
      '該醫師不屬於所選機構。',
      'This clinician does not belong to the chosen institution.',
    ),
    video_room_required: t(
      '视频会诊须提供视频会议室链接。',
      '視訊會診須提供視訊會議室連結。',
      'A video consultation needs the link of its video room.',
    ),
    place_required: t(
      '现场会诊须填写会诊地点。',
      '現場會診須填寫會診地點。',
      'An on-site consultation needs its place.',
    ),
    consultation_time_in_past: t(
      '会诊时间不能早于当前时间。',
      '會診時間不能早於目前時間。',
      'The consultation cannot be scheduled in the past.',
    ),
  });

/**
 * The enums widgets show, by label kind, with the contract type of their values.
 * @example const kind: LabelValues['activityKind'] = 'clinic';
 */
export type LabelValues = {
  referralStatus: Schemas['ReferralStatus'];
  referralCommand: Schemas['ReferralCommand'];
  referralEvent: Extract<Schemas['EventType'], `referral.${string}`>;
  referralDirection: Schemas['ReferralDirection'];
  referralUrgency: Schemas['ReferralUrgency'];
  greenChannelCategory: Schemas['GreenChannelCategory'];
  rejectReasonCode: Schemas['RejectReasonCode'];
  cancelReasonCode: Schemas['CancelReasonCode'];
  activityKind: Schemas['ActivityKind'];
  appointmentStatus: Schemas['AppointmentStatus'];
  recognitionDecision: Schemas['RecognitionDecision'];
  retestReason: Schemas['RetestReason'];
  sex: Schemas['Sex'];
  idType: Schemas['IdType'];
  insuranceType: Schemas['InsuranceType'];
  escortRole: Schemas['EscortRole'];
  escortTransport: Schemas['EscortTransport'];
  consentPurpose: Schemas['ConsentPurpose'];
  institutionLevel: Schemas['InstitutionLevel'];
  clinicianTitle: Schemas['ClinicianTitle'];
  role: Schemas['Role'];
  resultKind: Schemas['ResultKind'];
  adoptionOutcome: Schemas['AdoptionOutcome'];
  recognitionListType: Schemas['RecognitionListType'];
  recognitionRegionLevel: Schemas['RecognitionRegionLevel'];
  orderLineStatus: Schemas['OrderLineStatus'];
  consultationStatus: Schemas['ConsultationStatus'];
  consultationCommand: Schemas['ConsultationCommand'];
  consultationEvent: Extract<Schemas['EventType'], `consultation.${string}`>;
  consultationUrgency: Schemas['ConsultationUrgency'];
  consultationMode: Schemas['ConsultationMode'];
  consultationStatusGroup: Schemas['ConsultationStatusGroup'];
  consultationDeclineReasonCode: Schemas['ConsultationDeclineReasonCode'];
  consultationCancelReasonCode: Schemas['ConsultationCancelReasonCode'];
};

/**
 * A kind of enum `label` knows.
 * @example const kind: LabelKind = 'referralStatus';
 */
export type LabelKind = keyof LabelValues;

const LABELS: { readonly [TKind in LabelKind]: Readonly<Record<LabelValues[TKind], LocalizedText>> } = {
  referralStatus: {
    draft: t('草稿', '草稿', 'Draft'),
    submitted: t('已提交', '已提交', 'Submitted'),
    returned: t('退回补充', '退回補充', 'Returned for information'),
    accepted: t('已接收', '已接收', 'Accepted'),
    rejected: t('已拒绝', '已拒絕', 'Rejected'),
    arrived: t('已到诊', '已到診', 'Arrived'),
    in_treatment: t('诊疗中', '診療中', 'In treatment'),
    reported: t('已反馈', '已反饋', 'Reported'),
    closed: t('已闭环', '已閉環', 'Closed'),
    cancelled: t('已取消', '已取消', 'Cancelled'),
    no_show: t('未到诊', '未到診', 'No-show'),
    expired: t('已过期', '已過期', 'Expired'),
  },
  referralCommand: {
    submit: t('提交', '提交', 'Submit'),
    accept: t('接收', '接收', 'Accept'),
    reject: t('拒绝', '拒絕', 'Reject'),
    cancel: t('取消', '取消', 'Cancel'),
    record_arrival: t('登记到诊', '登記到診', 'Record arrival'),
    start_treatment: t('开始诊疗', '開始診療', 'Start treatment'),
    report: t('反馈结果', '反饋結果', 'Send report'),
    close: t('闭环', '閉環', 'Close'),
    mark_no_show: t('标记未到诊', '標記未到診', 'Mark no-show'),
    return_for_info: t('退回补充', '退回補充', 'Return for information'),
    resubmit: t('重新提交', '重新提交', 'Resubmit'),
  },
  referralEvent: {
    'referral.created': t('转诊单已创建', '轉診單已建立', 'Referral created'),
    'referral.submitted': t('转诊单已提交', '轉診單已提交', 'Referral submitted'),
    'referral.accepted': t('转诊已接收', '轉診已接收', 'Referral accepted'),
    'referral.rejected': t('转诊已拒绝', '轉診已拒絕', 'Referral rejected'),
    'referral.cancelled': t('转诊已取消', '轉診已取消', 'Referral cancelled'),
    'referral.arrived': t('患者已到诊', '患者已到診', 'Patient arrived'),
    'referral.treatment_started': t('已开始诊疗', '已開始診療', 'Treatment started'),
    'referral.reported': t('已反馈诊疗结果', '已反饋診療結果', 'Report sent back'),
    'referral.closed': t('转诊已闭环', '轉診已閉環', 'Referral closed'),
    'referral.no_show': t('患者未到诊', '患者未到診', 'Patient did not come'),
    'referral.expired': t('转诊单已过期', '轉診單已過期', 'Referral expired'),
    'referral.returned': t('转诊单已退回补充', '轉診單已退回補充', 'Referral returned for information'),
    'referral.resubmitted': t('转诊单已重新提交', '轉診單已重新提交', 'Referral resubmitted'),
    'referral.escalated': t(
      '绿色通道转诊超时未应答，已升级',
      '綠色通道轉診逾時未應答，已升級',
      'Green-channel referral unanswered past its deadline: escalated',
    ),
  },
  referralDirection: {
    up: t('上转', '上轉', 'Up-referral'),
    down: t('下转', '下轉', 'Down-referral'),
  },
  referralUrgency: {
    routine: t('普通', '普通', 'Routine'),
    urgent: t('加急', '加急', 'Urgent'),
    green_channel: t('绿色通道', '綠色通道', 'Green channel'),
  },
  greenChannelCategory: {
    stroke: t('卒中', '卒中', 'Stroke'),
    chest_pain: t('胸痛', '胸痛', 'Chest pain'),
    trauma: t('创伤', '創傷', 'Trauma'),
    maternal: t('危重孕产妇', '危重孕產婦', 'Critical maternal'),
    neonatal: t('危重儿童和新生儿', '危重兒童和新生兒', 'Critical children and newborns'),
    critical: t('危重症', '危重症', 'Critical illness'),
    rare_disease: t('罕见病', '罕見病', 'Rare disease'),
  },
  rejectReasonCode: {
    no_capacity: t('床位或号源不足', '床位或號源不足', 'No capacity'),
    no_capability: t('无相应救治能力', '無相應救治能力', 'No capability'),
    outside_scope: t('超出诊疗范围', '超出診療範圍', 'Outside scope'),
    incomplete_information: t('资料不全', '資料不全', 'Incomplete information'),
    not_indicated: t('无转诊指征', '無轉診指徵', 'Not indicated'),
    patient_declined: t('患者拒绝', '患者拒絕', 'Patient declined'),
    other: t('其他', '其他', 'Other'),
  },
  cancelReasonCode: {
    patient_declined: t('患者放弃', '患者放棄', 'Patient declined'),
    condition_improved: t('病情好转', '病情好轉', 'Condition improved'),
    condition_worsened: t('病情加重', '病情加重', 'Condition worsened'),
    referred_elsewhere: t('已转往他院', '已轉往他院', 'Referred elsewhere'),
    entered_in_error: t('误录', '誤錄', 'Entered in error'),
    other: t('其他', '其他', 'Other'),
  },
  activityKind: {
    clinic: t('坐诊', '坐診', 'Clinic'),
    consultation: t('会诊', '會診', 'Consultation'),
    remote_consultation: t('远程会诊', '遠程會診', 'Remote consultation'),
    surgery_guidance: t('手术指导', '手術指導', 'Surgery guidance'),
    ward_round: t('查房', '查房', 'Ward round'),
    lecture: t('授课', '授課', 'Lecture'),
    free_clinic: t('义诊', '義診', 'Free clinic'),
  },
  appointmentStatus: {
    booked: t('已预约', '已預約', 'Booked'),
    cancelled: t('已取消', '已取消', 'Cancelled'),
    arrived: t('已到诊', '已到診', 'Arrived'),
    fulfilled: t('已完成', '已完成', 'Completed'),
    no_show: t('未到诊', '未到診', 'No-show'),
  },
  recognitionDecision: {
    recognized: t('已互认', '已互認', 'Recognized'),
    expired: t('已过期', '已過期', 'Expired'),
    institution_not_qualified: t('机构未获互认资质', '機構未獲互認資質', 'Institution not qualified'),
    item_not_in_list: t('不在互认目录', '不在互認目錄', 'Not on the recognition list'),
    shared: t('可共享调阅', '可共享調閱', 'Shared for review'),
  },
  retestReason: {
    condition_changed: t(
      '病情变化致结果难以满足诊疗需求',
      '病情變化致結果難以滿足診療需求',
      'Condition changed; the result no longer serves',
    ),
    rapidly_changing: t('检查检验项目变化较快', '檢查檢驗項目變化較快', 'Item changes rapidly'),
    critical_decision: t(
      '手术、输血等重大医疗措施前',
      '手術、輸血等重大醫療措施前',
      'Before surgery, transfusion or another major measure',
    ),
    emergency: t('急诊、急救', '急診、急救', 'Emergency or resuscitation'),
    forensic: t(
      '司法、伤残及病退等鉴定',
      '司法、傷殘及病退等鑑定',
      'Forensic, disability or medical-retirement assessment',
    ),
    other: t('其他情形确需复查', '其他情形確需複查', 'Other (explain)'),
    patient_request: t('患者或其亲属要求', '患者或其親屬要求', 'Patient or family request'),
    eqa_failed: t('室间质评未通过', '室間質評未通過', 'External quality assessment failed'),
    too_old_for_visit: t(
      '检验时间与就诊时间差距较大已无参考价值',
      '檢驗時間與就診時間差距較大已無參考價值',
      'Too long before this visit to be of use',
    ),
    physician_deems_necessary: t(
      '诊治医师认为有必要',
      '診治醫師認為有必要',
      'Treating doctor deems it necessary',
    ),
  },
  sex: {
    male: t('男', '男', 'Male'),
    female: t('女', '女', 'Female'),
    unknown: t('未知', '未知', 'Unknown'),
  },
  idType: {
    resident_id_card: t('居民身份证', '居民身份證', 'Resident ID card'),
    passport: t('护照', '護照', 'Passport'),
    hk_macao_permit: t('港澳居民来往内地通行证', '港澳居民來往內地通行證', 'Hong Kong/Macao travel permit'),
    taiwan_permit: t('台湾居民来往大陆通行证', '臺灣居民來往大陸通行證', 'Taiwan travel permit'),
    foreign_permanent_residence: t(
      '外国人永久居留身份证',
      '外國人永久居留身份證',
      'Foreign permanent residence ID card',
    ),
    other: t('其他证件', '其他證件', 'Other document'),
  },
  insuranceType: {
    urban_employee: t('城镇职工医保', '城鎮職工醫保', 'Urban employee insurance'),
    urban_rural_resident: t('城乡居民医保', '城鄉居民醫保', 'Urban and rural resident insurance'),
    new_rural_cooperative: t('新农合', '新農合', 'New rural cooperative insurance'),
    commercial: t('商业保险', '商業保險', 'Commercial insurance'),
    self_pay: t('自费', '自費', 'Self-pay'),
    other: t('其他', '其他', 'Other'),
  },
  escortRole: {
    doctor: t('医生', '醫生', 'Doctor'),
    nurse: t('护士', '護士', 'Nurse'),
    family: t('家属', '家屬', 'Family member'),
    other: t('其他', '其他', 'Other'),
  },
  escortTransport: {
    ambulance_with_doctor: t('救护车（医护随车）', '救護車（醫護隨車）', 'Ambulance with a doctor'),
    ambulance: t('救护车', '救護車', 'Ambulance'),
    private_vehicle: t('自驾或私家车', '自駕或私家車', 'Private vehicle'),
    public_transport: t('公共交通', '公共交通', 'Public transport'),
    other: t('其他', '其他', 'Other'),
  },
  consentPurpose: {
    referral_transfer: t('转诊信息传递', '轉診資訊傳遞', 'Referral transfer'),
    remote_consultation: t('远程会诊', '遠程會診', 'Remote consultation'),
    result_sharing: t('检查检验结果共享', '檢查檢驗結果共享', 'Result sharing'),
  },
  institutionLevel: {
    tertiary: t('三级', '三級', 'Tertiary'),
    secondary: t('二级', '二級', 'Secondary'),
    primary: t('一级/基层', '一級/基層', 'Primary'),
  },
  clinicianTitle: {
    chief_physician: t('主任医师', '主任醫師', 'Chief physician'),
    associate_chief_physician: t('副主任医师', '副主任醫師', 'Associate chief physician'),
    attending_physician: t('主治医师', '主治醫師', 'Attending physician'),
    resident_physician: t('住院医师', '住院醫師', 'Resident physician'),
    other: t('其他', '其他', 'Other'),
  },
  role: {
    referrer: t('转出医生', '轉出醫生', 'Referring doctor'),
    receiver: t('接诊医生', '接診醫生', 'Receiving doctor'),
    coordinator: t('转诊协调员', '轉診協調員', 'Referral coordinator'),
    expert: t('专家', '專家', 'Expert'),
    admin: t('管理员', '管理員', 'Administrator'),
    patient: t('患者', '患者', 'Patient'),
  },
  resultKind: {
    lab: t('检验', '檢驗', 'Lab test'),
    imaging: t('检查', '檢查', 'Imaging'),
  },
  adoptionOutcome: {
    adopted: t('采纳', '採納', 'Adopted'),
    not_adopted: t('不采纳', '不採納', 'Not adopted'),
  },
  recognitionListType: {
    recognition: t('互认', '互認', 'Recognition'),
    sharing: t('共享', '共享', 'Sharing'),
  },
  recognitionRegionLevel: {
    national: t('全国', '全國', 'National'),
    compact: t('跨区域协同', '跨區域協同', 'Cross-region compact'),
    province: t('省级', '省級', 'Province'),
    city: t('市级', '市級', 'City'),
  },
  orderLineStatus: {
    recognized: t('可互认', '可互認', 'Recognizable'),
    shared: t('可共享调阅', '可共享調閱', 'Shared for review'),
    expired: t('已过期', '已過期', 'Expired'),
    institution_not_qualified: t('机构未获互认资质', '機構未獲互認資質', 'Institution not qualified'),
    item_not_in_list: t('不在互认目录', '不在互認目錄', 'Not on the recognition list'),
    no_result: t('无既往结果', '無既往結果', 'No earlier result'),
  },
  consultationStatus: {
    requested: t('待安排', '待安排', 'Requested'),
    scheduled: t('已安排', '已安排', 'Scheduled'),
    in_session: t('会诊中', '會診中', 'In session'),
    reported: t('已出具意见', '已出具意見', 'Opinion given'),
    closed: t('已闭环', '已閉環', 'Closed'),
    declined: t('已婉拒', '已婉拒', 'Declined'),
    cancelled: t('已取消', '已取消', 'Cancelled'),
  },
  consultationCommand: {
    schedule: t('安排会诊', '安排會診', 'Schedule'),
    decline: t('婉拒', '婉拒', 'Decline'),
    cancel: t('取消会诊', '取消會診', 'Cancel'),
    start_session: t('开始会诊', '開始會診', 'Start session'),
    submit_opinion: t('签署会诊意见', '簽署會診意見', 'Sign opinion'),
    acknowledge: t('确认并评价', '確認並評價', 'Acknowledge'),
  },
  consultationEvent: {
    'consultation.requested': t('已申请会诊', '已申請會診', 'Consultation requested'),
    'consultation.scheduled': t('已安排会诊', '已安排會診', 'Consultation scheduled'),
    'consultation.declined': t('会诊被婉拒', '會診被婉拒', 'Consultation declined'),
    'consultation.cancelled': t('会诊已取消', '會診已取消', 'Consultation cancelled'),
    'consultation.session_started': t('会诊已开始', '會診已開始', 'Session started'),
    'consultation.opinion_signed': t('专家已签署意见', '專家已簽署意見', 'An expert signed an opinion'),
    'consultation.reported': t('会诊意见已出具', '會診意見已出具', 'Consultation reported'),
    'consultation.closed': t('会诊已闭环', '會診已閉環', 'Consultation closed'),
  },
  consultationUrgency: {
    routine: t('普通', '普通', 'Routine'),
    urgent: t('加急', '加急', 'Urgent'),
    emergency: t('急会诊', '急會診', 'Emergency'),
  },
  consultationMode: {
    video: t('视频会诊', '視訊會診', 'Video'),
    on_site: t('现场会诊', '現場會診', 'On site'),
  },
  consultationStatusGroup: {
    to_schedule: t('待安排', '待安排', 'To schedule'),
    upcoming: t('待开始', '待開始', 'Upcoming'),
    in_session: t('会诊中', '會診中', 'In session'),
    to_acknowledge: t('待确认', '待確認', 'To acknowledge'),
    closed_or_ended: t('已结束', '已結束', 'Closed or ended'),
  },
  consultationDeclineReasonCode: {
    no_expert_available: t('暂无合适专家', '暫無合適專家', 'No expert available'),
    outside_scope: t('超出诊疗范围', '超出診療範圍', 'Outside our scope'),
    incomplete_information: t('资料不全', '資料不全', 'Incomplete information'),
    not_indicated: t('无会诊指征', '無會診指徵', 'Not indicated'),
    other: t('其他', '其他', 'Other'),
  },
  consultationCancelReasonCode: {
    patient_declined: t('患者拒绝', '患者拒絕', 'Patient declined'),
    condition_improved: t('病情好转', '病情好轉', 'Condition improved'),
    condition_worsened: t('病情加重', '病情加重', 'Condition worsened'),
    referred_elsewhere: t('已转至他院', '已轉至他院', 'Referred elsewhere'),
    expert_unavailable: t('专家无法出席', '專家無法出席', 'Expert unavailable'),
    entered_in_error: t('误录入', '誤錄入', 'Entered in error'),
    other: t('其他', '其他', 'Other'),
  },
};

function pick(text: LocalizedText | undefined, locale: Locale): string | undefined {
  // A locale from outside the type system (a header, a cookie) falls back instead of printing `undefined`.
  return text?.[locale] ?? text?.[DEFAULT_LOCALE];
}

/**
 * Fills `{name}` placeholders from `params`; a placeholder without a param stays as it is, so a missing number
 * shows rather than vanishing.
 * @param template - the message
 * @param params - numbers and names to fill in (never patient data)
 * @example interpolate('最多{max}个字符。', { max: 32 }) // '最多32个字符。'
 */
export function interpolate(template: string, params?: Readonly<Record<string, string | number>>): string {
  if (params === undefined) {
    return template;
  }
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/**
 * The message of a problem code in a locale.
 * @param code - a contract `ProblemCode`
 * @param locale - `zh-CN` (default), `zh-TW` or `en`
 * @param params - values for `{name}` placeholders
 * @example formatProblem('slot_full', 'zh-TW') // '該時段已約滿。'
 */
export function formatProblem(
  code: ProblemCode,
  locale: Locale = DEFAULT_LOCALE,
  params?: Readonly<Record<string, string | number>>,
): string {
  return interpolate(pick(PROBLEM_MESSAGES[code], locale) ?? code, params);
}

/**
 * The message of a field error code in a locale.
 * @param code - a contract `FieldErrorCode`
 * @param locale - `zh-CN` (default), `zh-TW` or `en`
 * @param params - values for `{name}` placeholders, e.g. `{ max: 32 }`
 * @example formatFieldError('too_long', 'en', { max: 32 }) // 'At most 32 characters.'
 */
export function formatFieldError(
  code: FieldErrorCode,
  locale: Locale = DEFAULT_LOCALE,
  params?: Readonly<Record<string, string | number>>,
): string {
  return interpolate(pick(FIELD_ERROR_MESSAGES[code], locale) ?? code, params);
}

/**
 * Turns validator issues into the contract's `FieldError`s, with `detail` in the request's locale.
 * @param issues - from `validateReferralCreate`, `validatePatientIdentity`, …
 * @param locale - the response locale
 * @example toFieldErrors([{ pointer: '/reason', code: 'required' }], 'en') // [{ pointer: '/reason', code: 'required', detail: 'This field is required.' }]
 */
export function toFieldErrors(
  issues: readonly FieldIssue[],
  locale: Locale = DEFAULT_LOCALE,
): Schemas['FieldError'][] {
  return issues.map((issue) => ({
    pointer: issue.pointer,
    code: issue.code,
    detail: formatFieldError(issue.code, locale, issue.params),
    ...(issue.params && Object.keys(issue.params).length > 0 ? { params: { ...issue.params } } : {}),
  }));
}

/**
 * The display label of an enum value; an unknown value at run time comes back as itself.
 * @param kind - which enum, e.g. `'activityKind'`
 * @param value - one of its contract values
 * @param locale - `zh-CN` (default), `zh-TW` or `en`
 * @example label('activityKind', 'clinic', 'en') // 'Clinic'
 */
export function label<TKind extends LabelKind>(
  kind: TKind,
  value: LabelValues[TKind],
  locale: Locale = DEFAULT_LOCALE,
): string {
  const labels: Readonly<Record<string, LocalizedText>> | undefined = LABELS[kind];
  return pick(labels?.[value], locale) ?? String(value);
}

/**
 * Every value of a labelled enum, in display order (for select options).
 * @param kind - which enum
 * @example labelValues('referralUrgency') // ['routine', 'urgent', 'green_channel']
 */
export function labelValues<TKind extends LabelKind>(kind: TKind): LabelValues[TKind][] {
  return Object.keys(LABELS[kind]) as LabelValues[TKind][];
}
