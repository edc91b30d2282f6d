import type { components, ProblemCode } from '@yilian/contract';
import type { FieldIssue } from '@yilian/domain';

type Problem = components['schemas']['Problem'];

export type { FieldIssue };

/** What a failure may add to its problem besides the code: contract-defined members such as `currentVersion`. */
export type ProblemMembers = Partial<
  Pick<
    Problem,
    | 'allowedCommands'
    | 'currentVersion'
    | 'currentStatus'
    | 'changedAt'
    | 'changedBy'
    | 'requiredRoles'
    | 'reason'
    | 'noShowAllowedFrom'
    | 'currentConsultationStatus'
    | 'allowedConsultationCommands'
  >
>;

export interface FailureOptions {
  /** The fields at fault, for `validation_failed`. */
  issues?: readonly FieldIssue[];
  /** Values for the localized message of the code (e.g. `{ count: 2 }`). */
  params?: Record<string, string | number>;
  /** Contract-defined members of the problem. */
  members?: ProblemMembers;
  /** When the caller may try again, for a refusal that passes (rate limit, a busy database). */
  retryAfterSeconds?: number;
  cause?: unknown;
}

/**
 * A refusal in the language of the domain: a problem code from the contract and what it concerns, never an HTTP
 * status. Use-cases, stores and middleware throw it; the app's one error handler answers it, choosing the status
 * from the contract's table (`problemStatus`). Nothing in it may carry patient data.
 */
export class Failure extends Error {
  readonly code: ProblemCode;
  readonly issues: readonly FieldIssue[];
  readonly params: Record<string, string | number>;
  readonly members: ProblemMembers;
  readonly retryAfterSeconds: number | undefined;

  constructor(code: ProblemCode, options: FailureOptions = {}) {
    super(code, { cause: options.cause });
    this.name = 'Failure';
    this.code = code;
    this.issues = options.issues ?? [];
    this.params = options.params ?? {};
    this.members = options.members ?? {};
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

/** The failures every flow raises. */
export const failures = {
  /** An id the caller may not see, or that does not exist: the same answer for both. */
  notFound: () => new Failure('not_found'),
  /** The caller's role may not: with the roles that may (`requiredRoles`) and, on a referral, what it may do. */
  forbidden: (
    members: Pick<ProblemMembers, 'requiredRoles' | 'allowedCommands' | 'allowedConsultationCommands'> = {},
  ) => new Failure('forbidden', { members }),
  /** Fields that are unreadable or break a rule. */
  validation: (issues: readonly FieldIssue[]) =>
    new Failure('validation_failed', { issues, params: { count: issues.length } }),
  /** One field at fault. */
  field: (pointer: string, code: FieldIssue['code'], params?: FieldIssue['params']) =>
    failures.validation([params === undefined ? { pointer, code } : { pointer, code, params }]),
};
