// The pixel comparison of the visual-regression run, apart so the self-check and a reader see the whole rule.
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/**
 * pixelmatch's per-pixel colour threshold (0–1). 0.1 lets anti-aliased edges and sub-pixel text smoothing pass
 * (pixelmatch also skips pixels it recognises as anti-aliasing), while any real change of colour, border or
 * position of a shape still counts.
 */
export const PIXEL_THRESHOLD = 0.1;

/**
 * Compares a screenshot with its baseline. Equal sizes and no pixel past the threshold is a match; anything else,
 * one moved pixel included, is a difference, with a diff image (changed pixels red over a faded baseline).
 * @param {Buffer} baselinePng - the committed baseline
 * @param {Buffer} actualPng - the new screenshot
 * @returns {{ match: boolean, differentPixels: number, reason?: string, diffPng?: Buffer }}
 */
export function comparePngs(baselinePng, actualPng) {
  const baseline = PNG.sync.read(baselinePng);
  const actual = PNG.sync.read(actualPng);
  if (baseline.width !== actual.width || baseline.height !== actual.height) {
    return {
      match: false,
      differentPixels: Math.max(baseline.width * baseline.height, actual.width * actual.height),
      reason: `size ${actual.width}×${actual.height} instead of ${baseline.width}×${baseline.height}`,
    };
  }
  const { width, height } = baseline;
  const diff = new PNG({ width, height });
  const differentPixels = pixelmatch(baseline.data, actual.data, diff.data, width, height, {
    threshold: PIXEL_THRESHOLD,
  });
  if (differentPixels === 0) {
    return { match: true, differentPixels };
  }
  return {
    match: false,
    differentPixels,
    reason: `${differentPixels} pixel(s) differ`,
    diffPng: PNG.sync.write(diff),
  };
}

/**
 * The same PNG with one pixel changed to the colour most unlike it: the self-check's deliberate change.
 * @param {Buffer} png - any screenshot
 * @returns {Buffer}
 */
export function withOnePixelChanged(png) {
  const image = PNG.sync.read(png);
  const x = Math.floor(image.width / 2);
  const y = Math.floor(image.height / 2);
  const i = (y * image.width + x) * 4;
  const light = (image.data[i] ?? 0) + (image.data[i + 1] ?? 0) + (image.data[i + 2] ?? 0) > 384;
  for (const channel of [0, 1, 2]) {
    image.data[i + channel] = light ? 0 : 255;
  }
  image.data[i + 3] = 255;
  return PNG.sync.write(image);
}
