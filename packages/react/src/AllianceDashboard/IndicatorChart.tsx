import { useCallback, useEffect, useId, useLayoutEffect, useState } from 'react';
import type { LinearScale } from './chart-scales.js';
import { bandScale, linearScale } from './chart-scales.js';

// note: useLayoutEffect warns during server rendering on React 18; the server has no width to measure anyway
const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/** The width a chart is drawn at before it is measured (and on the server). */
const DEFAULT_WIDTH = 480;

/** One series of a chart: its name (legend and table header), values per category, and how a value reads. */
export interface ChartSeries {
  key: string;
  label: string;
  values: readonly number[];
  format: (value: number) => string;
}

/** What a chart shows, and what its data table lists: one row per category, one column per series. */
export interface ChartData {
  /** The categories' short labels (axis) and full labels (table rows). */
  categories: readonly { short: string; long: string }[];
  series: readonly ChartSeries[];
}

export interface IndicatorChartProps {
  kind: 'columns' | 'bars' | 'line';
  title: string;
  /** What the chart shows in words, for screen readers (the SVG's `<desc>`). */
  description: string;
  /** The header of the table's first column (what a category is). */
  categoryHeader: string;
  data: ChartData;
  headingLevel: 2 | 3 | 4 | 5;
  /** Whether the data table is shown first. */
  defaultTableShown: boolean;
  showTable: string;
  hideTable: string;
  legendLabel: string;
  /** How the value axis reads (columns and line). */
  axisFormat: (value: number) => string;
}

function useWidth(): [(element: HTMLElement | null) => void, number] {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  useIsomorphicLayoutEffect(() => {
    if (!element) {
      return;
    }
    const measure = (next: number) => {
      if (next > 0) {
        setWidth(Math.floor(next));
      }
    };
    measure(element.clientWidth);
    if (typeof ResizeObserver === 'undefined') {
      return;
    }
    const observer = new ResizeObserver(([entry]) => {
      if (entry) {
        measure(entry.contentRect.width);
      }
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [useCallback((node: HTMLElement | null) => setElement(node), []), width];
}

/**
 * One chart of the dashboard: an SVG drawn at the width of its box (d3's scales and "nice" ticks, chart-scales.ts), named by
 * its `<title>` and described by its `<desc>` (role="img"), series told apart by pattern and legend text as well as
 * colour, values written beside the marks, and a data table (a real `<table>`) behind a toggle; on paper the table
 * is always printed.
 */
export function IndicatorChart(props: IndicatorChartProps) {
  const { kind, title, description, data, headingLevel, categoryHeader } = props;
  const id = useId();
  const [shown, setShown] = useState(props.defaultTableShown);
  const [ref, width] = useWidth();
  const Heading = `h${headingLevel}` as const;
  const tableId = `${id}-table`;
  return (
    <figure className="yl-chart" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`} className="yl-chart__title">
        {title}
      </Heading>
      {data.series.length > 1 && (
        <ul className="yl-chart__legend" aria-label={props.legendLabel}>
          {data.series.map((series, index) => (
            <li key={series.key}>
              <svg className="yl-chart__swatch" width="16" height="16" aria-hidden="true">
                <rect
                  width="16"
                  height="16"
                  className={`yl-chart__mark yl-chart__mark--${index}`}
                  fill={index === 1 ? `url(#${id}-hatch)` : undefined}
                />
              </svg>
              {series.label}
            </li>
          ))}
        </ul>
      )}
      <div ref={ref} className="yl-chart__plot">
        <svg
          role="img"
          aria-labelledby={`${id}-svg-title`}
          aria-describedby={`${id}-svg-desc`}
          width={width}
          height={heightOf(kind, data)}
          viewBox={`0 0 ${width} ${heightOf(kind, data)}`}
          className="yl-chart__svg"
        >
          <title id={`${id}-svg-title`}>{title}</title>
          <desc id={`${id}-svg-desc`}>{description}</desc>
          <defs>
            {/* The second series is hatched, so it differs from the first without colour (and in grey print). */}
            <pattern
              id={`${id}-hatch`}
              width="6"
              height="6"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="6" height="6" className="yl-chart__hatch-ground" />
              <line x1="0" y1="0" x2="0" y2="6" strokeWidth="3" className="yl-chart__hatch-line" />
            </pattern>
          </defs>
          {kind === 'columns' && (
            <Columns data={data} width={width} hatch={`url(#${id}-hatch)`} axisFormat={props.axisFormat} />
          )}
          {kind === 'bars' && <Bars data={data} width={width} />}
          {kind === 'line' && <Line data={data} width={width} axisFormat={props.axisFormat} />}
        </svg>
      </div>
      <button
        type="button"
        className="yl-button yl-chart__toggle"
        aria-expanded={shown}
        aria-controls={tableId}
        onClick={() => setShown((value) => !value)}
      >
        {shown ? props.hideTable : props.showTable}
      </button>
      <div id={tableId} className="yl-chart__table-wrap" hidden={!shown}>
        <table className="yl-chart__table">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{categoryHeader}</th>
              {data.series.map((series) => (
                <th key={series.key} scope="col">
                  {series.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.categories.map((category, row) => (
              <tr key={category.long}>
                <th scope="row">{category.long}</th>
                {data.series.map((series) => (
                  <td key={series.key}>{series.format(series.values[row] ?? 0)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

const MARGIN = { top: 20, right: 12, bottom: 28, left: 40 };
const BAR_ROW = 30;

function heightOf(kind: IndicatorChartProps['kind'], data: ChartData): number {
  return kind === 'bars' ? data.categories.length * BAR_ROW + 8 : 220;
}

function maxOf(data: ChartData): number {
  return Math.max(1, ...data.series.flatMap((series) => series.values));
}

/** Horizontal gridlines and their values, from the scale's own "nice" ticks. */
function Grid({ y, width, format }: { y: LinearScale; width: number; format: (value: number) => string }) {
  return (
    <g className="yl-chart__grid" aria-hidden="true">
      {y
        .ticks(4)
        .filter((tick) => Number.isInteger(tick))
        .map((tick) => (
          <g key={tick} transform={`translate(0 ${y(tick)})`}>
            <line x1={MARGIN.left} x2={width - MARGIN.right} className="yl-chart__gridline" />
            <text x={MARGIN.left - 6} dy="0.32em" textAnchor="end" className="yl-chart__tick">
              {format(tick)}
            </text>
          </g>
        ))}
    </g>
  );
}

/** Grouped columns per category (months): the up- and down-referrals. */
function Columns(props: {
  data: ChartData;
  width: number;
  hatch: string;
  axisFormat: (value: number) => string;
}) {
  const { data, width, hatch } = props;
  const height = heightOf('columns', data);
  const x = bandScale(data.categories.length, [MARGIN.left, width - MARGIN.right], 0.25);
  const inner = bandScale(data.series.length, [0, x.bandwidth], 0.08);
  const y = linearScale(maxOf(data), [height - MARGIN.bottom, MARGIN.top], 4);
  return (
    <>
      <Grid y={y} width={width} format={props.axisFormat} />
      {data.categories.map((category, row) => (
        <g key={category.long} transform={`translate(${x(row)} 0)`}>
          {data.series.map((series, index) => {
            const value = series.values[row] ?? 0;
            const left = inner(index);
            return (
              <g key={series.key}>
                <rect
                  x={left}
                  y={y(value)}
                  width={inner.bandwidth}
                  height={y(0) - y(value)}
                  className={`yl-chart__mark yl-chart__mark--${index}`}
                  fill={index === 1 ? hatch : undefined}
                />
                <text
                  x={left + inner.bandwidth / 2}
                  y={y(value) - 4}
                  textAnchor="middle"
                  className="yl-chart__value"
                >
                  {series.format(value)}
                </text>
              </g>
            );
          })}
          <text x={x.bandwidth / 2} y={height - 8} textAnchor="middle" className="yl-chart__tick">
            {category.short}
          </text>
        </g>
      ))}
    </>
  );
}

/** Horizontal bars, one per category, labelled and valued in words: the answer-time buckets, activity kinds. */
function Bars({ data, width }: { data: ChartData; width: number }) {
  const series = data.series[0];
  if (!series) {
    return null;
  }
  const label = Math.min(140, Math.round(width * 0.4));
  const x = linearScale(maxOf(data), [label + 8, width - 48]);
  const y = bandScale(data.categories.length, [4, data.categories.length * BAR_ROW + 4], 0.2);
  return (
    <>
      {data.categories.map((category, row) => {
        const value = series.values[row] ?? 0;
        const top = y(row);
        const middle = top + y.bandwidth / 2;
        return (
          <g key={category.long}>
            <text x={label} y={middle} dy="0.32em" textAnchor="end" className="yl-chart__tick">
              {category.short}
            </text>
            <rect
              x={x(0)}
              y={top}
              width={x(value) - x(0)}
              height={y.bandwidth}
              className="yl-chart__mark yl-chart__mark--0"
            />
            <text x={x(value) + 4} y={middle} dy="0.32em" className="yl-chart__value">
              {series.format(value)}
            </text>
          </g>
        );
      })}
    </>
  );
}

/** One series over the months as a line with a marked point per month: the savings. */
function Line(props: { data: ChartData; width: number; axisFormat: (value: number) => string }) {
  const { data, width } = props;
  const series = data.series[0];
  if (!series) {
    return null;
  }
  const height = heightOf('line', data);
  const x = bandScale(data.categories.length, [MARGIN.left + 24, width - MARGIN.right - 24], 0, true);
  const y = linearScale(maxOf(data), [height - MARGIN.bottom, MARGIN.top], 4);
  const points = data.categories.map((_, index) => [x(index), y(series.values[index] ?? 0)] as const);
  // The values are written at the points only where there is room for them; the table always has them.
  const roomy = width >= 480;
  return (
    <>
      <Grid y={y} width={width} format={props.axisFormat} />
      <polyline points={points.map(([px, py]) => `${px},${py}`).join(' ')} className="yl-chart__line" />
      {points.map(([px, py], index) => (
        <g key={data.categories[index]?.long ?? index}>
          <circle cx={px} cy={py} r="4" className="yl-chart__point" />
          {roomy && (
            <text x={px} y={py - 10} textAnchor="middle" className="yl-chart__value">
              {series.format(series.values[index] ?? 0)}
            </text>
          )}
          <text x={px} y={height - 8} textAnchor="middle" className="yl-chart__tick">
            {data.categories[index]?.short}
          </text>
        </g>
      ))}
    </>
  );
}
