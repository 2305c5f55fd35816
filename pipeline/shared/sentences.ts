/**
 * Sentence splitting that survives abbreviations ("e.g.", "i.e.", "U.S.",
 * "C.F.R.", "etc.", "No."), decimals, section numbers and URLs.
 */

/** Words that end in a period without ending a sentence. Lowercase, without the period. */
const ABBREVIATIONS = new Set([
  "e.g",
  "i.e",
  "etc",
  "vs",
  "viz",
  "cf",
  "no",
  "nos",
  "st",
  "dr",
  "mr",
  "mrs",
  "ms",
  "jr",
  "sr",
  "inc",
  "co",
  "corp",
  "ltd",
  "dept",
  "div",
  "sec",
  "art",
  "ch",
  "ky",
  "rev",
  "approx",
  "min",
  "max",
  "hr",
  "hrs",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "ph.d",
  "b.s",
  "b.a",
  "m.s",
  "m.a",
]);

/** "U.S.", "C.F.R.", "e.g." (letters each followed by a period). */
const INITIALISM = /^(?:[A-Za-z]\.){1,}[A-Za-z]?$/;

/** Where a sentence may end: terminal punctuation, optional closing quote or bracket. */
const TERMINAL = /[.!?]["')\]\u201d\u2019]*/g;

/** What may start the next sentence. */
const SENTENCE_START = /^\s+["'([\u201c\u2018]?[A-Z0-9]/;

function lastWord(text: string, end: number): string {
  let start = end;
  while (start > 0 && !/\s/.test(text[start - 1] ?? " ")) start--;
  return text.slice(start, end);
}

function endsSentence(text: string, periodIndex: number, after: number): boolean {
  if (!SENTENCE_START.test(text.slice(after, after + 4))) return false;
  if (text[periodIndex] !== ".") return true;
  const word = lastWord(text, periodIndex + 1).replace(/^["'([\u201c\u2018]+/, "");
  const bare = word.slice(0, -1).toLowerCase();
  if (ABBREVIATIONS.has(bare)) return false;
  if (INITIALISM.test(word) && word.length <= 6 && word.length > 2) return false;
  return true;
}

export interface Span {
  start: number;
  end: number;
}

/** Sentence spans of `text`, trimmed of surrounding whitespace. */
export function splitSentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (from: number, to: number): void => {
    while (from < to && /\s/.test(text[from] ?? "")) from++;
    while (to > from && /\s/.test(text[to - 1] ?? "")) to--;
    if (to > from) spans.push({ start: from, end: to });
  };
  for (const match of text.matchAll(TERMINAL)) {
    const index = match.index ?? 0;
    const after = index + match[0].length;
    if (after >= text.length) break;
    if (endsSentence(text, index, after)) {
      push(start, after);
      start = after;
    }
  }
  push(start, text.length);
  return spans;
}

export function splitSentences(text: string): string[] {
  return splitSentenceSpans(text).map(({ start, end }) => text.slice(start, end));
}
