/**
 * Text drawn over other text (painted.ts). Items of one line touch but do not
 * overlap, and lines are apart, so two items whose glyph boxes overlap are
 * drawn in the same place: the same text drawn twice (a reader reads it
 * once) or one run under another (only what shows is read). Found by a sweep
 * down the page, cut off at a bounded number of comparisons so a page of stacked
 * runs costs no more than a page of text; past it every item counts as stacked.
 */
import { boundsOf } from "./ink-boxes.js";
import type { PlacedItem } from "./placed.js";

/** Comparisons the sweep may make on one page before it calls the page stacked. */
const MAX_COMPARISONS = 200_000;
/** Overlap, as a share of the lower box's height, that is more than lines touching. */
const LINE_OVERLAP = 0.3;
/** Overlap along x (points) that is more than neighbouring runs touching or kerned together. */
const RUN_OVERLAP = 0.5;
/** Two runs drawn within this share of their size of each other are drawn in the same place. */
const SAME_PLACE = 0.1;

/** Each overlapping item's neighbours, or "stacked" when the page has more than the sweep allows. */
export type Overlaps = Map<PlacedItem, PlacedItem[]> | "stacked";

/** The items whose glyph boxes overlap another's, with the items they overlap. */
export function overlapsOf(items: readonly PlacedItem[]): Overlaps {
  const boxed: { item: PlacedItem; box: [number, number, number, number] }[] = [];
  for (const item of items) if (/\S/.test(item.text)) boxed.push({ item, box: boundsOf(item) });
  // By top: a run's overlaps start before its bottom, and a page's lines are apart, so each run
  // is compared with the runs of its own line only.
  boxed.sort((a, b) => a.box[1] - b.box[1]);
  const overlaps = new Map<PlacedItem, PlacedItem[]>();
  let comparisons = 0;
  for (let i = 0; i < boxed.length; i++) {
    const a = boxed[i];
    if (a === undefined) continue;
    const [aLeft, aTop, aRight, aBottom] = a.box;
    for (let j = i + 1; j < boxed.length; j++) {
      const b = boxed[j];
      if (b === undefined || b.box[1] >= aBottom) break;
      if (++comparisons > MAX_COMPARISONS) return "stacked";
      const [bLeft, bTop, bRight, bBottom] = b.box;
      const along = Math.min(aRight, bRight) - Math.max(aLeft, bLeft);
      const across = Math.min(aBottom, bBottom) - Math.max(aTop, bTop);
      const lower = Math.min(aBottom - aTop, bBottom - bTop);
      if (along <= RUN_OVERLAP || across <= LINE_OVERLAP * lower) continue;
      for (const [one, other] of [
        [a.item, b.item],
        [b.item, a.item],
      ] as const) {
        const list = overlaps.get(one);
        if (list) list.push(other);
        else overlaps.set(one, [other]);
      }
    }
  }
  return overlaps;
}

/**
 * The overlaps among `kept`, some of the items `overlaps` was found for (the
 * runs left once redrawn copies are hidden), without sweeping again: a sweep
 * compares a pair whatever else is on the page, so one over fewer items finds
 * the same pairs among them. A stacked page is swept again (fewer items may fit).
 */
export function overlapsAmong(overlaps: Overlaps, kept: readonly PlacedItem[]): Overlaps {
  if (overlaps === "stacked") return overlapsOf(kept);
  const keep = new Set(kept);
  const among = new Map<PlacedItem, PlacedItem[]>();
  for (const [item, others] of overlaps) {
    if (!keep.has(item)) continue;
    const left = others.filter((other) => keep.has(other));
    if (left.length > 0) among.set(item, left);
  }
  return among;
}

/** Whether two runs draw the same text in the same place, at the same size and slope. */
function sameRun(a: PlacedItem, b: PlacedItem): boolean {
  const near = SAME_PLACE * Math.max(a.size, b.size);
  const [adx, ady] = a.direction ?? [1, 0];
  const [bdx, bdy] = b.direction ?? [1, 0];
  return (
    a.text.trim() === b.text.trim() &&
    Math.abs(a.x - b.x) <= near &&
    Math.abs(a.y - b.y) <= near &&
    Math.abs(a.size - b.size) <= near &&
    Math.abs(a.width - b.width) <= near &&
    Math.abs(adx - bdx) + Math.abs(ady - bdy) <= SAME_PLACE
  );
}

/**
 * On a stacked page (past the sweep's comparisons), the runs drawn again at the
 * same place rounded to the point, by one pass over a map: all but the last of each.
 */
export function redrawnStacked(items: readonly PlacedItem[]): Set<PlacedItem> {
  const last = new Map<string, PlacedItem>();
  const under = new Set<PlacedItem>();
  for (const item of [...items].sort((a, b) => a.order - b.order)) {
    const key = [item.text.trim(), Math.round(item.x), Math.round(item.y), Math.round(item.size)];
    const id = JSON.stringify(key);
    const before = last.get(id);
    if (before) under.add(before);
    last.set(id, item);
  }
  return under;
}

/**
 * Of each set of runs drawing the same text in the same place, all but the
 * last drawn (the one on top): they add nothing a reader reads.
 */
export function redrawn(overlaps: Map<PlacedItem, PlacedItem[]>): Set<PlacedItem> {
  const under = new Set<PlacedItem>();
  for (const [item, others] of overlaps) {
    if (others.some((other) => sameRun(item, other) && other.order > item.order)) under.add(item);
  }
  return under;
}
