/**
 * Whether a glyph's outline can be the digit or dollar sign it is read as,
 * for embedded fonts whose glyphs have no usable names. Two kinds of test,
 * both chosen to hold across typefaces: topology (the number of holes, and
 * for one hole whether it sits high, a 9, or low, a 6) and the outline's
 * extremes normalised to its bounding box: a flat bar along the top (5, 7)
 * or the base (2), the width of the outline just above its base (a 3's or
 * 5's bowl is wide, a 7's stem narrow), and for `$` a narrow stroke standing
 * out above and below a wide S. It refutes, it never proves: a glyph with
 * the features of the character read passes (an O read as 0, a T read as 7);
 * see docs/reading.md.
 */

/** pdfjs's path commands (DrawOPS) and how many numbers follow each. */
const ARGUMENTS: Readonly<Record<number, number>> = { 0: 2, 1: 2, 2: 6, 3: 4, 4: 0 };
const MOVE_TO = 0;

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

/** A straight edge of the outline (a lineTo), in glyph space. */
type Edge = [number, number, number, number];

/** Points per curve when an outline is flattened: enough to place an extreme within a few per cent. */
const CURVE_STEPS = 6;

interface Flat {
  /** Each contour as a closed polygon: x0 y0 x1 y1 ... */
  polygons: number[][];
  /** The straight edges the font drew as lines (bars are lines, bowls are curves). */
  lines: Edge[];
}

/** The outline as polygons (curves flattened) with its straight edges, or undefined if not understood. */
function flatten(path: ArrayLike<number>): Flat | undefined {
  const polygons: number[][] = [];
  const lines: Edge[] = [];
  let polygon: number[] | undefined;
  let x = 0;
  let y = 0;
  const at = (i: number) => path[i] ?? 0;
  for (let i = 0; i < path.length; ) {
    const op = path[i] ?? -1;
    const count = ARGUMENTS[op];
    if (count === undefined) return undefined;
    if (op === MOVE_TO) {
      polygon = [at(i + 1), at(i + 2)];
      polygons.push(polygon);
    } else if (polygon && op === 1) {
      lines.push([x, y, at(i + 1), at(i + 2)]);
      polygon.push(at(i + 1), at(i + 2));
    } else if (polygon && (op === 2 || op === 3)) {
      // Quadratic control points are raised to cubic ones, so one Bezier formula serves both.
      const [x1, y1, x2, y2, x3, y3] =
        op === 2
          ? [at(i + 1), at(i + 2), at(i + 3), at(i + 4), at(i + 5), at(i + 6)]
          : [
              x + ((at(i + 1) - x) * 2) / 3,
              y + ((at(i + 2) - y) * 2) / 3,
              at(i + 3) + ((at(i + 1) - at(i + 3)) * 2) / 3,
              at(i + 4) + ((at(i + 2) - at(i + 4)) * 2) / 3,
              at(i + 3),
              at(i + 4),
            ];
      for (let step = 1; step <= CURVE_STEPS; step++) {
        const t = step / CURVE_STEPS;
        const u = 1 - t;
        polygon.push(
          u * u * u * x + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x3,
          u * u * u * y + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y3,
        );
      }
    }
    if (count > 0) {
      x = at(i + count - 1);
      y = at(i + count);
    }
    i += 1 + count;
  }
  return { polygons: polygons.filter((p) => p.length >= 6), lines };
}

/** Where the outline lies, as fractions of its bounding box (0 left/bottom, 1 right/top). */
export interface Extremes {
  /** A straight edge, upright or slanted as italics are, at least STEM of the height (B, D, P, b, q). */
  stem: boolean;
  /** A straight, level edge along the top at least FLAT_BAR of the width long (a 5's or 7's bar). */
  flatTop: boolean;
  /** The same along the base (a 2's foot). */
  flatBase: boolean;
  /** Width the outline spans just above its base (BOWL_HEIGHT up): a bowl is wide, a stem narrow. */
  nearBase: number;
  /** Widths it spans at the very top and bottom (EDGE_HEIGHT in): a `$`'s stroke stands out narrow. */
  atTop: number;
  atBottom: number;
  /** The middle of the span at the very top: a serif 5's wedge stands right, an S's arch in the middle. */
  topMiddle: number;
  /** Widths at a quarter and three quarters of the height: a `$`'s S is wide at both. */
  lowerQuarter: number;
  upperQuarter: number;
  /** The middle of the span at three quarters: a 5's stem stands left of the middle. */
  upperMiddle: number;
}

/** A bar is a level straight edge at least this share of the glyph's width. */
const FLAT_BAR = 0.4;
/** How far from the top or base (share of the height) a bar's edge may lie, and how far off level. */
const BAR_BAND = 0.03;
const LEVEL = 0.01;
const BOWL_HEIGHT = 0.08;
/** A stem is a straight edge at least this share of the height, leaning at most SLANT (dx per dy). */
const STEM = 0.6;
const SLANT = 0.3;
const EDGE_HEIGHT = 0.02;

/**
 * Where the polygons lie on the level line `y`: the share of `width` they span
 * (0 where they do not reach it) and the middle of that span from `left`, as a share of `width`.
 */
function spanAt(
  polygons: readonly number[][],
  y: number,
  left: number,
  width: number,
): { span: number; middle: number } {
  let low = Infinity;
  let high = -Infinity;
  for (const polygon of polygons) {
    for (let i = 0; i < polygon.length; i += 2) {
      const j = (i + 2) % polygon.length;
      const [x0, y0, x1, y1] = [
        polygon[i] ?? 0,
        polygon[i + 1] ?? 0,
        polygon[j] ?? 0,
        polygon[j + 1] ?? 0,
      ];
      if ((y0 <= y && y1 > y) || (y1 <= y && y0 > y)) {
        const x = x0 + ((y - y0) / (y1 - y0)) * (x1 - x0);
        low = Math.min(low, x);
        high = Math.max(high, x);
      }
    }
  }
  return high > low
    ? { span: (high - low) / width, middle: (low + high) / 2 / width - left / width }
    : { span: 0, middle: 0.5 };
}

export function extremesOf(path: ArrayLike<number>): Extremes | undefined {
  const flat = flatten(path);
  if (!flat || flat.polygons.length === 0) return undefined;
  let [left, bottom, right, top] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of flat.polygons) {
    for (let i = 0; i < polygon.length; i += 2) {
      left = Math.min(left, polygon[i] ?? 0);
      right = Math.max(right, polygon[i] ?? 0);
      bottom = Math.min(bottom, polygon[i + 1] ?? 0);
      top = Math.max(top, polygon[i + 1] ?? 0);
    }
  }
  const width = right - left;
  const height = top - bottom;
  if (!(width > 0 && height > 0)) return undefined;
  const bar = (edge: number) =>
    flat.lines.some(
      ([x0, y0, x1, y1]) =>
        Math.abs(y1 - y0) <= LEVEL * height &&
        Math.abs(y0 - edge) <= BAR_BAND * height &&
        Math.abs(x1 - x0) >= FLAT_BAR * width,
    );
  const stem = flat.lines.some(
    ([x0, y0, x1, y1]) =>
      Math.abs(y1 - y0) >= STEM * height && Math.abs(x1 - x0) <= SLANT * Math.abs(y1 - y0),
  );
  const at = (share: number) => spanAt(flat.polygons, bottom + share * height, left, width);
  const upper = at(0.75);
  const highest = at(1 - EDGE_HEIGHT);
  return {
    stem,
    flatTop: bar(top),
    flatBase: bar(bottom),
    nearBase: at(BOWL_HEIGHT).span,
    atTop: highest.span,
    topMiddle: highest.middle,
    atBottom: at(EDGE_HEIGHT).span,
    lowerQuarter: at(0.25).span,
    upperQuarter: upper.span,
    upperMiddle: upper.middle,
  };
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
