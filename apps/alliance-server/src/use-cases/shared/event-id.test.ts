import { describe, expect, it } from 'vitest';
import { eventId, sequenceOf } from './event-id.js';

describe('event ids', () => {
  it('pads the sequence to 12 digits, so ids sort as their sequences do', () => {
    expect(eventId(42)).toBe('evt_000000000042');
    expect(eventId('9')).toBe('evt_000000000009');
    expect([eventId(10), eventId(9)].sort()).toEqual([eventId(9), eventId(10)]);
  });

  it('reads back the sequence of an id this server made', () => {
    expect(Number(sequenceOf(eventId(42)))).toBe(42);
  });

  it.each(['evt_abc', 'evt_', 'ref_000000000042', 'evt_1234567890123456789', ' evt_1'])(
    'names no sequence for %j, which this server did not make',
    (id) => {
      expect(sequenceOf(id)).toBeUndefined();
    },
  );
});
