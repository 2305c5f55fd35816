/**
 * Stage 2, extract: `Source` -> one positioned mdast and the lines a reader
 * sees (the `Extracted` contract in ../types.ts), each piece with its place.
 * Each reader is loaded when its format is first read: a text batch never
 * loads pdfjs or the markdown/HTML stack (its tree is built from its lines).
 */
import type { DocFile } from "../file.js";
import type { Extracted, Source } from "../types.js";
import { htmlProblem, type MarkupProblem, markdownProblem } from "./markup-limits.js";
import { htmlScripts, warnScripts, withoutMarkdownScripts } from "./scripts.js";
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
      const [{ parseHtml }, { treeToLines }, { hideHtml }] = await Promise.all([
        import("./markdown.js"),
        import("./lines-from-tree.js"),
        import("./visibility/index.js"),
      ]);
      // What a browser would not display is named, never read (visibility/).
      const parsed = withinLimits(file, htmlProblem(source.text), "html-too-complex", () =>
        parseHtml(source.text, (hast) => hideHtml(hast, file)),
      );
      if (!parsed) return undefined;
      // The converter drops script and style elements; they are named, never read.
      warnScripts(htmlScripts(parsed.hast), file);
      return { source, lines: treeToLines(parsed.tree), tree: parsed.tree, hast: parsed.hast };
    }
    case "markdown": {
      // A markdown source is read as written: its lines are its physical lines.
      const [{ parseMarkdown }, { withoutMarkdownHidden }] = await Promise.all([
        import("./markdown.js"),
        import("./visibility/markdown.js"),
      ]);
      const tree = withinLimits(file, markdownProblem(source.text), "markdown-too-complex", () =>
        parseMarkdown(source.text),
      );
      if (!tree) return undefined;
      // Blanking only removes text: the parse that succeeded succeeds again.
      const visible = withoutMarkdownHidden(source.text, tree, file);
      if (visible === undefined) return undefined;
      const visibleTree = visible === source.text ? tree : parseMarkdown(visible);
      const text = withoutMarkdownScripts(visible, visibleTree, file);
      if (text === visible) return { source, ...textToLines(text), tree: visibleTree };
      return { source, ...textToLines(text), tree: parseMarkdown(text) };
    }
    case "text": {
      const read = textToLines(source.text);
      return { source, ...read, tree: linesToTree(read.lines) };
    }
  }
}

/**
 * The tree `parse` makes, unless the pre-scan found a problem or the parser
 * ran out of stack on nesting the pre-scan did not see: either is a coded
 * failure of this document, never `internal`.
 */
function withinLimits<T>(
  file: DocFile,
  problem: MarkupProblem | undefined,
  code: MarkupProblem["code"],
  parse: () => T,
): T | undefined {
  if (problem) {
    file.fail(problem.code, problem.message);
    return undefined;
  }
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    file.fail(code, "Unexpected document nested too deeply to parse, expected a class spec");
    return undefined;
  }
}
