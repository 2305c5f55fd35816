/**
 * A page's operator list read for what painted.ts needs once it renders a
 * page: the boxes of the images the page paints, in page space (an OCR text
 * layer is read only over a scanned image), and whether the list alone shows
 * the page plain: dark text on the white page and nothing else, as an
 * allow-list (an operator this file does not know is not plain). Which pages
 * are rendered is decided by the patched worker's `paint` (painted.ts), which
 * costs nothing; getting an operator list costs about 70% of reading the
 * page's text, so it is fetched only for pages that are rendered.
 */

/** pdfjs's operator ids by name (pdfjs's `OPS`). */
export type Ops = Readonly<Record<string, number>>;

/** A box in page space (x right, y down from the top-left corner, after /Rotate): left, top, right, bottom. */
export type Box = [number, number, number, number];

type Matrix = [number, number, number, number, number, number];

export interface PlainScan {
  /** No operator that could hide text or paint over it. */
  plain: boolean;
  /** What first made the page not plain, for the benchmark and debugging. */
  why?: string;
  /** Boxes of the images painted (scanned pages), in page space. */
  images: Box[];
}

/** Operators that neither paint nor change how text shows. */
const NEUTRAL = [
  "dependency",
  "beginText",
  "endText",
  "setLeading",
  "setLeadingMoveText",
  "moveText",
  "nextLine",
  "setCharSpacing",
  "setWordSpacing",
  "setTextRise",
  "showText",
  "showSpacedText",
  "nextLineShowText",
  "nextLineSetSpacingShowText",
  "setLineWidth",
  "setLineCap",
  "setLineJoin",
  "setMiterLimit",
  "setDash",
  "setRenderingIntent",
  "setFlatness",
  "setStrokeRGBColor",
  "setStrokeGray",
  "setStrokeCMYKColor",
  "beginMarkedContent",
  "beginMarkedContentProps",
  "endMarkedContent",
  "markPoint",
  "markPointProps",
  "beginCompat",
  "endCompat",
] as const;

const IMAGES = [
  "paintImageXObject",
  "paintInlineImageXObject",
  "paintImageXObjectRepeat",
  "paintInlineImageXObjectGroup",
] as const;

/** Graphics-state entries that cannot hide text (line style, rendering intent, flatness). */
const NEUTRAL_GSTATE = new Set(["LW", "LC", "LJ", "ML", "D", "RI", "FL"]);

/** Darkest channel above this (0-255) and a fill is no longer "black-ish": rendered to be sure. */
const DARK_CHANNEL = 128;

function multiply(m1: Matrix, m2: readonly number[]): Matrix {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = m2;
  return [
    m1[0] * a + m1[2] * b,
    m1[1] * a + m1[3] * b,
    m1[0] * c + m1[2] * d,
    m1[1] * c + m1[3] * d,
    m1[0] * e + m1[2] * f + m1[4],
    m1[1] * e + m1[3] * f + m1[5],
  ];
}

/** A matrix that keeps glyphs readable: both axes at least a tenth of a unit and within 4:1 of each other. */
function ordinaryMatrix(m: readonly number[]): boolean {
  const [a = 0, b = 0, c = 0, d = 0] = m;
  const x = Math.hypot(a, b);
  const y = Math.hypot(c, d);
  return x >= 0.1 && y >= 0.1 && x / y <= 4 && y / x <= 4;
}

/** The bounding box of `[x0, y0, x1, y1]` through `m`. */
function boxThrough(m: Matrix, [x0, y0, x1, y1]: readonly number[]): Box {
  const points = [
    [x0 ?? 0, y0 ?? 0],
    [x1 ?? 0, y0 ?? 0],
    [x0 ?? 0, y1 ?? 0],
    [x1 ?? 0, y1 ?? 0],
  ].map(([x = 0, y = 0]) => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]]);
  const xs = points.map(([x = 0]) => x);
  const ys = points.map(([, y = 0]) => y);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** An operator's matrix: pdfjs 6 passes it as the one argument, older versions as six. */
function matrixOf(args: readonly unknown[]): number[] {
  const first = args[0];
  if (Array.isArray(first) || ArrayBuffer.isView(first))
    return Array.from(first as ArrayLike<number>);
  return args as number[];
}

function darkFill(hex: unknown): boolean {
  if (typeof hex !== "string" || !/^#[0-9a-f]{6}$/i.test(hex)) return false;
  const channels = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
  return Math.max(...channels) <= DARK_CHANNEL;
}

/**
 * pdfjs's path data is one rectangle filling its own bounding box: a single
 * moveTo, at most four lineTo, and an enclosed area equal to the box's (a
 * zero-area line or two far-apart squares have a box as large but enclose
 * nothing of it).
 */
function isRectangle(data: unknown, minMax: ArrayLike<number>): boolean {
  if (!(data instanceof Float32Array)) return false;
  const points: [number, number][] = [];
  let moves = 0;
  for (let at = 0; at < data.length; ) {
    const op = data[at];
    if (op === 0 || op === 1) {
      if (op === 0) moves++;
      points.push([data[at + 1] ?? 0, data[at + 2] ?? 0]);
      at += 3;
    } else if (op === 4) at += 1;
    else return false;
  }
  if (moves !== 1 || points.length > 5) return false;
  let twiceArea = 0;
  for (let i = 0; i < points.length; i++) {
    const [x0, y0] = points[i] ?? [0, 0];
    const [x1, y1] = points[(i + 1) % points.length] ?? [0, 0];
    twiceArea += x0 * y1 - x1 * y0;
  }
  const box = ((minMax[2] ?? 0) - (minMax[0] ?? 0)) * ((minMax[3] ?? 0) - (minMax[1] ?? 0));
  return box > 0 && Math.abs(Math.abs(twiceArea) / 2 - box) <= box * 0.01;
}

/**
 * Scans `fnArray`/`argsArray` (pdfjs's operator list of the page). `toPage`
 * is the page's viewport transform (scale 1), `page` its size; `isType3`
 * tells whether a font (by pdfjs's loaded name) is a Type3 font.
 */
export function scanOperators(
  list: { fnArray: readonly number[]; argsArray: readonly unknown[] },
  OPS: Ops,
  toPage: readonly number[],
  page: { width: number; height: number },
  isType3: (loadedName: string) => boolean,
): PlainScan {
  const name = new Map(Object.entries(OPS).map(([key, id]) => [id, key]));
  const neutral = new Set<string>(NEUTRAL);
  const images = new Set<string>(IMAGES);
  const found: Box[] = [];
  let ctm = [...toPage] as Matrix;
  const saved: Matrix[] = [];
  let why: string | undefined;
  let clipping = false;
  const notPlain = (reason: string) => {
    why ??= reason;
  };
  for (let i = 0; i < list.fnArray.length; i++) {
    const op = name.get(list.fnArray[i] ?? -1) ?? "unknown";
    const args = (list.argsArray[i] ?? []) as unknown[];
    if (neutral.has(op)) continue;
    switch (op) {
      case "save":
        saved.push(ctm);
        break;
      case "restore":
        ctm = saved.pop() ?? ctm;
        break;
      case "transform":
        if (!ordinaryMatrix(matrixOf(args))) notPlain("transform");
        ctm = multiply(ctm, matrixOf(args));
        break;
      case "paintFormXObjectBegin":
        notPlain("form XObject");
        saved.push(ctm);
        if (args[0] != null) ctm = multiply(ctm, matrixOf(args));
        break;
      case "paintFormXObjectEnd":
        ctm = saved.pop() ?? ctm;
        break;
      case "setTextMatrix":
        if (!ordinaryMatrix(matrixOf(args))) notPlain("text matrix");
        break;
      case "setHScale":
        if (args[0] !== 100) notPlain("horizontal scaling");
        break;
      case "setTextRenderingMode":
        if (args[0] !== 0) notPlain("render mode");
        break;
      case "setFillRGBColor":
        if (!darkFill(args[0])) notPlain("light fill");
        break;
      case "setFont":
        if (typeof args[0] === "string" && isType3(args[0])) notPlain("Type3 font");
        break;
      case "setGState": {
        const entries = (Array.isArray(args[0]) ? args[0] : []) as unknown[];
        for (const entry of entries) {
          const key = Array.isArray(entry) ? entry[0] : undefined;
          if (typeof key !== "string" || !NEUTRAL_GSTATE.has(key)) notPlain(`ExtGState ${key}`);
        }
        break;
      }
      case "clip":
      case "eoClip":
        clipping = true;
        break;
      case "constructPath": {
        // A clip of the whole page (LibreOffice writes one) hides nothing; any other path may.
        const [kind, [data] = [], minMax] = args as [number, unknown[], ArrayLike<number> | null];
        const covers =
          clipping &&
          kind === OPS.endPath &&
          minMax != null &&
          isRectangle(data, minMax) &&
          (() => {
            const [left, top, right, bottom] = boxThrough(ctm, [
              minMax[0] ?? 0,
              minMax[1] ?? 0,
              minMax[2] ?? 0,
              minMax[3] ?? 0,
            ]);
            return left <= 1 && top <= 1 && right >= page.width - 1 && bottom >= page.height - 1;
          })();
        if (!covers) notPlain(clipping ? "clip" : "path");
        clipping = false;
        break;
      }
      default:
        if (images.has(op)) {
          notPlain("image");
          found.push(boxThrough(ctm, [0, 0, 1, 1]));
        } else notPlain(op);
    }
  }
  return why === undefined ? { plain: true, images: found } : { plain: false, why, images: found };
}
