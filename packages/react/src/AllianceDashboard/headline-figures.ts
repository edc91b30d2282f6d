import type { Locale } from '@yilian/domain';
import type { Translate } from '../i18n/messages.js';
import type { AllianceIndicators } from './useIndicators.js';

/** How a figure reads: a count, a rate (a fraction), a duration in minutes, or money in fen. */
type FigureKind = 'count' | 'rate' | 'minutes' | 'money';

interface FigureDefinition {
  key: string;
  label: Parameters<Translate>[0];
  kind: FigureKind;
  value: (figures: AllianceIndicators) => number | null;
  /** A second line: the parts a rate is made of, an overdue count. */
  detail?: (figures: AllianceIndicators, format: Formats, t: Translate) => string;
}

/** One headline figure as the dashboard shows it. */
export interface HeadlineFigure {
  key: string;
  label: string;
  /** The value in words, or undefined when there is nothing to compute it from. */
  value: string | undefined;
  /** The change from the previous month in words. */
  change: string;
  /** Which way it moved, for an arrow that only repeats the words. */
  trend: 'up' | 'down' | 'same' | 'unknown';
  detail: string | undefined;
}

const FIGURES: readonly FigureDefinition[] = [
  { key: 'up', label: 'indicators.figure.up', kind: 'count', value: (f) => f.referrals.up },
  { key: 'down', label: 'indicators.figure.down', kind: 'count', value: (f) => f.referrals.down },
  { key: 'downRate', label: 'indicators.figure.downRate', kind: 'rate', value: (f) => f.referrals.downRate },
  {
    key: 'answerMedian',
    label: 'indicators.figure.answerMedian',
    kind: 'minutes',
    value: (f) => f.referrals.answerTime.medianMinutes,
  },
  {
    key: 'answerP90',
    label: 'indicators.figure.answerP90',
    kind: 'minutes',
    value: (f) => f.referrals.answerTime.p90Minutes,
  },
  {
    key: 'closedLoop',
    label: 'indicators.figure.closedLoop',
    kind: 'rate',
    value: (f) => f.referrals.closedLoop.rate,
    detail: (f, format, t) =>
      t('indicators.of', {
        part: format.count(f.referrals.closedLoop.closed),
        whole: format.count(f.referrals.closedLoop.eligible),
      }),
  },
  {
    key: 'greenChannel',
    label: 'indicators.figure.greenChannel',
    kind: 'count',
    value: (f) => f.referrals.greenChannel.count,
    detail: (f, format, t) =>
      t('indicators.figure.greenOverdue', { count: format.count(f.referrals.greenChannel.overdue) }),
  },
  {
    key: 'expertVisits',
    label: 'indicators.figure.expertVisits',
    kind: 'count',
    value: (f) => f.dispatch.expertVisits,
  },
  {
    key: 'consultations',
    label: 'indicators.figure.consultations',
    kind: 'count',
    value: (f) => f.consultations.requested,
  },
  {
    key: 'opinionMedian',
    label: 'indicators.figure.opinionMedian',
    kind: 'minutes',
    value: (f) => f.consultations.opinionMedianMinutes,
  },
  {
    key: 'freeClinicRegistered',
    label: 'indicators.figure.freeClinicRegistered',
    kind: 'count',
    value: (f) => f.dispatch.freeClinic.registered,
  },
  {
    key: 'freeClinicSeen',
    label: 'indicators.figure.freeClinicSeen',
    kind: 'count',
    value: (f) => f.dispatch.freeClinic.seen,
  },
  {
    key: 'adoptionRate',
    label: 'indicators.figure.adoptionRate',
    kind: 'rate',
    value: (f) => f.recognition.adoptionRate,
    detail: (f, format, t) =>
      t('indicators.of', {
        part: format.count(f.recognition.adopted),
        whole: format.count(f.recognition.recognisable),
      }),
  },
  {
    key: 'savings',
    label: 'indicators.figure.savings',
    kind: 'money',
    value: (f) => f.recognition.savings.amountFen,
  },
  {
    key: 'repeatTestsAvoided',
    label: 'indicators.figure.repeatTestsAvoided',
    kind: 'count',
    value: (f) => f.recognition.repeatTestsAvoided,
  },
];

/** The number formats of one locale, made once per locale. */
export interface Formats {
  count: (value: number) => string;
  decimal: (value: number) => string;
  rate: (value: number) => string;
  minutes: (value: number) => string;
  money: (fen: number) => string;
  /** A money axis in yuan: short (万, K). */
  moneyAxis: (yuan: number) => string;
  month: (month: string) => string;
  monthShort: (month: string) => string;
  instant: (instant: string) => string;
}

/**
 * The formats of the dashboard in a locale: counts, percentages, durations (minutes under two hours, then hours,
 * then days), yuan from fen, and months as the locale writes them.
 * @param locale - zh-CN, zh-TW or en
 * @param currency - the savings' currency (CNY)
 */
export function createFormats(locale: Locale, currency: string): Formats {
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const unit = (name: 'minute' | 'hour' | 'day') =>
    new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: name,
      unitDisplay: 'short',
      maximumFractionDigits: 1,
    });
  const minute = unit('minute');
  const hour = unit('hour');
  const day = unit('day');
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const moneyAxis = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
  // Months are calendar months, not instants: formatted in UTC so no time zone moves them to the day before.
  const month = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' });
  const monthShort = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const instant = new Intl.DateTimeFormat(locale, {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const monthDate = (key: string) => new Date(`${key.slice(0, 7)}-01T00:00:00Z`);
  return {
    count: (value) => count.format(value),
    decimal: (value) => decimal.format(value),
    rate: (value) => percent.format(value),
    minutes: (value) =>
      value < 120
        ? minute.format(Math.round(value))
        : value < 72 * 60
          ? hour.format(value / 60)
          : day.format(value / (24 * 60)),
    money: (fen) => money.format(fen / 100),
    moneyAxis: (yuan) => moneyAxis.format(yuan),
    month: (key) => month.format(monthDate(key)),
    monthShort: (key) => monthShort.format(monthDate(key)),
    instant: (value) => instant.format(new Date(value)),
  };
}

function change(kind: FigureKind, now: number | null, before: number | null, format: Formats, t: Translate) {
  if (now === null || before === null) {
    return { change: t('indicators.change.unknown'), trend: 'unknown' as const };
  }
  const difference = now - before;
  // Rates move in percentage points; a rounding to nothing is no change.
  const shown = kind === 'rate' ? Math.round(difference * 1000) / 10 : difference;
  if (Math.abs(shown) < (kind === 'minutes' ? 0.5 : 1e-9)) {
    return { change: t('indicators.change.same'), trend: 'same' as const };
  }
  const sign = shown > 0 ? '+' : '−';
  const magnitude = Math.abs(shown);
  const text =
    kind === 'rate'
      ? t('indicators.points', { value: `${sign}${format.decimal(magnitude)}` })
      : kind === 'minutes'
        ? `${sign}${format.minutes(magnitude)}`
        : kind === 'money'
          ? `${sign}${format.money(magnitude)}`
          : `${sign}${format.count(magnitude)}`;
  return {
    change: t('indicators.change', { change: text }),
    trend: shown > 0 ? ('up' as const) : ('down' as const),
  };
}

/**
 * The headline figures of a month with their change from the previous month, in words.
 * @param current - the month's figures
 * @param previous - the previous month's figures, when loaded
 * @param format - the locale's formats
 * @param t - the dashboard's translator
 */
export function headlineFigures(
  current: AllianceIndicators,
  previous: AllianceIndicators | undefined,
  format: Formats,
  t: Translate,
): HeadlineFigure[] {
  return FIGURES.map((figure) => {
    const value = figure.value(current);
    const before = previous ? figure.value(previous) : null;
    return {
      key: figure.key,
      label: t(figure.label),
      value: value === null ? undefined : format[figure.kind](value),
      ...change(figure.kind, value, before, format, t),
      detail: figure.detail?.(current, format, t),
    };
  });
}
