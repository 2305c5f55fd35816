/**
 * Stage: conservation. After interpretation and rules, proves that no text
 * of the input was silently dropped: every word and number of the extracted
 * lines is in a body value, a notice, `unmapped`, a source a rule quotes, or
 * the profile's declared label vocabulary. What is left is one error
 * `text-dropped` naming its lines, and the document is `partial`.
 *
 * Linear in the size of the document: one tokenizing pass over the input
 * and over the output, set look-ups in between.
 */
import type { DocFile } from "../file.js";
import type { Extracted, Interpretation, Line } from "../types.js";
import { type Held, heldTokens, noticesOf, type Output, outputOf } from "./held.js";
import { LineIndex } from "./line-index.js";
import { pushTokens } from "./tokens.js";
import { type Phrase, vocabularyOf } from "./vocabulary.js";

/** A list marker opens a line ("1)", "a.", "•", "-", "#"): structure, not a word. */
const LIST_MARKER = /^\s*(?:[•▪◦●○■□*+\-–#>]+|\(?\d{1,3}[.)]|\(?[a-z][.)])(?=\s|$)/i;
/** Markup in markdown and HTML sources: tags and character references are not words. */
const MARKUP = /<\/?[A-Za-z][^<>\n]*>|&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);/g;
/** A markdown link's destination and title (`](https://… "title")`): a reader sees the link's text, the rest only on hover. */
const LINK_TAIL = /\]\([^()\n]*\)/g;
/** How many dropped lines a message quotes; the rest are counted. */
const QUOTED_LINES = 5;
/** How many further dropped lines the diagnostic points at, so a document that loses everything stays small. */
const RELATED_LINES = 100;

export type { Output } from "./held.js";

export interface Token {
  text: string;
  line: Line;
}

/** Between a label column and a value column on a PDF row (extract/pdf COLUMN_BREAK). */
const COLUMN_BREAK = "\t";

/** `edges[i]`: token i opens (START) or closes (END) a heading or label's place on its line. */
const START = 1;
const END = 2;
/** What ends a label on a line: its colon, the column break after a label column, a table's cell rule. */
const LABEL_END = /[:\t|]/;

/**
 * The input's tokens in reading order: `texts[i]` was read from the extracted
 * line at `positions[i]`; `edges[i]` says whether it opens or closes a stretch of its line between
 * colons and column breaks, where a heading or a label stands.
 */
interface InputTokens {
  texts: string[];
  /** `positions[i]`: the index of token i's line in the extracted lines. */
  positions: number[];
  edges: number[];
  /** Token index -> the end of its line's tokens (of its column's, on a row), for a line's first token. */
  lineEnds: number[];
}

/**
 * The input's tokens in reading order. Consecutive rows with a column break
 * are read column by column, as a reader does: a heading wrapped in a label
 * column ("UNIQUE PHYSICAL" / "REQUIREMENTS:") is one run of words, not two
 * halves with the value column's words between them. Parallel arrays, not an
 * object per word: a document has thousands of words, few dropped.
 */
function inputTokens(extracted: Extracted): InputTokens {
  const markdown = extracted.source.format === "markdown";
  const markup = markdown || extracted.source.format === "html";
  const lines = extracted.lines;
  const texts: string[] = [];
  const positions: number[] = [];
  const edges: number[] = [];
  const lineEnds: number[] = [];
  const addStretch = (text: string, at: number): void => {
    const first = texts.length;
    pushTokens(text, texts);
    const last = texts.length - 1;
    if (last < first) return;
    for (let index = first; index <= last; index++) {
      positions.push(at);
      edges.push(0);
    }
    edges[first] = START;
    edges[last] = (edges[last] as number) | END;
  };
  const add = (text: string, at: number): void => {
    const tagless = markup ? text.replace(MARKUP, " ") : text;
    const clean = (markdown ? tagless.replace(LINK_TAIL, "] ") : tagless).replace(LIST_MARKER, " ");
    const first = texts.length;
    if (!LABEL_END.test(clean)) addStretch(clean, at);
    else for (const stretch of clean.split(LABEL_END)) addStretch(stretch, at);
    if (texts.length > first) lineEnds[first] = texts.length;
  };
  /** Positions of consecutive rows with a column break, read column by column. */
  let columns: number[] = [];
  const flushColumns = (): void => {
    for (const at of columns) {
      const text = (lines[at] as Line).text;
      add(text.slice(0, text.indexOf(COLUMN_BREAK)), at);
    }
    for (const at of columns) {
      const text = (lines[at] as Line).text;
      add(text.slice(text.indexOf(COLUMN_BREAK) + 1), at);
    }
    columns = [];
  };
  for (let position = 0; position < lines.length; position++) {
    const text = (lines[position] as Line).text;
    if (text.includes(COLUMN_BREAK)) columns.push(position);
    else {
      if (columns.length > 0) flushColumns();
      add(text, position);
    }
  }
  flushColumns();
  return { texts, positions, edges, lineEnds };
}

/**
 * Whether a declared phrase at `index` stands as a heading or label: on one
 * line, opening or closing its stretch of it ("Job Code:", "GRADE",
 * "- Hourly"); over lines, the whole of its stretches; never inside a
 * sentence. A notice stands anywhere.
 */
function standsAsLabel(input: InputTokens): (phrase: Phrase, index: number) => boolean {
  return (phrase, index) => {
    if (phrase.anywhere) return true;
    const last = index + phrase.tokens.length - 1;
    const opens = ((input.edges[index] as number) & START) !== 0;
    const closes = ((input.edges[last] as number) & END) !== 0;
    // A heading wrapped in a label column ("UNIQUE PHYSICAL" / "REQUIREMENTS:") stands whole.
    return input.positions[index] === input.positions[last] ? opens || closes : opens && closes;
  };
}

/**
 * A word the wrap broke ("adminis-" / "tration", a URL cut mid-word) is held
 * whole: a line's last token and the next line's first are tried joined.
 */
function takenAcrossWrap(input: InputTokens, index: number, held: Held): boolean {
  const { texts, positions } = input;
  const next = index + 1;
  if (next >= texts.length || positions[next] === positions[index]) return false;
  const joined = (texts[index] as string) + (texts[next] as string);
  return (
    held.take(joined, positions[index] as number) || held.take(joined, positions[next] as number)
  );
}

/**
 * The tokens of the input that nothing in the output accounts for: each
 * token is claimed, once, from a value whose place covers its line, so a
 * dropped sentence is seen even when its words are held elsewhere.
 */
export function droppedTokens(
  extracted: Extracted,
  output: Output,
  vocabulary: readonly string[],
): Token[] {
  const held = heldTokens(output, new LineIndex(extracted.lines));
  const labels = vocabularyOf(vocabulary).withAnywhere(noticesOf(output));
  const input = inputTokens(extracted);
  const { texts, positions } = input;
  const asLabel = standsAsLabel(input);
  const dropped: Token[] = [];
  for (let index = 0; index < texts.length; index++) {
    const lineEnd = input.lineEnds[index];
    if (lineEnd !== undefined && held.restates(texts, index, lineEnd)) {
      index = lineEnd - 1;
      continue;
    }
    const label = labels.matchAt(texts, index, asLabel)?.tokens.length ?? 0;
    if (label > 0) {
      index += label - 1;
      continue;
    }
    const text = texts[index] as string;
    if (held.take(text, positions[index] as number)) continue;
    if (takenAcrossWrap(input, index, held)) {
      index++;
      continue;
    }
    dropped.push({ text, line: extracted.lines[positions[index] as number] as Line });
  }
  return dropped;
}

function describe(line: Line, words: readonly string[]): string {
  const page = line.page !== undefined ? `, page ${line.page}` : "";
  return `line ${line.line}${page}: "${words.join(" ")}"`;
}

/** Runs the check and reports what was dropped as one error on `file`. */
export function conserve(
  extracted: Extracted,
  interpretation: Interpretation,
  vocabulary: readonly string[],
  file: DocFile,
  source: string,
): void {
  const dropped = droppedTokens(extracted, outputOf(interpretation), vocabulary);
  const first = dropped[0];
  if (!first) return;
  const byLine = new Map<Line, string[]>();
  for (const token of dropped) {
    const words = byLine.get(token.line) ?? [];
    words.push(token.text);
    byLine.set(token.line, words);
  }
  const lines = [...byLine.entries()];
  const quoted = lines.slice(0, QUOTED_LINES).map(([line, words]) => describe(line, words));
  const more = lines.length - quoted.length;
  file.error(
    "text-dropped",
    `Unexpected text that no value, notice or unmapped piece holds (${quoted.join("; ")}${
      more > 0 ? `; and ${more} more line${more === 1 ? "" : "s"}` : ""
    }), expected every word of the input in the output`,
    {
      place: { startLine: first.line.line, endLine: first.line.line, page: first.line.page },
      related: lines
        .slice(1, RELATED_LINES + 1)
        .map(([line]) => ({ startLine: line.line, page: line.page })),
      source,
    },
  );
}
