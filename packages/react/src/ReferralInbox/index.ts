export { ReferralInbox } from './ReferralInbox.js';
export type { ReferralInboxProps } from './ReferralInbox.js';
export { useReferralInbox, inboxSlaOf } from './useReferralInbox.js';
export type {
  InboxGroupTab,
  InboxSide,
  InboxSla,
  ReferralInboxFilters,
  UseReferralInboxOptions,
  UseReferralInboxResult,
} from './useReferralInbox.js';
export { pollingChangeSource, subscribeChangeSource } from './change-source.js';
export type {
  ChangeSourceStatus,
  ReferralChangeSource,
  SubscribeChangeSourceOptions,
} from './change-source.js';
