/** One thing to place on a day's time axis, in minutes after the day's midnight. */
export interface DayEntry<TItem> {
  item: TItem;
  from: number;
  to: number;
  /** Entries of one group with the same times share a box, stacked (a 义诊 hour's slot per expert). */
  group?: string | false | undefined;
}

/** A box on the time axis: its entries, its times, and its lane among the boxes it overlaps. */
export interface DayBox<TItem> {
  items: TItem[];
  from: number;
  to: number;
  /** 0-based lane, and how many lanes the boxes overlapping it (directly or through others) share. */
  lane: number;
  lanes: number;
}

/**
 * Lays a day out as a calendar does: boxes in time order (ties keep the given order, so an activity stays before
 * its first slot), each in the first lane free at its start, and the lanes of a run of overlapping boxes sharing
 * the day's width.
 * @param entries - the day's items with their minutes, in reading order
 * @example layoutDay([{ item: 'a', from: 480, to: 720 }, { item: 's', from: 480, to: 510 }]) // a in lane 0, s in lane 1, both of 2
 */
export function layoutDay<TItem>(entries: readonly DayEntry<TItem>[]): DayBox<TItem>[] {
  const boxes: DayBox<TItem>[] = [];
  const grouped = new Map<string, DayBox<TItem>>();
  for (const { item, from, to, group } of entries) {
    const key = group && `${group}|${from}|${to}`;
    const shared = key && grouped.get(key);
    if (shared) {
      shared.items.push(item);
      continue;
    }
    const box = { items: [item], from, to, lane: 0, lanes: 1 };
    boxes.push(box);
    if (key) {
      grouped.set(key, box);
    }
  }
  // note: Array.prototype.sort is stable, so equal starts keep the reading order
  boxes.sort((a, b) => a.from - b.from);
  // The boxes of the current run of overlaps, and where each of its lanes is free again (latest last).
  let run: DayBox<TItem>[] = [];
  let laneEnds: number[] = [];
  for (const box of boxes) {
    if (box.from >= Math.max(...laneEnds)) {
      run = [];
      laneEnds = [];
    }
    const free = laneEnds.findIndex((end) => end <= box.from);
    box.lane = free < 0 ? laneEnds.length : free;
    laneEnds[box.lane] = box.to;
    run.push(box);
    for (const member of run) {
      member.lanes = laneEnds.length;
    }
  }
  return boxes;
}
