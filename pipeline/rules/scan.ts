/**
 * Building blocks of the hand-written scanners that replace backtracking
 * regexes (tests/redos.full.test.ts). They reproduce JS regex semantics
 * without the `u` flag: `\s` (Unicode spaces and line breaks), `.` (all but
 * a line break), `\b` and `\w` (ASCII), `i` (ASCII letters only: no other
 * character folds onto an ASCII letter). "First position after i where ..."
 * is a table lookup, filled in one pass, so every scanner stays linear.
 */

const WHITESPACE = /\s/;
const WORD_CHAR = /\w/;
const ASCII_LETTER = /[a-z]/i;
const CASE_BIT = 0x20;

/** No such position: a lazy capture looking for one fails. */
export const NONE = Number.POSITIVE_INFINITY;

/**
 * What `\s`, `\w` and `[a-z]` with `i` say of each ASCII character, read from the same
 * patterns once: the scanners ask of every character, and a table answers without a
 * regex call or a one-character string (a non-ASCII character still asks the pattern).
 */
const SPACE = 1;
const WORD = 2;
const LETTER = 4;
const ASCII_CLASSES = Uint8Array.from({ length: 128 }, (_, code) => {
  const char = String.fromCharCode(code);
  return (
    (WHITESPACE.test(char) ? SPACE : 0) |
    (WORD_CHAR.test(char) ? WORD : 0) |
    (ASCII_LETTER.test(char) ? LETTER : 0)
  );
});

function isClassAt(text: string, at: number, bit: number, pattern: RegExp): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return ((ASCII_CLASSES[code] as number) & bit) !== 0;
  // NaN (outside the text) is no character of any class.
  return !Number.isNaN(code) && pattern.test(text[at] as string);
}

export function isSpaceAt(text: string, at: number): boolean {
  return isClassAt(text, at, SPACE, WHITESPACE);
}

export function isWordAt(text: string, at: number): boolean {
  return isClassAt(text, at, WORD, WORD_CHAR);
}

/** `\b` before a word character at `at`. */
export function wordStartsAt(text: string, at: number): boolean {
  return !isWordAt(text, at - 1);
}

/** `\b` after a word ending at `at` (exclusive). */
export function wordEndsAt(text: string, at: number): boolean {
  return !isWordAt(text, at);
}

/** `word` (lowercase) at `at`, letters compared as the `i` flag does without `u`. */
export function hasAt(text: string, at: number, word: string): boolean {
  for (let offset = 0; offset < word.length; offset++) {
    const wanted = word.charCodeAt(offset);
    const found = text.charCodeAt(at + offset);
    const letter = wanted >= 0x61 && wanted <= 0x7a;
    if (found !== wanted && !(letter && found === (wanted ^ CASE_BIT))) return false;
  }
  return true;
}

/** The first of `words` at `at`, in the alternation's order. */
export function oneOfAt(text: string, at: number, words: readonly string[]): string | undefined {
  // A loop, not `find`: asked at every position of a sentence, a closure per call is garbage.
  for (const word of words) if (hasAt(text, at, word)) return word;
  return undefined;
}

/**
 * ends[i]: where the run of characters of class `bit` starting at i ends (i itself when none);
 * i in 0..length. One loop per class rather than a predicate passed in: a callback shared by
 * every table is a call site V8 cannot inline, and the tables are built for every sentence.
 */
function runEnds(text: string, bit: number, pattern: RegExp): number[] {
  const ends = new Array<number>(text.length + 1);
  let end = text.length;
  ends[end] = end;
  for (let at = text.length - 1; at >= 0; at--) {
    if (!isClassAt(text, at, bit, pattern)) end = at;
    ends[at] = end;
  }
  return ends;
}

/** ends[i]: where the run of whitespace starting at i ends (i itself when none); i in 0..length. */
export function spaceEnds(text: string): number[] {
  return runEnds(text, SPACE, WHITESPACE);
}

/** ends[i]: where the run of ASCII letters starting at i ends; i in 0..length. */
export function letterEnds(text: string): number[] {
  return runEnds(text, LETTER, ASCII_LETTER);
}

/** next[i]: the first position j >= i (j in 0..length) where `holds(j)`, else NONE; i in 0..length+1. */
export function nextWhere(length: number, holds: (at: number) => boolean): number[] {
  const next = new Array<number>(length + 2);
  next[length + 1] = NONE;
  for (let at = length; at >= 0; at--) next[at] = holds(at) ? at : (next[at + 1] as number);
  return next;
}

/** breaks[i]: the first line break (\n \r U+2028 U+2029) at or after i, or the text's length: where `.` stops. */
export function lineBreaks(text: string): number[] {
  return nextWhere(text.length, (at) => {
    if (at === text.length) return true;
    const code = text.charCodeAt(at);
    return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
  });
}

/**
 * The end of `(.{1,max}?)(?=stop)` started at `start`: the first position
 * after it where `stop` holds, with no line break crossed.
 */
export function lazyEnd(
  start: number,
  stops: readonly number[],
  breaks: readonly number[],
  max = NONE,
): number | undefined {
  const end = stops[start + 1] ?? NONE;
  return end <= (breaks[start] ?? -1) && end - start <= max ? end : undefined;
}

/**
 * Where a capture after `\s+` may start, in the order backtracking tries
 * them: after the whole run first, then one character earlier each time
 * (keeping at least one space).
 */
export function* afterSpaces(runStart: number, runEnd: number): Generator<number> {
  for (let start = runEnd; start > runStart; start--) yield start;
}
