/**
 * Any positioned mdast (markdown, HTML through rehype-remark, a text export's
 * or a PDF's one paragraph per line) flattened into blocks a profile reads in
 * order: text lines (a block's text split where the source breaks it: a
 * markdown paragraph's soft breaks; an HTML block, reflowed, is one line),
 * list items (with the number they are printed with) and table rows (with
 * their cells; a tab-separated line is a row too). Markup is dropped here
 * (`<p>`, `<u>`, emphasis; HTML read by an HTML parser).
 * A cell keeps its paragraphs (Word's `<p>`s and `<li>`s, markdown's `<br>`s)
 * separated by a blank line; everywhere else whitespace is collapsed.
 *
 * Every node type of mdast is turned into text (code blocks of 4-space
 * indented exports, HTML, definitions, footnotes, images' alt text): a type
 * this file does not know is a bug, thrown as such, never skipped in silence.
 */
import type { Nodes, Root, RootContent } from "mdast";
import { collapseWhitespace } from "../shared/text.js";
import type { Extracted } from "../types.js";
import { htmlText } from "./html-text.js";
import { nodeText, PARAGRAPH, unhandledNode } from "./node-text.js";

/** One piece of the flattened document, with the source lines it spans. */
export interface Block {
  /** A line of text, a list item, or a table row. */
  kind: "text" | "item" | "row";
  /** Whitespace-collapsed text (for a row: cells joined by a space). */
  text: string;
  /** Cells of a row: paragraphs whitespace-collapsed, separated by a blank line. */
  cells: string[];
  /** Number of a numbered item ("3." -> 3). */
  ordinal?: number;
  /** A heading node, or a line set in bold alone (Word's headings). */
  heading: boolean;
  startLine: number;
  endLine: number;
}

const TAB = "\t";
/** A bullet glyph typed at the start of a paragraph ("• prepares fee estimates"). */
const BULLET_GLYPH = /^[•·▪◦●\-*]\s+/;
const collapse = collapseWhitespace;

/** A cell's text: each paragraph collapsed and freed of a typed bullet, blank-line separated. */
function cellText(text: string): string {
  return text
    .split(PARAGRAPH)
    .map((paragraph) => collapse(paragraph).replace(BULLET_GLYPH, ""))
    .filter((paragraph) => paragraph !== "")
    .join("\n\n");
}

function lineBlocks(raw: string, startLine: number, heading: boolean): Block[] {
  const blocks: Block[] = [];
  raw.split("\n").forEach((line, offset) => {
    const cells = line.split(TAB).map(cellText);
    const isRow = cells.length > 1;
    const text = collapse(isRow ? cells.join(" ") : line.split(PARAGRAPH).join(" "));
    if (text === "") return;
    const at = startLine + offset;
    blocks.push({
      kind: isRow ? "row" : "text",
      text,
      cells: isRow ? cells : [text],
      heading,
      startLine: at,
      endLine: at,
    });
  });
  return blocks;
}

function startOf(node: Nodes): number {
  return node.position?.start.line ?? 1;
}

function endOf(node: Nodes): number {
  return node.position?.end.line ?? startOf(node);
}

function isBoldOnly(node: Nodes): boolean {
  return (
    node.type === "paragraph" &&
    node.children.length > 0 &&
    node.children.every(
      (child) => child.type === "strong" || (child.type === "text" && child.value.trim() === ""),
    )
  );
}

/** A fenced block's text starts on the line after its fence; an indented one on its own line. */
const FENCE = /^\s*(?:```|~~~)/;

interface Context {
  blocks: Block[];
  source: readonly string[];
}

function visit(node: RootContent, context: Context): void {
  const { blocks, source } = context;
  switch (node.type) {
    case "heading":
    case "paragraph":
      blocks.push(
        ...lineBlocks(nodeText(node), startOf(node), node.type === "heading" || isBoldOnly(node)),
      );
      return;
    case "html":
      // A line opening with <p> becomes an HTML block that runs to the next blank line.
      blocks.push(...lineBlocks(htmlText(node.value), startOf(node), false));
      return;
    case "code":
    case "yaml": {
      // Text exports indent paragraphs by four spaces: markdown reads them as code.
      const fenced = node.type === "code" && FENCE.test(source[startOf(node) - 1] ?? "");
      blocks.push(...lineBlocks(node.value, startOf(node) + (fenced ? 1 : 0), false));
      return;
    }
    case "list":
      listItems(node, context);
      return;
    case "listItem":
      listItems({ type: "list", ordered: false, children: [node] }, context);
      return;
    case "table":
      for (const row of node.children) visit(row, context);
      return;
    case "tableRow":
      tableRow(
        node.children.map((cell) => cellText(nodeText(cell))),
        node,
        blocks,
      );
      return;
    case "tableCell":
    case "definition":
    case "footnoteReference":
    case "break":
    case "delete":
    case "emphasis":
    case "image":
    case "imageReference":
    case "inlineCode":
    case "link":
    case "linkReference":
    case "strong":
    case "text":
      blocks.push(...lineBlocks(nodeText(node), startOf(node), false));
      return;
    case "blockquote":
    case "footnoteDefinition":
      for (const child of node.children) visit(child, context);
      return;
    case "thematicBreak":
      return;
    default:
      unhandledNode(node);
  }
}

function tableRow(cells: string[], row: Nodes, blocks: Block[]): void {
  if (cells.every((cell) => cell === "")) return;
  const at = { startLine: startOf(row), endLine: endOf(row) };
  blocks.push({ kind: "row", text: collapse(cells.join(" ")), cells, heading: false, ...at });
}

/** A line set apart as a heading: capitals, no lower-case letter. */
const isCapitalsLine = (line: string) => !/[a-z]/.test(line) && /[A-Z]/.test(line);

function listItems(node: Extract<Nodes, { type: "list" }>, context: Context): void {
  node.children.forEach((item, index) => {
    const raw = item.children.map((child) => nodeText(child)).join("\n");
    // A line markdown continued lazily into the item ("- duty\nSELECTIVE CERTIFICATION:") is a
    // heading of its own: never part of a list item.
    const lines = raw.split("\n");
    const cut = lines.findIndex((line, at) => at > 0 && isCapitalsLine(line));
    const text = collapse((cut > 0 ? lines.slice(0, cut) : lines).join(" "));
    if (text !== "") {
      const block: Block = {
        kind: "item",
        text,
        cells: [text],
        heading: false,
        startLine: startOf(item),
        endLine: cut > 0 ? startOf(item) + cut - 1 : endOf(item),
      };
      if (node.ordered)
        block.ordinal = printedNumber(context.source, block.startLine) ?? (node.start ?? 1) + index;
      context.blocks.push(block);
    }
    if (cut > 0)
      context.blocks.push(...lineBlocks(lines.slice(cut).join("\n"), startOf(item) + cut, false));
  });
}

/** "2. Permit Review" at the start of a source line. */
const PRINTED_NUMBER = /^\s*(\d{1,3})[.)]\s/;

/**
 * The number an item is printed with. Markdown numbers a list's items by
 * position, so "2. Permit Review" after a numbered list of duties is item 4
 * of that list; the source says 2. (An HTML source has no number there.)
 */
function printedNumber(source: readonly string[], line: number): number | undefined {
  const printed = PRINTED_NUMBER.exec(source[line - 1] ?? "")?.[1];
  return printed === undefined ? undefined : Number(printed);
}

/**
 * The blocks of a tree, in document order. `source`: the lines of the text
 * the tree was parsed from, where list items' printed numbers and code
 * fences are read (none for a tree built from lines).
 */
export function flattenTree(tree: Root, source: readonly string[] = []): Block[] {
  const context: Context = { blocks: [], source };
  for (const node of tree.children) visit(node, context);
  return context.blocks;
}

/** The blocks of an extracted document, whatever its format. */
export function flatten(extracted: Pick<Extracted, "tree" | "source">): Block[] {
  return flattenTree(extracted.tree, extracted.source.text.split("\n"));
}
