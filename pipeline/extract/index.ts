/**
 * Stage 2, extract: `Source` -> lines (and, for markdown and HTML, an mdast),
 * each piece with its place. Each reader is loaded when its format is first
 * read: a text batch never loads pdfjs or the markdown/HTML stack.
 */
import type { DocFile } from "../file.js";
import type { Extracted, Source } from "../types.js";
import { textToLines } from "./text.js";

export async function extract(source: Source, file: DocFile): Promise<Extracted | undefined> {
  switch (source.format) {
    case "pdf": {
      const { extractPdf } = await import("./pdf/index.js");
      return extractPdf(source, file);
    }
    case "html": {
      const [{ parseHtml }, { treeToLines }] = await Promise.all([
        import("./markdown.js"),
        import("./lines-from-tree.js"),
      ]);
      const tree = parseHtml(source.text);
      return { source, lines: treeToLines(tree), tree };
    }
    case "markdown": {
      const { parseMarkdown } = await import("./markdown.js");
      const tree = parseMarkdown(source.text);
      return { source, ...textToLines(source.text), tree };
    }
    case "text":
      return { source, ...textToLines(source.text) };
  }
}
