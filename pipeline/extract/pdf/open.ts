/**
 * Opening a PDF with pdfjs-dist: the legacy build (the one made for Node),
 * loaded on first use so runs without PDFs never pay for it, with every
 * feature that could run the document's code or reach the network turned off.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type {
  DocumentInitParameters,
  PDFDocumentLoadingTask,
  PDFDocumentProxy,
} from "pdfjs-dist/types/src/display/api.js";
import { fromPdfjs, PdfError } from "./errors.js";
import {
  EOF_MARKER_WINDOW,
  MAX_IMAGE_PIXELS,
  MAX_PAGES,
  type PdfjsCaps,
  pdfjsCaps,
} from "./limits.js";
import { keepNatives } from "./natives.js";

type Pdfjs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

/** pdfjs's own log levels: 0 is errors only, so its warnings never reach the user's terminal. */
const PDFJS_VERBOSITY_ERRORS = 0;

let loaded: Promise<Pdfjs> | undefined;

/** A specifier in a variable: the worker module ships no type declarations. */
const PDFJS_WORKER: string = "pdfjs-dist/legacy/build/pdf.worker.mjs";
/**
 * The patched worker the build ships (`scripts/vendor-pdfjs.ts`): from
 * `dist/pipeline/extract/pdf/`, `dist/vendor/pdfjs/`. An installed package
 * has it, and its `pdfjs-dist` is the registry's, unpatched; run from source
 * (the tests) there is none, and the repository's own install is patched.
 */
const VENDORED_WORKER = new URL("../../../vendor/pdfjs/pdf.worker.mjs", import.meta.url);

/** The worker module to load: the shipped patched copy where there is one. */
export function pdfjsWorkerModule(): string {
  return existsSync(fileURLToPath(VENDORED_WORKER)) ? VENDORED_WORKER.href : PDFJS_WORKER;
}

/**
 * The pdfjs module, imported once per process. Each document gets its own
 * pdfjs "worker" (in Node, a channel on this thread): one shared worker
 * measured a third slower per document over a batch. The worker's code is
 * imported here too (pdfjs finds it on `globalThis.pdfjsWorker` instead of
 * importing it at the first document), so that both modules' polyfills have
 * run by the time `keepNatives` restores the built-ins they replaced.
 */
export function loadPdfjs(): Promise<Pdfjs> {
  loaded ??= keepNatives(async () => {
    const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
    await import(pdfjsWorkerModule());
    return pdfjs;
  }).then(({ value }) => value);
  return loaded;
}

/**
 * Folder of pdfjs-dist's data files, by absolute path (pdfjs reads them with `fs` in Node).
 *
 * No `standardFontDataUrl`: pdfjs then loads and parses a Type 1 font program
 * for every unembedded standard font of every document, which cost 6 of 16 ms
 * per 2-page spec in the benchmark, and text extraction never draws a glyph:
 * the widths come from pdfjs's built-in metrics of the 14 standard fonts
 * either way (the fixture bodies are identical with and without). The warning
 * pdfjs gives about the missing URL stays silent at PDFJS_VERBOSITY_ERRORS.
 */
function dataFolder(name: "cmaps" | "standard_fonts"): string {
  // Resolved once per process: resolving reads the file system, once per document otherwise.
  packageFolder ??= dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
  // pdfjs joins file names onto these; it needs the trailing separator.
  return `${join(packageFolder, name)}/`;
}

let packageFolder: string | undefined;

const END_OF_FILE = "%%EOF";

/**
 * A PDF ends with `%%EOF` (within its last bytes). pdfjs repairs many damaged
 * files by scanning for objects, so a file cut short can open and yield half
 * a spec; checking the end first turns that into a clear error instead.
 */
export function assertComplete(bytes: Uint8Array): void {
  const tail = new TextDecoder("latin1").decode(
    bytes.subarray(Math.max(0, bytes.length - EOF_MARKER_WINDOW)),
  );
  if (!tail.includes(END_OF_FILE)) {
    throw new PdfError(
      "pdf-corrupt",
      "Unexpected end of file before %%EOF, expected a complete PDF (the file looks truncated)",
    );
  }
}

export interface OpenDocument {
  pdf: PDFDocumentProxy;
  pdfjs: Pdfjs;
  task: PDFDocumentLoadingTask;
}

/**
 * The caps the patched worker enforces (stream bytes, operators per page).
 * They reach it through a global rather than getDocument's parameters: pdfjs's
 * API copies only the parameters it knows into the worker's message, and the
 * API module is the registry's, unpatched, in an installed package (only the
 * worker is shipped patched). pdfjs's worker runs on this thread in Node (its
 * "fake worker"), so the global is the one the worker reads. The caps are the
 * same for every document of a process, so documents read at once share them safely.
 */
function setWorkerCaps(): void {
  (globalThis as { classpecPdfCaps?: PdfjsCaps }).classpecPdfCaps = pdfjsCaps(process.env);
}

/**
 * Opens the document; throws PdfError (encrypted, corrupt, too many pages).
 * `glyphs`: load the standard fonts' outlines too, for a document that is
 * rendered (painted.ts) rather than only read. `charCodes`: each glyph's
 * character code and each font's encoding, which only the check of what a
 * glyph is read as needs (text-mismatch.ts); without them every font pdfjs
 * sends over is smaller.
 */
export async function openPdf(
  bytes: Uint8Array,
  { glyphs = false, charCodes = true }: { glyphs?: boolean; charCodes?: boolean } = {},
): Promise<OpenDocument> {
  assertComplete(bytes);
  const pdfjs = await loadPdfjs();
  setWorkerCaps();
  const params: DocumentInitParameters & { enableScripting: false } = {
    // A copy: pdfjs transfers (detaches) the buffer it is given, and the caller still holds these bytes.
    data: bytes.slice(),
    // pdfjs runs document scripts only in its viewer's sandbox, which is never loaded here;
    // the flag is passed anyway so a version that reads it in getDocument stays off.
    // (pdfjs 6 dropped `isEvalSupported`: its worker no longer compiles PostScript functions to JS.)
    enableScripting: false,
    disableFontFace: true,
    // The font's encoding and each glyph's character code, to check its ToUnicode map (text-mismatch.ts).
    fontExtraProperties: charCodes,
    useSystemFonts: false,
    enableXfa: false,
    // The whole file is in memory: no range requests, no streaming, no fetching.
    disableRange: true,
    disableStream: true,
    disableAutoFetch: true,
    useWorkerFetch: false,
    stopAtErrors: false,
    maxImageSize: MAX_IMAGE_PIXELS,
    cMapUrl: dataFolder("cmaps"),
    cMapPacked: true,
    ...(glyphs ? { standardFontDataUrl: dataFolder("standard_fonts") } : {}),
    verbosity: PDFJS_VERBOSITY_ERRORS,
  };
  const task = pdfjs.getDocument(params);
  let pdf: PDFDocumentProxy;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw fromPdfjs(error);
  }
  if (pdf.numPages > MAX_PAGES) {
    await task.destroy().catch(() => undefined);
    throw new PdfError(
      "pdf-too-many-pages",
      `Unexpected PDF of ${pdf.numPages} pages, expected at most ${MAX_PAGES}`,
    );
  }
  return { pdf, pdfjs, task };
}
