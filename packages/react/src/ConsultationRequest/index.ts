export { ConsultationRequest } from './ConsultationRequest.js';
export type { ConsultationRequestProps } from './ConsultationRequest.js';
export { ConsultationRequestDialog } from './ConsultationRequestDialog.js';
export type { ConsultationRequestDialogProps } from './ConsultationRequestDialog.js';
export {
  EMPTY_CONSULTATION_REQUEST,
  toConsultationCreate,
  useConsultationRequest,
} from './useConsultationRequest.js';
export type {
  ConsultationFieldError,
  ConsultationImageLink,
  ConsultationLocalStatus,
  ConsultationRequestErrors,
  ConsultationRequestField,
  ConsultationRequestValues,
  ConsultationResultAttachment,
  UseConsultationRequestOptions,
  UseConsultationRequestResult,
} from './useConsultationRequest.js';
