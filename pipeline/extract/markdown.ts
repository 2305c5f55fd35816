/**
 * Markdown and HTML -> one mdast. HTML goes through rehype-parse and
 * rehype-remark so that a profile reads one kind of tree whatever the format.
 */
import type { Root as HastRoot } from "hast";
import type { Root } from "mdast";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmTable } from "micromark-extension-gfm-table";
import rehypeParse from "rehype-parse";
import rehypeRemark from "rehype-remark";
import remarkParse from "remark-parse";
import { type Processor, unified } from "unified";

/**
 * GFM tables, the one GFM construct the guidelines use: remark-gfm would
 * also load and run autolinks, footnotes, strikethrough and task lists on
 * every line (tables alone parse in ~0.85x the time, with the same trees).
 */
function remarkGfmTables(this: Processor): void {
  const data = this.data();
  data.micromarkExtensions ??= [];
  data.micromarkExtensions.push(gfmTable());
  data.fromMarkdownExtensions ??= [];
  data.fromMarkdownExtensions.push(gfmTableFromMarkdown());
}

const markdownProcessor = unified().use(remarkParse).use(remarkGfmTables);

export function parseMarkdown(text: string): Root {
  return markdownProcessor.parse(text);
}

const htmlProcessor = unified().use(rehypeParse).use(rehypeRemark);

/**
 * The hast as parsed (rehype-remark works on a copy) and the mdast made from
 * it; `prepare` sees the hast first (visibility takes out what is not shown).
 */
export function parseHtml(
  text: string,
  prepare: (hast: HastRoot) => void = () => undefined,
): { tree: Root; hast: HastRoot } {
  const hast = htmlProcessor.parse(text);
  prepare(hast);
  return { tree: htmlProcessor.runSync(hast) as Root, hast };
}
