import type { components, FieldErrorCode, ProblemCode } from '@yilian/contract';
import { problemTypeUri } from '@yilian/contract';

type Problem = components['schemas']['Problem'];
type FieldError = components['schemas']['FieldError'];

/** A field error before it is put into words: the words depend on the caller's locale. */
export interface FieldIssue {
  pointer: string;
  code: FieldErrorCode;
  params?: Record<string, string | number>;
}

/**
 * Thrown by routes and middleware; the app's one `onError` turns it into `application/problem+json`.
 * `detailParams` fill the localized message of `code`; `extra` adds contract-defined members (e.g. the current
 * version in a 412). Nothing here may carry patient data.
 */
export class HttpProblem extends Error {
  readonly status: number;
  readonly code: ProblemCode;
  readonly issues: readonly FieldIssue[];
  readonly detailParams: Record<string, string | number>;
  readonly extra: Partial<Problem>;
  readonly headers: Record<string, string>;

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
    super(code, { cause: options.cause });
    this.name = 'HttpProblem';
    this.status = status;
    this.code = code;
    this.issues = options.issues ?? [];
    this.detailParams = options.params ?? {};
    this.extra = options.extra ?? {};
    this.headers = options.headers ?? {};
  }
}

/** Shorthand for the problems every route raises. */
export const problems = {
  notFound: () => new HttpProblem(404, 'not_found'),
  forbidden: (params?: Record<string, string | number>) => new HttpProblem(403, 'forbidden', { params }),
  /** 422 for a body that breaks the rules; 400 when a parameter (query, header) is malformed. */
  validation: (issues: readonly FieldIssue[]) =>
    new HttpProblem(issues.some((i) => i.pointer.startsWith('#')) ? 400 : 422, 'validation_failed', {
      issues,
      params: { count: issues.length },
    }),
};

/** The RFC 9457 body for a problem, in words of the given formatter. */
export function problemBody(
  problem: HttpProblem,
  words: {
    title: (code: ProblemCode) => string;
    detail: (code: ProblemCode, params: Record<string, string | number>) => string | undefined;
    field: (issue: FieldIssue) => string;
  },
  requestId: string,
  instance: string,
  locale: Problem['locale'],
): Problem {
  const body: Problem = {
    type: problemTypeUri(problem.code),
    title: words.title(problem.code),
    status: problem.status,
    code: problem.code,
    requestId,
    instance,
    locale,
    ...problem.extra,
  };
  const detail = words.detail(problem.code, problem.detailParams);
  if (detail) {
    body.detail = detail;
  }
  if (problem.issues.length > 0) {
    body.errors = problem.issues.map((issue): FieldError => ({
      pointer: issue.pointer,
      code: issue.code,
      detail: words.field(issue),
    }));
  }
  return body;
}
