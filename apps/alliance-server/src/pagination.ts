import { Failure } from './failure.js';

/** Where a list's cursor came from, for the field error of a cursor this server did not make. */
export type CursorPointer = '#query/cursor' | '/cursor';

/**
 * The sort key of the last row of a page: an instant and an id, an id alone, or a rank, a deadline (or none) and
 * an instant and id (a work queue in green-first order).
 */
export type CursorKey = { at: Date; id: string } | { id: string } | RankCursorKey;

/** The key of a row in an order by rank, then deadline (absent last), then instant and id. */
export type RankCursorKey = { rank: number; due: Date | null; at: Date; id: string };

/**
 * Opaque cursors: base64url of a JSON array — `[isoInstant, id]` for lists ordered by time, `[id]` for lists
 * ordered by id. Every list of the server reads and writes them here.
 */
export function encodeCursor(key: CursorKey): string {
  const parts =
    'rank' in key
      ? [key.rank, key.due?.toISOString() ?? null, key.at.toISOString(), key.id]
      : 'at' in key
        ? [key.at.toISOString(), key.id]
        : [key.id];
  return btoa(JSON.stringify(parts)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function decodeParts(cursor: string): unknown {
  try {
    return JSON.parse(atob(cursor.replace(/-/g, '+').replace(/_/g, '/'))) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Reads a cursor of a time-ordered list; a cursor this server did not make is an `invalid_format` field error.
 * @example timeCursor(query.cursor) // { at: Date, id: 'ref_…' } or undefined on the first page
 */
export function timeCursor(
  cursor: string | undefined,
  pointer: CursorPointer = '#query/cursor',
): { at: Date; id: string } | undefined {
  if (cursor === undefined) {
    return undefined;
  }
  const parts = decodeParts(cursor);
  if (
    Array.isArray(parts) &&
    parts.length === 2 &&
    typeof parts[0] === 'string' &&
    typeof parts[1] === 'string'
  ) {
    const at = new Date(parts[0]);
    if (!Number.isNaN(at.getTime())) {
      return { at, id: parts[1] };
    }
  }
  throw new Failure('validation_failed', {
    issues: [{ pointer, code: 'invalid_format' }],
    params: { count: 1 },
  });
}

/**
 * Reads a cursor of a rank-ordered list (`[rank, dueIso | null, isoInstant, id]`); a cursor this server did not
 * make — or one of another order of the same list — is an `invalid_format` field error.
 */
export function rankCursor(
  cursor: string | undefined,
  pointer: CursorPointer = '#query/cursor',
): RankCursorKey | undefined {
  if (cursor === undefined) {
    return undefined;
  }
  const parts = decodeParts(cursor);
  if (
    Array.isArray(parts) &&
    parts.length === 4 &&
    Number.isInteger(parts[0]) &&
    (parts[1] === null || typeof parts[1] === 'string') &&
    typeof parts[2] === 'string' &&
    typeof parts[3] === 'string'
  ) {
    const due = parts[1] === null ? null : new Date(parts[1]);
    const at = new Date(parts[2]);
    if (!Number.isNaN(at.getTime()) && (due === null || !Number.isNaN(due.getTime()))) {
      return { rank: parts[0] as number, due, at, id: parts[3] };
    }
  }
  throw new Failure('validation_failed', {
    issues: [{ pointer, code: 'invalid_format' }],
    params: { count: 1 },
  });
}

/** Reads a cursor of an id-ordered list; a cursor this server did not make is an `invalid_format` field error. */
export function idCursor(
  cursor: string | undefined,
  pointer: CursorPointer = '#query/cursor',
): string | undefined {
  if (cursor === undefined) {
    return undefined;
  }
  const parts = decodeParts(cursor);
  if (Array.isArray(parts) && parts.length === 1 && typeof parts[0] === 'string') {
    return parts[0];
  }
  throw new Failure('validation_failed', {
    issues: [{ pointer, code: 'invalid_format' }],
    params: { count: 1 },
  });
}

/**
 * One page of a keyset listing fetched with one row more than `limit`: the rows to show, and the cursor of the
 * next page when that extra row exists.
 * @param keyOf - the sort key of a row
 */
export function page<TRow>(
  rows: readonly TRow[],
  limit: number,
  keyOf: (row: TRow) => CursorKey,
): { items: TRow[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null };
}
