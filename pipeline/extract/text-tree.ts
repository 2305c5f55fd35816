/**
 * A positioned mdast for text whose lines are its structure (a plain-text
 * export, PDF lines): one paragraph per line that holds text, its text
 * verbatim (tabs and leading spaces kept: they separate a row's cells).
 * Built by hand, not by a parser, so a text batch loads no markdown code.
 */
import type { Paragraph, Root } from "mdast";
import type { Line } from "../types.js";

const HAS_TEXT = /\S/;

export function linesToTree(lines: readonly Line[]): Root {
  const children: Paragraph[] = [];
  for (const { text, line } of lines) {
    if (!HAS_TEXT.test(text)) continue;
    const position = {
      start: { line, column: 1 },
      end: { line, column: text.length + 1 },
    };
    children.push({
      type: "paragraph",
      children: [{ type: "text", value: text, position }],
      position,
    });
  }
  const last = lines.at(-1);
  return {
    type: "root",
    children,
    position: {
      start: { line: 1, column: 1 },
      end: { line: last?.line ?? 1, column: (last?.text.length ?? 0) + 1 },
    },
  };
}
