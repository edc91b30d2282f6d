export { ReferralForm } from './ReferralForm.js';
export type { ReferralFormProps } from './ReferralForm.js';
export { ReferralDialog } from './ReferralDialog.js';
export type { ReferralDialogProps } from './ReferralDialog.js';
export { EMPTY_REFERRAL_FORM_VALUES, useReferralForm } from './useReferralForm.js';
export type {
  ReferralDraftRef,
  ReferralDraftStatus,
  ReferralFieldError,
  ReferralFormAttachment,
  ReferralFormErrors,
  ReferralFormField,
  ReferralFormValues,
  UseReferralFormOptions,
  UseReferralFormResult,
} from './useReferralForm.js';
export { ClinicalContentFields } from './ClinicalContentFields.js';
export type { ClinicalContentFieldsProps } from './ClinicalContentFields.js';
export { EMPTY_CLINICAL_CONTENT, clinicalContentBody } from './clinical-content.js';
export type { ClinicalContentField, ClinicalContentValue } from './clinical-content.js';
