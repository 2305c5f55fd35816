/**
 * What the generic reader reads: the extracted lines of any format, each with
 * its clean text and what it is (a heading, a list item, text). HTML's lines
 * are its tree's blocks and say so (`Line.block`); text, PDF and markdown
 * lines say so by their look (a list marker, a `#`).
 */
import { collapseWhitespace } from "../../shared/whitespace.js";
import type { Extracted, Line } from "../../types.js";

export type Role = "heading" | "item" | "text";

export interface Unit {
  /** The extracted line: what claims and places are made of. */
  line: Line;
  /** Its text without markup or a list marker, whitespace collapsed. */
  text: string;
  role: Role;
  /** A blank line stands before it (text, PDF and markdown): a new paragraph. */
  blankBefore: boolean;
  /** The list marker it printed ("1.", "•"), when it printed one. */
  marker?: string;
}

/** A list marker opening a line: bullets, "1.", "(a)", "a)". */
const LIST_MARKER = /^(?:[•▪◦●○■□*+\-–]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+/;
const MARKDOWN_HEADING = /^#{1,6}\s+/;
const MARKDOWN_EMPHASIS = /\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])/g;
const TAGS = /<\/?[A-Za-z][^<>\n]*>/g;

function textUnit(line: Line, blankBefore: boolean, markdown: boolean): Unit {
  let text = collapseWhitespace(markdown ? line.text.replace(TAGS, " ") : line.text);
  let role: Role = "text";
  if (markdown && MARKDOWN_HEADING.test(text)) {
    text = text.replace(MARKDOWN_HEADING, "");
    role = "heading";
  }
  if (markdown) text = collapseWhitespace(text.replace(MARKDOWN_EMPHASIS, ""));
  const marker = LIST_MARKER.exec(text);
  if (marker && role === "text") {
    return {
      line,
      text: text.slice(marker[0].length),
      role: "item",
      blankBefore,
      marker: marker[0].trim(),
    };
  }
  return { line, text, role, blankBefore };
}

export function unitsOf(extracted: Extracted): Unit[] {
  const format = extracted.source.format;
  if (format === "html") {
    return extracted.lines.map((line) => ({
      line,
      text: line.text,
      role: line.block ?? "text",
      // Every block of a page is a paragraph of its own.
      blankBefore: true,
    }));
  }
  const units: Unit[] = [];
  let blank = true;
  for (const line of extracted.lines) {
    if (line.text.trim() === "") {
      blank = true;
      continue;
    }
    const unit = textUnit(line, blank, format === "markdown");
    if (unit.text !== "") units.push(unit);
    blank = false;
  }
  return units;
}
