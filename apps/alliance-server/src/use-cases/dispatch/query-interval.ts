import type { FieldIssue } from '@yilian/domain';
import { parseInstant } from '@yilian/domain';
import { failures } from '../../failure.js';

/**
 * The `[from, to)` bounds of a listing as instants. An unreadable bound is an `invalid_format` field error; a `to`
 * not after `from` is `interval_invalid` (a readable request that breaks a rule, so the contract answers 422).
 * @param query - the listing's `from` and `to` query parameters, RFC 3339 when present
 */
export function queryInterval(query: { from?: string; to?: string }): { from?: Date; to?: Date } {
  const issues: FieldIssue[] = [];
  const read = (name: 'from' | 'to'): Date | undefined => {
    const value = query[name];
    if (value === undefined) {
      return undefined;
    }
    const ms = parseInstant(value);
    if (Number.isNaN(ms)) {
      issues.push({ pointer: `#query/${name}`, code: 'invalid_format' });
      return undefined;
    }
    return new Date(ms);
  };
  const from = read('from');
  const to = read('to');
  if (issues.length > 0) {
    throw failures.validation(issues);
  }
  if (from && to && to.getTime() <= from.getTime()) {
    throw failures.field('#query/to', 'interval_invalid');
  }
  return { from, to };
}
