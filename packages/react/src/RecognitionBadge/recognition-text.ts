// What the recognition widgets (badge, order check) say about a check's outcome, in the page's locale.
import type { Locale } from '@yilian/domain';
import { NATIONAL_RETEST_REASONS, shanghaiDayDiff } from '@yilian/domain';
import type { Schemas } from '@yilian/sdk';
import type { Translate } from '../i18n/messages.js';
import { localizedName } from '../internal/localized-name.js';

type RetestReason = Schemas['RetestReason'];

/**
 * The item's name in the page's locale, from the outcome (never the raw code unless the server has no name).
 * @example itemNameOf(outcome, 'zh-TW') // '糖化血紅蛋白'
 */
export function itemNameOf(
  source: { itemCode: string; itemName?: Schemas['LocalizedName'] | undefined },
  locale: Locale,
): string {
  return localizedName(source.itemName, locale) ?? source.itemCode;
}

/**
 * A reason of the check in the page's locale; the domain writes each in zh, zh-Hant and en (#14).
 */
export function reasonText(reason: Schemas['RecognitionReason'], locale: Locale): string {
  return localizedName(reason.message, locale) ?? reason.code;
}

/**
 * Whole Asia/Shanghai days until the result lapses (0 or 1: it lapses at the coming midnight), or `undefined`
 * without a window.
 */
export function daysUntilLapse(lapsesAt: string | undefined, at: Date): number | undefined {
  return lapsesAt === undefined ? undefined : Math.max(0, shanghaiDayDiff(at, lapsesAt));
}

/** The countdown's words: "48天后失效", or "lapses at midnight" on its last day. */
export function lapseText(days: number, t: Translate): string {
  return days <= 1 ? t('recognition.lapsesToday') : t('recognition.lapsesIn', { days });
}

/** A day as the page's locale writes it, in Shanghai. */
export function formatDay(instant: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { timeZone: 'Asia/Shanghai', dateStyle: 'medium' }).format(
    new Date(instant),
  );
}

const NATIONAL = new Set<RetestReason>(NATIONAL_RETEST_REASONS);

/**
 * The re-test reasons the server offers at this institution, split into the national list and the region's
 * extensions, each in the domain's order.
 */
export function groupRetestReasons(offered: readonly RetestReason[]): {
  national: RetestReason[];
  regional: RetestReason[];
} {
  return {
    national: offered.filter((reason) => NATIONAL.has(reason)),
    regional: offered.filter((reason) => !NATIONAL.has(reason)),
  };
}

/** Fen (分) as money in the page's locale: 8000 → ¥80.00. */
export function formatFen(fen: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY' }).format(fen / 100);
}
