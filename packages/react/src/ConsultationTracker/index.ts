export { ConsultationTracker } from './ConsultationTracker.js';
export type { ConsultationTrackerProps } from './ConsultationTracker.js';
export { useConsultation } from './useConsultation.js';
export type { ConsultationView, UseConsultationResult } from './useConsultation.js';
