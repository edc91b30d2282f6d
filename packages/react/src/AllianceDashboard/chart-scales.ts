// The three scales the dashboard's charts need, as d3-scale computes them (same formulas, so the same pixels), on
// d3-array's `nice` and `ticks` for the part worth a library. d3-scale itself brought 11.8 kB (min+gz) of
// interpolators, colour parsing and number formats that four charts with integer axes never use (#12).
import { nice, ticks } from 'd3-array';

/** Maps a value to a position; `ticks` are its round values for gridlines. */
export interface LinearScale {
  (value: number): number;
  ticks(count: number): number[];
}

/**
 * `scaleLinear().domain([0, max]).range(range)`, and with `niceCount` also `.nice(niceCount)`.
 * @example const y = linearScale(37, [200, 10], 4); y(40) === 10; y.ticks(4) → [0, 10, 20, 30, 40]
 */
export function linearScale(max: number, [r0, r1]: [number, number], niceCount?: number): LinearScale {
  const [d0, d1] = niceCount === undefined ? [0, max] : nice(0, max, niceCount);
  const span = d1 - d0;
  // d3's interpolateNumber and normalize, including the midpoint for an empty domain.
  const scale = (value: number) => {
    const t = span ? (value - d0) / span : 0.5;
    return r0 * (1 - t) + r1 * t;
  };
  return Object.assign(scale, { ticks: (count: number) => ticks(d0, d1, count) });
}

/** Maps the index of a category to the start of its band; `bandwidth` is each band's width. */
export interface BandScale {
  (index: number): number;
  bandwidth: number;
}

/**
 * `scaleBand().domain([0 … count - 1]).range(range).padding(padding)` (centred), or with `point` the
 * `scalePoint()` of the same: d3's band layout, inner padding 1 and outer 0 for points.
 * @example const x = bandScale(6, [40, 600], 0.25); x(0), x.bandwidth
 */
export function bandScale(
  count: number,
  [r0, r1]: [number, number],
  padding: number,
  point = false,
): BandScale {
  const inner = point ? 1 : Math.min(1, padding);
  const outer = point ? 0 : padding;
  const reverse = r1 < r0;
  const low = reverse ? r1 : r0;
  const high = reverse ? r0 : r1;
  const step = (high - low) / Math.max(1, count - inner + outer * 2);
  const start = low + (high - low - step * (count - inner)) * 0.5;
  const scale = (index: number) => start + step * (reverse ? count - 1 - index : index);
  return Object.assign(scale, { bandwidth: step * (1 - inner) });
}
