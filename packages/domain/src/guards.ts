/**
 * Whether a value received at run time is one of an enum's values (bodies arrive as JSON, not as their types).
 * @param values - the enum's values
 * @param value - anything
 * @example isOneOf(['up', 'down'], body.direction)
 */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

/**
 * Whether a value received at run time is missing, not a string, or only white space.
 * @param value - anything
 * @example isBlank('  ') // true
 */
export function isBlank(value: unknown): boolean {
  return typeof value !== 'string' || value.trim() === '';
}
