import { describe, expect, it } from 'vitest';
import { Failure } from './failure.js';
import { encodeCursor, idCursor, page, rankCursor, timeCursor } from './pagination.js';

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

  it('read back a rank, a deadline or none, an instant and an id (the green-first order)', () => {
    const at = new Date('2026-11-23T01:00:00.123Z');
    const due = new Date('2026-11-23T01:15:00.123Z');
    expect(rankCursor(encodeCursor({ rank: 0, due, at, id: 'ref_1' }))).toEqual({
      rank: 0,
      due,
      at,
      id: 'ref_1',
    });
    expect(rankCursor(encodeCursor({ rank: 2, due: null, at, id: 'ref_2' }))).toEqual({
      rank: 2,
      due: null,
      at,
      id: 'ref_2',
    });
  });

  it('refuse a cursor of another order where a rank cursor belongs, and the other way round', () => {
    const at = new Date(0);
    expect(() => rankCursor(encodeCursor({ at, id: 'x' }))).toThrow(Failure);
    expect(() => rankCursor(btoa('[0.5,null,"1970-01-01T00:00:00.000Z","x"]'))).toThrow(Failure);
    expect(() => timeCursor(encodeCursor({ rank: 1, due: null, at, id: 'x' }))).toThrow(Failure);
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
