/**
 * Section content -> the pieces a field holds: the family's preamble split
 * off into notices, NONE recognized, paragraphs and sentences with lines.
 */
import {
  joinLines,
  linesBetween,
  linesFrom,
  type Paragraph,
  type Piece,
  paragraphsOf,
  sentencesOf,
} from "../../shared/joined.js";
import { splitSentenceSpans } from "../../shared/sentences.js";
import type { Line } from "../../types.js";
import { NONE, type SectionDefinition } from "./layout.js";

export interface SectionText {
  /** The family's boilerplate at the top of the section, if printed. */
  preamble?: Piece;
  /** Paragraphs after the preamble. */
  paragraphs: Paragraph[];
  /** The section says NONE (or nothing at all). */
  none: boolean;
}

export function readSection(definition: SectionDefinition, content: readonly Line[]): SectionText {
  let paragraphs = paragraphsOf(content);
  let preamble: Piece | undefined;
  const first = paragraphs[0];
  if (definition.preamble && first && definition.preamble.start.test(first.text)) {
    // The preamble usually ends its paragraph; when no blank line follows it, cut after its last
    // sentence, inside the line if need be, so the rest re-joins to exactly the text after it.
    const joined = first.joined;
    const spans = splitSentenceSpans(joined.text);
    const endIndex = spans.findIndex(({ start, end }) =>
      definition.preamble?.end.test(joined.text.slice(start, end)),
    );
    const cut = spans[endIndex === -1 ? spans.length - 1 : endIndex]?.end ?? joined.text.length;
    preamble = {
      text: joined.text.slice(0, cut).trim(),
      lines: linesBetween(joined, 0, cut),
    };
    const rest = linesFrom(joined, cut);
    paragraphs = [...(rest.length > 0 ? paragraphsOf(rest) : []), ...paragraphs.slice(1)];
  }
  // "NONE" above a paragraph that does state something is a placeholder left standing, not text.
  if (paragraphs.length > 1 && NONE.test(paragraphs[0]?.text ?? ""))
    paragraphs = paragraphs.slice(1);
  const none =
    paragraphs.length === 0 || (paragraphs.length === 1 && NONE.test(paragraphs[0]?.text ?? ""));
  return { ...(preamble ? { preamble } : {}), paragraphs: none ? [] : paragraphs, none };
}

/** Paragraphs joined by one blank line, or null for none. */
export function proseOf(paragraphs: readonly Piece[]): string | null {
  return paragraphs.length === 0 ? null : paragraphs.map((piece) => piece.text).join("\n\n");
}

export function linesOf(paragraphs: readonly Piece[]): Line[] {
  return paragraphs.flatMap((piece) => piece.lines);
}

/** A list item's marker at the start of a line: a bullet, a dash, or "1." / "1)". */
export const BULLET = /^\s*(?:[•▪◦●*\-–]|\d{1,2}[.)])\s+/;

/** A list item printed inside running text: a sentence's end, then the next item's number. */
const INLINE_ITEM = /[.;]\s+(?:[•▪◦●]|\d{1,2}[.)])\s/;

/** One duty per bulleted or numbered line and the lines that continue it. */
function listItems(lines: readonly Line[]): Piece[] {
  const items: Line[][] = [];
  for (const line of lines) {
    if (BULLET.test(line.text) || items.length === 0)
      items.push([{ ...line, text: line.text.replace(BULLET, "") }]);
    else items[items.length - 1]?.push(line);
  }
  return items.map((item) => {
    const joined = joinLines(item);
    return {
      text: joined.text,
      lines: item.map(
        (line) => lines.find((l) => l.line === line.line && l.page === line.page) ?? line,
      ),
    };
  });
}

/** A paragraph that is a list: it opens with an item, or with a lead-in ending in ":" and then an item. */
function isList(lines: readonly Line[]): boolean {
  const [first, second] = lines;
  if (!first) return false;
  return (
    BULLET.test(first.text) ||
    (first.text.trimEnd().endsWith(":") && BULLET.test(second?.text ?? ""))
  );
}

/** Paragraphs, each bulleted or numbered paragraph split into its items (markers removed). */
export function itemsOf(paragraphs: readonly Piece[]): Piece[] {
  return paragraphs.flatMap((paragraph) =>
    isList(paragraph.lines) ? listItems(paragraph.lines) : [paragraph],
  );
}

/**
 * Duties: one per bulleted item when the section is a list, otherwise one
 * per sentence (the PDF prints them as running prose). A list re-wrapped
 * into running text ("1) Collects ... 2) Calibrates ...") is read by
 * sentence, each without the number the list put in front of it.
 */
export function dutiesOf(paragraphs: readonly Paragraph[]): Piece[] {
  const lines = linesOf(paragraphs);
  if (
    lines.length > 0 &&
    lines.filter((line) => BULLET.test(line.text)).length >= Math.ceil(lines.length / 3)
  ) {
    const items = listItems(lines);
    if (!items.some((item) => INLINE_ITEM.test(item.text))) return items;
  }
  return paragraphs
    .flatMap((paragraph) => sentencesOf(paragraph.joined))
    .map((sentence) => ({ ...sentence, text: sentence.text.replace(BULLET, "") }));
}
