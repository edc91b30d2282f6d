export { OrderCheck } from './OrderCheck.js';
export type { OrderCheckProps } from './OrderCheck.js';
export { useOrderCheck } from './useOrderCheck.js';
export type {
  OrderCheckLineState,
  OrderCheckPatient,
  OrderCheckSummary,
  OrderDecisionAttempt,
  OrderLineDraft,
  UseOrderCheckOptions,
  UseOrderCheckResult,
} from './useOrderCheck.js';
