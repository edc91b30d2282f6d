export { ConsultationInbox } from './ConsultationInbox.js';
export type { ConsultationInboxProps } from './ConsultationInbox.js';
export { useConsultationInbox } from './useConsultationInbox.js';
export type {
  ConsultationInboxSide,
  ConsultationInboxTab,
  ConsultationLiveStatus,
  UseConsultationInboxOptions,
  UseConsultationInboxResult,
} from './useConsultationInbox.js';
