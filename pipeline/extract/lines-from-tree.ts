/**
 * Lines for a document that was parsed into a tree (HTML): the plain text of
 * each block with the line it starts on, so detection and unmapped-text
 * reporting work on every format. Every node type gives its text
 * (`nodeText` throws on a type it does not know).
 */
import type { Root, RootContent } from "mdast";
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

export function treeToLines(tree: Root): Line[] {
  const lines: Line[] = [];
  const visit = (node: RootContent): void => {
    if (BLOCKS_WITH_CHILDREN.has(node.type) && "children" in node) {
      for (const child of node.children as RootContent[]) visit(child);
      return;
    }
    const start = node.position?.start.line ?? lines.length + 1;
    for (const part of nodeText(node).split(PARAGRAPH)) {
      const text = part.replace(/\s+/g, " ").trim();
      if (text !== "") lines.push({ text, line: start });
    }
  };
  for (const node of tree.children) visit(node);
  return lines;
}
