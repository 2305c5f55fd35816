/**
 * Headings the layout does not know ("SELECTIVE CERTIFICATION:", "AREAS FOR
 * EVALUATION" where areas are already defined): a heading ends the section
 * before it, so its text is never read as that section's content. It goes to
 * `unmapped`, with a warning `unknown-section` naming it.
 */
import type { DocFile } from "../../file.js";
import type { Block } from "./blocks.js";
import { blockPlace, SOURCE } from "./reading.js";

const LETTER = /\p{L}/gu;
const LOWER = /\p{Ll}/u;
/** A heading is a few words: a longer line in capitals is a shouted sentence. */
const HEADING_MAX_WORDS = 8;
const HEADING_MIN_LETTERS = 4;
/** "(APPLIES TO ALL JOBS)": a qualifier under a heading, not one. */
const PARENTHESIZED = /^\(.*\)$/;
/** A label that opens a paragraph: "SELECTIVE CERTIFICATION: Applicants may be …". */
const LABEL_THEN_TEXT = /^([^\p{Ll}:]{4,60}):\s+\S/u;

/** Capitals of a few words (a colon at the end or not), not a parenthesized qualifier nor a sentence. */
export function isHeadingShaped(block: Block): boolean {
  if (block.kind === "row") return false;
  const text = block.text;
  // A full stop closes a sentence in capitals ("SUPERVISORY POSITIONS."), never a heading.
  if (LOWER.test(text) || PARENTHESIZED.test(text) || text.endsWith(".")) return false;
  const letters = text.match(LETTER)?.length ?? 0;
  return letters >= HEADING_MIN_LETTERS && text.split(" ").length <= HEADING_MAX_WORDS;
}

/** Punctuation a sentence or a list of names carries, never a heading in Title Case. */
const SENTENCE_PUNCTUATION = /[.,;:!?]/;
const SMALL_WORD = /^(?:and|or|of|the|for|to|in|on|a|an|&|with|at|by)$/i;
const CAPITALIZED = /^[\p{Lu}\d(]/u;
const HAS_LETTER = /\p{L}/u;

/**
 * A short line standing alone in Title Case, with no sentence punctuation
 * ("Special Requirements", "Minimum Qualifications"): the seed sets its own
 * headings so, hence a heading too when the layout does not know it.
 */
export function isTitleCaseHeading(block: Block): boolean {
  const text = block.text;
  if (block.kind !== "text" || SENTENCE_PUNCTUATION.test(text) || PARENTHESIZED.test(text))
    return false;
  const words = text.split(" ");
  const letters = text.match(LETTER)?.length ?? 0;
  if (words.length > HEADING_MAX_WORDS || letters < HEADING_MIN_LETTERS) return false;
  return (
    CAPITALIZED.test(words[0] ?? "") &&
    words.every((word) => SMALL_WORD.test(word) || CAPITALIZED.test(word) || !HAS_LETTER.test(word))
  );
}

/** The heading a block opens with: a heading-shaped line, or a capitals label before its text. */
export function unknownHeadingOf(block: Block): string | undefined {
  if (block.kind !== "text") return undefined;
  if (isHeadingShaped(block) || isTitleCaseHeading(block)) return block.text;
  const label = LABEL_THEN_TEXT.exec(block.text)?.[1];
  return label && isHeadingShaped({ ...block, text: label }) ? `${label}:` : undefined;
}

/** A parenthesized line in capitals under a heading ("(APPLIES TO ALL JOBS)"). */
export function isQualifier(block: Block): boolean {
  return block.kind === "text" && PARENTHESIZED.test(block.text) && !LOWER.test(block.text);
}

/**
 * The blocks of a section without the headings it does not know: such a
 * heading and what follows it are left unclaimed (unmapped) with a warning,
 * up to the next heading the section knows (the next class of Class
 * Distinctions after a "Typical Assignments" under one class), or to the end.
 * `known` says which heading-shaped lines the section reads itself (a class
 * title in capitals, an area name).
 */
export function cutAtUnknownHeading(
  blocks: readonly Block[],
  known: (block: Block) => boolean,
  file: DocFile,
  sectionName: string,
): Block[] {
  const kept: Block[] = [];
  let inUnknown = false;
  for (const block of blocks) {
    if (known(block)) inUnknown = false;
    else if (unknownHeadingOf(block) !== undefined) {
      warnUnknownSection(unknownHeadingOf(block) ?? block.text, sectionName, block, file);
      inUnknown = true;
    }
    if (!inUnknown) kept.push(block);
  }
  return kept;
}

export function warnUnknownSection(
  heading: string,
  after: string,
  block: Block,
  file: DocFile,
): void {
  file.warn(
    "unknown-section",
    `Unexpected section '${heading}' after '${after}', expected a section of the series guideline; its text is kept as unmapped`,
    { place: blockPlace(block), source: SOURCE },
  );
}
