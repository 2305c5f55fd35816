/**
 * A Kentucky spec ends with the family's closing statement (the
 * non-discrimination statement). One that stops before it was cut short:
 * `truncated-text`, an error, so the spec is `partial` and a diff of it is
 * `incomplete`. How its last paragraph stops (inside a word, inside a
 * sentence) comes from the shared check (pipeline/shared/truncation), so the
 * message says where the text breaks off.
 */
import type { DocFile } from "../../file.js";
import { cutAtEnd, describeCut } from "../../shared/truncation.js";
import type { Line } from "../../types.js";
import { linePlace, SOURCE } from "./header-fields.js";
import type { Layout } from "./sections.js";

const CUT_MIN_WORDS = 2;

/** The last paragraph of the document: its last run of non-blank lines, joined. */
function lastParagraph(lines: readonly Line[]): Line[] {
  let end = lines.length;
  while (end > 0 && (lines[end - 1] as Line).text.trim() === "") end--;
  let start = end;
  while (start > 0 && (lines[start - 1] as Line).text.trim() !== "") start--;
  return lines.slice(start, end);
}

/** Reports a spec that stops before its closing statement (the caller has read it). */
export function checkClosing(layout: Layout, lines: readonly Line[], file: DocFile): void {
  if (layout.sections.has("closing")) return;
  const paragraph = lastParagraph(lines);
  const last = paragraph.at(-1);
  if (!last) return;
  // The closing is missing, so the spec is cut: two words without a closing mark say where.
  const cut = cutAtEnd(paragraph.map((line) => line.text.trim()).join(" "), CUT_MIN_WORDS);
  const where = cut ? ` ${describeCut(cut)}` : "";
  file.error(
    "truncated-text",
    `Unexpected end of the spec${where} before its closing non-discrimination statement, expected the rest of the spec`,
    { place: linePlace(last), source: SOURCE },
  );
}
