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
}

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

/** What an annotation shows on the page, as one line, or undefined when it shows no text. */
function shownText(data: AnnotationData): { kind: string; text: string } | undefined {
  const flags = typeof data.annotationFlags === "number" ? data.annotationFlags : 0;
  if (flags & (HIDDEN | NO_VIEW) || data.hidden === true) return undefined;
  // The appearance stream's text is what is drawn; without one a viewer draws the value.
  let lines = strings(data.textContent);
  let kind: string;
  if (data.subtype === "FreeText") {
    kind = "FreeText annotation";
    if (lines.length === 0) lines = strings(data.contentsObj?.str);
  } else if (data.subtype === "Widget" && (data.fieldType === "Tx" || data.fieldType === "Ch")) {
    kind = "form field";
    if (lines.length === 0) lines = strings(data.fieldValue);
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
): Promise<AnnotationText | undefined> {
  const annotations = (await page.getAnnotations({ intent: "display" })) as AnnotationData[];
  const shown = annotations.flatMap((data) => shownText(data) ?? []);
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
