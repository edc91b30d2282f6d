import type { components, ProblemCode } from '@yilian/contract';
import type { FieldIssue } from '../failure.js';
import { Failure, failures } from '../failure.js';

type Problem = components['schemas']['Problem'];

export type { FieldIssue };

/**
 * @deprecated A problem that chooses its own status. Kept only while the flows move to `Failure`, whose status
 * comes from the contract's table; it is removed once no flow throws it.
 */
export class HttpProblem extends Failure {
  readonly legacyStatus: number;
  readonly legacyHeaders: Record<string, string>;

  constructor(
    status: number,
    code: ProblemCode,
    options: {
      issues?: readonly FieldIssue[];
      params?: Record<string, string | number>;
      extra?: Partial<Problem>;
      headers?: Record<string, string>;
      cause?: unknown;
    } = {},
  ) {
    super(code, {
      issues: options.issues,
      params: options.params,
      members: options.extra,
      cause: options.cause,
    });
    this.name = 'HttpProblem';
    this.legacyStatus = status;
    this.legacyHeaders = options.headers ?? {};
  }
}

/** @deprecated Use `failures` from `failure.ts`. */
export const problems = {
  notFound: failures.notFound,
  forbidden: (_params?: Record<string, string | number>) => failures.forbidden(),
  validation: failures.validation,
};
