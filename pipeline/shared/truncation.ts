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
/** A comma or an opening bracket ends no sentence, heading or label: whatever follows it is lost. */
const OPEN_CLAUSE = /[,([]$/;
/** Fewer words than this without a closing mark is a heading or a label, not a cut sentence. */
export const CUT_SENTENCE_MIN_WORDS = 6;
const TAIL_WORDS = 8;
/** A paragraph of at least this many words whose last word is in lowercase is cut too ("Employees answer routine"): a heading's last word is capitalised. */
const CUT_LOWERCASE_MIN_WORDS = 3;
const LOWERCASE_WORD = /^\p{Ll}+$/u;

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
  if (OPEN_CLAUSE.test(trimmed)) return { kind: "mid-sentence", tail: lastWords(trimmed) };
  if (SENTENCE_CLOSE.test(trimmed)) return undefined;
  const words = trimmed.split(/\s+/);
  const lowercaseEnd =
    words.length >= Math.min(minWords, CUT_LOWERCASE_MIN_WORDS) &&
    LOWERCASE_WORD.test(words.at(-1) ?? "");
  return words.length >= minWords || lowercaseEnd
    ? { kind: "mid-sentence", tail: lastWords(trimmed) }
    : undefined;
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

/** A piece of a flattened document: a line or paragraph of text, or a table row with its cells. */
export interface TextOrRow {
  kind: string;
  text: string;
  cells: readonly string[];
}

export interface ShortEnd<B> {
  block: B;
  /** How it stops, for a message: "inside a sentence (\"…\")". */
  how: string;
}

const filledCells = (cells: readonly string[]) => cells.filter((cell) => cell.trim() !== "");

/** The header of the table `blocks[last]` ends: the first row of the run of rows it closes. */
function headerOf<B extends TextOrRow>(blocks: readonly B[], last: number): B | undefined {
  let start = last;
  while (start > 0 && blocks[start - 1]?.kind === "row") start--;
  return start < last ? blocks[start] : undefined;
}

/**
 * How content stops when it stops short: its last block is prose cut inside a
 * word or a sentence (`paragraph`: the text of the paragraph the last block
 * ends, when a block is one line of it), or a table row with fewer cells than
 * its header, or a full row whose last cell is cut (a chart cut inside its
 * last cell).
 */
export function cutShort<B extends TextOrRow>(
  blocks: readonly B[],
  paragraph?: string,
): ShortEnd<B> | undefined {
  const last = blocks.at(-1);
  if (!last) return undefined;
  if (last.kind === "row") {
    const filled = filledCells(last.cells);
    const header = headerOf(blocks, blocks.length - 1);
    if (header && rowShorterThanHeader(header.cells, last.cells)) {
      return {
        block: last,
        how: `inside a table row of ${filled.length} cells under ${filledCells(header.cells).length} headings ("${lastWords(filled.join(" "))}")`,
      };
    }
    const cut = cutAtEnd(filled.at(-1) ?? "");
    return cut && { block: last, how: `inside the last cell of a table row, ${describeCut(cut)}` };
  }
  const cut = cutAtEnd(paragraph ?? last.text);
  return cut && { block: last, how: describeCut(cut) };
}
