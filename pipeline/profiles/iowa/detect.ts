/** Landmarks of an Iowa DAS series guideline. */
import { scoreLandmarks } from "../../detect/index.js";
import { windowOf } from "../../detect/window.js";
import type { Detection, DetectionBar, Extracted } from "../../types.js";

/**
 * A landmark heading opens one of the text's lines. Tested line by line with
 * an anchored pattern: the same pattern with `m` over the whole text retries
 * `^\s*` at every line break of a long run of them (quadratic). `words`, the
 * heading's words (a line that opens with it holds them), are looked for in
 * the whole text first: a text without them (a document of another
 * publisher, nearly always) is not split into lines at all.
 */
function openingALine(pattern: RegExp, words: RegExp): { test(text: string): boolean } {
  return {
    test: (text) => words.test(text) && linesOf(text).some((line) => pattern.test(line)),
  };
}

/** The last text split into lines: five landmarks test the same text, splitting it once. */
let splitText: string | undefined;
let splitLines: readonly string[] = [];

function linesOf(text: string): readonly string[] {
  if (text !== splitText) {
    splitLines = text.split(LINE_BREAK);
    splitText = text;
  }
  return splitLines;
}

/** What ends a line for `^` under the `m` flag. */
const LINE_BREAK = /[\n\r\u2028\u2029]/;

const LANDMARKS = [
  {
    name: "'Classes in the Series' section",
    pattern: openingALine(/^\s*(?:#+\s*)?classes in (?:the |this )?series\b/i, /classes in /i),
    weight: 2,
  },
  {
    name: "'Series Concept' section",
    pattern: openingALine(/^\s*(?:#+\s*)?series concept\b/i, /series concept/i),
    weight: 2,
  },
  {
    name: "'Class Distinctions' section",
    pattern: openingALine(/^\s*(?:#+\s*)?class distinctions\b/i, /class distinctions/i),
    weight: 2,
  },
  {
    name: "'Guideline Charts' section",
    pattern: openingALine(/^\s*(?:#+\s*)?guideline charts?\b/i, /guideline chart/i),
    weight: 1,
  },
  {
    name: "'Exclusions' section",
    pattern: openingALine(/^\s*(?:#+\s*)?exclusions\b/i, /exclusions/i),
    weight: 1,
  },
  { name: "class codes like 00118/90118", pattern: /\b\d{5}\s*\/\s*\d{5}\b/, weight: 1 },
];

const DETECTION_WINDOW_LINES = 2000;

export function detectIowa(extracted: Extracted, bar?: DetectionBar): Detection {
  const text = (): string => {
    const window = windowOf(extracted, DETECTION_WINDOW_LINES);
    // Without a "<" no line holds a tag: the window other detectors joined is the same text.
    if (!window.includes("<")) return window.replace(EMPHASIS, "");
    return extracted.lines
      .slice(0, DETECTION_WINDOW_LINES)
      .map((line) => withoutTags(line.text))
      .join("\n")
      .replace(EMPHASIS, "");
  };
  return scoreLandmarks(text, LANDMARKS, bar);
}

const EMPHASIS = /[*_]/g;

/**
 * A line without its tags (`<` to the next `>`), by index search: a pattern
 * like `<[^>]*>` retries from every `<` of a long run without `>` (quadratic).
 */
function withoutTags(line: string): string {
  let out = "";
  let from = 0;
  for (;;) {
    const open = line.indexOf("<", from);
    const close = open < 0 ? -1 : line.indexOf(">", open);
    if (close < 0) return out + line.slice(from);
    out += line.slice(from, open);
    from = close + 1;
  }
}
