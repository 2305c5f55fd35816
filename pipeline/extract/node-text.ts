/**
 * The text of any mdast node, markup dropped. Every node type of mdast is
 * turned into text (code blocks of 4-space-indented exports, HTML read by an
 * HTML parser, definitions, footnotes, images' alt text): a type this file
 * does not know is a bug, thrown as such, never skipped in silence.
 */
import type { Nodes } from "mdast";
import { htmlText, PARAGRAPH } from "./html-text.js";

export { PARAGRAPH };

/** Block content: a container of these is read paragraph by paragraph. */
const FLOW = new Set([
  "paragraph",
  "heading",
  "list",
  "listItem",
  "blockquote",
  "code",
  "table",
  "definition",
  "footnoteDefinition",
  "html",
]);

/** An internal error: a node type no reader knows (a new plugin, a new mdast). */
export function unhandledNode(node: { type: string }): never {
  throw new Error(`Unhandled mdast node '${node.type}'`);
}

/** The text of any node, markup dropped; soft line breaks and tabs kept. */
export function nodeText(node: Nodes): string {
  switch (node.type) {
    case "text":
    case "inlineCode":
    case "code":
    case "yaml":
      return node.value;
    case "html":
      return htmlText(node.value);
    case "break":
      return "\n";
    case "image":
    case "imageReference":
      return node.alt ?? "";
    case "footnoteReference":
      return `[${node.label ?? node.identifier}]`;
    case "definition":
      return [node.label ?? node.identifier, node.url, node.title ?? ""].join(" ");
    case "thematicBreak":
      return "";
    case "root":
    case "blockquote":
    case "delete":
    case "emphasis":
    case "footnoteDefinition":
    case "heading":
    case "link":
    case "linkReference":
    case "list":
    case "listItem":
    case "paragraph":
    case "strong":
    case "table":
    case "tableRow":
    case "tableCell": {
      const children = node.children as Nodes[];
      const separator = children.some((child) => FLOW.has(child.type)) ? PARAGRAPH : "";
      return children.map(nodeText).join(separator);
    }
    default:
      return unhandledNode(node);
  }
}
