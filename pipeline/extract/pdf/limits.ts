/**
 * Limits on what the PDF reader accepts, in one place so README ("Limits")
 * and the code cannot drift. Each is far above a real Kentucky class spec
 * (two or three pages, a few hundred text items per page, under 1 MiB) and
 * far below what would exhaust memory or time on a 2-core machine.
 * `load` already caps the file itself (DEFAULT_MAX_BYTES, 32 MiB).
 */

import { positiveWholeNumber } from "../../shared/settings-number.js";

/** Most pages read from one PDF: a class spec is 2-3 pages; 500 covers a whole bound manual. */
export const MAX_PAGES = 500;

/** Most text items on one page: a dense spec page has ~500; more is a generated or hostile page. */
export const MAX_ITEMS_PER_PAGE = 20_000;

/** Most characters of text on one page: ~4,000 fill a Letter page at 8 pt. */
export const MAX_CHARS_PER_PAGE = 200_000;

/** Most characters of text in one document, so many large pages cannot add up to an unbounded string. */
export const MAX_CHARS_PER_DOCUMENT = 4_000_000;

/**
 * Largest image pdfjs may decode, in pixels. Text extraction decodes no
 * images; this guards code paths that might (e.g. a Type3 glyph drawn by an image).
 */
export const MAX_IMAGE_PIXELS = 16 * 1024 * 1024;

/**
 * Wall-clock budget for one document, checked around every pdfjs call. pdfjs
 * runs on this thread in Node (its "fake worker"), so a synchronous loop
 * inside it cannot be interrupted here; the batch pool (pipeline/batch) can
 * terminate a worker that overruns.
 */
export const MAX_MILLISECONDS = 30_000;

/**
 * How far from the end of the file `%%EOF` must appear. The spec puts it on
 * the last line; 1 KiB tolerates the trailing bytes some producers add.
 */
export const EOF_MARKER_WINDOW = 1024;

/**
 * Most bytes one decoded stream may yield (a content stream, a font, an
 * object stream), in MiB. A class spec's largest stream, an embedded font, is
 * well under 1 MiB; a doubly deflated stream of a few KiB can otherwise
 * inflate to gigabytes before the memory budget stops it.
 */
export const MAX_STREAM_MIB = 64;

/**
 * Most content-stream operators read on one page, its form XObjects
 * included: a dense spec page has a few thousand. Without it a page of
 * megabytes of `q Q` runs until the time budget stops it.
 */
export const MAX_OPERATORS_PER_PAGE = 1_000_000;

/** `CLASSPEC_PDF_MAX_STREAM_MB=N` lowers (or raises) MAX_STREAM_MIB; a test or a user with unusual PDFs sets it. */
export const STREAM_VARIABLE = "CLASSPEC_PDF_MAX_STREAM_MB";
/** `CLASSPEC_PDF_MAX_OPERATORS=N` lowers (or raises) MAX_OPERATORS_PER_PAGE. */
export const OPERATORS_VARIABLE = "CLASSPEC_PDF_MAX_OPERATORS";

/** What the patched pdfjs worker reads from `globalThis.classpecPdfCaps` (patches/pdfjs-dist+*.patch). */
export interface PdfjsCaps {
  maxStreamBytes: number;
  maxOperatorsPerPage: number;
}

function positiveInteger(text: string | undefined, fallback: number): number {
  return (text === undefined ? undefined : positiveWholeNumber(text)) ?? fallback;
}

/**
 * The caps, with the environment's overrides. The CLI refuses a value that
 * is not a positive whole number before any work (batch/budgets.ts); here,
 * for the library, such a value leaves the default.
 */
export function pdfjsCaps(env: Readonly<Record<string, string | undefined>>): PdfjsCaps {
  return {
    maxStreamBytes: positiveInteger(env[STREAM_VARIABLE], MAX_STREAM_MIB) * 1024 * 1024,
    maxOperatorsPerPage: positiveInteger(env[OPERATORS_VARIABLE], MAX_OPERATORS_PER_PAGE),
  };
}
