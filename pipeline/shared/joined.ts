/**
 * Hard-wrapped lines joined into one string that remembers which line each
 * character came from, so a sentence found in the joined text can be traced
 * back to its lines (provenance).
 */
import type { Line } from "../types.js";
import { splitSentenceSpans } from "./sentences.js";

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
const OPEN_URL = /(?:https?:\/\/|www\.)\S*[./\-_]$/;
const URL_CONTINUATION = /^[a-z0-9/]/;

export function joinLines(lines: readonly Line[]): Joined {
  let text = "";
  const kept: Line[] = [];
  const starts: number[] = [];
  for (const line of lines) {
    const content = line.text.replace(/\s+/g, " ").trim();
    if (content === "") continue;
    if (text === "") {
      starts.push(0);
      text = content;
    } else if (OPEN_URL.test(text) && URL_CONTINUATION.test(content)) {
      starts.push(text.length);
      text += content;
    } else if (WRAP_HYPHEN.test(text) && /^[a-z]/.test(content)) {
      // "adminis-" + "tration" is one word; "year-for-" + "year" keeps its hyphen.
      if (!COMPOUND_TAIL.test(text)) text = text.slice(0, -1);
      starts.push(text.length);
      text += content;
    } else {
      text += " ";
      starts.push(text.length);
      text += content;
    }
    kept.push(line);
  }
  return { text, lines: kept, starts };
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

/** Runs of non-blank lines separated by blank lines. */
export function splitParagraphs(lines: readonly Line[]): Line[][] {
  const out: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (line.text.trim() === "") {
      if (current.length > 0) out.push(current);
      current = [];
    } else {
      current.push(line);
    }
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
