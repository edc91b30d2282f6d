import { describe, expect, it } from 'vitest';
import { Failure } from './failure.js';
import { encodeCursor, idCursor, page, timeCursor } from './pagination.js';

describe('cursors', () => {
  it('read back the instant and id they were made from', () => {
    const at = new Date('2026-11-23T01:00:00.123Z');
    expect(timeCursor(encodeCursor({ at, id: 'ref_1' }))).toEqual({ at, id: 'ref_1' });
    expect(idCursor(encodeCursor({ id: 'ins_pumch' }))).toBe('ins_pumch');
  });

  it('are absent on the first page', () => {
    expect(timeCursor(undefined)).toBeUndefined();
    expect(idCursor(undefined)).toBeUndefined();
  });

  it.each(['not-base64!', encodeCursor({ id: 'x' }), btoa('["not a date","x"]'), btoa('{}')])(
    'given a time cursor this server did not make (%s), refuse it as an invalid field where it came from',
    (cursor) => {
      const error = (() => {
        try {
          timeCursor(cursor, '/cursor');
        } catch (caught) {
          return caught;
        }
        return undefined;
      })();
      expect(error).toBeInstanceOf(Failure);
      expect((error as Failure).code).toBe('validation_failed');
      expect((error as Failure).issues).toEqual([{ pointer: '/cursor', code: 'invalid_format' }]);
    },
  );

  it('refuse a time cursor where an id cursor belongs', () => {
    expect(() => idCursor(encodeCursor({ at: new Date(0), id: 'x' }))).toThrow(Failure);
  });
});

describe('a page', () => {
  it('given one row more than the limit, shows the limit and points at the last row shown', () => {
    const rows = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    const result = page(rows, 2, (row) => ({ id: row.id }));
    expect(result.items).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(idCursor(result.nextCursor ?? undefined)).toBe('b');
  });

  it('given no more rows than the limit, has no next cursor', () => {
    expect(page([{ id: 'a' }], 2, (row) => ({ id: row.id })).nextCursor).toBeNull();
  });
});
