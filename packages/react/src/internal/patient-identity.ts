import { isLocalDate, needsGuardian, shanghaiDate } from '@yilian/domain';

/**
 * The one guardian rule of the widgets' patient fields: a guardian's name (and consent by the guardian) is asked for
 * once the birth date is a complete date, not in the future, and makes the patient a minor (domain `needsGuardian`).
 * @param birthDate - `YYYY-MM-DD` as typed, possibly incomplete
 * @param at - the clock's instant
 * @example needsGuardianField('2015-06-01', new Date('2026-01-01')) // true
 */
export function needsGuardianField(birthDate: string, at: Date): boolean {
  return isLocalDate(birthDate) && birthDate <= shanghaiDate(at) && needsGuardian(birthDate, at);
}
