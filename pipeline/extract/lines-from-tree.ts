/**
 * The lines of a document only read rendered (HTML): the text of each block
 * of its tree, whitespace collapsed, with the line it starts on (the
 * `Extracted.lines` contract in ../types.ts). Every node type gives its text
 * (`nodeText` throws on a type it does not know).
 */
import type { Nodes, Root, RootContent } from "mdast";
import type { Line } from "../types.js";
import { nodeText, PARAGRAPH } from "./node-text.js";

const BLOCKS_WITH_CHILDREN = new Set([
  "list",
  "listItem",
  "blockquote",
  "table",
  "tableRow",
  "footnoteDefinition",
]);

/**
 * Where a node starts: its own position, else its first positioned
 * descendant's, else its container's (rehype-remark leaves the paragraph it
 * wraps a list item's text in without one).
 */
function startOf(node: Nodes, container: number): number {
  if (node.position) return node.position.start.line;
  if ("children" in node)
    for (const child of node.children as Nodes[]) {
      const start = startOf(child, 0);
      if (start > 0) return start;
    }
  return container;
}

export function treeToLines(tree: Root): Line[] {
  const lines: Line[] = [];
  const visit = (node: RootContent, container: number, block: Line["block"]): void => {
    const start = startOf(node, container);
    if (BLOCKS_WITH_CHILDREN.has(node.type) && "children" in node) {
      const inner = node.type === "list" || node.type === "listItem" ? "item" : block;
      for (const child of node.children as RootContent[]) visit(child, start, inner);
      return;
    }
    const kind = node.type === "heading" ? "heading" : block;
    for (const part of nodeText(node).split(PARAGRAPH)) {
      const text = part.replace(/\s+/g, " ").trim();
      if (text !== "")
        lines.push(kind ? { text, line: start, block: kind } : { text, line: start });
    }
  };
  for (const node of tree.children) visit(node, tree.position?.start.line ?? 1, undefined);
  return lines;
}
