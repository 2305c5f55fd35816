/**
 * docs/architecture.md's bar: the same spec re-wrapped gives the same body. Every
 * Kentucky fixture's prose paragraphs are re-wrapped at other widths (and
 * headings keep their lines), and the body must not change.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ingest } from "../pipeline/run.js";
import { fixture } from "./helpers.js";

const WIDTHS = [48, 77, 160];
/**
 * Paragraphs that hold structure (header lines, NONE lists, headings) stay as
 * they are. A header line ends in its label ("7300 - INFORMATION ...Job Group:"),
 * which a re-wrap must not split in two.
 */
const STRUCTURAL =
  /^(?:\s*(?:COMMONWEALTH|JOB CLASS|Grade:|\$|NONE|Special Entrance|[0-9A-Z]+Job |Job |[A-Z][A-Z ()&,.'/-]+:\s*$|[A-Z (),.]+$)|.*Salary \(MIN|.*Job Group:)/;

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A section heading in capitals starts a line, whatever the wrap. */
const HEADING_LINE = /\n(?=\s*[A-Z][A-Z ()&,.'/-]{6,}:)/g;

function rewrap(text: string, width: number): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/([a-z])-\n([a-z])/g, "$1$2")
    .replace(HEADING_LINE, "\n\n")
    .split(/\n[ \t]*\n/)
    .map((paragraph) => {
      const lines = paragraph.split("\n");
      if (lines.some((line) => STRUCTURAL.test(line)) || /https?:\/\/\S*$/m.test(paragraph))
        return paragraph;
      return wrap(paragraph, width).join("\n");
    })
    .join("\n\n");
}

async function body(text: string) {
  const result = await ingest(new TextEncoder().encode(text), "spec.txt");
  if (result.status === "failed") throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.document.body;
}

const FIXTURES = readdirSync(fixture("kentucky")).filter((name) => name.endsWith(".txt"));

describe("re-wrapping", () => {
  it.each(FIXTURES)("%s gives the same body at other widths", async (name) => {
    const original = readFileSync(fixture(`kentucky/${name}`), "utf8");
    const reference = await body(original);
    for (const width of WIDTHS) {
      const rewrapped = rewrap(original, width);
      expect(rewrapped).not.toBe(original);
      expect(await body(rewrapped)).toEqual(reference);
    }
  });
});
