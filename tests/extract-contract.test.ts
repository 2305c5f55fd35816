/**
 * The extract contract (pipeline/types.ts, `Extracted`): every format hands
 * over one positioned mdast and the lines a reader sees, and one flattener
 * (pipeline/extract/flatten.ts) reads any of them into lines, list items with
 * their printed numbers and table rows with cells.
 */
import { readFileSync } from "node:fs";
import type { Element, Nodes as HastNodes } from "hast";
import { describe, expect, it } from "vitest";
import { flatten } from "../pipeline/extract/flatten.js";
import { extract } from "../pipeline/extract/index.js";
import { DocFile } from "../pipeline/file.js";
import { load } from "../pipeline/load/index.js";
import { ingest } from "../pipeline/run.js";
import type { Extracted } from "../pipeline/types.js";
import { fixture } from "./helpers.js";

async function extracted(path: string, text: string): Promise<Extracted> {
  const file = new DocFile(path);
  const source = load(new TextEncoder().encode(text), file);
  const result = source && (await extract(source, file));
  if (!result) throw new Error(`not extracted: ${JSON.stringify(file.messages)}`);
  return result;
}

const lineTexts = (of: Extracted) => of.lines.map((line) => [line.text, line.line]);
const blockShapes = (of: Extracted) =>
  flatten(of).map((block) => [block.kind, block.text, block.ordinal, block.startLine]);

describe("one extract contract", () => {
  const markdown = [
    "# Series Concept",
    "",
    "Positions in this series",
    "plan the work.",
    "",
    "1. Permit Review",
    "2. Records",
    "",
  ].join("\n");
  const html = [
    "<html><body>",
    "<h1>Series Concept</h1>",
    "<p>Positions in this series",
    "plan the work.</p>",
    "<ol><li>Permit Review</li>",
    "<li>Records</li></ol>",
    "</body></html>",
  ].join("\n");

  it("markdown's lines are its lines as written; HTML's are its blocks' text, where each starts", async () => {
    const fromMarkdown = await extracted("concept.md", markdown);
    const fromHtml = await extracted("concept.html", html);
    expect(fromMarkdown.source.format).toBe("markdown");
    expect(fromHtml.source.format).toBe("html");
    expect(fromMarkdown.lines.map((line) => line.text)).toEqual(markdown.split("\n"));
    expect(lineTexts(fromHtml)).toEqual([
      ["Series Concept", 2],
      ["Positions in this series plan the work.", 3],
      // rehype-remark leaves a list item's paragraph unpositioned: the item's line is used.
      ["Permit Review", 5],
      ["Records", 6],
    ]);
  });

  it("markdown and HTML flatten alike: a heading, text lines, numbered items", async () => {
    // A markdown paragraph's text lines stay the lines the source breaks it into.
    expect(blockShapes(await extracted("concept.md", markdown))).toEqual([
      ["text", "Series Concept", undefined, 1],
      ["text", "Positions in this series", undefined, 3],
      ["text", "plan the work.", undefined, 4],
      ["item", "Permit Review", 1, 6],
      ["item", "Records", 2, 7],
    ]);
    expect(blockShapes(await extracted("concept.html", html))).toEqual([
      ["text", "Series Concept", undefined, 2],
      ["text", "Positions in this series plan the work.", undefined, 3],
      ["item", "Permit Review", 1, 5],
      ["item", "Records", 2, 6],
    ]);
  });

  it("a list item keeps the number it is printed with, not its place in the list", async () => {
    const source = "1. Reviews permits.\n2. Drafts letters.\n\n2) Permit Review\n";
    const items = flatten(await extracted("areas.md", `# Areas\n\n${source}`)).filter(
      (block) => block.kind === "item",
    );
    expect(items.map((block) => [block.text, block.ordinal])).toEqual([
      ["Reviews permits.", 1],
      ["Drafts letters.", 2],
      ["Permit Review", 2],
    ]);
  });

  it("a text export is a tree of one positioned paragraph per line; its lines stay physical", async () => {
    const text = "SERIES CONCEPT\n\n  Positions plan.\nLevel 1\tLevel 2\n";
    const read = await extracted("series.txt", text);
    expect(read.source.format).toBe("text");
    // Physical lines, blank ones included: what the Kentucky reader reads.
    expect(lineTexts(read)).toEqual([
      ["SERIES CONCEPT", 1],
      ["", 2],
      ["  Positions plan.", 3],
      ["Level 1\tLevel 2", 4],
      ["", 5],
    ]);
    expect(
      read.tree.children.map((node) => [
        node.type,
        node.position?.start.line,
        node.position?.end.column,
      ]),
    ).toEqual([
      ["paragraph", 1, 15],
      ["paragraph", 3, 18],
      ["paragraph", 4, 16],
    ]);
    expect(flatten(read).map((block) => [block.kind, block.cells, block.startLine])).toEqual([
      ["text", ["SERIES CONCEPT"], 1],
      ["text", ["Positions plan."], 3],
      ["row", ["Level 1", "Level 2"], 4],
    ]);
  });

  it("HTML keeps its hast: a cell spanning two columns is still known to span them", async () => {
    const table =
      "<html><body><table><tr><td colspan=2>Both levels</td></tr><tr><td>Level 1</td><td>Level 2</td></tr></table></body></html>";
    const read = await extracted("chart.html", table);
    const cells: Element[] = [];
    const walk = (node: HastNodes): void => {
      if (node.type === "element" && node.tagName === "td") cells.push(node);
      if ("children" in node) for (const child of node.children) walk(child);
    };
    if (!read.hast) throw new Error("no hast for HTML");
    walk(read.hast);
    expect(cells.map((cell) => cell.properties.colSpan ?? 1)).toEqual([2, 1, 1]);
    expect(flatten(read).map((block) => block.cells)).toEqual([
      ["Both levels", ""],
      ["Level 1", "Level 2"],
    ]);
  });
});

describe("HTML inside markdown is read by an HTML parser", () => {
  it("decodes character references: <p>Director&rsquo;s</p> is Director’s", async () => {
    const read = await extracted(
      "notes.md",
      "# Notes\n\n<p>Director&rsquo;s office&nbsp;&amp; staff</p>\n",
    );
    expect(flatten(read).map((block) => block.text)).toEqual([
      "Notes",
      "Director’s office & staff",
    ]);
    const asHtml = await extracted(
      "notes.html",
      "<html><body><p>Director&rsquo;s office&nbsp;&amp; staff</p></body></html>",
    );
    expect(asHtml.lines.map((line) => line.text)).toEqual(["Director’s office & staff"]);
  });

  it("a block element ends a word, an inline one does not, a comment is no text", async () => {
    const read = await extracted(
      "cells.md",
      "# Chart\n\n<p>n/a</p>\t<p>Applies <u>patches</u><!-- draft --> weekly</p><p>Escalates</p>\n",
    );
    const rows = flatten(read).filter((block) => block.kind === "row");
    expect(rows.map((block) => block.cells)).toEqual([
      ["n/a", "Applies patches weekly\n\nEscalates"],
    ]);
  });
});

describe("a character reference in HTML inside a markdown guideline, end to end", () => {
  it("the chart cell holds Director’s, and the conservation stage finds every word", async () => {
    const seed = readFileSync(fixture("iowa/seed-information-technology-specialist.txt"), "utf8");
    const cell = "<p>Learns and applies basic programming concepts";
    expect(seed).toContain(cell);
    const edited = seed.replace(
      cell,
      "<p>Follows the Director&rsquo;s standards. Learns and applies basic programming concepts",
    );
    const result = await ingest(new TextEncoder().encode(edited), "seed.md");
    if (result.status === "failed" || result.document.kind !== "class-series")
      throw new Error("no series");
    const series = result.document;
    const first = series.body.charts[0]?.cells[0]?.text ?? "";
    expect(first.startsWith("Follows the Director’s standards.")).toBe(true);
    expect(series.diagnostics.map((diagnostic) => diagnostic.code)).not.toContain("text-dropped");
    expect(series.status).toBe("complete");
  });
});
