/**
 * Stage 2, extract: `Source` -> one positioned mdast and the lines a reader
 * sees (the `Extracted` contract in ../types.ts), each piece with its place.
 * Each reader is loaded when its format is first read: a text batch never
 * loads pdfjs or the markdown/HTML stack (its tree is built from its lines).
 */
import type { DocFile } from "../file.js";
import type { Extracted, Source } from "../types.js";
import { textToLines } from "./text.js";
import { linesToTree } from "./text-tree.js";

export async function extract(source: Source, file: DocFile): Promise<Extracted | undefined> {
  switch (source.format) {
    case "pdf": {
      const { extractPdf } = await import("./pdf/index.js");
      const read = await extractPdf(source, file);
      return read && { ...read, tree: linesToTree(read.lines) };
    }
    case "html": {
      const [{ parseHtml }, { treeToLines }] = await Promise.all([
        import("./markdown.js"),
        import("./lines-from-tree.js"),
      ]);
      const { tree, hast } = parseHtml(source.text);
      return { source, lines: treeToLines(tree), tree, hast };
    }
    case "markdown": {
      // A markdown source is read as written: its lines are its physical lines.
      const { parseMarkdown } = await import("./markdown.js");
      return { source, ...textToLines(source.text), tree: parseMarkdown(source.text) };
    }
    case "text": {
      const read = textToLines(source.text);
      return { source, ...read, tree: linesToTree(read.lines) };
    }
  }
}
