/**
 * Truncation by content for every publisher (issue 22): a class spec that
 * stops inside a word, a sentence or a table row, or before the closing text
 * its publisher prints on every spec (`closing` in its profile), was cut
 * short: `truncated-text`, an error, so the spec is `partial` and a diff of
 * it `incomplete`. Page furniture after the text (a site's footer) is no
 * content: the check reads the last unit that is not furniture.
 */

import { flatten } from "../../extract/flatten.js";
import type { DocFile } from "../../file.js";
import { placeOf } from "../../shared/provenance.js";
import { cutAtEnd, cutShort, describeCut, type TextOrRow } from "../../shared/truncation.js";
import type { Extracted } from "../../types.js";
import { isFurniture } from "./furniture.js";
import type { HeadingVocabulary } from "./headings.js";
import type { PublisherProfile } from "./profile.js";
import type { Unit } from "./units.js";

/** With the closing missing the spec is cut anyway; two words without a closing mark say where. */
const CUT_BEFORE_CLOSING_MIN_WORDS = 2;
const MARKDOWN_ROW = /^\s*\|.*\|\s*$/;
const MARKDOWN_RULE = /^[\s:|-]+$/;

/** A line's cells: a text export's or a PDF's tab-separated columns, a markdown table's pipes. */
function cellsOf(raw: string): string[] {
  if (MARKDOWN_ROW.test(raw)) return raw.trim().slice(1, -1).split("|");
  return raw.split("\t");
}

/** Units read as rows where their line has several cells; a markdown table's rule line is left out. */
function blocksOf(units: readonly Unit[]): (TextOrRow & { unit: Unit })[] {
  return units
    .filter((unit) => !MARKDOWN_RULE.test(unit.line.text) || !unit.line.text.includes("|"))
    .map((unit) => {
      const cells = cellsOf(unit.line.text).map((cell) => cell.trim());
      const row = cells.filter((cell) => cell !== "").length > 1;
      return {
        kind: row ? "row" : "text",
        text: unit.text,
        cells: row ? cells : [unit.text],
        unit,
      };
    });
}

/**
 * The text of the paragraph `units` ends: its lines up to the blank line or list item before it;
 * a label line ("Revised: 02-20-85") stands alone.
 */
function lastParagraph(units: readonly Unit[], labelled: ReadonlySet<Unit>): string {
  const alone = (unit: Unit | undefined) =>
    !unit || unit.blankBefore || unit.role !== "text" || labelled.has(unit);
  let start = units.length - 1;
  while (start > 0 && !alone(units[start]) && !labelled.has(units[start - 1] as Unit)) start--;
  return units
    .slice(start)
    .map((unit) => unit.text)
    .join(" ");
}

/** A page's table: rows are known from its tree only, so the last flattened block tells. */
function pageTableEnd(
  extracted: Extracted,
  profile: PublisherProfile,
  furniture: ReadonlySet<string>,
): TextOrRow[] {
  const blocks = flatten(extracted);
  let end = blocks.length;
  while (end > 0) {
    const text = blocks[end - 1]?.text ?? "";
    if (!furniture.has(text) && !isFurniture(profile, text)) break;
    end--;
  }
  return blocks.slice(0, end);
}

export function checkTruncation(
  extracted: Extracted,
  profile: PublisherProfile,
  headings: HeadingVocabulary,
  units: readonly Unit[],
  furniture: ReadonlySet<Unit>,
  labelled: ReadonlySet<Unit>,
  file: DocFile,
): void {
  const content = units.filter((unit) => !furniture.has(unit));
  const last = content.at(-1);
  if (!last) return;
  const closing = profile.closing;
  const closed = !closing || content.some((unit) => closing.pattern.test(unit.text));
  let how: string | undefined;
  // A last line that is the start of a known heading, cut inside a word, is cut whether or not the closing came before.
  const heading = headings.fragmentOf(last.text);
  if (heading) how = `inside the heading "${heading}" ("${last.text.trim()}")`;
  else if (!closed) {
    const cut = cutAtEnd(lastParagraph(content, labelled), CUT_BEFORE_CLOSING_MIN_WORDS);
    how = cut && describeCut(cut);
  } else if (extracted.source.format === "html") {
    const texts = new Set([...furniture].map((unit) => unit.text));
    const blocks = pageTableEnd(extracted, profile, texts);
    how = cutShort(blocks, blocks.at(-1)?.kind === "row" ? undefined : last.text)?.how;
  } else {
    how = cutShort(blocksOf(content), lastParagraph(content, labelled))?.how;
  }
  if (closed && how === undefined) return;
  const where = how ? ` ${how}` : "";
  const before = closed ? "" : ` before its closing ${closing?.name}`;
  file.error(
    "truncated-text",
    `Unexpected end of the class spec${where}${before}, expected the rest of the spec`,
    { place: placeOf([last.line]), source: profile.name },
  );
}
