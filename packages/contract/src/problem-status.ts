import type { ProblemCode } from './helpers.js';

/**
 * The HTTP status of every problem code: the one table the server answers by, the SDK reads when a gateway
 * answers without a body, and the API reference prints. A code added to the contract does not compile until it
 * has a status here.
 */
export const PROBLEM_STATUS = {
  validation_failed: 422,
  malformed_request: 400,
  unsupported_media_type: 415,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  invalid_transition: 422,
  version_conflict: 412,
  precondition_required: 428,
  idempotency_key_reused: 422,
  idempotency_request_in_progress: 409,
  slot_full: 409,
  slot_not_bookable: 409,
  slot_in_past: 422,
  already_booked: 409,
  cancellation_window_closed: 409,
  appointment_not_active: 409,
  parent_referral_not_reported: 409,
  referral_not_editable: 422,
  no_show_too_early: 422,
  rate_limited: 429,
  payload_too_large: 413,
  internal_error: 500,
  service_unavailable: 503,
  opinion_already_signed: 409,
  consultation_not_reported: 409,
} as const satisfies Readonly<Record<ProblemCode, number>>;

/**
 * The field codes that say a parameter could not be read at all (its shape is wrong), as opposed to a readable
 * value that breaks a rule (`interval_invalid`, `date_range_too_long`).
 */
const SHAPE_CODES: ReadonlySet<string> = new Set([
  'required',
  'invalid_type',
  'invalid_format',
  'invalid_enum',
  'too_short',
  'too_long',
  'out_of_range',
  'unknown_field',
]);

/**
 * The HTTP status a problem is answered with. `validation_failed` is a 400 when a request parameter (a pointer
 * `#query/…` or `#header/…`) could not be read, and a 422 when the request was readable but breaks a rule.
 * @param code - the problem's machine code
 * @param issues - the field issues of a `validation_failed` problem
 * @example problemStatus('slot_full') // 409
 * @example problemStatus('validation_failed', [{ pointer: '#query/limit', code: 'out_of_range' }]) // 400
 */
export function problemStatus(
  code: ProblemCode,
  issues: readonly { pointer: string; code: string }[] = [],
): number {
  if (
    code === 'validation_failed' &&
    issues.some((issue) => issue.pointer.startsWith('#') && SHAPE_CODES.has(issue.code))
  ) {
    return 400;
  }
  return PROBLEM_STATUS[code];
}
