/**
 * The text of HTML written inside markdown (`<p>Director&rsquo;s</p>`, `<br>`,
 * `<u>Class Code</u>`), read by an HTML parser (rehype-parse on the fragment),
 * never by regexes: character references are decoded as a browser decodes
 * them, comments are no text, and a block element ends a paragraph.
 */
import type { Nodes } from "hast";
import rehypeParse from "rehype-parse";
import { unified } from "unified";

/** Marks a paragraph break inside a line of text until it is cleaned (U+2029, whitespace to a collapse). */
export const PARAGRAPH = "\u2029";

/** Elements that end a word: "<p>a</p><p>b</p>" is "a" and "b", not "ab". */
const BLOCKS = new Set(["p", "div", "li", "td", "tr", "th", "h1", "h2", "h3", "h4", "h5", "h6"]);

const fragmentParser = unified().use(rehypeParse, { fragment: true });

function textOf(node: Nodes): string {
  switch (node.type) {
    case "text":
      return node.value;
    case "root":
      return node.children.map(textOf).join("");
    case "element": {
      if (node.tagName === "br") return PARAGRAPH;
      const inner = node.children.map(textOf).join("");
      return BLOCKS.has(node.tagName) ? `${PARAGRAPH}${inner}${PARAGRAPH}` : inner;
    }
    default:
      // Comments and doctypes are no text.
      return "";
  }
}

/** The text of an HTML fragment: tags dropped, references decoded, block ends marked by `PARAGRAPH`. */
export function htmlText(html: string): string {
  return textOf(fragmentParser.parse(html));
}
