/**
 * Whether a digit's outline can be the digit it is read as, for embedded
 * fonts whose glyphs have no usable names. The test is topological, so it
 * holds across typefaces: the number of holes (counters) of the outline and,
 * for one hole, whether it sits high (9) or low (6). It refutes, it never
 * proves: a 2 read as 5 (no holes either way) passes; see docs/reading.md.
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

export interface Shape {
  holes: number;
  /** For one hole: its middle above the middle of the glyph (a 9, not a 6). */
  holeHigh?: boolean;
}

export function shapeOf(path: ArrayLike<number>): Shape | undefined {
  const boxes = contours(path);
  if (boxes.length === 0) return undefined;
  const holes = boxes.filter((box) => boxes.some((other) => other !== box && inside(box, other)));
  const top = Math.max(...boxes.map((b) => b[3]));
  const bottom = Math.min(...boxes.map((b) => b[1]));
  const [hole] = holes;
  if (holes.length !== 1 || !hole) return { holes: holes.length };
  return { holes: 1, holeHigh: (hole[1] + hole[3]) / 2 > (top + bottom) / 2 };
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

/** False when `shape` cannot be the digit `read`; true when it may be (or `read` is no digit). */
export function shapeFits(shape: Shape, read: string): boolean {
  const holes = HOLES[read];
  if (!holes) return true;
  if (!holes.includes(shape.holes)) return false;
  if (read === "6") return shape.holeHigh === false;
  if (read === "9") return shape.holeHigh === true;
  return true;
}
