/**
 * A NOTE paragraph printed right under a list item, with no blank line
 * between ("2. Positions whose …\nNOTE: Positions in …"): markdown continues
 * the item lazily into it. The NOTE is a notice of its own, never part of an
 * exclusion or a duty: the item is split where the source line opens with it.
 */
import type { Block } from "./blocks.js";
import { NOTE } from "./furniture.js";

/** Markup a source line may open with before its words: tags, emphasis, a blockquote mark. */
const LEADING_MARKUP = /^(?:\s|<[^>]*>|[*_>])+/;
/** The NOTE label inside an item's collapsed text, after the item's own words. */
const NOTE_INSIDE = /\snote\s*(?::|[-–—](?=\s|$))/gi;

function noteLine(block: Block, source: readonly string[]): number | undefined {
  for (let line = block.startLine + 1; line <= block.endLine; line++) {
    const words = (source[line - 1] ?? "").replace(LEADING_MARKUP, "");
    if (NOTE.test(words)) return line;
  }
  return undefined;
}

function splitItem(block: Block, source: readonly string[]): Block[] {
  const line = noteLine(block, source);
  const at = line === undefined ? undefined : [...block.text.matchAll(NOTE_INSIDE)][0]?.index;
  if (line === undefined || at === undefined) return [block];
  const itemText = block.text.slice(0, at).trim();
  const noteText = block.text.slice(at).trim();
  const item: Block = { ...block, text: itemText, cells: [itemText], endLine: line - 1 };
  const note: Block = {
    kind: "text",
    text: noteText,
    cells: [noteText],
    heading: false,
    startLine: line,
    endLine: block.endLine,
  };
  return [item, note];
}

/** `source`: the lines of the document the blocks were read from. */
export function splitNotes(blocks: readonly Block[], source: readonly string[]): Block[] {
  return blocks.flatMap((block) =>
    block.kind === "item" && block.endLine > block.startLine ? splitItem(block, source) : [block],
  );
}
