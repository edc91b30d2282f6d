// The public API of `@yilian/react`, name by name. Each widget's list lives in its folder's index.ts (also its own
// entry, e.g. `@yilian/react/calendar`); exports.ssr.test.tsx pins the names of every entry.
export { AllianceProvider, useAlliance } from './provider/AllianceProvider.js';
export type { AllianceProviderProps, AllianceContextValue } from './provider/AllianceProvider.js';
export { useAsync } from './hooks/useAsync.js';
export type { AsyncState } from './hooks/useAsync.js';
export { createIdempotentMutation } from './hooks/create-idempotent-mutation.js';
export type {
  IdempotentMutation,
  IdempotentMutationContext,
  IdempotentMutationOptions,
  IdempotentMutationState,
} from './hooks/create-idempotent-mutation.js';
export { useIdempotentMutation } from './hooks/useIdempotentMutation.js';
export type { UseIdempotentMutationResult } from './hooks/useIdempotentMutation.js';
export { ProblemNotice } from './internal/ProblemNotice.js';
export type { ProblemNoticeProps } from './internal/ProblemNotice.js';
export { DateField } from './internal/DateField.js';
export type { DateFieldProps } from './internal/DateField.js';
export { loadMessages } from './i18n/all.js';
export { preloadLocale } from './i18n/define.js';
export type { AreaMessages } from './i18n/define.js';
export { COMMON_MESSAGES, createTranslator } from './i18n/messages.js';
export type { MessageKey, Translate } from './i18n/messages.js';
export { useMessages } from './provider/AllianceProvider.js';
export type { Locale } from '@yilian/domain';
// The referral form widgets (the same names as their own entry, from their folder's index.ts).
export {
  ReferralForm,
  ReferralDialog,
  EMPTY_REFERRAL_FORM_VALUES,
  useReferralForm,
  ClinicalContentFields,
  EMPTY_CLINICAL_CONTENT,
  clinicalContentBody,
} from './ReferralForm/index.js';
export type {
  ReferralFormProps,
  ReferralDraftRef,
  ReferralDraftStatus,
  ReferralDialogProps,
  ReferralFieldError,
  ReferralFormAttachment,
  ReferralFormErrors,
  ReferralFormField,
  ReferralFormValues,
  UseReferralFormOptions,
  UseReferralFormResult,
  ClinicalContentFieldsProps,
  ClinicalContentField,
  ClinicalContentValue,
} from './ReferralForm/index.js';
// The referral tracker (the same names as their own entry, from their folder's index.ts).
export { ReferralTracker, useReferral } from './ReferralTracker/index.js';
export type {
  DownReferralPrefill,
  ReferralTrackerProps,
  ReferralView,
  UseReferralResult,
} from './ReferralTracker/index.js';
// The calendar widgets (the same names as their own entry, from their folder's index.ts).
export { ExpertCalendar, mondayOf, useExpertCalendar } from './ExpertCalendar/index.js';
export type {
  CalendarDay,
  CalendarItem,
  CalendarView,
  ExpertCalendarFilters,
  ExpertCalendarProps,
} from './ExpertCalendar/index.js';
// A patient's or clinician's appointments (the same names as their own entry, from their folder's index.ts).
export { MyAppointments, useAppointments } from './MyAppointments/index.js';
export type {
  AppointmentEntry,
  MyAppointmentsProps,
  UseAppointmentsOptions,
  UseAppointmentsResult,
} from './MyAppointments/index.js';
// The 义诊 registration desk and waiting-room display (the same names as their own entry, from their folder's index.ts).
export { FreeClinicQueue, useFreeClinicQueue } from './FreeClinicQueue/index.js';
export type {
  FreeClinicQueueMode,
  FreeClinicQueueProps,
  UseFreeClinicQueueOptions,
  UseFreeClinicQueueResult,
} from './FreeClinicQueue/index.js';
// The recognition widgets (the same names as their own entry, from their folder's index.ts).
export { RecognitionBadge, useRecognition } from './RecognitionBadge/index.js';
export type {
  RecognitionBadgeProps,
  RecognitionTarget,
  UseRecognitionOptions,
} from './RecognitionBadge/index.js';
// The referral work queue (the same names as their own entry, from their folder's index.ts).
export {
  ReferralInbox,
  inboxSlaOf,
  pollingChangeSource,
  subscribeChangeSource,
  useReferralInbox,
} from './ReferralInbox/index.js';
export type {
  ChangeSourceStatus,
  InboxGroupTab,
  InboxSide,
  InboxSla,
  ReferralChangeSource,
  ReferralInboxFilters,
  ReferralInboxProps,
  SubscribeChangeSourceOptions,
  UseReferralInboxOptions,
  UseReferralInboxResult,
} from './ReferralInbox/index.js';
// The order check beside a hospital's order entry (the same names as their own entry, from their folder's index.ts).
export { OrderCheck, useOrderCheck } from './OrderCheck/index.js';
export type {
  OrderCheckLineState,
  OrderCheckPatient,
  OrderCheckProps,
  OrderCheckSummary,
  OrderDecisionAttempt,
  OrderLineDraft,
  UseOrderCheckOptions,
  UseOrderCheckResult,
} from './OrderCheck/index.js';
// The remote-consultation widgets (the same names as their own entries, from their folders' index.ts).
export {
  ConsultationRequest,
  ConsultationRequestDialog,
  EMPTY_CONSULTATION_REQUEST,
  toConsultationCreate,
  useConsultationRequest,
} from './ConsultationRequest/index.js';
export type {
  ConsultationFieldError,
  ConsultationImageLink,
  ConsultationLocalStatus,
  ConsultationRequestDialogProps,
  ConsultationRequestErrors,
  ConsultationRequestField,
  ConsultationRequestProps,
  ConsultationRequestValues,
  ConsultationResultAttachment,
  UseConsultationRequestOptions,
  UseConsultationRequestResult,
} from './ConsultationRequest/index.js';
export { ConsultationTracker, useConsultation } from './ConsultationTracker/index.js';
export type {
  ConsultationTrackerProps,
  ConsultationView,
  UseConsultationResult,
} from './ConsultationTracker/index.js';
export { ConsultationInbox, useConsultationInbox } from './ConsultationInbox/index.js';
export type {
  ConsultationInboxProps,
  ConsultationInboxSide,
  ConsultationInboxTab,
  ConsultationLiveStatus,
  UseConsultationInboxOptions,
  UseConsultationInboxResult,
} from './ConsultationInbox/index.js';
