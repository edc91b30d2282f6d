import { describe, expect, it } from 'vitest';
import { parseIfMatch } from './route.js';

describe('parseIfMatch', () => {
  it('reads a strong tag (or a bare version) as the version it names', () => {
    expect(parseIfMatch('"3"')).toBe(3);
    expect(parseIfMatch(' "12" ')).toBe(12);
    expect(parseIfMatch('3')).toBe(3);
  });

  it('never matches a weak tag: If-Match compares strongly (RFC 9110 §13.1.1)', () => {
    expect(parseIfMatch('W/"1"')).toBeUndefined();
    expect(parseIfMatch('w/"1"')).toBeUndefined();
    expect(parseIfMatch('W/1')).toBeUndefined();
  });
});
