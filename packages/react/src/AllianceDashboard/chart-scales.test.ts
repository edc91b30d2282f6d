// The dashboard's own scales against d3-scale, which they replace in the bundle: the same positions, bandwidths
// and ticks for any chart the dashboard can draw, so the charts keep their pixels.
import { scaleBand, scaleLinear, scalePoint } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandScale, linearScale } from './chart-scales.js';

const range = fc.tuple(fc.integer({ min: -50, max: 2000 }), fc.integer({ min: -50, max: 2000 }));
// What a chart's axis can reach: `maxOf` is at least 1; counts are whole, savings are yuan with fen.
const max = fc.oneof(
  fc.integer({ min: 1, max: 1_000_000 }),
  fc.integer({ min: 100, max: 1_000_000_000 }).map((fen) => fen / 100),
);

describe('the chart scales', () => {
  it('map values and give ticks as scaleLinear does, with and without nice', () => {
    fc.assert(
      fc.property(
        max,
        range,
        fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
        (m, r, count) => {
          const ours = linearScale(m, r, count);
          const d3 = scaleLinear().domain([0, m]).range(r);
          if (count !== undefined) {
            d3.nice(count);
          }
          for (const value of [0, m / 3, m, m * 1.5]) {
            expect(ours(value)).toBeCloseTo(d3(value), 9);
          }
          expect(ours.ticks(4)).toEqual(d3.ticks(4));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('place bands and points as scaleBand and scalePoint do', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }),
        range,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, r, p) => {
          const indices = Array.from({ length: n }, (_, i) => i);
          const band = bandScale(n, r, p);
          const d3Band = scaleBand<number>().domain(indices).range(r).padding(p);
          expect(band.bandwidth).toBeCloseTo(d3Band.bandwidth(), 9);
          const point = bandScale(n, r, 0, true);
          const d3Point = scalePoint<number>().domain(indices).range(r);
          for (const i of indices) {
            expect(band(i)).toBeCloseTo(d3Band(i)!, 9);
            expect(point(i)).toBeCloseTo(d3Point(i)!, 9);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
