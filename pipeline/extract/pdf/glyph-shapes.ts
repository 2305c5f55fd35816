/**
 * Whether a glyph's outline can be the digit or dollar sign it is read as,
 * for embedded fonts whose glyphs have no usable names. Two kinds of test,
 * both chosen to hold across typefaces: topology (the number of holes, and
 * for one hole whether it sits high, a 9, or low, a 6) and the outline's
 * extremes normalised to its bounding box (glyph-extremes.ts): a flat bar
 * along the top (7, most 5s) or the base (2), the width just above its base
 * (a 3's or 5's bowl is wide, a 7's stem narrow), a 5's stem at the left, a
 * letter's straight stem (never in 2 3 5 8), and for `$` a narrow stroke
 * standing out above and below a wide S. It refutes, it never proves: a glyph
 * with the features of the character read passes (an O read as 0, a T read
 * as 7); see docs/reading.md.
 */
import { type Extremes, extremesOf } from "./glyph-extremes.js";
import { ARGUMENTS, MOVE_TO } from "./glyph-paths.js";

type Box = [number, number, number, number];

/** Each contour's bounding box (control points included), in glyph space, y up. */
function contours(path: ArrayLike<number>): Box[] {
  const boxes: Box[] = [];
  let box: Box | undefined;
  for (let i = 0; i < path.length; ) {
    const op = path[i] ?? -1;
    const count = ARGUMENTS[op];
    if (count === undefined) return []; // not a path we understand: judged by nothing
    if (op === MOVE_TO) {
      box = [Infinity, Infinity, -Infinity, -Infinity];
      boxes.push(box);
    }
    for (let j = i + 1; box && j + 1 < i + 1 + count; j += 2) {
      const x = path[j] ?? 0;
      const y = path[j + 1] ?? 0;
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    }
    i += 1 + count;
  }
  return boxes.filter((b) => b[0] < b[2] && b[1] < b[3]);
}

function inside(inner: Box, outer: Box): boolean {
  return inner[0] > outer[0] && inner[1] > outer[1] && inner[2] < outer[2] && inner[3] < outer[3];
}

export interface Shape {
  holes: number;
  /** For one hole: its middle above the middle of the glyph (a 9, not a 6). */
  holeHigh?: boolean;
  /** The outline's extremes, where it could be flattened. */
  extremes?: Extremes;
}

export function shapeOf(path: ArrayLike<number>): Shape | undefined {
  const boxes = contours(path);
  if (boxes.length === 0) return undefined;
  const extremes = extremesOf(path);
  const withExtremes = extremes ? { extremes } : {};
  const holes = boxes.filter((box) => boxes.some((other) => other !== box && inside(box, other)));
  const top = Math.max(...boxes.map((b) => b[3]));
  const bottom = Math.min(...boxes.map((b) => b[1]));
  const [hole] = holes;
  if (holes.length !== 1 || !hole) return { holes: holes.length, ...withExtremes };
  return { holes: 1, holeHigh: (hole[1] + hole[3]) / 2 > (top + bottom) / 2, ...withExtremes };
}

/** Holes each digit's outline may have (a dotted or slashed zero has two pieces inside). */
const HOLES: Readonly<Record<string, readonly number[]>> = {
  "0": [1, 2],
  "1": [0],
  "2": [0],
  "3": [0],
  "4": [0, 1],
  "5": [0],
  "6": [1],
  "7": [0],
  "8": [2],
  "9": [1],
};

/** A bowl spans at least this share of the width just above the base; a stem less. */
const WIDE = 0.5;
/**
 * A `$`'s stroke beyond its S spans at most this share of the width (0.07-0.14 measured in
 * eight faces), a digit's ends at least 0.24 (a serif italic 0); its S at least WIDE_S.
 */
const NARROW_STROKE = 0.19;
const WIDE_S = 0.6;
/** Digits whose top and base are bowls or bars, never a lone stroke. */
const ROUND_ENDS: ReadonlySet<string> = new Set(["0", "2", "3", "5", "6", "8", "9"]);
/**
 * Digits built of two stacked parts (bowls, a bar and a bowl), so no side of them runs straight
 * over most of the height even in square faces; a letter's stem does (B, E, F, P, R, b, h).
 * 0, 6 and 9 can have straight sides (square and stadium-shaped faces), 1 4 and 7 have stems.
 */
const STACKED: ReadonlySet<string> = new Set(["2", "3", "5", "8"]);
/** A serif 5's wedge (its top without a bar) lies right of this share of the width. */
const FIVE_WEDGE = 0.8;
/** A 5's stem lies left of this share of the width at three quarters of its height. */
const FIVE_STEM = 0.45;

/** A 5's upper half: one stroke (its stem) left of the middle under its bar. */
function fiveTop(e: Extremes): boolean {
  return e.upperQuarter < WIDE && e.upperMiddle < FIVE_STEM;
}

/** False where the extremes refute `read` (one of 2 3 5 7 $); true otherwise. */
function extremesFit(e: Extremes, read: string): boolean {
  // Round or barred at top and base, these are never a stroke standing out at both ends (a `$`).
  const stroked = e.atTop <= NARROW_STROKE && e.atBottom <= NARROW_STROKE;
  if (stroked && ROUND_ENDS.has(read)) return false;
  if (e.stem && STACKED.has(read)) return false;
  switch (read) {
    case "2":
      return e.flatBase && !e.flatTop;
    case "3":
      return !e.flatBase && e.nearBase >= WIDE && !fiveTop(e);
    case "5":
      // A bar, or in Times-like faces a wedge rising at the right: never an S's arch in the middle.
      return (
        (e.flatTop || e.topMiddle > FIVE_WEDGE) && !e.flatBase && e.nearBase >= WIDE && fiveTop(e)
      );
    case "7":
      return e.flatTop && !e.flatBase && e.nearBase < WIDE;
    case "$":
      return (
        e.atTop <= NARROW_STROKE &&
        e.atBottom <= NARROW_STROKE &&
        e.lowerQuarter >= WIDE_S &&
        e.upperQuarter >= WIDE_S
      );
    default:
      return true;
  }
}

/** The characters an outline is judged as: the digits and the dollar sign. */
export function judgedByShape(read: string): boolean {
  return read in HOLES || read === "$";
}

/** False when `shape` cannot be the character `read`; true when it may be (or `read` is not judged). */
export function shapeFits(shape: Shape, read: string): boolean {
  if (shape.extremes && !extremesFit(shape.extremes, read)) return false;
  const holes = HOLES[read];
  if (!holes) return true;
  if (!holes.includes(shape.holes)) return false;
  if (read === "6") return shape.holeHigh === false;
  if (read === "9") return shape.holeHigh === true;
  return true;
}
