import { describe, expect, it } from 'vitest';
import { layoutDay } from './day-layout.js';

const lanes = (boxes: ReturnType<typeof layoutDay<string>>) =>
  boxes.map((box) => `${box.items.join('+')}@${box.lane}/${box.lanes}`);

describe('layoutDay', () => {
  it('given a clinic and its slots, puts the slots beside the clinic, one lane each', () => {
    const boxes = layoutDay([
      { item: 'clinic', from: 480, to: 720 },
      { item: '08:00', from: 480, to: 510 },
      { item: '08:30', from: 510, to: 540 },
    ]);
    expect(lanes(boxes)).toEqual(['clinic@0/2', '08:00@1/2', '08:30@1/2']);
  });

  it('given boxes that do not overlap, gives each the whole width', () => {
    const boxes = layoutDay([
      { item: 'morning', from: 480, to: 720 },
      { item: 'afternoon', from: 840, to: 960 },
    ]);
    expect(lanes(boxes)).toEqual(['morning@0/1', 'afternoon@0/1']);
  });

  it('after a run of overlaps ends, starts the next run with one lane again', () => {
    const boxes = layoutDay([
      { item: 'a', from: 480, to: 600 },
      { item: 'b', from: 540, to: 660 },
      { item: 'c', from: 660, to: 720 },
    ]);
    expect(lanes(boxes)).toEqual(['a@0/2', 'b@1/2', 'c@0/1']);
  });

  it('reuses a lane freed earlier in the same run', () => {
    const boxes = layoutDay([
      { item: 'long', from: 480, to: 720 },
      { item: 'first', from: 480, to: 540 },
      { item: 'second', from: 540, to: 600 },
      { item: 'third', from: 550, to: 580 },
    ]);
    expect(lanes(boxes)).toEqual(['long@0/3', 'first@1/3', 'second@1/3', 'third@2/3']);
  });

  it('stacks the entries of one group that share their times in one box', () => {
    const boxes = layoutDay([
      { item: 'free clinic', from: 480, to: 960 },
      { item: 'li 08', from: 480, to: 540, group: 'act' },
      { item: 'wang 08', from: 480, to: 540, group: 'act' },
      { item: 'li 09', from: 540, to: 600, group: 'act' },
    ]);
    expect(lanes(boxes)).toEqual(['free clinic@0/2', 'li 08+wang 08@1/2', 'li 09@1/2']);
  });

  it('orders boxes by start, equal starts in the given order', () => {
    const boxes = layoutDay([
      { item: 'late', from: 840, to: 900 },
      { item: 'early activity', from: 480, to: 540 },
      { item: 'early slot', from: 480, to: 510 },
    ]);
    expect(boxes.map((box) => box.items[0])).toEqual(['early activity', 'early slot', 'late']);
  });
});
