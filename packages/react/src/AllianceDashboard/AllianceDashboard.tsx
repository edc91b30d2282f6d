import type { Locale } from '@yilian/domain';
import type { Schemas } from '@yilian/sdk';
import { isAllianceError } from '@yilian/sdk';
import type { ComponentPropsWithoutRef } from 'react';
import { forwardRef, useId, useMemo } from 'react';
import { INDICATORS_MESSAGES } from '../i18n/indicators.js';
import { ProblemNotice } from '../internal/ProblemNotice.js';
import { useAlliance, useMessages } from '../provider/AllianceProvider.js';
import type { Formats } from './headline-figures.js';
import { createFormats, headlineFigures } from './headline-figures.js';
import type { ChartData } from './IndicatorChart.js';
import { IndicatorChart } from './IndicatorChart.js';
import { addMonths, isMonthKey } from './indicator-period.js';
import type { AllianceIndicators, UseIndicatorsOptions } from './useIndicators.js';
import { useIndicators } from './useIndicators.js';
import { useCsvExport } from './useCsvExport.js';
import { withMessages } from '../internal/with-messages.js';
import { label } from '../i18n/domain.js';

/** Props of `AllianceDashboard`: the month, alliance and institution choices, and any attribute of its `<section>`. */
export interface AllianceDashboardProps
  extends Omit<ComponentPropsWithoutRef<'section'>, 'children'>, UseIndicatorsOptions {
  /** The level of the dashboard's heading (its charts' are one below); 2 by default. */
  headingLevel?: 2 | 3 | 4 | undefined;
  /** Show every chart's data table from the start (they can still be hidden); they are always printed. */
  defaultTablesShown?: boolean | undefined;
}

function cx(...names: (string | false | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}

function localized(name: Schemas['LocalizedName'], locale: Locale): string {
  return locale === 'en' ? (name.en ?? name.zh) : name.zh;
}

const AllianceDashboardContent = forwardRef<HTMLElement, AllianceDashboardProps>(
  function AllianceDashboard(props, ref) {
    const {
      month,
      defaultMonth,
      onMonthChange,
      allianceId,
      defaultAllianceId,
      onAllianceChange,
      institutionId,
      defaultInstitutionId,
      onInstitutionChange,
      headingLevel = 2,
      defaultTablesShown = false,
      className,
      ...rest
    } = props;
    const { locale } = useAlliance();
    const t = useMessages(INDICATORS_MESSAGES);
    const indicators = useIndicators({
      month,
      defaultMonth,
      onMonthChange,
      allianceId,
      defaultAllianceId,
      onAllianceChange,
      institutionId,
      defaultInstitutionId,
      onInstitutionChange,
    });
    const csv = useCsvExport(indicators);
    const id = useId();
    const currency = indicators.current?.recognition.savings.currency ?? 'CNY';
    const format = useMemo(() => createFormats(locale, currency), [locale, currency]);
    const Heading = `h${headingLevel}` as const;
    const SubHeading = `h${headingLevel + 1}` as 'h3' | 'h4' | 'h5';
    const { current } = indicators;
    const figures = current ? headlineFigures(current, indicators.previous, format, t) : [];
    const earliest = indicators.months[indicators.months.length - 1];
    // Only beside figures on screen: the export is the same scope, so what is saved is what is shown.
    const exportable = current !== undefined && (indicators.status === 'success' || indicators.refreshing);

    const choose = (value: string) => {
      if (isMonthKey(value)) {
        indicators.setMonth(value);
      }
    };

    return (
      <section
        {...rest}
        ref={ref}
        className={cx('yl-widget yl-dashboard', className)}
        aria-labelledby={`${id}-title`}
        aria-busy={indicators.status === 'loading' || indicators.refreshing || undefined}
      >
        <div className="yl-dashboard__header">
          <Heading id={`${id}-title`} className="yl-dashboard__title">
            {current ? `${t('indicators.title')} · ${format.month(indicators.month)}` : t('indicators.title')}
          </Heading>
          {current && (
            <p className="yl-dashboard__period">
              {t('indicators.period', {
                from: current.from,
                to: current.to,
                computedAt: format.instant(current.computedAt),
              })}
            </p>
          )}
        </div>

        <div className="yl-dashboard__controls">
          <div role="group" aria-label={t('indicators.filters')} className="yl-dashboard__filters">
            {indicators.alliances.length > 1 && (
              <label className="yl-dashboard__field">
                <span>{t('indicators.alliance')}</span>
                <select
                  value={indicators.allianceId ?? ''}
                  onChange={(event) => {
                    indicators.setAllianceId(event.target.value);
                    indicators.setInstitutionId(null);
                  }}
                >
                  {indicators.alliances.map((alliance) => (
                    <option key={alliance.id} value={alliance.id}>
                      {localized(alliance.name, locale)}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <label className="yl-dashboard__field">
              <span>{t('indicators.institution')}</span>
              <select
                value={indicators.institutionId ?? ''}
                onChange={(event) => indicators.setInstitutionId(event.target.value || null)}
              >
                <option value="">{t('indicators.institution.all')}</option>
                {indicators.members.map((member) => (
                  <option key={member.id} value={member.id}>
                    {localized(member.name, locale)}
                  </option>
                ))}
              </select>
            </label>
            <div className="yl-dashboard__month">
              <button
                type="button"
                className="yl-button"
                disabled={indicators.month === earliest}
                onClick={() => indicators.setMonth(addMonths(indicators.month, -1))}
              >
                {t('indicators.month.previous')}
              </button>
              <label className="yl-dashboard__field">
                <span>{t('indicators.month')}</span>
                <select value={indicators.month} onChange={(event) => choose(event.target.value)}>
                  {indicators.months.map((option) => (
                    <option key={option} value={option}>
                      {format.month(option)}
                    </option>
                  ))}
                </select>
              </label>
              <button
                type="button"
                className="yl-button"
                disabled={indicators.month >= indicators.thisMonth}
                onClick={() => indicators.setMonth(addMonths(indicators.month, 1))}
              >
                {t('indicators.month.next')}
              </button>
            </div>
          </div>
          {exportable && (
            <button
              type="button"
              className="yl-button yl-dashboard__export"
              // While a new choice loads, the figures shown are the previous choice's: no file of another scope.
              disabled={csv.exporting || indicators.refreshing}
              aria-busy={csv.exporting || undefined}
              onClick={csv.run}
            >
              {csv.exporting ? t('indicators.export.busy') : t('indicators.export')}
            </button>
          )}
          {exportable && csv.failed && <ProblemNotice error={csv.error} onRetry={csv.run} />}
        </div>

        {indicators.status === 'no-alliance' ? (
          <p className="yl-dashboard__notice">{t('indicators.noAlliance')}</p>
        ) : indicators.status === 'forbidden' ? (
          <div className="yl-notice yl-notice--forbidden" role="alert">
            <p className="yl-notice__message">{t('indicators.forbidden')}</p>
            {isAllianceError(indicators.error) && indicators.error.requestId && (
              <p className="yl-notice__meta">
                {t('common.requestId', { requestId: indicators.error.requestId })}
              </p>
            )}
          </div>
        ) : indicators.status === 'error' ? (
          <ProblemNotice error={indicators.error} onRetry={indicators.reload} />
        ) : !current ? (
          <div role="status" aria-label={t('common.loading')} className="yl-dashboard__skeleton">
            {Array.from({ length: 8 }, (_, index) => (
              <span key={index} className="yl-skeleton-group yl-dashboard__card">
                <span className="yl-skeleton yl-skeleton--short" />
                <span className="yl-skeleton yl-skeleton--title" />
              </span>
            ))}
          </div>
        ) : (
          <>
            {indicators.empty && (
              <p className="yl-dashboard__notice" role="status">
                {t('indicators.empty')}
              </p>
            )}
            <SubHeading className="yl-visually-hidden">{t('indicators.headline')}</SubHeading>
            <dl className="yl-dashboard__figures">
              {figures.map((figure) => (
                <div key={figure.key} className={`yl-dashboard__card yl-dashboard__card--${figure.key}`}>
                  <dt className="yl-dashboard__label">{figure.label}</dt>
                  <dd className="yl-dashboard__value">
                    {figure.value ?? (
                      <>
                        <span aria-hidden="true">—</span>
                        <span className="yl-visually-hidden">{t('indicators.none')}</span>
                      </>
                    )}
                  </dd>
                  {figure.detail && <dd className="yl-dashboard__detail">{figure.detail}</dd>}
                  <dd className={`yl-dashboard__change yl-dashboard__change--${figure.trend}`}>
                    {figure.change}
                  </dd>
                </div>
              ))}
            </dl>
            <div className="yl-dashboard__charts">
              <Charts
                current={current}
                series={indicators.series}
                format={format}
                locale={locale}
                t={t}
                headingLevel={(headingLevel + 1) as 3 | 4 | 5}
                defaultTablesShown={defaultTablesShown}
              />
            </div>
          </>
        )}
      </section>
    );
  },
);

interface ChartsProps {
  current: AllianceIndicators;
  series: AllianceIndicators['months'];
  format: Formats;
  locale: Locale;
  t: ReturnType<typeof useMessages>;
  headingLevel: 3 | 4 | 5;
  defaultTablesShown: boolean;
}

function Charts({ current, series, format, locale, t, headingLevel, defaultTablesShown }: ChartsProps) {
  const common = {
    headingLevel,
    defaultTableShown: defaultTablesShown,
    showTable: t('indicators.table.show'),
    hideTable: t('indicators.table.hide'),
    legendLabel: t('indicators.legend'),
    axisFormat: format.count,
  };
  const months = series.map((entry) => ({
    short: format.monthShort(entry.month),
    long: format.month(entry.month),
  }));
  const first = months[0]?.long ?? '';
  const last = months[months.length - 1]?.long ?? '';
  const sum = (pick: (entry: AllianceIndicators['months'][number]) => number) =>
    series.reduce((total, entry) => total + pick(entry), 0);

  const referrals: ChartData = {
    categories: months,
    series: [
      {
        key: 'up',
        label: t('indicators.figure.up'),
        values: series.map((entry) => entry.up),
        format: format.count,
      },
      {
        key: 'down',
        label: t('indicators.figure.down'),
        values: series.map((entry) => entry.down),
        format: format.count,
      },
    ],
  };
  const { histogram } = current.referrals.answerTime;
  const answerTime: ChartData = {
    categories: histogram.map((bucket, index) => {
      const bound = bucket.upToMinutes ?? histogram[index - 1]?.upToMinutes ?? 0;
      const text =
        bucket.upToMinutes === null
          ? t('indicators.bucket.over', { bound: format.minutes(bound) })
          : t('indicators.bucket.upTo', { bound: format.minutes(bound) });
      return { short: text, long: text };
    }),
    series: [
      {
        key: 'answered',
        label: t('indicators.column.referrals'),
        values: histogram.map((bucket) => bucket.count),
        format: format.count,
      },
    ],
  };
  const savings: ChartData = {
    categories: months,
    series: [
      {
        key: 'savings',
        label: t('indicators.figure.savings'),
        // In yuan, so the axis ticks fall on whole yuan.
        values: series.map((entry) => entry.savingsFen / 100),
        format: (yuan) => format.money(Math.round(yuan * 100)),
      },
    ],
  };
  const { activitiesByKind } = current.dispatch;
  const activities: ChartData = {
    categories: activitiesByKind.map((entry) => {
      const text = label('activityKind', entry.kind, locale);
      return { short: text, long: text };
    }),
    series: [
      {
        key: 'activities',
        label: t('indicators.column.activities'),
        values: activitiesByKind.map((entry) => entry.count),
        format: format.count,
      },
    ],
  };
  const median = current.referrals.answerTime.medianMinutes;
  return (
    <>
      <IndicatorChart
        {...common}
        kind="columns"
        title={t('indicators.chart.referrals')}
        description={t('indicators.chart.referrals.desc', {
          first,
          last,
          up: format.count(sum((entry) => entry.up)),
          down: format.count(sum((entry) => entry.down)),
        })}
        categoryHeader={t('indicators.column.month')}
        data={referrals}
      />
      <IndicatorChart
        {...common}
        kind="bars"
        title={t('indicators.chart.answerTime')}
        description={t('indicators.chart.answerTime.desc', {
          count: format.count(current.referrals.answerTime.answered),
          median: median === null ? t('indicators.none') : format.minutes(median),
        })}
        categoryHeader={t('indicators.column.answerTime')}
        data={answerTime}
      />
      <IndicatorChart
        {...common}
        kind="line"
        axisFormat={format.moneyAxis}
        title={t('indicators.chart.savings')}
        description={t('indicators.chart.savings.desc', {
          first,
          last,
          total: format.money(sum((entry) => entry.savingsFen)),
        })}
        categoryHeader={t('indicators.column.month')}
        data={savings}
      />
      <IndicatorChart
        {...common}
        kind="bars"
        title={t('indicators.chart.activities')}
        description={t('indicators.chart.activities.desc', {
          count: format.count(activitiesByKind.reduce((total, entry) => total + entry.count, 0)),
          visits: format.count(current.dispatch.expertVisits),
        })}
        categoryHeader={t('indicators.column.kind')}
        data={activities}
      />
    </>
  );
}

/**
 * The alliance indicators (成效监测) a coordinator reports, as the server counts them from its records: a month and
 * the whole alliance or one member institution; headline figures (referrals up and down, down-referral rate,
 * answer time, closed loop, green channel, expert visits, remote consultations, 义诊, recognition and its savings),
 * each with its change from the previous month in words; and four charts (referrals per month, answer-time
 * distribution, savings per month, activities by kind), each an SVG with a title and description and a data table.
 * "Export CSV" saves the same scope as the server's CSV (`client.indicators.exportCsv`: a row for the month and a
 * total, headers in the widget's locale, a byte-order mark so Excel reads the Chinese), named as the server names it;
 * a failed export is told under the button with a retry, the figures left in place.
 * Coordinators and admins only: anyone else is told so. Prints as a report (no controls, every table).
 * @example <AllianceDashboard defaultMonth="2026-10" />
 */
export const AllianceDashboard = withMessages(AllianceDashboardContent, INDICATORS_MESSAGES);
