/**
 * Text whose extracted characters are not the glyphs the page draws: a
 * ToUnicode map that reads glyph /two as "5" makes the JSON say 25.38 where
 * the page shows 22.38 (README "Reading PDFs"). Each glyph drawn on the page
 * (pdfjs's operator list, with the font's encoding as `fontExtraProperties`
 * exports it) is judged by what its name reads as (glyph-names.ts) where the
 * font names its glyphs in a way that decides what is drawn, and otherwise,
 * for digits of an embedded font, by its outline (glyph-shapes.ts); the same
 * outline read as two different digits is a mismatch too.
 * Text items in a font with a mismatched glyph that hold what that glyph was
 * read as are not read: they are quoted in a `pdf-text-mismatch` error.
 */
import type { PDFPageProxy } from "pdfjs-dist/types/src/display/api.js";
import { textOfGlyphName } from "./glyph-names.js";
import { judgedByShape, type Shape, shapeFits, shapeOf } from "./glyph-shapes.js";
import { loadPdfjs } from "./open.js";
import type { PlacedItem } from "./placed.js";

/** The part of a pdfjs Glyph (with fontExtraProperties) we read. */
interface Glyph {
  originalCharCode: number;
  fontChar: string;
  unicode: string;
  isInFont?: boolean;
}

/** The part of a pdfjs font object (FontFaceObject with its extra properties) we read. */
interface FontInfo {
  data?: unknown;
  missingFile?: boolean;
  composite?: boolean;
  isType3Font?: boolean;
  differences?: Map<number, string> | Record<number, string>;
  defaultEncoding?: ArrayLike<string> | string;
}

export interface Mismatch {
  /** What the glyph was read as (the ToUnicode map's text). */
  read: string;
  /** What the glyph's name reads as, when it has one we know. */
  shown?: string;
  /** The glyph's name, or undefined when judged by its outline. */
  name?: string;
}

/** Per font (pdfjs's loaded name), its glyphs that are read as something they are not. */
export type FontMismatches = Map<string, Mismatch[]>;

function isGlyph(value: unknown): value is Glyph {
  return (
    typeof value === "object" && value !== null && "originalCharCode" in value && "unicode" in value
  );
}

function fontOf(page: PDFPageProxy, name: string): FontInfo | undefined {
  try {
    return page.commonObjs.get(name) as FontInfo;
  } catch {
    return undefined;
  }
}

/**
 * The glyph's name where it decides what is drawn: a /Differences entry, or
 * the base encoding of a font that is not embedded (drawn from the viewer's
 * own standard font by that name). An embedded font without a Differences
 * entry draws through its own encoding or cmap, which pdfjs does not export.
 */
function nameOf(font: FontInfo, code: number): string | undefined {
  if (font.composite) return undefined;
  const { differences } = font;
  const named =
    differences instanceof Map
      ? differences.get(code)
      : differences
        ? differences[code]
        : undefined;
  if (named) return named;
  const embedded = font.data !== undefined && font.data !== null && !font.missingFile;
  if (embedded || typeof font.defaultEncoding === "string") return undefined;
  return font.defaultEncoding?.[code] || undefined;
}

function pathOf(page: PDFPageProxy, font: string, fontChar: string): ArrayLike<number> | undefined {
  try {
    return (page.commonObjs.get(`${font}_path_${fontChar}`) as { path?: ArrayLike<number> }).path;
  } catch {
    return undefined;
  }
}

function sameOutline(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** What each outline of one font was read as: one outline is one character. */
export class OutlineReadings {
  /** By path length, so only outlines of the same length are ever compared (most differ). */
  private readonly byLength = new Map<number, { path: ArrayLike<number>; read: Set<string> }[]>();

  /** Records that `path` was read as `read`; returns every reading of it when there are two or more. */
  add(path: ArrayLike<number>, read: string): string[] {
    const alike = this.byLength.get(path.length) ?? [];
    this.byLength.set(path.length, alike);
    let outline = alike.find((known) => sameOutline(known.path, path));
    if (!outline) {
      outline = { path, read: new Set<string>() };
      alike.push(outline);
    }
    outline.read.add(read);
    return outline.read.size > 1 ? [...outline.read] : [];
  }
}

/** Judges one font's glyphs. */
class FontCheck {
  readonly mismatches = new Map<string, Mismatch>();
  private readonly seen = new Set<string>();
  /** Outline -> the characters it was read as, for the same glyph read as a digit and as another. */
  private readonly outlines = new OutlineReadings();

  constructor(
    private readonly page: PDFPageProxy,
    private readonly loadedName: string,
    private readonly font: FontInfo,
  ) {}

  add(glyph: Glyph): void {
    const read = glyph.unicode.normalize("NFKC");
    const key = `${glyph.originalCharCode} ${glyph.fontChar} ${read}`;
    if (this.seen.has(key) || read.trim() === "" || glyph.isInFont === false) return;
    this.seen.add(key);
    const name = nameOf(this.font, glyph.originalCharCode);
    const shown = name === undefined ? undefined : textOfGlyphName(name)?.normalize("NFKC");
    if (name !== undefined && shown !== undefined) {
      if (shown !== read) this.mismatches.set(read, { read, shown, name });
      return;
    }
    // No name we can read (none, or the font's own such as /g17): the outline, where the font is embedded.
    if (this.font.isType3Font || [...read].length !== 1) return;
    const judged = judgedByShape(read);
    const path = pathOf(this.page, this.loadedName, glyph.fontChar);
    const shape: Shape | undefined = path && judged ? shapeOf(path) : undefined;
    if (!path || path.length === 0) return;
    if (shape && !shapeFits(shape, read)) this.mismatches.set(read, { read });
    // One outline read as a digit or `$` and as anything else: one of the two readings is wrong.
    const readings = this.outlines.add(path, read);
    if (readings.some(judgedByShape))
      for (const text of readings) this.mismatches.set(text, { read: text });
  }
}

/**
 * The glyphs drawn on `page` whose extracted text disagrees with their name or
 * outline. A page with no text is not parsed again, nor one read from an OCR
 * layer: its text is drawn invisible, in a font with no outlines or names to judge.
 */
export async function textMismatches(
  page: PDFPageProxy,
  read: { items: readonly PlacedItem[]; invisibleLayer: boolean },
): Promise<FontMismatches> {
  if (read.invisibleLayer || !read.items.some((item) => item.text.trim() !== "")) return new Map();
  const { AnnotationMode, OPS } = await loadPdfjs();
  // Annotations' appearances are left out: their text is never read (annotations.ts).
  const operators = await page.getOperatorList({ annotationMode: AnnotationMode.DISABLE });
  const checks = new Map<string, FontCheck>();
  let current: FontCheck | undefined;
  for (let i = 0; i < operators.fnArray.length; i++) {
    const fn = operators.fnArray[i];
    const args = operators.argsArray[i] as unknown[] | null;
    if (fn === OPS.setFont && typeof args?.[0] === "string") {
      const name = args[0];
      const font = fontOf(page, name);
      current = font ? (checks.get(name) ?? new FontCheck(page, name, font)) : undefined;
      if (current) checks.set(name, current);
    } else if (fn === OPS.showText && current && Array.isArray(args?.[0])) {
      for (const glyph of args[0] as unknown[]) if (isGlyph(glyph)) current.add(glyph);
    }
  }
  const found: FontMismatches = new Map();
  for (const [name, check] of checks) {
    if (check.mismatches.size > 0) found.set(name, [...check.mismatches.values()]);
  }
  return found;
}

/** Splits items into those read and those holding a mismatched glyph's text in its font. */
export function withoutMismatched<T extends PlacedItem>(
  items: readonly T[],
  mismatches: FontMismatches,
): { kept: T[]; affected: T[] } {
  const kept: T[] = [];
  const affected: T[] = [];
  for (const item of items) {
    const glyphs = item.font === undefined ? undefined : mismatches.get(item.font);
    const hit = glyphs?.some((glyph) => item.text.normalize("NFKC").includes(glyph.read));
    (hit ? affected : kept).push(item);
  }
  return { kept, affected };
}

/** Longest text quoted in one error (the rest is counted). */
const MAX_QUOTED_CHARS = 500;

function describe(glyph: Mismatch): string {
  if (glyph.name !== undefined) return `glyph /${glyph.name} read as "${glyph.read}"`;
  return `a glyph whose outline is no "${glyph.read}" read as "${glyph.read}"`;
}

export function textMismatchMessage(
  page: number,
  lines: readonly string[],
  mismatches: FontMismatches,
): string {
  const glyphs = [...mismatches.values()].flat();
  const how = [...new Set(glyphs.map(describe))].sort().join(", ");
  const quoted = lines.map((line) => `"${line}"`).join(", ");
  const shown =
    quoted.length > MAX_QUOTED_CHARS
      ? `${quoted.slice(0, MAX_QUOTED_CHARS)}... (${lines.length} lines)`
      : quoted;
  return `Unexpected text on page ${page} whose characters are not the glyphs drawn (a ToUnicode map: ${how}), expected the text the page shows; not read: ${shown || "(no text item)"}`;
}
