import { validatePhone } from './identifiers.js';

const MASK = '*';

// Code points, so a character outside the BMP (rare 姓名 characters) is kept or masked whole.
function chars(value: string): string[] {
  return Array.from(value);
}

function stars(count: number): string {
  return MASK.repeat(Math.max(0, count));
}

function keepLast(value: string[], count: number): string {
  return stars(value.length - count) + value.slice(value.length - count).join('');
}

/**
 * Masks an identity document number for display (DOMAIN §8): the first 3 and last 4 characters stay, the rest
 * become `*`, the length is kept. Values of 7 characters or fewer keep only their last 2, and of 2 or fewer
 * nothing. Never throws; a non-string gives `''`.
 * @param value - the number, e.g. a 居民身份证号 or a passport number
 * @example maskIdNumber('110105199003071239') // '110***********1239'
 */
export function maskIdNumber(value: string): string {
  if (typeof value !== 'string') {
    return '';
  }
  const all = chars(value);
  if (all.length <= 2) {
    return stars(all.length);
  }
  if (all.length <= 7) {
    return keepLast(all, 2);
  }
  return all.slice(0, 3).join('') + stars(all.length - 7) + all.slice(-4).join('');
}

const LATIN_NAME = /^[\p{Script=Latin}\s.'’*-]+$/u;

/**
 * Masks a personal name (DOMAIN §8): a Chinese name keeps its first character (`张*`, `张**`, `欧***`); a Latin
 * name keeps the first letter of each word (`J* S*`). A one-character name becomes `*`. Never throws.
 * @param value - the name
 * @example maskName('张三丰') // '张**'
 */
export function maskName(value: string): string {
  if (typeof value !== 'string') {
    return '';
  }
  const name = value.trim();
  if (name !== '' && LATIN_NAME.test(name) && /\p{Script=Latin}/u.test(name)) {
    return name
      .split(/\s+/)
      .map((word) => {
        const [first = '', ...rest] = chars(word);
        // A word already masked keeps its stars, so masking twice changes nothing.
        return rest.length > 0 && rest.every((char) => char === MASK) ? word : `${first}${MASK}`;
      })
      .join(' ');
  }
  const all = chars(name);
  if (all.length <= 1) {
    return stars(all.length);
  }
  return (all[0] ?? '') + stars(all.length - 1);
}

const MASKED_MOBILE = /^1\d{2}\*{4}\d{4}$/;
const MASKED_LANDLINE = /^0\d{2,3}-\*+\d{2}$/;

/**
 * Masks a phone number (DOMAIN §8): a mobile shows `138****1234`; a landline keeps its area code and last 2
 * digits (`010-******14`). A valid number is normalized first (so `+86` and spaces go); anything else keeps only
 * its last 2 characters. Already-masked values come back unchanged. Never throws.
 * @param value - the number as stored or typed
 * @example maskPhone('13812341234') // '138****1234'
 */
export function maskPhone(value: string): string {
  if (typeof value !== 'string') {
    return '';
  }
  const trimmed = value.trim();
  if (MASKED_MOBILE.test(trimmed) || MASKED_LANDLINE.test(trimmed)) {
    return trimmed;
  }
  const phone = validatePhone(trimmed);
  if (phone.ok && phone.kind === 'mobile') {
    return `${phone.value.slice(0, 3)}****${phone.value.slice(7)}`;
  }
  if (phone.ok && phone.kind === 'landline') {
    const local = phone.value.slice(phone.areaCode.length + 1);
    return `${phone.areaCode}-${stars(local.length - 2)}${local.slice(-2)}`;
  }
  const all = chars(value);
  return all.length <= 2 ? stars(all.length) : keepLast(all, 2);
}
