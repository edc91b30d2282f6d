// A write's answer is serialised for its idempotency record and again for the response; an appointment's JSON
// was ~2 % of a booking's server CPU each time (bench profile, #12). The text is kept by object, so a body is
// serialised once however many times it is written; a body must not change once it has been.
const texts = new WeakMap<object, string>();

/**
 * The JSON text of a value, as `JSON.stringify` writes it, serialised once per object.
 * @example jsonText(appointment) === jsonText(appointment) // one JSON.stringify
 */
export function jsonText(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') {
    return JSON.stringify(value);
  }
  let text = texts.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    texts.set(value, text);
  }
  return text;
}
