/**
 * Where a glyph's outline lies, measured against its own bounding box so that
 * size, weight and slant do not matter (glyph-shapes.ts judges digits and `$`
 * by these): its curves flattened, its straight edges kept, the bars along its
 * top and base, a straight stem, and how wide it is at a few heights.
 */
import { ARGUMENTS, MOVE_TO } from "./glyph-paths.js";

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
