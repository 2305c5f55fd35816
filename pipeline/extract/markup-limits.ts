/**
 * Markdown and HTML constructs the parsers (micromark, parse5 and the
 * hast-to-mdast walk) are super-linear or recursive on, refused before
 * parsing with a named limit: a real class spec is nowhere near any of them.
 * One linear pass over the text; each limit is per paragraph (text between
 * blank lines), where micromark resolves emphasis, brackets and HTML.
 */

/** `*`, `_` or `~` in one paragraph: each may open emphasis that micromark pairs against every later one. */
export const MAX_EMPHASIS_MARKS_PER_PARAGRAPH = 5_000;
/** `[` or `]` in one paragraph: link openers are matched against every later `]`. */
export const MAX_BRACKETS_PER_PARAGRAPH = 5_000;
/** `<` in one paragraph: each may open HTML, an autolink or a `<…>` destination that scans ahead. */
export const MAX_ANGLES_PER_PARAGRAPH = 5_000;
/** Blockquote markers (`>`) or columns of indentation before a line's text: container nesting. */
export const MAX_NESTING_COLUMNS = 256;
/**
 * List-item and blockquote markers opening lines, in one document. micromark
 * splices its whole event list each time a line closes a container, so the
 * parse is quadratic in these ("- - x" repeated: 20 KB took seconds, 40 KB
 * four times as long); a real class spec has a few dozen to a few hundred.
 */
export const MAX_CONTAINER_MARKERS = 1_000;
/** Elements open at once in HTML (the tree walk recurses once per level). */
export const MAX_HTML_DEPTH = 500;
/** Tags in one HTML document. */
export const MAX_HTML_TAGS = 200_000;

export interface MarkupProblem {
  code: "markdown-too-complex" | "html-too-complex";
  message: string;
}

const EMPHASIS = new Set(["*", "_", "~"]);
const BRACKETS = new Set(["[", "]"]);

/** A list-item marker's length at `index` ("-", "*", "+", "12." or "3)" before a space or a line end), or 0. */
function listMarkerLength(text: string, index: number): number {
  let end = index;
  const first = text.charAt(index);
  if (first === "-" || first === "*" || first === "+") end = index + 1;
  else {
    while (end - index < 9 && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
    if (end === index) return 0;
    const delimiter = text.charAt(end);
    if (delimiter !== "." && delimiter !== ")") return 0;
    end++;
  }
  const after = text.charAt(end);
  return after === " " || after === "\t" || after === "\n" || after === "" ? end - index : 0;
}

export function markdownProblem(text: string): MarkupProblem | undefined {
  let containers = 0;
  let emphasis = 0;
  let brackets = 0;
  let angles = 0;
  let line = 1;
  let lineStart = true;
  let nesting = 0;
  let blank = true;
  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index);
    if (char === "\n") {
      if (blank) emphasis = brackets = angles = 0; // a blank line ends the paragraph
      line++;
      lineStart = true;
      nesting = 0;
      blank = true;
      continue;
    }
    if (lineStart) {
      // Markers a line opens with nest containers too ("- - - x", "1. 1. x", "> - > - x").
      const marker = char === ">" ? 1 : listMarkerLength(text, index);
      if (marker > 0) {
        nesting += marker;
        index += marker - 1;
        if (++containers > MAX_CONTAINER_MARKERS)
          return tooComplex(`more than ${MAX_CONTAINER_MARKERS} list or quote markers`, line);
      } else if (char === " ") nesting++;
      else if (char === "\t") nesting += 4;
      else lineStart = false;
      if (nesting > MAX_NESTING_COLUMNS)
        return tooComplex(`nesting deeper than ${MAX_NESTING_COLUMNS} columns`, line);
      if (marker > 0) continue;
    }
    if (char !== " " && char !== "\t") blank = false;
    if (EMPHASIS.has(char) && ++emphasis > MAX_EMPHASIS_MARKS_PER_PARAGRAPH)
      return tooComplex(
        `more than ${MAX_EMPHASIS_MARKS_PER_PARAGRAPH} emphasis marks in one paragraph`,
        line,
      );
    if (BRACKETS.has(char) && ++brackets > MAX_BRACKETS_PER_PARAGRAPH)
      return tooComplex(`more than ${MAX_BRACKETS_PER_PARAGRAPH} brackets in one paragraph`, line);
    if (char === "<" && ++angles > MAX_ANGLES_PER_PARAGRAPH)
      return tooComplex(`more than ${MAX_ANGLES_PER_PARAGRAPH} '<' in one paragraph`, line);
  }
  return undefined;
}

function tooComplex(what: string, line: number): MarkupProblem {
  return {
    code: "markdown-too-complex",
    message: `Unexpected markdown with ${what} (by line ${line}), expected a class spec`,
  };
}

/**
 * Elements whose open tag does not deepen the tree: void elements, and those
 * whose end tag may be left out (the parser closes a `<p>` at the next `<p>`),
 * so a page of unclosed `<p>` or `<li>` is not mistaken for deep nesting.
 */
const NOT_NESTING = new Set(
  "area base br col embed hr img input link meta param source track wbr p li dt dd td th tr tbody thead tfoot option colgroup".split(
    " ",
  ),
);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]{0,40})/g;

/**
 * HTML nested or sized past the limits. Depth is estimated from open and
 * close tags (an unclosed `<p>` counts as open, as an upper bound).
 */
export function htmlProblem(text: string): MarkupProblem | undefined {
  let depth = 0;
  let tags = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(text); match !== null; match = TAG.exec(text)) {
    if (++tags > MAX_HTML_TAGS)
      return {
        code: "html-too-complex",
        message: `Unexpected HTML with more than ${MAX_HTML_TAGS} tags, expected a class spec`,
      };
    const name = (match[2] ?? "").toLowerCase();
    if (NOT_NESTING.has(name)) continue;
    depth += match[1] === "/" ? -1 : 1;
    if (depth < 0) depth = 0;
    if (depth > MAX_HTML_DEPTH)
      return {
        code: "html-too-complex",
        message: `Unexpected HTML nested deeper than ${MAX_HTML_DEPTH} elements, expected a class spec`,
      };
  }
  return undefined;
}
