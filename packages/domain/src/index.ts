export {
  REFERRAL_STATUSES,
  REFERRAL_COMMANDS,
  TERMINAL_STATUSES,
  DEFAULT_REFERRAL_SLA_POLICY,
  referralTransition,
  isTerminal,
  allowedCommands,
  decideCommand,
  validateReferralTransition,
  answerDeadline,
  expiresAt,
  isExpiredAt,
  validateReferralCreate,
  mayActOnReferrals,
  isOverdueAt,
  noShowAllowedFrom,
  sendingRoles,
  DEFAULT_NO_SHOW_POLICY,
  ARRIVAL_CLOCK_SKEW_MS,
  RETURN_NOTE_MAX_LENGTH,
} from './referral-lifecycle.js';
export type {
  ReferralActor,
  ReferralParties,
  CommandDecision,
  ReferralSlaPolicy,
  ValidateReferralCreateOptions,
  DecideOptions,
  NoShowPolicy,
  ReferralTimeFacts,
  ValidateTransitionOptions,
} from './referral-lifecycle.js';

export {
  CONSULTATION_STATUSES,
  CONSULTATION_COMMANDS,
  CONSULTATION_STATUS_GROUPS,
  SCHEDULE_CLOCK_SKEW_MS,
  consultationStatusGroupOf,
  consultationStatusesOfGroup,
  consultationTransition,
  isConsultationTerminal,
  isScheduledExpert,
  pendingExperts,
  allowedConsultationCommands,
  decideConsultationCommand,
  validateConsultationTransition,
  validateConsultationCreate,
} from './consultation-lifecycle.js';
export type {
  ConsultationActor,
  ConsultationParties,
  ConsultationDecision,
} from './consultation-lifecycle.js';
export { REFERRAL_EDITABLE_STATUSES, isEditable, decideReferralEdit } from './referral-editing.js';
export type { ReferralEditDecision } from './referral-editing.js';
export {
  REFERRAL_STATUS_GROUPS,
  ANSWER_SLA_NEAR_WITHIN_MS,
  statusGroupOf,
  statusesOfGroup,
  answerSla,
  isReferralNumberQuery,
} from './referral-queue.js';
export type { AnswerSla, AnswerSlaOptions } from './referral-queue.js';
export {
  ESCORT_ROLES,
  ESCORT_TRANSPORTS,
  REFERRAL_WARNING_MESSAGES,
  validateReferralContent,
  validateReferralContentShape,
  referralRoutingWarnings,
  formatReferralWarning,
} from './referral-content.js';
export type { ReferralContent, ReferralWarning } from './referral-content.js';

export {
  RETEST_REASONS,
  NATIONAL_RETEST_REASONS,
  RECOGNITION_DECISION_RANK,
  RecognitionCheckError,
  evaluateRecognition,
  recogniseInLists,
  bestRecognition,
  performedMark,
  recognitionMark,
  markedItemName,
  isRecognitionObligatory,
  retestReasonsFor,
  effectiveDirection,
  isRecognisable,
  validateRetest,
  validateAdoption,
  recognitionRate,
} from './recognition.js';
export type {
  EvaluateRecognitionInput,
  RecognitionResultFacts,
  RecognitionReasonCode,
  RecognitionDirectionFacts,
  RegionConfig,
} from './recognition.js';

export {
  SHANGHAI_OFFSET_MINUTES,
  parseInstant,
  isInstant,
  toEpochMs,
  isCalendarDate,
  isLocalDate,
  shanghaiDate,
  startOfShanghaiDay,
  toShanghaiIso,
  shanghaiDayDiff,
  shanghaiWeekday,
  addDays,
  ageInYears,
} from './shanghai-time.js';
export type { InstantInput, LocalDate } from './shanghai-time.js';

export {
  BOOKABLE_ACTIVITY_KINDS,
  DEFAULT_BOOKING_POLICY,
  isBookableKind,
  remainingCapacity,
  checkBooking,
  bookingConflict,
  intervalsOverlap,
  isRescheduleTarget,
  checkCancellation,
  checkReschedule,
  noShowDueAt,
  appointmentCancellers,
  BOOKING_CONSENT_PURPOSES,
  defaultBookingConsentPurpose,
} from './booking.js';
export type {
  BookableActivityKind,
  BookingPolicy,
  SlotOccupancy,
  CheckBookingInput,
  CancellableAppointment,
  CheckRescheduleInput,
  BookingProblem,
  CancellationProblem,
  AppointmentParties,
  PatientBooking,
} from './booking.js';

export {
  PRACTICE_REQUIRED_KINDS,
  needsRegisteredPractice,
  mayPractiseAt,
  unregisteredExperts,
} from './practice.js';
export type { PracticeSiteInput } from './practice.js';

export { QUEUE_TICKET_STATUSES, isOpenTicket, checkTicketClose } from './queue.js';

export { CONSENT_PURPOSES, CONSENT_CLOCK_SKEW_MS, CONSENT_EARLIEST_GRANT, checkConsent } from './consent.js';
export type { CheckConsentOptions } from './consent.js';

export {
  GUARDIAN_CONSENT_AGE,
  residentIdCheckDigit,
  validateResidentId,
  convertLegacyResidentId,
  usccCheckChar,
  organizationCodeCheckChar,
  validateUscc,
  validatePhone,
  needsGuardian,
  validatePatientIdentity,
  normalizeIdNumber,
} from './identifiers.js';
export type {
  ResidentIdErrorCode,
  ResidentIdValidation,
  ValidateResidentIdOptions,
  UsccValidation,
  PhoneValidation,
} from './identifiers.js';

export { maskIdNumber, maskName, maskPhone } from './masking.js';

export {
  DEFAULT_LOCALE,
  PROBLEM_MESSAGES,
  FIELD_ERROR_MESSAGES,
  interpolate,
  formatProblem,
  formatFieldError,
  toFieldErrors,
  label,
  labelValues,
} from './messages.js';
export type {
  Locale,
  LocalizedText,
  LabelValues,
  LabelKind,
  DomainMessageKey,
  DomainMessages,
} from './messages.js';

export { LOCALES, isLocale, negotiateLocale } from './locale.js';

export type { FieldIssue } from './field-issue.js';
