/**
 * The mdast of a series guideline (from markdown, or from HTML through
 * rehype-remark) flattened into blocks the Iowa parser reads: text lines,
 * list items (numbered or bulleted) and table rows. Markup is dropped here
 * (`<p>`, `<u>`, emphasis); tabs separate cells of the seed's tab tables.
 */
import type { Nodes, Root, RootContent } from "mdast";
import type { Line } from "../../types.js";

export interface Block {
  kind: "text" | "item" | "row";
  /** Whitespace-collapsed text (for a row: cells joined by a space). */
  text: string;
  /** Cells of a row, each whitespace-collapsed. */
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
/** Word writes bullets as a two-cell row whose first cell is the bullet glyph. */
const BULLET_CELL = /^[•·▪◦●o§\-*]$/;

export function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function stripTags(html: string): string {
  return decodeEntities(html.replace(BLOCK_TAG, " ").replace(TAG, ""));
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
    default:
      return "children" in node ? (node.children as Nodes[]).map(inlineText).join("") : "";
  }
}

function lineBlocks(raw: string, startLine: number, heading: boolean): Block[] {
  const blocks: Block[] = [];
  raw.split("\n").forEach((line, offset) => {
    const cells = line.split(TAB).map(collapse);
    const text = collapse(cells.join(" "));
    if (text === "") return;
    const at = startLine + offset;
    const isRow = cells.length > 1;
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

function visit(node: RootContent, blocks: Block[]): void {
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
        if (node.ordered) block.ordinal = (node.start ?? 1) + index;
        blocks.push(block);
      });
      return;
    case "table":
      for (const row of node.children) {
        const cells = row.children.map((cell) => collapse(inlineText(cell)));
        if (cells.every((cell) => cell === "")) continue;
        const at = { startLine: startOf(row), endLine: endOf(row) };
        if (cells.length === 2 && BULLET_CELL.test(cells[0] ?? "")) {
          blocks.push({
            kind: "item",
            text: cells[1] ?? "",
            cells: [cells[1] ?? ""],
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
      for (const child of node.children) visit(child, blocks);
      return;
    default:
      return;
  }
}

/** Numbered paragraphs that markdown did not read as a list ("1) Name", Word's "1.&nbsp;Name"). */
const NUMBERED = /^(\d{1,2})[.)]\s+(\S.*)$/;

export function blocksOf(tree: Root): Block[] {
  const blocks: Block[] = [];
  for (const node of tree.children) visit(node, blocks);
  return blocks.map((block) => {
    const numbered = block.kind === "text" ? NUMBERED.exec(block.text) : null;
    return numbered?.[1] && numbered[2]
      ? {
          ...block,
          kind: "item" as const,
          text: numbered[2],
          cells: [numbered[2]],
          ordinal: Number(numbered[1]),
        }
      : block;
  });
}

/** The lines a block spans, for claims and provenance. */
export function blockLines(blocks: readonly Block[]): Line[] {
  return blocks.flatMap((block) => {
    const lines: Line[] = [];
    for (let line = block.startLine; line <= block.endLine; line++)
      lines.push({ text: block.text, line });
    return lines;
  });
}
