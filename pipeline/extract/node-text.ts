/**
 * The text of any mdast node, markup dropped. Every node type of mdast is
 * turned into text (code blocks of 4-space-indented exports, HTML,
 * definitions, footnotes, images' alt text): a type this file does not know
 * is a bug, thrown as such, never skipped in silence.
 */
import type { Nodes } from "mdast";

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
/** Marks a paragraph break inside a line of text until it is cleaned (U+2029, whitespace to a collapse). */
export const PARAGRAPH = "\u2029";
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

export function stripTags(html: string): string {
  return decodeEntities(html.replace(BLOCK_TAG, PARAGRAPH).replace(TAG, ""));
}

function decodeEntities(text: string): string {
  return text.replace(/&(?:nbsp|amp|lt|gt|quot|#39);/g, (entity) => ENTITY[entity] ?? entity);
}

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
      return stripTags(node.value);
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
