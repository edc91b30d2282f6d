export { createAllianceClient } from './client.js';
export { createIdempotencyKey } from './random-id.js';
export type {
  AllianceClient,
  AllianceClientOptions,
  AuthOptions,
  ListQuery,
  ReferralCreateInput,
  ReferralCountsQuery,
  ResultSearch,
  ReferralVersion,
  ReferralUpdateOptions,
  ConsultationCountsQuery,
  ConsultationVersion,
  IndicatorsQuery,
  IndicatorsExportQuery,
} from './client.js';
export type { CallOptions, RetryEvent, RetryOptions, TokenProvider, WriteOptions } from './transport.js';
export type { ItemArray, Page, PageIterator } from './pagination.js';
export type { SubscribeOptions, SubscribedEvent, SubscriptionStatus } from './subscribe.js';
export {
  AllianceError,
  NetworkError,
  TimeoutError,
  isAllianceError,
  isNetworkError,
  isTimeoutError,
  throwIfError,
  toAllianceError,
} from './errors.js';
export type {
  AllianceErrorJSON,
  ErrorDetails,
  NetworkErrorJSON,
  SerializedCause,
  UnauthenticatedReason,
} from './errors.js';
export type { Middleware } from 'openapi-fetch';
export type { paths, components, operations, Schemas, ProblemCode, FieldErrorCode } from '@yilian/contract';
