/**
 * The mdast of a series guideline (from markdown, or from HTML through
 * rehype-remark) flattened into blocks the Iowa parser reads: text lines,
 * list items (numbered or bulleted) and table rows. Markup is dropped here
 * (`<p>`, `<u>`, emphasis); tabs separate cells of the seed's tab tables.
 * A cell keeps its paragraphs (Word's `<p>`s and `<li>`s, markdown's `<br>`s)
 * separated by a blank line; everywhere else whitespace is collapsed.
 */
import type { Nodes, Root, RootContent } from "mdast";
import { collapseWhitespace } from "../../shared/text.js";

export interface Block {
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

const TAG = /<[^>]*>/g;
/** Block tags end a word: "<p>a</p><p>b</p>" is "a b", not "ab". */
const BLOCK_TAG = /<\/?(?:p|div|br|li|td|tr|th|h[1-6])\b[^>]*>/gi;
const ENTITY: Record<string, string> = {
  "&nbsp;": " ",
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
};
const TAB = "\t";
/** Marks a paragraph break inside a line of text until cells are cleaned (U+2029, whitespace to `collapse`). */
const PARAGRAPH = "\u2029";
/** Word writes bullets as a two-cell row whose first cell is the bullet glyph. */
const BULLET_CELL = /^[•·▪◦●o§\-*]$/;
/** A bullet glyph typed at the start of a paragraph ("• prepares fee estimates"). */
const BULLET_GLYPH = /^[•·▪◦●\-*]\s+/;
/** Block content: a container of these is read paragraph by paragraph. */
const FLOW = new Set(["paragraph", "heading", "list", "listItem", "blockquote", "code", "table"]);

/** The shared whitespace collapse, under the name the Iowa readers use. */
export const collapse = collapseWhitespace;

/** A cell's text: each paragraph collapsed and freed of a typed bullet, blank-line separated. */
function cellText(text: string): string {
  return text
    .split(PARAGRAPH)
    .map((paragraph) => collapse(paragraph).replace(BULLET_GLYPH, ""))
    .filter((paragraph) => paragraph !== "")
    .join("\n\n");
}

function stripTags(html: string): string {
  return decodeEntities(html.replace(BLOCK_TAG, PARAGRAPH).replace(TAG, ""));
}

function decodeEntities(text: string): string {
  return text.replace(/&(?:nbsp|amp|lt|gt|quot|#39);/g, (entity) => ENTITY[entity] ?? entity);
}

/** Inline text with markup dropped; soft line breaks and tabs kept. */
function inlineText(node: Nodes): string {
  switch (node.type) {
    case "text":
    case "inlineCode":
      return node.value;
    case "html":
      return stripTags(node.value);
    case "break":
      return "\n";
    default: {
      if (!("children" in node)) return "";
      const children = node.children as Nodes[];
      const separator = children.some((child) => FLOW.has(child.type)) ? PARAGRAPH : "";
      return children.map(inlineText).join(separator);
    }
  }
}

function lineBlocks(raw: string, startLine: number, heading: boolean): Block[] {
  const blocks: Block[] = [];
  raw.split("\n").forEach((line, offset) => {
    const cells = line.split(TAB).map(cellText);
    const isRow = cells.length > 1;
    const text = collapse(isRow ? cells.join(" ") : line);
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

function visit(node: RootContent, blocks: Block[], source: readonly string[]): void {
  switch (node.type) {
    case "heading":
    case "paragraph":
      blocks.push(
        ...lineBlocks(inlineText(node), startOf(node), node.type === "heading" || isBoldOnly(node)),
      );
      return;
    case "html":
      // A line opening with <p> becomes an HTML block that runs to the next blank line.
      blocks.push(...lineBlocks(stripTags(node.value), startOf(node), false));
      return;
    case "list":
      node.children.forEach((item, index) => {
        const text = collapse(item.children.map((child) => inlineText(child)).join("\n"));
        if (text === "") return;
        const block: Block = {
          kind: "item",
          text,
          cells: [text],
          heading: false,
          startLine: startOf(item),
          endLine: endOf(item),
        };
        if (node.ordered)
          block.ordinal = printedNumber(source, block.startLine) ?? (node.start ?? 1) + index;
        blocks.push(block);
      });
      return;
    case "table":
      for (const row of node.children) {
        const cells = row.children.map((cell) => cellText(inlineText(cell)));
        if (cells.every((cell) => cell === "")) continue;
        const at = { startLine: startOf(row), endLine: endOf(row) };
        if (cells.length === 2 && BULLET_CELL.test(cells[0] ?? "")) {
          const text = collapse(cells[1] ?? "");
          blocks.push({
            kind: "item",
            text,
            cells: [text],
            heading: false,
            ...at,
          });
        } else {
          blocks.push({
            kind: "row",
            text: collapse(cells.join(" ")),
            cells,
            heading: false,
            ...at,
          });
        }
      }
      return;
    case "blockquote":
      for (const child of node.children) visit(child, blocks, source);
      return;
    default:
      return;
  }
}

/** Numbered paragraphs that markdown did not read as a list ("1) Name", Word's "1.&nbsp;Name"). */
const NUMBERED = /^(\d{1,2})[.)]\s+(\S.*)$/;
/** Bulleted paragraphs: Word's list paragraphs carry the glyph as text ("·&nbsp;&nbsp;Name"). */
const BULLETED = /^[•·▪◦●]\s+(\S.*)$/;

/** A text block that is a list item in all but markup. */
function asListItem(block: Block): Block {
  if (block.kind !== "text") return block;
  const numbered = NUMBERED.exec(block.text);
  const text = numbered?.[2] ?? BULLETED.exec(block.text)?.[1];
  if (text === undefined) return block;
  const item: Block = { ...block, kind: "item", text, cells: [text] };
  if (numbered?.[1]) item.ordinal = Number(numbered[1]);
  return item;
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

/** `source`: the lines of the text the tree was parsed from, where list items' printed numbers are read. */
export function blocksOf(tree: Root, source: readonly string[] = []): Block[] {
  const blocks: Block[] = [];
  for (const node of tree.children) visit(node, blocks, source);
  return blocks.map(asListItem);
}
