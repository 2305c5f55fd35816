/**
 * Markdown and HTML -> one mdast. HTML goes through rehype-parse and
 * rehype-remark so that a profile reads one kind of tree whatever the format.
 */
import type { Root } from "mdast";
import rehypeParse from "rehype-parse";
import rehypeRemark from "rehype-remark";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

const markdownProcessor = unified().use(remarkParse).use(remarkGfm);

export function parseMarkdown(text: string): Root {
  return markdownProcessor.parse(text);
}

const htmlProcessor = unified().use(rehypeParse).use(rehypeRemark);

export function parseHtml(text: string): Root {
  const hast = htmlProcessor.parse(text);
  return htmlProcessor.runSync(hast) as Root;
}
