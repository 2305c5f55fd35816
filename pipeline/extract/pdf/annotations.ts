/**
 * Text that annotations and form fields show on the page: a FreeText
 * (typewriter) comment, a filled-in text field, a chosen list value. pdfjs's
 * text content leaves it out, but a reader of the page (and pdftotext) sees
 * it, so it is never dropped in silence: it is not spec text (someone wrote
 * it over the published page), so it is not read into the body, and a
 * `pdf-annotation-text` warning per page quotes it. Annotations that are not
 * shown (flags Hidden or NoView; pdfjs's display intent already leaves out
 * NoView and Invisible) and those whose text shows only on demand (sticky
 * notes, pop-ups, links) are neither read nor reported.
 *
 * Other annotations with an appearance (a Stamp, a Square or Polygon whose
 * appearance holds words) draw text pdfjs neither puts in the text content
 * nor extracts for the annotation, so their text is taken from the page's
 * operator list: the glyphs drawn between the annotation's begin and end
 * operators. The operator list is built only for a page that has one.
 */
import type { PDFPageProxy } from "pdfjs-dist/types/src/display/api.js";

/** Annotation flags (PDF 32000 12.5.3) that keep an annotation off the page. */
const HIDDEN = 1 << 1;
const NO_VIEW = 1 << 5;

/** Longest annotation text quoted in one warning (the rest is counted). */
const MAX_QUOTED_CHARS = 500;

/** The part of pdfjs's annotation data we read. */
interface AnnotationData {
  subtype?: unknown;
  annotationFlags?: unknown;
  hidden?: unknown;
  fieldType?: unknown;
  fieldValue?: unknown;
  textContent?: unknown;
  contentsObj?: { str?: unknown };
  hasAppearance?: unknown;
  id?: unknown;
}

/** Subtypes read above from pdfjs's own data, or whose text shows only on demand. */
const NOT_APPEARANCE_TEXT: ReadonlySet<unknown> = new Set([
  "FreeText",
  "Widget",
  "Link",
  "Popup",
  "Text",
]);

/** The operator codes the appearance text needs (pdfjs's OPS). */
export interface AnnotationOps {
  beginAnnotation: number;
  endAnnotation: number;
  showText: number;
}

/** Below this TJ adjustment (thousandths of the font size) a gap reads as a space. */
const SPACE_ADJUSTMENT = -200;

export interface AnnotationText {
  page: number;
  /** One entry per annotation: what it is and the text it shows. */
  shown: { kind: string; text: string }[];
}

function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.filter((part): part is string => typeof part === "string");
  return [];
}

function isShown(data: AnnotationData): boolean {
  const flags = typeof data.annotationFlags === "number" ? data.annotationFlags : 0;
  return !(flags & (HIDDEN | NO_VIEW) || data.hidden === true);
}

/** An annotation whose appearance may draw text pdfjs does not extract (a Stamp, ...). */
function drawsOwnText(data: AnnotationData): boolean {
  return (
    typeof data.subtype === "string" &&
    !NOT_APPEARANCE_TEXT.has(data.subtype) &&
    data.hasAppearance === true &&
    isShown(data)
  );
}

/** The text each annotation's appearance draws, by annotation id, from the page's operator list. */
async function appearanceTexts(
  page: PDFPageProxy,
  ops: AnnotationOps,
): Promise<Map<string, string>> {
  const { fnArray, argsArray } = await page.getOperatorList();
  const texts = new Map<string, string>();
  let id: string | undefined;
  let text = "";
  for (let index = 0; index < fnArray.length; index++) {
    const fn = fnArray[index];
    if (fn === ops.beginAnnotation) {
      const named = (argsArray[index] as unknown[] | null)?.[0];
      id = typeof named === "string" ? named : undefined;
      text = "";
    } else if (fn === ops.endAnnotation) {
      if (id !== undefined) texts.set(id, `${texts.get(id) ?? ""} ${text}`);
      id = undefined;
    } else if (fn === ops.showText && id !== undefined) {
      const glyphs = (argsArray[index] as unknown[] | null)?.[0];
      if (!Array.isArray(glyphs)) continue;
      for (const glyph of glyphs) {
        if (typeof glyph === "number") {
          if (glyph < SPACE_ADJUSTMENT) text += " ";
        } else if (typeof (glyph as { unicode?: unknown } | null)?.unicode === "string") {
          text += (glyph as { unicode: string }).unicode;
        }
      }
      text += " ";
    }
  }
  return texts;
}

/** What an annotation shows on the page, as one line, or undefined when it shows no text. */
function shownText(
  data: AnnotationData,
  drawn: ReadonlyMap<string, string>,
): { kind: string; text: string } | undefined {
  if (!isShown(data)) return undefined;
  // The appearance stream's text is what is drawn; without one a viewer draws the value.
  let lines = strings(data.textContent);
  let kind: string;
  if (data.subtype === "FreeText") {
    kind = "FreeText annotation";
    if (lines.length === 0) lines = strings(data.contentsObj?.str);
  } else if (data.subtype === "Widget" && (data.fieldType === "Tx" || data.fieldType === "Ch")) {
    kind = "form field";
    if (lines.length === 0) lines = strings(data.fieldValue);
  } else if (drawsOwnText(data) && typeof data.id === "string") {
    kind = `${data.subtype} annotation`;
    lines = strings(drawn.get(data.id));
  } else {
    return undefined;
  }
  const text = lines.join(" ").replace(/\s+/g, " ").trim();
  return text === "" ? undefined : { kind, text };
}

/** The text page `number`'s shown annotations and form fields hold, or undefined when none. */
export async function annotationText(
  page: PDFPageProxy,
  number: number,
  ops: AnnotationOps,
): Promise<AnnotationText | undefined> {
  const annotations = (await page.getAnnotations({ intent: "display" })) as AnnotationData[];
  const drawn = annotations.some(drawsOwnText)
    ? await appearanceTexts(page, ops)
    : new Map<string, string>();
  const shown = annotations.flatMap((data) => shownText(data, drawn) ?? []);
  return shown.length === 0 ? undefined : { page: number, shown };
}

export function annotationTextMessage({ page, shown }: AnnotationText): string {
  const quoted = shown.map(({ kind, text }) => `${kind} "${text}"`).join(", ");
  const cut =
    quoted.length > MAX_QUOTED_CHARS
      ? `${quoted.slice(0, MAX_QUOTED_CHARS)}... (${shown.length} annotations)`
      : quoted;
  return `Unexpected text in annotations or form fields on page ${page}, expected the page's own text; shown on the page but not read: ${cut}`;
}
