/**
 * Text items -> visual lines ("rows"): items whose baselines agree within a
 * tolerance form one row, read left to right whatever their order in the
 * content stream (Kentucky's PDFs draw a value before its label, e.g.
 * `73040V000101` before `Job Code:`, so stream order would read backwards).
 *
 * Between two items of a row:
 * - a gap under WORD_GAP_EMS is inside a word (kerning, a font change): nothing;
 * - a wider gap is a space;
 * - a gap over COLUMN_GAP_EMS is a column break, written as COLUMN_BREAK (a
 *   tab), so a consumer that cares can split on it and one that collapses
 *   whitespace (the Kentucky profile) reads `Job Code: 73040V000101`.
 */
import type { PlacedItem } from "./placed.js";

export interface Row {
  text: string;
  /** Left edge of the first item. */
  left: number;
  /** Right edge of the last item. */
  right: number;
  /** Baseline, down from the page top. */
  y: number;
  /** Largest font size on the row. */
  size: number;
}

/** Baselines closer than this share a row (in ems of the smaller font): absorbs jitter, not a superscript line. */
const BASELINE_TOLERANCE_EMS = 0.35;
/**
 * A horizontal gap wider than this (in ems) between two items is a space. A
 * space is ~0.28 em; pdfjs guesses widths of unembedded standard fonts, which
 * shrank one measured 0.28 em gap to 0.1 em, so the bar sits well below a space.
 */
const WORD_GAP_EMS = 0.08;
/** A horizontal gap wider than this (in ems) is a column break, not a word space. */
const COLUMN_GAP_EMS = 2;
/** What a column break reads as. */
export const COLUMN_BREAK = "\t";
/** A font size below this is a degenerate matrix (hidden text, zero-scaled): read as 1 pt for the ratios above. */
const MIN_SIZE = 1;

const TRAILING_SPACE = /\s$/;
const LEADING_SPACE = /^\s/;

/** The separator between item `before` and the item `after` that follows it on a row. */
function separator(before: PlacedItem, after: PlacedItem): string {
  const size = Math.max(MIN_SIZE, Math.min(before.size, after.size));
  const gap = after.x - (before.x + before.width);
  if (gap > COLUMN_GAP_EMS * size) return COLUMN_BREAK;
  if (TRAILING_SPACE.test(before.text) || LEADING_SPACE.test(after.text)) return "";
  return gap > WORD_GAP_EMS * size ? " " : "";
}

/** One row's items (in any order) -> its text and extent. */
function toRow(items: PlacedItem[]): Row {
  const sorted = [...items].sort((a, b) => a.x - b.x || a.y - b.y);
  let text = "";
  let previous: PlacedItem | undefined;
  for (const item of sorted) {
    if (previous) text += separator(previous, item);
    text += item.text;
    previous = item;
  }
  const last = sorted[sorted.length - 1];
  return {
    text: withoutSpacesAroundBreaks(text).replace(/ {2,}/g, " ").trim(),
    left: sorted[0]?.x ?? 0,
    right: last ? last.x + last.width : 0,
    y: Math.max(...sorted.map((item) => item.y)),
    size: Math.max(...sorted.map((item) => item.size)),
  };
}

/**
 * Spaces the producer drew around a column break are noise next to the tab.
 * By splitting on the tabs: ` *\t *` retries from every space of a long run
 * without a tab (quadratic).
 */
function withoutSpacesAroundBreaks(text: string): string {
  const cells = text.split(COLUMN_BREAK);
  const last = cells.length - 1;
  return cells
    .map((cell, index) => {
      let start = 0;
      let end = cell.length;
      if (index > 0) while (cell[start] === " ") start++;
      if (index < last) while (end > start && cell[end - 1] === " ") end--;
      return cell.slice(start, end);
    })
    .join(COLUMN_BREAK);
}

/** A page's items -> its rows, top to bottom. Whitespace-only rows are dropped. */
export function rowsOf(items: readonly PlacedItem[]): Row[] {
  const byBaseline = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: PlacedItem[][] = [];
  let group: PlacedItem[] = [];
  let anchor: PlacedItem | undefined;
  for (const item of byBaseline) {
    const tolerance =
      BASELINE_TOLERANCE_EMS * Math.max(MIN_SIZE, Math.min(item.size, anchor?.size ?? item.size));
    if (anchor && item.y - anchor.y > tolerance) {
      groups.push(group);
      group = [];
      anchor = undefined;
    }
    anchor ??= item;
    group.push(item);
  }
  if (group.length > 0) groups.push(group);
  return groups.map(toRow).filter((row) => row.text !== "");
}
