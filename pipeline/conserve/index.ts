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
import { heldTokens, type Output, outputOf } from "./held.js";
import { tokensOf } from "./tokens.js";
import { vocabularyOf } from "./vocabulary.js";

/** A list marker opens a line ("1)", "a.", "•", "-", "#"): structure, not a word. */
const LIST_MARKER = /^\s*(?:[•▪◦●○■□*+\-–#>]+|\(?\d{1,3}[.)]|\(?[a-z][.)])(?=\s)/i;
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

/** The input's tokens in reading order: `texts[i]` was read from `lines[i]`. */
interface InputTokens {
  texts: string[];
  lines: Line[];
}

/**
 * The input's tokens in reading order. Consecutive rows with a column break
 * are read column by column, as a reader does: a heading wrapped in a label
 * column ("UNIQUE PHYSICAL" / "REQUIREMENTS:") is one run of words, not two
 * halves with the value column's words between them. Two parallel arrays,
 * not an object per word: a document has thousands of words, few dropped.
 */
function inputTokens(extracted: Extracted): InputTokens {
  const markdown = extracted.source.format === "markdown";
  const markup = markdown || extracted.source.format === "html";
  const texts: string[] = [];
  const lines: Line[] = [];
  const add = (text: string, line: Line): void => {
    const tagless = markup ? text.replace(MARKUP, " ") : text;
    const clean = markdown ? tagless.replace(LINK_TAIL, "] ") : tagless;
    for (const token of tokensOf(clean.replace(LIST_MARKER, " "))) {
      texts.push(token);
      lines.push(line);
    }
  };
  let columns: Line[] = [];
  const flushColumns = (): void => {
    for (const line of columns) add(line.text.slice(0, line.text.indexOf(COLUMN_BREAK)), line);
    for (const line of columns) add(line.text.slice(line.text.indexOf(COLUMN_BREAK) + 1), line);
    columns = [];
  };
  for (const line of extracted.lines) {
    if (line.text.includes(COLUMN_BREAK)) {
      columns.push(line);
      continue;
    }
    flushColumns();
    add(line.text, line);
  }
  flushColumns();
  return { texts, lines };
}

/**
 * A word the wrap broke ("adminis-" / "tration", a URL cut mid-word) is held
 * whole: the last token of a line and the first of the next are tried joined.
 */
function heldAcrossWrap({ texts, lines }: InputTokens, index: number, held: Set<string>): boolean {
  const text = texts[index] as string;
  const line = lines[index];
  const next = index + 1;
  const previous = index - 1;
  return (
    (next < texts.length && lines[next] !== line && held.has(text + texts[next])) ||
    (previous >= 0 && lines[previous] !== line && held.has(texts[previous] + text))
  );
}

/** The tokens of the input that nothing in the output accounts for. */
export function droppedTokens(
  extracted: Extracted,
  output: Output,
  vocabulary: readonly string[],
): Token[] {
  const held = heldTokens(output);
  const labels = vocabularyOf(vocabulary);
  const input = inputTokens(extracted);
  const { texts, lines } = input;
  const dropped: Token[] = [];
  for (let index = 0; index < texts.length; index++) {
    const label = labels.matchAt(texts, index);
    if (label > 0) {
      index += label - 1;
      continue;
    }
    const text = texts[index] as string;
    if (!held.has(text) && !heldAcrossWrap(input, index, held))
      dropped.push({ text, line: lines[index] as Line });
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
