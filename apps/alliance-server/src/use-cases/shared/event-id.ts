/**
 * The feed id of an event: `evt_` and its sequence, zero-padded to 12 digits so ids sort as their sequences do.
 * @example eventId(42) // 'evt_000000000042'
 */
export function eventId(sequence: number | string): string {
  return `evt_${String(sequence).padStart(12, '0')}`;
}

/**
 * The sequence an event id names, as a decimal string; `undefined` for anything this server did not make.
 * @example sequenceOf('evt_000000000042') // '000000000042'
 */
export function sequenceOf(id: string): string | undefined {
  const match = /^evt_(\d{1,18})$/.exec(id);
  return match?.[1];
}
