import type { components } from '@yilian/contract';
import type { Locale } from '@yilian/domain';
import { addDays, startOfShanghaiDay } from '@yilian/domain';
import type { IndicatorScope } from '../../stores/indicator-store.js';
import type { IndicatorsContext, IndicatorsQuery } from './get-indicators.js';
import { indicatorScope, indicatorTotals, monthsBetween } from './get-indicators.js';

type Totals = Awaited<ReturnType<typeof indicatorTotals>>;
type Outcome = components['schemas']['IndicatorOutcome'];

const outcomeCount = (totals: Totals, outcome: Outcome) =>
  totals.referrals.outcomes.filter((o) => o.outcome === outcome).reduce((sum, o) => sum + o.count, 0);
const kindTotal = (totals: Totals) => totals.dispatch.activitiesByKind.reduce((sum, k) => sum + k.count, 0);

/**
 * The CSV columns in the contract's order (`exportIndicators`): a header in each locale and the cell of a scope.
 * A rate keeps four decimals and savings are yuan with two, so a spreadsheet reads them as numbers.
 */
const COLUMNS: readonly {
  header: Readonly<Record<Locale, string>>;
  cell: (t: Totals) => number | null;
  format?: 'rate' | 'yuan';
}[] = [
  { header: { 'zh-CN': '上转', 'zh-TW': '上轉', en: 'Up-referrals' }, cell: (t) => t.referrals.up },
  { header: { 'zh-CN': '下转', 'zh-TW': '下轉', en: 'Down-referrals' }, cell: (t) => t.referrals.down },
  {
    header: { 'zh-CN': '下转率', 'zh-TW': '下轉率', en: 'Down-referral rate' },
    cell: (t) => t.referrals.downRate,
    format: 'rate',
  },
  {
    header: { 'zh-CN': '已应答', 'zh-TW': '已應答', en: 'Answered' },
    cell: (t) => t.referrals.answerTime.answered,
  },
  {
    header: {
      'zh-CN': '应答时间中位数（分钟）',
      'zh-TW': '應答時間中位數（分鐘）',
      en: 'Answer median (min)',
    },
    cell: (t) => t.referrals.answerTime.medianMinutes,
  },
  {
    header: { 'zh-CN': '应答时间P90（分钟）', 'zh-TW': '應答時間P90（分鐘）', en: 'Answer p90 (min)' },
    cell: (t) => t.referrals.answerTime.p90Minutes,
  },
  {
    header: { 'zh-CN': '应闭环', 'zh-TW': '應閉環', en: 'Closed-loop eligible' },
    cell: (t) => t.referrals.closedLoop.eligible,
  },
  {
    header: { 'zh-CN': '已闭环', 'zh-TW': '已閉環', en: 'Closed' },
    cell: (t) => t.referrals.closedLoop.closed,
  },
  {
    header: { 'zh-CN': '闭环率', 'zh-TW': '閉環率', en: 'Closed-loop rate' },
    cell: (t) => t.referrals.closedLoop.rate,
    format: 'rate',
  },
  {
    header: { 'zh-CN': '绿色通道', 'zh-TW': '綠色通道', en: 'Green channel' },
    cell: (t) => t.referrals.greenChannel.count,
  },
  {
    header: {
      'zh-CN': '绿色通道接收中位数（分钟）',
      'zh-TW': '綠色通道接收中位數（分鐘）',
      en: 'Green accept median (min)',
    },
    cell: (t) => t.referrals.greenChannel.acceptMedianMinutes,
  },
  {
    header: { 'zh-CN': '绿色通道超时', 'zh-TW': '綠色通道逾時', en: 'Green overdue' },
    cell: (t) => t.referrals.greenChannel.overdue,
  },
  { header: { 'zh-CN': '拒收', 'zh-TW': '拒收', en: 'Rejected' }, cell: (t) => outcomeCount(t, 'rejected') },
  { header: { 'zh-CN': '过期', 'zh-TW': '逾期', en: 'Expired' }, cell: (t) => outcomeCount(t, 'expired') },
  {
    header: { 'zh-CN': '退回补充', 'zh-TW': '退回補充', en: 'Returned for information' },
    cell: (t) => outcomeCount(t, 'returned_for_info'),
  },
  {
    header: { 'zh-CN': '取消', 'zh-TW': '取消', en: 'Cancelled' },
    cell: (t) => outcomeCount(t, 'cancelled'),
  },
  { header: { 'zh-CN': '爽约', 'zh-TW': '爽約', en: 'No-show' }, cell: (t) => outcomeCount(t, 'no_show') },
  {
    header: { 'zh-CN': '专家人次', 'zh-TW': '專家人次', en: 'Expert-visits' },
    cell: (t) => t.dispatch.expertVisits,
  },
  { header: { 'zh-CN': '活动', 'zh-TW': '活動', en: 'Activities' }, cell: kindTotal },
  { header: { 'zh-CN': '派驻批次', 'zh-TW': '派駐批次', en: 'Batches' }, cell: (t) => t.dispatch.batches },
  {
    header: { 'zh-CN': '义诊登记', 'zh-TW': '義診登記', en: 'Free clinic registered' },
    cell: (t) => t.dispatch.freeClinic.registered,
  },
  {
    header: { 'zh-CN': '义诊已诊', 'zh-TW': '義診已診', en: 'Free clinic seen' },
    cell: (t) => t.dispatch.freeClinic.seen,
  },
  {
    header: { 'zh-CN': '会诊申请', 'zh-TW': '會診申請', en: 'Consultations requested' },
    cell: (t) => t.consultations.requested,
  },
  {
    header: { 'zh-CN': '会诊已出意见', 'zh-TW': '會診已出意見', en: 'Consultations reported' },
    cell: (t) => t.consultations.reported,
  },
  {
    header: { 'zh-CN': '会诊已闭环', 'zh-TW': '會診已閉環', en: 'Consultations closed' },
    cell: (t) => t.consultations.closed,
  },
  {
    header: {
      'zh-CN': '出具意见中位数（分钟）',
      'zh-TW': '出具意見中位數（分鐘）',
      en: 'Opinion median (min)',
    },
    cell: (t) => t.consultations.opinionMedianMinutes,
  },
  {
    header: { 'zh-CN': '出具意见P90（分钟）', 'zh-TW': '出具意見P90（分鐘）', en: 'Opinion p90 (min)' },
    cell: (t) => t.consultations.opinionP90Minutes,
  },
  {
    header: { 'zh-CN': '互认核查', 'zh-TW': '互認核查', en: 'Recognition checks' },
    cell: (t) => t.recognition.checks,
  },
  {
    header: { 'zh-CN': '可互认', 'zh-TW': '可互認', en: 'Recognisable' },
    cell: (t) => t.recognition.recognisable,
  },
  { header: { 'zh-CN': '采纳', 'zh-TW': '採納', en: 'Adopted' }, cell: (t) => t.recognition.adopted },
  {
    header: { 'zh-CN': '采纳率', 'zh-TW': '採納率', en: 'Adoption rate' },
    cell: (t) => t.recognition.adoptionRate,
    format: 'rate',
  },
  {
    header: { 'zh-CN': '节省费用（元）', 'zh-TW': '節省費用（元）', en: 'Savings (CNY)' },
    cell: (t) => t.recognition.savings.amountFen,
    format: 'yuan',
  },
  {
    header: { 'zh-CN': '避免重复检查', 'zh-TW': '避免重複檢查', en: 'Repeat tests avoided' },
    cell: (t) => t.recognition.repeatTestsAvoided,
  },
];

const PERIOD_HEADER: Readonly<Record<Locale, string>> = { 'zh-CN': '期间', 'zh-TW': '期間', en: 'Period' };

function formatCell(value: number | null, format: 'rate' | 'yuan' | undefined): string {
  if (value === null) {
    return '';
  }
  if (format === 'rate') {
    return value.toFixed(4);
  }
  if (format === 'yuan') {
    return (value / 100).toFixed(2);
  }
  // Durations are fractional minutes; a count is an integer and prints as one.
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

// RFC 4180: a cell with a comma, quote or line break is quoted, quotes doubled. Headers are ours, but stay safe.
const csvCell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** The scope of one month of the period, clipped to the period's days. */
function monthScope(scope: IndicatorScope, month: string): IndicatorScope {
  const first = `${month}-01`;
  const [year, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, '0')}-01`;
  const fromDate = first > scope.fromDate ? first : scope.fromDate;
  const lastOfMonth = addDays(next, -1);
  const toDate = lastOfMonth < scope.toDate ? lastOfMonth : scope.toDate;
  return {
    ...scope,
    fromDate,
    toDate,
    from: startOfShanghaiDay(fromDate),
    to: startOfShanghaiDay(addDays(toDate, 1)),
  };
}

/**
 * The indicators of a period as CSV: UTF-8 with a byte-order mark (Excel then reads Chinese), CRLF, a header in
 * the caller's locale, one row per month (its days within the period) and a total row for the whole period.
 */
export async function exportIndicators(
  ctx: IndicatorsContext & { locale: Locale },
  query: IndicatorsQuery,
): Promise<{ csv: string; filename: string }> {
  const scope = await indicatorScope(ctx, query);
  const months = monthsBetween(scope.fromDate, scope.toDate);
  const rows: { period: string; totals: Totals }[] = [];
  // One month at a time: each is the same computation as the total, over its own days.
  for (const month of months) {
    rows.push({ period: month, totals: await indicatorTotals(ctx.db, monthScope(scope, month)) });
  }
  rows.push({ period: `${scope.fromDate}/${scope.toDate}`, totals: await indicatorTotals(ctx.db, scope) });
  const lines = [
    [PERIOD_HEADER[ctx.locale], ...COLUMNS.map((c) => c.header[ctx.locale])],
    ...rows.map((row) => [row.period, ...COLUMNS.map((c) => formatCell(c.cell(row.totals), c.format))]),
  ];
  return {
    csv: '\ufeff' + lines.map((line) => line.map(csvCell).join(',')).join('\r\n') + '\r\n',
    filename: `indicators-${scope.allianceId}-${scope.fromDate}-${scope.toDate}.csv`,
  };
}
