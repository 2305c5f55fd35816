/** Landmarks of an Iowa DAS series guideline. */
import { scoreLandmarks } from "../../detect/index.js";
import type { Detection, Extracted } from "../../types.js";

const LANDMARKS = [
  {
    name: "'Classes in the Series' section",
    pattern: /^\s*(?:#+\s*)?classes in (?:the |this )?series\b/im,
    weight: 2,
  },
  { name: "'Series Concept' section", pattern: /^\s*(?:#+\s*)?series concept\b/im, weight: 2 },
  {
    name: "'Class Distinctions' section",
    pattern: /^\s*(?:#+\s*)?class distinctions\b/im,
    weight: 2,
  },
  { name: "'Guideline Charts' section", pattern: /^\s*(?:#+\s*)?guideline charts?\b/im, weight: 1 },
  { name: "'Exclusions' section", pattern: /^\s*(?:#+\s*)?exclusions\b/im, weight: 1 },
  { name: "class codes like 00118/90118", pattern: /\b\d{5}\s*\/\s*\d{5}\b/, weight: 1 },
];

const DETECTION_WINDOW_LINES = 2000;

export function detectIowa(extracted: Extracted): Detection {
  const text = extracted.lines
    .slice(0, DETECTION_WINDOW_LINES)
    .map((line) => withoutTags(line.text))
    .join("\n")
    .replace(EMPHASIS, "");
  return scoreLandmarks(text, LANDMARKS);
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
