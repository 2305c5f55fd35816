/**
 * Truncation by content, for any profile: a document that stops inside a
 * word or a sentence, or a table whose last row is shorter than its header,
 * was cut short (a lost page, an interrupted download), whatever its
 * headings say. A profile that knows its family's closing text checks that
 * too; these are the parts that need no family.
 */

/** What a sentence ends with: its mark, or a closing bracket or quote after it. */
const SENTENCE_CLOSE = /[.!?:;)\]"'\u201d\u2019]$/;
/** A word broken at the end of a line ("adminis-"), with nothing after it. */
const BROKEN_WORD = /\p{L}[-\u00ad]$/u;
/** Fewer words than this without a closing mark is a heading or a label, not a cut sentence. */
export const CUT_SENTENCE_MIN_WORDS = 6;
const TAIL_WORDS = 8;

export type CutKind = "mid-word" | "mid-sentence";

export interface Cut {
  kind: CutKind;
  /** The last words before the cut, for messages ("…Upon appointm"). */
  tail: string;
}

/** The last few words of `text`, marked as a tail when some are left out. */
export function lastWords(text: string, count = TAIL_WORDS): string {
  const words = text.split(/\s+/).filter((word) => word !== "");
  return words.length > count ? `…${words.slice(-count).join(" ")}` : words.join(" ");
}

/**
 * How `text` (the last paragraph of a document, its lines joined) stops when
 * it stops short: inside a word broken by a hyphen, or inside a sentence of
 * at least `minWords` words; undefined when it ends as a sentence or is too
 * short to tell from a heading.
 */
export function cutAtEnd(text: string, minWords = CUT_SENTENCE_MIN_WORDS): Cut | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  if (BROKEN_WORD.test(trimmed)) return { kind: "mid-word", tail: lastWords(trimmed) };
  if (SENTENCE_CLOSE.test(trimmed)) return undefined;
  const words = trimmed.split(/\s+/).length;
  return words >= minWords ? { kind: "mid-sentence", tail: lastWords(trimmed) } : undefined;
}

/** A table's last row holding fewer cells than its header names: the table was cut inside that row. */
export function rowShorterThanHeader(header: readonly string[], row: readonly string[]): boolean {
  const filled = (cells: readonly string[]) => cells.filter((cell) => cell.trim() !== "").length;
  return filled(row) < filled(header);
}

/** "inside a sentence (\"…Upon appointm\")": how a cut reads in a message. */
export function describeCut(cut: Cut): string {
  return `${cut.kind === "mid-word" ? "inside a word" : "inside a sentence"} ("${cut.tail}")`;
}
