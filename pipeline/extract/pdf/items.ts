/**
 * One page's text items from pdfjs, placed in page space: x to the right and
 * y downward from the page's top-left corner (after the page's /Rotate),
 * in PDF points. Streams the items so a hostile page is cut off at the limit
 * instead of being read whole into memory first.
 */
import type { PDFPageProxy } from "pdfjs-dist/types/src/display/api.js";
import { PdfError } from "./errors.js";
import { type HiddenItem, hiddenReason, invisibleTextLayer } from "./hidden.js";
import { MAX_CHARS_PER_PAGE, MAX_ITEMS_PER_PAGE } from "./limits.js";
import { type Matrix, multiply } from "./matrix.js";
import type { PlacedItem } from "./placed.js";

export type { PlacedItem };

/** A run of text as pdfjs reports it, placed on the page. */
export interface PageItems {
  page: number;
  width: number;
  height: number;
  items: PlacedItem[];
  /** Text a reader of the rendered page cannot see (hidden.ts): never spec text. */
  hidden: HiddenItem[];
  /** The page's text is an invisible OCR layer, read as its text (hidden.ts). */
  invisibleLayer: boolean;
  /**
   * The first operator that could hide text beyond the stamps (an image, a path, alpha, a light
   * fill, ...), from classpec's patch: the page is rendered to decide (painted.ts). Undefined: plain.
   */
  paint?: string | undefined;
  chars: number;
}

/** The subset of pdfjs's TextItem we read; `classpecHidden` is classpec's patch's stamp. */
interface RawItem {
  str: string;
  transform: number[];
  width: number;
  fontName?: string;
  classpecHidden?: unknown;
}

/** A marked-content entry; an /OC one carries its group from classpec's patch. */
interface MarkedContent {
  type: "beginMarkedContent" | "beginMarkedContentProps" | "endMarkedContent";
  tag?: string | null;
  classpecOptionalContent?: unknown;
}

/** A baseline sloped more than this (sin of the angle, about 0.6 degrees), or running leftward, is rotated text. */
const ROTATED = 0.01;

function isRawItem(value: unknown): value is RawItem {
  return typeof value === "object" && value !== null && "str" in value && "transform" in value;
}

/** The patch's one entry per page naming what makes the page worth rendering (painted.ts). */
function paintReason(value: unknown): string | undefined {
  const entry = value as { type?: unknown; reason?: unknown } | null;
  return entry?.type === "classpecPaint" && typeof entry.reason === "string"
    ? entry.reason
    : undefined;
}

function isMarkedContent(value: unknown): value is MarkedContent {
  return typeof value === "object" && value !== null && "type" in value;
}

/** Whether an optional-content group is shown: pdfjs's OptionalContentConfig.isVisible. */
export type OptionalContentVisible = (group: unknown) => Promise<boolean>;

/**
 * Optional content that is off, as a stack of marked-content sequences: text
 * is hidden while any enclosing /OC sequence names a group that is off.
 */
class OptionalContent {
  private readonly off: boolean[] = [];
  constructor(private readonly visible: OptionalContentVisible) {}

  get hidden(): boolean {
    return this.off.at(-1) === true;
  }

  /** Enters or leaves a sequence; a promise only when an /OC group must be looked up. */
  enter(entry: MarkedContent): Promise<void> | undefined {
    if (entry.type === "endMarkedContent") {
      this.off.pop();
      return undefined;
    }
    const group = entry.classpecOptionalContent;
    if (entry.tag !== "OC" || group == null || this.hidden) {
      this.off.push(this.hidden);
      return undefined;
    }
    return this.visible(group).then((shown) => {
      this.off.push(!shown);
    });
  }
}

function tooLarge(page: number, what: string, limit: number): PdfError {
  return new PdfError(
    "pdf-page-too-large",
    `Unexpected page ${page} with more than ${limit} ${what}, expected a class-spec page`,
  );
}

/** Reads page `number`'s text items; throws PdfError past the per-page limits. */
export async function readItems(
  page: PDFPageProxy,
  number: number,
  visible: OptionalContentVisible,
): Promise<PageItems> {
  const viewport = page.getViewport({ scale: 1 });
  const toPage = viewport.transform as Matrix;
  const items: PlacedItem[] = [];
  const hidden: HiddenItem[] = [];
  const optional = new OptionalContent(visible);
  let chars = 0;
  let order = 0;
  let paint: string | undefined;
  const reader = page.streamTextContent({ includeMarkedContent: true }).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      for (const raw of (value as { items: unknown[] }).items) {
        if (!isRawItem(raw)) {
          const reason = paintReason(raw);
          if (reason !== undefined) {
            paint ??= reason;
            continue;
          }
          const lookup = isMarkedContent(raw) ? optional.enter(raw) : undefined;
          if (lookup) await lookup;
          continue;
        }
        if (raw.str === "") continue;
        const placed = multiply(toPage, raw.transform);
        const item: PlacedItem = {
          text: raw.str,
          x: placed[4],
          y: placed[5],
          width: raw.width,
          size: Math.hypot(placed[2], placed[3]),
          font: raw.fontName,
          order: order++,
        };
        const along = Math.hypot(placed[0], placed[1]);
        // Rotated text: its glyph box is the rotated quad, not a box along the page's x axis.
        if (along > 0 && (Math.abs(placed[1]) > along * ROTATED || placed[0] < 0)) {
          item.direction = [placed[0] / along, placed[1] / along];
        }
        const reason = hiddenReason(item, viewport, {
          stamp: raw.classpecHidden,
          optionalContentOff: optional.hidden,
        });
        if (reason) hidden.push({ ...item, reason });
        else items.push(item);
        chars += raw.str.length;
      }
      if (items.length + hidden.length > MAX_ITEMS_PER_PAGE)
        throw tooLarge(number, "text items", MAX_ITEMS_PER_PAGE);
      if (chars > MAX_CHARS_PER_PAGE) throw tooLarge(number, "characters", MAX_CHARS_PER_PAGE);
    }
  } catch (error) {
    // No reader.cancel(): pdfjs 5.5 then never settles the document's destroy(), which
    // extractPdf calls next and which stops the page's stream itself.
    reader.releaseLock();
    throw error;
  }
  const layer = invisibleTextLayer(items, hidden);
  const read = layer ? new Set<HiddenItem>(layer) : undefined;
  return {
    page: number,
    width: viewport.width,
    height: viewport.height,
    items: layer ? [...items, ...layer] : items,
    hidden: read ? hidden.filter((item) => !read.has(item)) : hidden,
    invisibleLayer: read !== undefined,
    chars,
    paint,
  };
}
