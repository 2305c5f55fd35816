/**
 * Text over text, and text partly covered (painted.ts). Three things the
 * rendering with and without all text cannot tell, decided here:
 *
 * - The same run drawn twice in the same place (to embolden it, or to slip a
 *   copy in) shows once: the runs under the last are "redrawn", read once.
 *   Decided by geometry alone, on every page (a sweep costs nothing next to
 *   pdfjs's parse), since antialiasing lets a second copy darken the edges.
 * - A run drawn where other text covers it, or in the colour under it (white
 *   or Lab white under a visible sentence), adds ink against a page without
 *   any text (the other text is there) but none against the page without only
 *   itself. Overlapping runs are removed in rounds, each round the runs that
 *   do not overlap each other, and the page is rendered once per round.
 * - A run partly under a bar or an image shows only some glyphs: each glyph,
 *   placed by its advance (glyph-advances.ts), is judged by its own ink, and
 *   the run is cut into the parts that show and those that do not.
 */
import type { ItemGlyphs } from "./glyph-advances.js";
import type { HiddenItem } from "./hidden.js";
import { inkIn, type Raster } from "./ink-boxes.js";
import type { PageItems } from "./items.js";
import { type Overlaps, redrawn, redrawnStacked } from "./overlaps.js";
import type { PlacedItem } from "./placed.js";

/** Most renderings without overlapping runs per page; a run past them is "stacked". */
const MAX_ROUNDS = 6;

/** Whether an item is an OCR layer's (render mode 3, read over its scan): not judged by ink. */
export function isLayerItem(item: PlacedItem): item is HiddenItem {
  return "reason" in item;
}

/** The runs that may overlap: those read, and white ones that may show on a dark box. */
export function overlapCandidates(read: PageItems): PlacedItem[] {
  return [
    ...read.items.filter((item) => !isLayerItem(item)),
    ...read.hidden.filter((item) => item.reason === "white-fill"),
  ];
}

/** `read` with the runs drawn again over themselves hidden as "redrawn", but for the top one. */
export function withoutRedrawn(read: PageItems, overlaps: Overlaps): PageItems {
  if (overlaps !== "stacked" && overlaps.size === 0) return read;
  const under =
    overlaps === "stacked" ? redrawnStacked(overlapCandidates(read)) : redrawn(overlaps);
  if (under.size === 0) return read;
  return {
    ...read,
    items: read.items.filter((item) => !under.has(item)),
    hidden: [
      ...read.hidden,
      ...read.items
        .filter((item) => under.has(item))
        .map((item): HiddenItem => ({ ...item, reason: "redrawn" })),
    ],
  };
}

/**
 * Overlapping runs in rounds: no two runs of a round overlap, so one
 * rendering without a round's runs judges each of them. Runs past MAX_ROUNDS
 * are returned as `stacked`.
 */
export function roundsOf(
  overlaps: Map<PlacedItem, PlacedItem[]>,
  glyphs: ReadonlyMap<PlacedItem, ItemGlyphs>,
): { rounds: PlacedItem[][]; stacked: Set<PlacedItem> } {
  const roundOf = new Map<PlacedItem, number>();
  const rounds: PlacedItem[][] = [];
  const stacked = new Set<PlacedItem>();
  const ordered = [...overlaps.keys()].sort((a, b) => a.order - b.order);
  for (const item of ordered) {
    if (!glyphs.has(item)) continue;
    const taken = new Set((overlaps.get(item) ?? []).map((other) => roundOf.get(other)));
    let round = 0;
    while (taken.has(round)) round++;
    if (round >= MAX_ROUNDS) {
      stacked.add(item);
      continue;
    }
    roundOf.set(item, round);
    const members = rounds[round];
    if (members) members.push(item);
    else rounds[round] = [item];
  }
  return { rounds, stacked };
}

/** A letter or digit: a hidden part without one (a stray dot, a zero-width mark) is kept. */
const WORDLIKE = /[\p{L}\p{N}]/u;

/** The part of `item` from character `start` to `end`, placed along its baseline. */
function part(
  item: PlacedItem,
  spans: ItemGlyphs["spans"],
  start: number,
  end: number,
): PlacedItem {
  const from = spans[start]?.from ?? 0;
  const to = spans[end - 1]?.to ?? from;
  const [dx, dy] = item.direction ?? [1, 0];
  return {
    ...item,
    text: item.text.slice(start, end),
    x: item.x + dx * from,
    y: item.y + dy * from,
    width: Math.max(0, to - from),
  };
}

/**
 * The parts of a shown run that show and those that do not, glyph by glyph
 * against the rendering without text; undefined when all of it shows.
 */
export function splitByGlyphs(
  item: PlacedItem,
  glyphs: ItemGlyphs,
  withText: Raster,
  without: Raster,
): { shown: PlacedItem[]; hidden: PlacedItem[] } | undefined {
  const { spans } = glyphs;
  const showing: boolean[] = [];
  let anyHidden = false;
  for (let index = 0; index < item.text.length; index++) {
    const char = item.text[index] ?? " ";
    const span = spans[index];
    if (span === undefined || /\s/.test(char)) {
      showing.push(true);
      continue;
    }
    const inked = inkIn(item, withText, without, span);
    showing.push(inked);
    if (!inked && WORDLIKE.test(char)) anyHidden = true;
  }
  if (!anyHidden) return undefined;
  // Runs of hidden glyphs (spaces inside joining them) with a letter or digit are cut out.
  const shown: PlacedItem[] = [];
  const hidden: PlacedItem[] = [];
  let start = 0;
  while (start < item.text.length) {
    let end = start;
    const hiddenRun = !showing[start];
    while (end < item.text.length && showing[end] === !hiddenRun) end++;
    const text = item.text.slice(start, end);
    if (hiddenRun && WORDLIKE.test(text)) hidden.push(part(item, spans, start, end));
    else shown.push(part(item, spans, start, end));
    start = end;
  }
  return { shown: shown.filter((piece) => piece.text.trim() !== ""), hidden };
}
