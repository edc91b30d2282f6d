// The public API of the referral form widgets (also its own entry, `@yilian/react/referral-form`).
export {
  ReferralForm,
  ReferralDialog,
  EMPTY_REFERRAL_FORM_VALUES,
  useReferralForm,
} from './ReferralForm/index.js';
export type {
  ReferralFormProps,
  ReferralDialogProps,
  ReferralFieldError,
  ReferralFormAttachment,
  ReferralFormErrors,
  ReferralFormField,
  ReferralFormValues,
  UseReferralFormOptions,
  UseReferralFormResult,
} from './ReferralForm/index.js';
