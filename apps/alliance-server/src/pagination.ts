import { Failure } from './failure.js';

/** Where a list's cursor came from, for the field error of a cursor this server did not make. */
export type CursorPointer = '#query/cursor' | '/cursor';

/** The sort key of the last row of a page: an instant and an id, or an id alone. */
export type CursorKey = { at: Date; id: string } | { id: string };

/**
 * Opaque cursors: base64url of a JSON array — `[isoInstant, id]` for lists ordered by time, `[id]` for lists
 * ordered by id. Every list of the server reads and writes them here.
 */
export function encodeCursor(key: CursorKey): string {
  const parts = 'at' in key ? [key.at.toISOString(), key.id] : [key.id];
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
