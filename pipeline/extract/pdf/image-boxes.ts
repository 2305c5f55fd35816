/**
 * The boxes of the images a page paints, in page space, from its operator
 * list: an OCR text layer is read only over a scanned image (painted.ts).
 * Fetched only for a page that is rendered anyway: an operator list costs
 * about 70% of reading the page's text (which pages are rendered is decided
 * inside pdfjs's text pass by classpec's patch, at no cost; painted.ts).
 */
import { type Matrix, multiply } from "./matrix.js";

/** pdfjs's operator ids by name (pdfjs's `OPS`). */
export type Ops = Readonly<Record<string, number>>;

/** A box in page space (x right, y down from the top-left corner, after /Rotate): left, top, right, bottom. */
export type Box = [number, number, number, number];

const IMAGES = new Set([
  "paintImageXObject",
  "paintInlineImageXObject",
  "paintImageXObjectRepeat",
  "paintInlineImageXObjectGroup",
]);

/** An operator's matrix: pdfjs 6 passes some as the one argument, others as six numbers. */
function matrixOf(args: readonly unknown[]): number[] {
  const first = args[0];
  if (Array.isArray(first) || ArrayBuffer.isView(first))
    return Array.from(first as ArrayLike<number>);
  return args as number[];
}

/** The bounding box of the unit square (where an image is painted) through `m`. */
function unitSquareThrough(m: Matrix): Box {
  const points = [
    [0, 0],
    [1, 0],
    [0, 1],
    [1, 1],
  ].map(([x = 0, y = 0]) => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]]);
  const xs = points.map(([x = 0]) => x);
  const ys = points.map(([, y = 0]) => y);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/**
 * The images painted by `list` (pdfjs's operator list of the page), through
 * the current transform from `toPage` (the page's viewport transform at scale 1).
 */
export function imageBoxes(
  list: { fnArray: readonly number[]; argsArray: readonly unknown[] },
  OPS: Ops,
  toPage: readonly number[],
): Box[] {
  const name = new Map(Object.entries(OPS).map(([key, id]) => [id, key]));
  const found: Box[] = [];
  let ctm = [...toPage] as Matrix;
  const saved: Matrix[] = [];
  for (let i = 0; i < list.fnArray.length; i++) {
    const op = name.get(list.fnArray[i] ?? -1);
    const args = (list.argsArray[i] ?? []) as unknown[];
    if (op === "save") saved.push(ctm);
    else if (op === "restore" || op === "paintFormXObjectEnd") ctm = saved.pop() ?? ctm;
    else if (op === "transform") ctm = multiply(ctm, matrixOf(args));
    else if (op === "paintFormXObjectBegin") {
      saved.push(ctm);
      if (args[0] != null) ctm = multiply(ctm, matrixOf(args));
    } else if (op !== undefined && IMAGES.has(op)) found.push(unitSquareThrough(ctm));
  }
  return found;
}
