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

/** A word broken by a hyphen at the end of a wrapped line: "adminis-" + "tration". */
const WRAP_HYPHEN = /[a-z]-$/;
/** The broken word already holds a hyphen: the one at the break is part of the compound. */
const COMPOUND_TAIL = /[a-z]-[a-z]+-$/i;
/** A URL cut by the wrap: "http://www.lrc.ky." + "gov/kar/...". */
const URL_START = /https?:\/\/|www\./;
const URL_CUT_AFTER = /[./\-_]$/;
const WHITESPACE = /\s/;

/**
 * The word ends a URL cut after punctuation: a URL start, then no whitespace
 * up to the punctuation that ends the word. By looking back from the end once:
 * `(?:https?:\/\/|www\.)\S*[./\-_]$` scans to the end from every URL start of
 * a word that repeats them (quadratic).
 */
function isOpenUrl(word: string): boolean {
  if (!URL_CUT_AFTER.test(word)) return false;
  let start = word.length - 1;
  while (start > 0 && !WHITESPACE.test(word[start - 1] ?? "")) start--;
  return URL_START.test(word.slice(start, -1));
}
const URL_CONTINUATION = /^[a-z0-9/]/;

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
    } else if (isOpenUrl(lastWord) && URL_CONTINUATION.test(content)) {
      // The URL goes on: no space.
    } else if (WRAP_HYPHEN.test(lastWord) && /^[a-z]/.test(content)) {
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

/** Runs of non-blank lines separated by blank lines. */
export function splitParagraphs(lines: readonly Line[]): Line[][] {
  const out: Line[][] = [];
  let current: Line[] = [];
  let afterBlank = false;
  for (const line of lines) {
    if (line.text.trim() === "") {
      afterBlank = current.length > 0 || afterBlank;
      continue;
    }
    if (afterBlank && !continuesAcrossBlank(current, line)) {
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

/** Sentences of joined text, each with the lines it spans. */
export function sentencesOf(joined: Joined): Piece[] {
  return splitSentenceSpans(joined.text).map(({ start, end }) => ({
    text: joined.text.slice(start, end),
    lines: linesBetween(joined, start, end),
  }));
}

/** Paragraphs of the lines, each joined, with its lines. */
export function paragraphsOf(lines: readonly Line[]): Piece[] {
  return splitParagraphs(lines).map((paragraph) => {
    const joined = joinLines(paragraph);
    return { text: joined.text, lines: joined.lines };
  });
}
