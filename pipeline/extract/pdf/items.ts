/**
 * One page's text items from pdfjs, placed in page space: x to the right and
 * y downward from the page's top-left corner (after the page's /Rotate),
 * in PDF points. Streams the items so a hostile page is cut off at the limit
 * instead of being read whole into memory first.
 */
import type { PDFPageProxy } from "pdfjs-dist/types/src/display/api.js";
import { PdfError } from "./errors.js";
import { isHidden } from "./hidden.js";
import { MAX_CHARS_PER_PAGE, MAX_ITEMS_PER_PAGE } from "./limits.js";
import type { PlacedItem } from "./placed.js";

export type { PlacedItem };

/** A run of text as pdfjs reports it, placed on the page. */
export interface PageItems {
  page: number;
  width: number;
  height: number;
  items: PlacedItem[];
  /** Text a reader of the rendered page cannot see (hidden.ts): never spec text. */
  hidden: PlacedItem[];
  chars: number;
}

/** The subset of pdfjs's TextItem we read (TextMarkedContent entries lack `str`). */
interface RawItem {
  str: string;
  transform: number[];
  width: number;
}

function isRawItem(value: unknown): value is RawItem {
  return typeof value === "object" && value !== null && "str" in value && "transform" in value;
}

type Matrix = [number, number, number, number, number, number];

/** Product of two PDF matrices (pdfjs's Util.transform), kept here to need no pdfjs import. */
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

function tooLarge(page: number, what: string, limit: number): PdfError {
  return new PdfError(
    "pdf-page-too-large",
    `Unexpected page ${page} with more than ${limit} ${what}, expected a class-spec page`,
  );
}

/** Reads page `number`'s text items; throws PdfError past the per-page limits. */
export async function readItems(page: PDFPageProxy, number: number): Promise<PageItems> {
  const viewport = page.getViewport({ scale: 1 });
  const toPage = viewport.transform as Matrix;
  const items: PlacedItem[] = [];
  const hidden: PlacedItem[] = [];
  let chars = 0;
  const reader = page.streamTextContent().getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      for (const raw of (value as { items: unknown[] }).items) {
        if (!isRawItem(raw) || raw.str === "") continue;
        const placed = multiply(toPage, raw.transform);
        const item = {
          text: raw.str,
          x: placed[4],
          y: placed[5],
          width: raw.width,
          size: Math.hypot(placed[2], placed[3]),
        };
        (isHidden(item, viewport) ? hidden : items).push(item);
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
  return { page: number, width: viewport.width, height: viewport.height, items, hidden, chars };
}
