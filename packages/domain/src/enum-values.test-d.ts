import { describe, expectTypeOf, test } from 'vitest';
import { enumValues } from './enum-values.js';

type Colour = 'red' | 'green' | 'blue';

describe('enumValues', () => {
  test('keeps the literal tuple type of a complete list', () => {
    const colours = enumValues<Colour>()(['red', 'green', 'blue']);
    expectTypeOf(colours).toEqualTypeOf<readonly ['red', 'green', 'blue']>();
  });

  test('rejects a list that misses a member', () => {
    // @ts-expect-error 'blue' is missing
    enumValues<Colour>()(['red', 'green']);
  });

  test('rejects a value that is not a member', () => {
    // @ts-expect-error 'pink' is not a colour
    enumValues<Colour>()(['red', 'green', 'blue', 'pink']);
  });
});
