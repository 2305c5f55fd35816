/**
 * Stage 2, extract: `Source` -> lines (and, for markdown and HTML, an mdast),
 * each piece with its place. PDF support is loaded only when a PDF is read.
 */
import type { DocFile } from "../file.js";
import type { Extracted, Source } from "../types.js";
import { treeToLines } from "./lines-from-tree.js";
import { parseHtml, parseMarkdown } from "./markdown.js";
import { textToLines } from "./text.js";

export async function extract(source: Source, file: DocFile): Promise<Extracted | undefined> {
  switch (source.format) {
    case "pdf": {
      const { extractPdf } = await import("./pdf/index.js");
      return extractPdf(source, file);
    }
    case "html": {
      const tree = parseHtml(source.text);
      return { source, lines: treeToLines(tree), tree };
    }
    case "markdown": {
      const tree = parseMarkdown(source.text);
      return { source, ...textToLines(source.text), tree };
    }
    case "text":
      return { source, ...textToLines(source.text) };
  }
}
