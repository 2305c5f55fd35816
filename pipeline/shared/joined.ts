/**
 * Hard-wrapped lines joined into one string that remembers which line each
 * character came from, so a sentence found in the joined text can be traced
 * back to its lines (provenance).
 */
import type { Line } from "../types.js";
import { splitSentenceSpans } from "./sentences.js";
import { collapseWhitespace } from "./whitespace.js";

export interface Joined {
  text: string;
  /** Lines the text came from, in order. */
  lines: Line[];
  /** starts[i] = offset in `text` where lines[i] begins. */
  starts: number[];
}

/** The broken word already holds a hyphen: the one at the break is part of the compound. */
const COMPOUND_TAIL = /[a-z]-[a-z]+-$/i;
/** A URL cut by the wrap: "http://www.lrc.ky." + "gov/kar/...". */
const URL_START = /https?:\/\/|www\./;
const WHITESPACE = /\s/;

// Every line is joined after the one before it: what decides how is read from a character
// code or two, not by a regex call per line.
const HYPHEN = 0x2d;
const FULL_STOP = 0x2e;
const SLASH = 0x2f;
const UNDERSCORE = 0x5f;

function isLowerAscii(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** A word broken by a hyphen at the end of a wrapped line ("adminis-" + "tration"): `[a-z]-$`. */
function endsInWrapHyphen(word: string): boolean {
  return (
    word.charCodeAt(word.length - 1) === HYPHEN && isLowerAscii(word.charCodeAt(word.length - 2))
  );
}

/** Where a URL may be cut: after `.`, `/`, `-` or `_`. */
function endsWhereUrlCuts(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  return last === FULL_STOP || last === SLASH || last === HYPHEN || last === UNDERSCORE;
}

/** What goes on a cut URL: a lowercase letter, a digit or a slash first. */
function continuesUrl(content: string): boolean {
  const first = content.charCodeAt(0);
  return isLowerAscii(first) || isDigit(first) || first === SLASH;
}

/**
 * The word ends a URL cut after punctuation: a URL start, then no whitespace
 * up to the punctuation that ends the word. By looking back from the end once:
 * `(?:https?:\/\/|www\.)\S*[./\-_]$` scans to the end from every URL start of
 * a word that repeats them (quadratic).
 */
function isOpenUrl(word: string): boolean {
  if (!endsWhereUrlCuts(word)) return false;
  let start = word.length - 1;
  while (start > 0 && !WHITESPACE.test(word[start - 1] ?? "")) start--;
  return URL_START.test(word.slice(start, -1));
}

export function joinLines(lines: readonly Line[]): Joined {
  // The text is kept as parts, and its last word on the side: reading either back from one
  // growing string copies the whole text on every line (quadratic on a long paragraph).
  const parts: string[] = [];
  let length = 0;
  /** Only the last word decides how the next line joins. */
  let lastWord = "";
  const kept: Line[] = [];
  const starts: number[] = [];
  for (const line of lines) {
    const content = collapseWhitespace(line.text);
    if (content === "") continue;
    if (parts.length === 0) {
      // The first line.
    } else if (isOpenUrl(lastWord) && continuesUrl(content)) {
      // The URL goes on: no space.
    } else if (endsInWrapHyphen(lastWord) && isLowerAscii(content.charCodeAt(0))) {
      // "adminis-" + "tration" is one word; "year-for-" + "year" keeps its hyphen.
      if (!COMPOUND_TAIL.test(lastWord)) {
        const last = parts.length - 1;
        parts[last] = (parts[last] ?? "").slice(0, -1);
        length--;
        lastWord = lastWord.slice(0, -1);
      }
    } else {
      parts.push(" ");
      length++;
      lastWord = "";
    }
    starts.push(length);
    parts.push(content);
    length += content.length;
    const space = content.lastIndexOf(" ");
    lastWord = space === -1 ? lastWord + content : content.slice(space + 1);
    kept.push(line);
  }
  return { text: parts.join(""), lines: kept, starts };
}

/** Lines covering text[from, to). */
export function linesBetween(joined: Joined, from: number, to: number): Line[] {
  const out: Line[] = [];
  for (let index = 0; index < joined.lines.length; index++) {
    const start = joined.starts[index] ?? 0;
    const end = joined.starts[index + 1] ?? Number.POSITIVE_INFINITY;
    const line = joined.lines[index];
    if (line && start < to && end > from) out.push(line);
  }
  return out;
}

/**
 * The lines from `offset` of the joined text on, as lines of their own: the
 * line the offset falls in keeps only its text from there, so joining the
 * result gives exactly `joined.text.slice(offset)`.
 */
export function linesFrom(joined: Joined, offset: number): Line[] {
  const out: Line[] = [];
  joined.lines.forEach((line, index) => {
    const start = joined.starts[index] ?? 0;
    const end = joined.starts[index + 1] ?? joined.text.length;
    if (end <= offset) return;
    if (start >= offset) out.push(line);
    else {
      const rest = joined.text.slice(offset, end).trim();
      if (rest !== "") out.push({ ...line, text: rest });
    }
  });
  return out;
}

/** How a paragraph or sentence may end: a sentence's end or a colon, then closing quotes or brackets. */
export const PARAGRAPH_END = /[.!?:;]["')\]\u201d\u2019]*$/;
/** A line that continues a sentence starts in lowercase; a new paragraph never does. */
const CONTINUATION_START = /^\s*[a-z]/;

/**
 * A blank line inside a sentence is not a paragraph break: a page break in
 * a text export ("... supervises certified" / blank / form feed / "nursing
 * assistants ...") leaves one there. The sentence goes on when the text
 * before it does not end and the text after it starts in lowercase.
 */
function continuesAcrossBlank(before: readonly Line[], next: Line): boolean {
  const last = before[before.length - 1]?.text.trimEnd() ?? "";
  return last !== "" && !PARAGRAPH_END.test(last) && CONTINUATION_START.test(next.text);
}

/**
 * Room a short line leaves beyond the next line's first word, well before the margin: at least
 * this many characters, and this share of the width (a bold heading on the line, or a PDF's
 * proportional font, makes characters a rough measure).
 */
const SHORT_LINE_SLACK = 8;
const SHORT_LINE_SLACK_SHARE = 0.125;
const STARTS_CAPITAL = /^\s*["'(]?\p{Lu}/u;

/**
 * Does a paragraph end at this line break though no blank line follows it?
 * It does when the line above ends a sentence (a full stop, a colon, a
 * semicolon; after a colon only a line that is a sentence itself), the line
 * below starts with a capital, and the line above
 * ends well before the margin (`width`, the longest line around it): the
 * first word below would have fitted with room to spare, so the writer broke
 * the line, not the wrap. Two requirements printed on consecutive lines are
 * two paragraphs; a sentence that ends where a full line wraps is not.
 */
export function endsShort(above: string, below: string, width: number): boolean {
  // Leading space counts: an indented line, or the rest of a heading's line, ends where it prints.
  const line = above.trimEnd();
  return (
    line !== "" &&
    PARAGRAPH_END.test(line) &&
    // After a colon, a list of names ("Tape Library Operations") belongs to its lead-in; a sentence does not.
    (!line.endsWith(":") || PARAGRAPH_END.test(below.trimEnd())) &&
    STARTS_CAPITAL.test(below) &&
    line.length +
      1 +
      firstWordLength(below) +
      Math.max(SHORT_LINE_SLACK, width * SHORT_LINE_SLACK_SHARE) <=
      width
  );
}

const WORD = /\S+/;

/** The length of the line's first word (its first run of non-space), read only for a line that ends a sentence. */
function firstWordLength(text: string): number {
  return WORD.exec(text)?.[0].length ?? 0;
}

/** The width lines are wrapped to, as far as they show it: the longest one's length. */
export function wrapWidth(lines: readonly { text: string }[]): number {
  return lines.reduce((width, line) => Math.max(width, line.text.trimEnd().length), 0);
}

/**
 * Runs of non-blank lines separated by blank lines, or by a line break after a
 * line that ends short ({@link endsShort}).
 */
export function splitParagraphs(lines: readonly Line[]): Line[][] {
  const out: Line[][] = [];
  let current: Line[] = [];
  let afterBlank = false;
  const width = wrapWidth(lines);
  for (const line of lines) {
    if (line.text.trim() === "") {
      afterBlank = current.length > 0 || afterBlank;
      continue;
    }
    const above = current[current.length - 1];
    const broken = !afterBlank && above !== undefined && endsShort(above.text, line.text, width);
    if ((afterBlank && !continuesAcrossBlank(current, line)) || broken) {
      out.push(current);
      current = [];
    }
    afterBlank = false;
    current.push(line);
  }
  if (current.length > 0) out.push(current);
  return out;
}

export interface Piece {
  text: string;
  lines: Line[];
}

/** A paragraph, with its lines joined: splitting it into sentences needs no second join. */
export interface Paragraph extends Piece {
  joined: Joined;
}

/** Sentences of joined text, each with the lines it spans. */
export function sentencesOf(joined: Joined): Piece[] {
  return splitSentenceSpans(joined.text).map(({ start, end }) => ({
    text: joined.text.slice(start, end),
    lines: linesBetween(joined, start, end),
  }));
}

/** Paragraphs of the lines, each joined, with its lines. */
export function paragraphsOf(lines: readonly Line[]): Paragraph[] {
  return splitParagraphs(lines).map((paragraph) => {
    const joined = joinLines(paragraph);
    return { text: joined.text, lines: joined.lines, joined };
  });
}
