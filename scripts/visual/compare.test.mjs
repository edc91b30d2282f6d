// `node --test scripts/visual/`: the comparison rule on made-up images (run.mjs repeats the one-pixel check on a
// real screenshot every run).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PNG } from 'pngjs';
import { comparePngs, withOnePixelChanged } from './compare.mjs';

/** A 40×20 light-grey PNG with a dark anti-aliased-looking diagonal, like text on a card. */
function card() {
  const image = new PNG({ width: 40, height: 20 });
  for (let y = 0; y < 20; y += 1) {
    for (let x = 0; x < 40; x += 1) {
      const i = (y * 40 + x) * 4;
      const ink = x === y * 2 ? 40 : 245;
      image.data[i] = ink;
      image.data[i + 1] = ink;
      image.data[i + 2] = ink;
      image.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(image);
}

test('given the same screenshot, when compared, then it matches', () => {
  assert.equal(comparePngs(card(), card()).match, true);
});

test('given a deliberate one-pixel change, when compared, then it fails with a diff image', () => {
  const result = comparePngs(card(), withOnePixelChanged(card()));
  assert.equal(result.match, false);
  assert.equal(result.differentPixels, 1);
  assert.ok(result.diffPng && result.diffPng.length > 0);
});

test('given a screenshot of another size, when compared, then it fails and says why', () => {
  const taller = new PNG({ width: 40, height: 21 });
  const result = comparePngs(card(), PNG.sync.write(taller));
  assert.equal(result.match, false);
  assert.match(result.reason ?? '', /size 40×21 instead of 40×20/);
});
