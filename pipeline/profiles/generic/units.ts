/**
 * What the generic reader reads: the extracted lines of any format, each with
 * its clean text and what it is (a heading, a list item, text). HTML says so
 * in its tree (its lines are the tree's blocks, in the same order); text, PDF
 * and markdown lines say so by their look (a list marker, a `#`).
 */
import type { Nodes, Root, RootContent } from "mdast";
import { nodeText, PARAGRAPH } from "../../extract/node-text.js";
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

/** The role of each block of an HTML tree, in the order `treeToLines` gives its lines. */
function treeRoles(tree: Root): Role[] {
  const roles: Role[] = [];
  const visit = (node: RootContent, role: Role): void => {
    if (node.type === "list" || node.type === "listItem") {
      for (const child of node.children) visit(child, "item");
      return;
    }
    if (
      node.type === "blockquote" ||
      node.type === "table" ||
      node.type === "tableRow" ||
      node.type === "footnoteDefinition"
    ) {
      for (const child of node.children as RootContent[]) visit(child, role);
      return;
    }
    const own = node.type === "heading" ? "heading" : role;
    for (const part of nodeText(node as Nodes).split(PARAGRAPH)) {
      if (collapseWhitespace(part) !== "") roles.push(own);
    }
  };
  for (const node of tree.children) visit(node, "text");
  return roles;
}

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
    const roles = treeRoles(extracted.tree);
    const aligned = roles.length === extracted.lines.length;
    return extracted.lines.map((line, index) => ({
      line,
      text: line.text,
      role: aligned ? (roles[index] ?? "text") : "text",
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
