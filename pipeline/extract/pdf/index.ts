/**
 * PDF -> lines with pages (docs/architecture.md, stage 2). The steps, each in its file:
 * open.ts (pdfjs, safely) -> items.ts (placed text items, bounded) ->
 * rows.ts (visual lines) -> furniture.ts (running headers, footers, page
 * numbers) -> lines.ts (paragraph breaks, page-break joins).
 * Every problem becomes one fatal message with a stable code; nothing throws.
 */
import type { PDFDocumentLoadingTask, PDFDocumentProxy } from "pdfjs-dist/types/src/display/api.js";
import type { DocFile } from "../../file.js";
import type { ExtractedLines, Source } from "../../types.js";
import { type AnnotationText, annotationText, annotationTextMessage } from "./annotations.js";
import { unrenderedMessage } from "./canvas.js";
import { type Before, deadlineOf } from "./deadline.js";
import { fromPdfjs, PdfError } from "./errors.js";
import { type PageRows, removeFurniture } from "./furniture.js";
import {
  type HiddenText,
  hiddenLines,
  hiddenTextMessage,
  hiddenTexts,
  invisibleLayerMessage,
  redrawnTextMessage,
} from "./hidden.js";
import { type OptionalContentVisible, readItems } from "./items.js";
import { MAX_CHARS_PER_DOCUMENT, MAX_MILLISECONDS } from "./limits.js";
import { toLines } from "./lines.js";
import { type OpenDocument, openPdf } from "./open.js";
import { judgePainted } from "./painted.js";
import { rowsOf } from "./rows.js";
import {
  type FontMismatches,
  textMismatches,
  textMismatchMessage,
  withoutMismatched,
} from "./text-mismatch.js";
import { mayDrawOtherText } from "./text-mismatch-gate.js";

export { COLUMN_BREAK } from "./rows.js";

const SOURCE = "pdf";

/** Optional-content visibility in the document's default configuration, loaded at the first /OC sequence. */
function optionalContentOf(pdf: PDFDocumentProxy): OptionalContentVisible {
  let config: ReturnType<PDFDocumentProxy["getOptionalContentConfig"]> | undefined;
  return async (group) => {
    config ??= pdf.getOptionalContentConfig();
    return (await config).isVisible(group) !== false;
  };
}

interface ReadPages {
  pages: PageRows[];
  /** Pages with no text, for a warning. */
  empty: number[];
  hidden: HiddenText[];
  /** Copies of runs drawn again exactly over themselves (read once), for a notice. */
  redrawn: HiddenText[];
  /** Pages read from an invisible OCR text layer, for a notice. */
  invisibleLayers: number[];
  /** Text not read because its characters are not the glyphs drawn (text-mismatch.ts). */
  remapped: { page: number; lines: string[]; mismatches: FontMismatches }[];
  /** Text shown by annotations and form fields, reported, not read (annotations.ts). */
  annotated: AnnotationText[];
  /** Pages that needed rendering to judge their text but had no canvas (canvas.ts), with why. */
  unrendered: { page: number; reason: string }[];
}

/** Every page's rows, in page order, with what the warnings need. */
async function readPages(
  { pdf, pdfjs }: OpenDocument,
  before: Before,
  renderDocument: () => Promise<PDFDocumentProxy>,
  checkGlyphs: boolean,
): Promise<ReadPages> {
  const pages: PageRows[] = [];
  const empty: number[] = [];
  const hidden: HiddenText[] = [];
  const redrawn: HiddenText[] = [];
  const invisibleLayers: number[] = [];
  const remapped: ReadPages["remapped"] = [];
  const annotated: AnnotationText[] = [];
  const unrendered: ReadPages["unrendered"] = [];
  const visible = optionalContentOf(pdf);
  let chars = 0;
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await before(pdf.getPage(number));
    const painted = await before(
      readItems(page, number, visible).then((items) =>
        judgePainted(items, page, pdfjs, async () => (await renderDocument()).getPage(number)),
      ),
    );
    const { read } = painted;
    if (painted.unrendered) unrendered.push({ page: number, reason: painted.unrendered });
    const mismatches = checkGlyphs
      ? await before(textMismatches(page, read))
      : new Map<never, never>();
    const annotations = await before(annotationText(page, number, pdfjs.OPS));
    if (annotations) annotated.push(annotations);
    page.cleanup();
    chars += read.chars;
    if (chars > MAX_CHARS_PER_DOCUMENT) {
      throw new PdfError(
        "pdf-too-large",
        `Unexpected PDF with more than ${MAX_CHARS_PER_DOCUMENT} characters of text, expected a class spec`,
      );
    }
    const unseen = hiddenTexts(number, read.hidden);
    if (unseen.hidden) hidden.push(unseen.hidden);
    if (unseen.redrawn) redrawn.push(unseen.redrawn);
    if (read.invisibleLayer) invisibleLayers.push(number);
    const { kept, affected } = withoutMismatched(read.items, mismatches);
    if (mismatches.size > 0)
      remapped.push({ page: number, lines: hiddenLines(affected), mismatches });
    const rows = rowsOf(kept);
    // A page whose only text is hidden has a text layer: pdf-hidden-text says why none of it is read.
    if (rows.length === 0 && !unseen.hidden) empty.push(number);
    pages.push({ page: number, height: read.height, rows });
  }
  return { pages, empty, hidden, redrawn, invisibleLayers, remapped, annotated, unrendered };
}

/** How long closing a document may take before we stop waiting for it. */
const CLOSE_GRACE_MS = 2_000;

/** Destroys the pdfjs document, waiting at most CLOSE_GRACE_MS so a stuck close cannot hang the batch. */
async function close(task: PDFDocumentLoadingTask): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const grace = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, CLOSE_GRACE_MS);
  });
  await Promise.race([task.destroy().catch(() => undefined), grace]);
  clearTimeout(timer);
}

export async function extractPdf(
  source: Source,
  file: DocFile,
): Promise<ExtractedLines | undefined> {
  const { before, clear } = deadlineOf(Date.now() + MAX_MILLISECONDS);
  let opened: Awaited<ReturnType<typeof openPdf>> | undefined;
  // The same bytes with glyph outlines, opened at the first page that must be rendered (painted.ts).
  let rendering: Promise<OpenDocument> | undefined;
  const renderDocument = async () => {
    rendering ??= openPdf(source.bytes, { glyphs: true });
    return (await rendering).pdf;
  };
  try {
    const checkGlyphs = mayDrawOtherText(source.bytes);
    opened = await before(openPdf(source.bytes, { charCodes: checkGlyphs }));
    const { pages, empty, hidden, redrawn, invisibleLayers, remapped, annotated, unrendered } =
      await readPages(opened, before, renderDocument, checkGlyphs);
    if (empty.length === pages.length) {
      throw new PdfError(
        "pdf-no-text",
        "Unexpected PDF with no text layer (scanned or image-only pages), expected selectable text; run OCR first",
      );
    }
    // Every page's text hidden (a page of it is not in `empty`): nothing a reader sees is left to read.
    if (pages.every((page) => page.rows.length === 0)) {
      throw new PdfError(
        "pdf-no-text",
        `Unexpected PDF whose only text a reader cannot see (hidden on page${hidden.length > 1 ? "s" : ""} ${hidden.map((unseen) => unseen.page).join(", ")}), expected visible text`,
      );
    }
    for (const page of empty) {
      file.warn(
        "pdf-page-no-text",
        `Unexpected page ${page} with no text layer, expected text; the page is skipped`,
        {
          place: { page },
          source: SOURCE,
        },
      );
    }
    for (const unseen of hidden) {
      file.warn("pdf-hidden-text", hiddenTextMessage(unseen), {
        place: { page: unseen.page },
        source: SOURCE,
      });
    }
    for (const copies of redrawn) {
      file.info("pdf-text-redrawn", redrawnTextMessage(copies), {
        place: { page: copies.page },
        source: SOURCE,
      });
    }
    for (const { page, lines, mismatches } of remapped) {
      file.error("pdf-text-mismatch", textMismatchMessage(page, lines, mismatches), {
        place: { page },
        source: SOURCE,
      });
    }
    for (const { page, reason } of unrendered) {
      file.warn("pdf-visibility-unrendered", unrenderedMessage(page, reason), {
        place: { page },
        source: SOURCE,
      });
    }
    for (const annotations of annotated) {
      file.warn("pdf-annotation-text", annotationTextMessage(annotations), {
        place: { page: annotations.page },
        source: SOURCE,
      });
    }
    for (const page of invisibleLayers) {
      file.info("pdf-invisible-text-layer", invisibleLayerMessage(page), {
        place: { page },
        source: SOURCE,
      });
    }
    const { pages: body } = removeFurniture(pages);
    return { source, lines: toLines(body), pages: pages.length };
  } catch (error) {
    const failure = fromPdfjs(error);
    file.fail(failure.code, failure.message, { source: SOURCE });
    return undefined;
  } finally {
    clear();
    if (opened) await close(opened.task);
    const rendered = await rendering?.catch(() => undefined);
    if (rendered) await close(rendered.task);
  }
}
