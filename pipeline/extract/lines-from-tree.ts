/**
 * Lines for a document that was parsed into a tree (HTML): the plain text of
 * each block with the line it starts on, so detection and unmapped-text
 * reporting work on every format.
 */
import type { Root, RootContent } from "mdast";
import { toString as nodeText } from "mdast-util-to-string";
import type { Line } from "../types.js";

const BLOCKS_WITH_CHILDREN = new Set(["list", "listItem", "blockquote", "table", "tableRow"]);

export function treeToLines(tree: Root): Line[] {
  const lines: Line[] = [];
  const visit = (node: RootContent): void => {
    if (BLOCKS_WITH_CHILDREN.has(node.type) && "children" in node) {
      for (const child of node.children as RootContent[]) visit(child);
      return;
    }
    const text = nodeText(node).replace(/\s+/g, " ").trim();
    if (text === "") return;
    lines.push({ text, line: node.position?.start.line ?? lines.length + 1 });
  };
  for (const node of tree.children) visit(node);
  return lines;
}
