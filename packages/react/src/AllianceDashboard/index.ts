export { AllianceDashboard } from './AllianceDashboard.js';
export type { AllianceDashboardProps } from './AllianceDashboard.js';
export { useIndicators } from './useIndicators.js';
export type {
  AllianceIndicators,
  IndicatorsStatus,
  UseIndicatorsOptions,
  UseIndicatorsResult,
} from './useIndicators.js';
export type { IndicatorMonthKey } from './indicator-period.js';
