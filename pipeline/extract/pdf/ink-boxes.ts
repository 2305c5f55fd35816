/**
 * Where a text item's glyphs are on a test rendering (painted.ts), and
 * whether two renderings differ there. An item's glyph box runs along its
 * baseline from its origin, from just below the baseline to about the
 * capital height; rotated text gets the rotated quad, so it is judged where
 * its glyphs are drawn, not by a box along the page's x axis. A part of an
 * item (some of its glyphs) is a stretch of that box along the baseline.
 */
import type { PlacedItem } from "./placed.js";

/** A text item's glyph box around its baseline, as fractions of its size. */
const ASCENT = 0.7;
const DESCENT = 0.05;
/** A channel difference (0-255) that counts as ink: about 3%, fainter than any text a reader sees. */
const INK_DIFFERENCE = 8;

export interface Raster {
  width: number;
  height: number;
  scale: number;
  data: Uint8ClampedArray;
}

/** A stretch of an item's baseline, in points from its origin. */
export interface Stretch {
  from: number;
  to: number;
}

type Item = Pick<PlacedItem, "x" | "y" | "width" | "size" | "direction">;

/** Whether pixel `at` (an RGBA offset) differs by ink between the two renderings. */
function differs(a: Raster, b: Raster, at: number): boolean {
  for (let channel = 0; channel < 3; channel++) {
    if (Math.abs((a.data[at + channel] ?? 0) - (b.data[at + channel] ?? 0)) >= INK_DIFFERENCE)
      return true;
  }
  return false;
}

/** The pixel rectangle of an unrotated item's glyph box, widened a pixel on each side, clamped. */
export function pixelBox(item: Item, raster: Raster): [number, number, number, number] {
  const { scale } = raster;
  const left = Math.max(0, Math.floor(item.x * scale));
  const right = Math.min(raster.width, Math.ceil((item.x + Math.max(0, item.width)) * scale) + 1);
  const top = Math.max(0, Math.floor((item.y - ASCENT * item.size) * scale));
  const bottom = Math.min(raster.height, Math.ceil((item.y + DESCENT * item.size) * scale) + 1);
  return [left, top, right, bottom];
}

/**
 * Whether `a` and `b` differ inside the item's glyph box (`stretch`: only that
 * part of it along the baseline; `margin`: widened by that many points all round).
 */
export function inkIn(item: Item, a: Raster, b: Raster, stretch?: Stretch, margin = 0): boolean {
  return inkWhere(item, a, (at) => differs(a, b, at), stretch, margin);
}

/**
 * Whether `a` is further from `paper` (the page without any text) than `b` is,
 * by ink, at a pixel inside the item's glyph box: what the run drawn in `a`
 * and not in `b` adds. A run that only erases other text back towards the
 * paper (white over a visible sentence) adds nothing, antialiased edges included.
 */
export function inkAgainst(item: Item, a: Raster, b: Raster, paper: Raster): boolean {
  return inkWhere(item, a, (at) => {
    for (let channel = 0; channel < 3; channel++) {
      const under = paper.data[at + channel] ?? 0;
      const moved =
        Math.abs((a.data[at + channel] ?? 0) - under) -
        Math.abs((b.data[at + channel] ?? 0) - under);
      if (moved >= INK_DIFFERENCE) return true;
    }
    return false;
  });
}

/** Whether `inked` holds for a pixel (its RGBA offset in `a`) inside the item's glyph box. */
function inkWhere(
  item: Item,
  a: Raster,
  inked: (at: number) => boolean,
  stretch?: Stretch,
  margin = 0,
): boolean {
  if (item.direction === undefined && stretch === undefined) {
    const [left, top, right, bottom] = pixelBox(item, a);
    for (let y = top; y < bottom; y++) {
      for (let x = left; x < right; x++) if (inked((y * a.width + x) * 4)) return true;
    }
    return false;
  }
  if (item.direction === undefined && stretch !== undefined && margin === 0) {
    return inkAlongX(item, a, inked, stretch);
  }
  const [dx, dy] = item.direction ?? [1, 0];
  // Up on the page (y grows downward) is the baseline turned a quarter to the left.
  const [ux, uy] = [dy, -dx];
  const from = (stretch?.from ?? 0) - margin;
  const to = (stretch?.to ?? Math.max(0, item.width)) + margin;
  const low = -DESCENT * item.size - margin;
  const high = ASCENT * item.size + margin;
  const corners = [
    [from, low],
    [to, low],
    [to, high],
    [from, high],
  ].map(([s = 0, t = 0]) => [item.x + dx * s + ux * t, item.y + dy * s + uy * t]);
  const xs = corners.map(([x = 0]) => x * a.scale);
  const ys = corners.map(([, y = 0]) => y * a.scale);
  const left = Math.max(0, Math.floor(Math.min(...xs)));
  const right = Math.min(a.width, Math.ceil(Math.max(...xs)));
  const top = Math.max(0, Math.floor(Math.min(...ys)));
  const bottom = Math.min(a.height, Math.ceil(Math.max(...ys)));
  let nearest: [number, number] | undefined;
  let nearestDistance = Number.POSITIVE_INFINITY;
  for (let y = top; y < bottom; y++) {
    for (let x = left; x < right; x++) {
      // The pixel's centre, in points, projected on the baseline (s) and across it (t).
      const px = (x + 0.5) / a.scale - item.x;
      const py = (y + 0.5) / a.scale - item.y;
      const s = px * dx + py * dy;
      const t = px * ux + py * uy;
      if (s >= from && s <= to && t >= low && t <= high) {
        if (inked((y * a.width + x) * 4)) return true;
        nearest = undefined;
        nearestDistance = -1;
      } else if (nearestDistance >= 0) {
        const distance = Math.abs(s - (from + to) / 2) + Math.abs(t - (low + high) / 2);
        if (distance < nearestDistance) [nearest, nearestDistance] = [[x, y], distance];
      }
    }
  }
  // A stretch narrower than a pixel holds no pixel centre: its nearest pixel stands for it.
  return nearest !== undefined && inked((nearest[1] * a.width + nearest[0]) * 4);
}

/**
 * inkWhere for a stretch of an unrotated run: the pixels whose centres lie
 * inside it (the nearest column when it is narrower than a pixel), without
 * the rotated quad's arithmetic: this is the per-glyph test of every run on a rendered page.
 */
function inkAlongX(
  item: Item,
  a: Raster,
  inked: (at: number) => boolean,
  stretch: Stretch,
): boolean {
  const { scale } = a;
  const first = (item.x + stretch.from) * scale - 0.5;
  const last = (item.x + stretch.to) * scale - 0.5;
  let left = Math.ceil(first);
  let right = Math.floor(last);
  if (left > right) left = right = Math.round((first + last) / 2);
  left = Math.max(0, left);
  right = Math.min(a.width - 1, right);
  const top = Math.max(0, Math.ceil((item.y - ASCENT * item.size) * scale - 0.5));
  const bottom = Math.min(a.height - 1, Math.floor((item.y + DESCENT * item.size) * scale - 0.5));
  for (let y = top; y <= bottom; y++) {
    for (let x = left; x <= right; x++) if (inked((y * a.width + x) * 4)) return true;
  }
  return false;
}

/** The axis-aligned box (left, top, right, bottom) around an item's glyph box, in points. */
export function boundsOf(item: Item): [number, number, number, number] {
  const width = Math.max(0, item.width);
  // Every run of a plain page: a box along x, without the corners' arithmetic.
  if (item.direction === undefined)
    return [item.x, item.y - ASCENT * item.size, item.x + width, item.y + DESCENT * item.size];
  const [dx, dy] = item.direction;
  const [ux, uy] = [dy, -dx];
  const xs: number[] = [];
  const ys: number[] = [];
  for (const s of [0, width]) {
    for (const t of [-DESCENT * item.size, ASCENT * item.size]) {
      xs.push(item.x + dx * s + ux * t);
      ys.push(item.y + dy * s + uy * t);
    }
  }
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}
