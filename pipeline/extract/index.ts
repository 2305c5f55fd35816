/**
 * Stage 2, extract: `Source` -> one positioned mdast and the lines a reader
 * sees (the `Extracted` contract in ../types.ts), each piece with its place.
 * Each reader is loaded when its format is first read: a text batch never
 * loads pdfjs or the markdown/HTML stack (its tree is built from its lines).
 */
import type { DocFile } from "../file.js";
import type { Extracted, Line, Source } from "../types.js";
import { textToLines } from "./text.js";
import { linesToTree } from "./text-tree.js";

/** Each tree line's page, from the physical line it starts on (markdown with form feeds). */
function withPages(lines: Line[], physical: readonly Line[]): Line[] {
  return lines.map((line) => {
    const page = physical[line.line - 1]?.page;
    return page === undefined ? line : { ...line, page };
  });
}

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
      const [{ parseMarkdown }, { treeToLines }] = await Promise.all([
        import("./markdown.js"),
        import("./lines-from-tree.js"),
      ]);
      const tree = parseMarkdown(source.text);
      const physical = textToLines(source.text);
      const lines = treeToLines(tree);
      return physical.pages === undefined
        ? { source, lines, tree }
        : { source, lines: withPages(lines, physical.lines), pages: physical.pages, tree };
    }
    case "text": {
      const read = textToLines(source.text);
      return { source, ...read, tree: linesToTree(read.lines) };
    }
  }
}
