import { describe, expect, test } from 'vitest';
import { isBlank, isOneOf } from './guards.js';

describe('isOneOf', () => {
  test('accepts a listed string and refuses anything else', () => {
    expect(isOneOf(['up', 'down'], 'up')).toBe(true);
    expect(isOneOf(['up', 'down'], 'UP')).toBe(false);
    expect(isOneOf(['up', 'down'], undefined)).toBe(false);
    expect(isOneOf(['1'], 1)).toBe(false);
  });
});

describe('isBlank', () => {
  test('treats missing values, non-strings and white space as blank', () => {
    expect(isBlank(undefined)).toBe(true);
    expect(isBlank(null)).toBe(true);
    expect(isBlank(3)).toBe(true);
    expect(isBlank(' \t\n')).toBe(true);
    expect(isBlank('　')).toBe(true);
    expect(isBlank(' 张 ')).toBe(false);
  });
});
