/**
 * Invented Iowa guidelines in layouts the published fixtures do not show:
 * Title Case headings the layout does not know, NOTE paragraphs inside lists,
 * extra columns in the classes table, charts with levels as rows or one
 * chart table for every area. Each asserts what lands where.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ingest } from "../pipeline/run.js";
import type { ClassSeriesDocument } from "../schemas/index.js";
import { fixture } from "./helpers.js";

async function seriesOf(source: string, path = "series.md"): Promise<ClassSeriesDocument> {
  const result = await ingest(new TextEncoder().encode(source), path);
  if (result.status === "failed" || result.document.kind !== "class-series")
    throw new Error("no series");
  return result.document;
}

const codesOf = (document: ClassSeriesDocument) =>
  document.diagnostics.map((item) => item.code).filter((code) => code !== "unmapped-text");
const exclusionRules = (document: ClassSeriesDocument) =>
  document.rules.filter((rule) => rule.type === "exclusion").map((rule) => rule.text);

/** A small series in the seed's Title Case, as a text export would print it. */
const TILE_SETTER = [
  "Tile Setter Series",
  "",
  "Classes in the Series",
  "",
  "Class Code\tClass Title",
  "61010\tTile Setter 1",
  "61011\tTile Setter 2",
  "",
  "Series Concept",
  "",
  "Positions in this series set floor and wall tile in state buildings.",
  "",
  "Exclusions",
  "",
  "1. Positions that lay carpet.",
  "2. Positions that supervise crews.",
  "",
  "Class Distinctions",
  "",
  "Tile Setter 1",
  "",
  "Sets tile under close supervision.",
  "",
  "Tile Setter 2",
  "",
  "Sets tile and estimates materials under general supervision.",
  "",
].join("\n");

/** TILE_SETTER with `printed` right after its last exclusion, read from `path`. */
async function afterExclusions(printed: string, path: string): Promise<ClassSeriesDocument> {
  const last = "2. Positions that supervise crews.\n";
  const document = await seriesOf(TILE_SETTER.replace(last, `${last}${printed}`), path);
  expect(exclusionRules(document)).toEqual(document.body.exclusions);
  return document;
}

const TWO_EXCLUSIONS = ["Positions that lay carpet.", "Positions that supervise crews."];

/** The tile setter series in Word HTML: its class rows, what stands before Class Distinctions, and after. */
function tileHtml(rows: string[], exclusions: string[], distinctions: string[]): string {
  return [
    "<html><body>",
    "<p><b>TILE SETTER SERIES</b></p>",
    "<h2>Classes in the Series</h2>",
    "<table><tr><td>Class Code</td><td>Class Title</td></tr>",
    ...rows,
    "</table>",
    "<h2>Series Concept</h2>",
    "<p>Positions in this series set floor and wall tile in state buildings.</p>",
    ...exclusions,
    "<h2>Class Distinctions</h2>",
    ...distinctions,
    "</body></html>",
  ].join("\n");
}

const TILE_ROWS = [
  "<tr><td>61010</td><td>Tile Setter 1</td></tr>",
  "<tr><td>61011</td><td>Tile Setter 2</td></tr>",
];
const TILE_FIRST = ["<p><b>Tile Setter 1</b></p>", "<p>Sets tile under close supervision.</p>"];
const TILE_SECOND = [
  "<p><b>Tile Setter 2</b></p>",
  "<p>Sets tile and estimates materials under general supervision.</p>",
];

describe("a Title Case heading the layout does not know is an unknown section", () => {
  it("after the exclusions: neither it nor its paragraph is an exclusion", async () => {
    const document = await afterExclusions(
      "\nBadge Requirements\n\nSome positions need a site badge.\n",
      "tile.txt",
    );
    expect(document.body.exclusions).toEqual(TWO_EXCLUSIONS);
    expect(document.unmapped.map((piece) => [piece.text, piece.startLine])).toEqual([
      ["Badge Requirements", 18],
      ["Some positions need a site badge.", 20],
    ]);
    expect(codesOf(document)).toEqual(["unknown-section"]);
    expect(document.diagnostics[0]?.message).toBe(
      "Unexpected section 'Badge Requirements' after 'Exclusions', expected a section of the series guideline; its text is kept as unmapped",
    );
    expect(document.status).toBe("complete");
  });

  it("after the last distinction, in lower-case section headings: not distinction text", async () => {
    const source = `${TILE_SETTER.replace("Class Distinctions", "class distinctions")}\nApprenticeship Credit\n\nA completed apprenticeship counts as one year of experience.\n`;
    const document = await seriesOf(source, "tile.md");
    expect(document.body.distinctions.map((item) => item.text)).toEqual([
      "Sets tile under close supervision.",
      "Sets tile and estimates materials under general supervision.",
    ]);
    expect(document.unmapped.map((piece) => piece.text)).toEqual([
      "Apprenticeship Credit",
      "A completed apprenticeship counts as one year of experience.",
    ]);
    expect(codesOf(document)).toEqual(["unknown-section"]);
  });

  it("between two distinctions, in bold in Word HTML: the next class heading resumes the distinctions", async () => {
    const html = tileHtml(
      TILE_ROWS,
      [],
      [
        ...TILE_FIRST,
        "<p><b>Sample Projects</b></p>",
        "<p>Restroom floors in office buildings.</p>",
        ...TILE_SECOND,
      ],
    );
    const document = await seriesOf(html, "tile.html");
    expect(document.body.distinctions.map((item) => [item.level, item.text])).toEqual([
      [1, "Sets tile under close supervision."],
      [2, "Sets tile and estimates materials under general supervision."],
    ]);
    expect(document.unmapped.map((piece) => piece.text)).toEqual([
      "Sample Projects",
      "Restroom floors in office buildings.",
    ]);
    expect(codesOf(document)).toEqual(["unknown-section"]);
  });

  it("names the concept lists un-numbered under its lead-in are its list, not headings", async () => {
    const source = TILE_SETTER.replace(
      "Positions in this series set floor and wall tile in state buildings.\n",
      "Positions in this series set tile in one of the following areas of work:\n\nFloors and Stairs\nWalls\n\nThe distinctions then determine the level.\n",
    );
    const document = await seriesOf(source, "tile.txt");
    expect(document.body.concept).toBe(
      "Positions in this series set tile in one of the following areas of work:\n\nFloors and Stairs\n\nWalls\n\nThe distinctions then determine the level.",
    );
    expect(codesOf(document)).toEqual([]);
  });

  it("a sentence or a line with sentence punctuation stays content", async () => {
    const document = await afterExclusions("\nPositions In Training Status.\n", "tile.txt");
    // Not a heading: no unknown section. A paragraph after the list is no exclusion either:
    // it is kept, as unmapped, with the warning that says so.
    expect(codesOf(document)).toEqual(["exclusion-prose"]);
    expect(document.body.exclusions).toEqual(TWO_EXCLUSIONS);
    expect(document.unmapped.map((item) => item.text)).toEqual(["Positions In Training Status."]);
  });
});

describe("a NOTE paragraph is a notice, wherever it stands", () => {
  it("right under an exclusion, no blank line between: not part of the exclusion", async () => {
    const document = await afterExclusions(
      "NOTE: Crew leads are reviewed case by case.\n",
      "tile.md",
    );
    expect(document.body.exclusions).toEqual(TWO_EXCLUSIONS);
    expect(document.body.notices).toEqual(["NOTE: Crew leads are reviewed case by case."]);
    expect(document.provenance["/body/exclusions/1"]).toEqual({ startLine: 16, endLine: 16 });
    expect(document.provenance["/body/notices/0"]).toEqual({ startLine: 17, endLine: 17 });
    expect(document.unmapped).toEqual([]);
  });

  it("right under a duty in Definitions: not part of the duty", async () => {
    const source = TILE_SETTER.replace(
      "Class Distinctions",
      "Definitions\n\n1. Floors\n\nWork is focused on floors. Typical duties include:\n\n- Levels subfloors.\nNote - terrazzo is set by the masonry series.\n- Grouts joints.\n\nClass Distinctions",
    );
    const document = await seriesOf(source, "tile.md");
    expect(document.body.areasOfWork.map((area) => area.duties)).toEqual([
      ["Levels subfloors.", "Grouts joints."],
    ]);
    expect(document.body.notices).toContain("Note - terrazzo is set by the masonry series.");
  });

  it("a list item of its own in Word HTML ('<li>NOTE: …</li>'): no exclusion, no rule", async () => {
    const html = tileHtml(
      TILE_ROWS,
      [
        "<h2>Exclusions</h2>",
        "<ol><li>Positions that lay carpet.</li>",
        "<li>NOTE: Crew leads are reviewed case by case.</li></ol>",
      ],
      [...TILE_FIRST, ...TILE_SECOND],
    );
    const document = await seriesOf(html, "tile.html");
    expect(document.body.exclusions).toEqual(["Positions that lay carpet."]);
    expect(exclusionRules(document)).toEqual(["Positions that lay carpet."]);
    expect(document.body.notices).toEqual(["NOTE: Crew leads are reviewed case by case."]);
  });

  it("'Note - …' standing as a paragraph between exclusions and a heading is a notice too", async () => {
    const document = await afterExclusions(
      "\nNote - crew leads are reviewed case by case.\n",
      "tile.txt",
    );
    expect(document.body.exclusions).toEqual(TWO_EXCLUSIONS);
    expect(document.body.notices).toEqual(["Note - crew leads are reviewed case by case."]);
  });
});

describe("the classes table is read by its header", () => {
  const withTable = (table: string) =>
    TILE_SETTER.replace(
      "Class Code\tClass Title\n61010\tTile Setter 1\n61011\tTile Setter 2\n",
      `${table}\n`,
    );

  it("an extra 'Pay Grade' column (title first): neither in the title nor the level; unmapped, one warning", async () => {
    const table = [
      "| Class Title | Class Code | Pay Grade |",
      "|---|---|---|",
      "| Tile Setter 1 | 61010 | 22 |",
      "| Tile Setter 2 | 61011 | 25 |",
    ].join("\n");
    const document = await seriesOf(withTable(table), "tile.md");
    expect(document.body.classes).toEqual([
      { codes: ["61010"], title: "Tile Setter 1", level: 1 },
      { codes: ["61011"], title: "Tile Setter 2", level: 2 },
    ]);
    expect(document.unmapped.map((piece) => [piece.text, piece.startLine])).toEqual([
      ["Pay Grade", 5],
      ["22", 7],
      ["25", 8],
    ]);
    expect(codesOf(document)).toEqual(["class-column-unread"]);
    expect(document.diagnostics[0]?.message).toContain("column 'Pay Grade'");
    expect(document.status).toBe("complete");
  });

  it("a cell beyond the header's columns ('(PG 24)') does not join the title", async () => {
    const html = tileHtml(
      [
        "<tr><td>61010</td><td>Tile Setter 1</td><td>(PG 24)</td></tr>",
        "<tr><td>61011</td><td>Tile Setter 2</td><td>(PG 28)</td></tr>",
      ],
      [],
      [...TILE_FIRST, ...TILE_SECOND],
    );
    const document = await seriesOf(html, "tile.html");
    expect(document.body.classes.map((item) => [item.title, item.level])).toEqual([
      ["Tile Setter 1", 1],
      ["Tile Setter 2", 2],
    ]);
    expect(document.unmapped.map((piece) => piece.text)).toEqual(["(PG 24)", "(PG 28)"]);
    expect(codesOf(document)).toEqual(["class-column-unread"]);
  });
});

/** A chart as the body holds it: its area, its name and each cell as [level, heading, text]. */
const chart = (area: number, name: string, ...cells: [number, string, string | null][]) => ({
  area,
  name,
  cells: cells.map(([level, heading, text]) => ({ level, heading, text })),
});

describe("guideline charts in other table layouts", () => {
  const withCharts = (charts: string) =>
    TILE_SETTER.replace("Class Distinctions", "class distinctions").concat(
      "\n## Guideline Charts\n\n",
      charts,
      "\n",
    );

  it("levels as rows ('| Level | Description |'): one cell per row, its level from the row's first cell", async () => {
    const charts = [
      "### 1. Floors",
      "",
      "| Level | Description |",
      "|---|---|",
      "| TS 2 | Sets patterned floors. |",
      "| TS 1 | Sets plain floors. |",
    ].join("\n");
    const document = await seriesOf(withCharts(charts), "tile.md");
    expect(document.body.charts).toEqual([
      chart(1, "Floors", [2, "TS 2", "Sets patterned floors."], [1, "TS 1", "Sets plain floors."]),
    ]);
    expect(document.provenance["/body/charts/0/cells/0/text"]).toEqual({
      startLine: 34,
      endLine: 34,
    });
    // The header names no level: its labels are kept, as unmapped.
    expect(document.unmapped.map((piece) => piece.text)).toEqual(["Level Description"]);
    expect(document.status).toBe("complete");
  });

  it("one table for every area (rows = areas): a chart per row under the table's level headings", async () => {
    const charts = [
      "| Area | Tile Setter 1 | Tile Setter 2 |",
      "|---|---|---|",
      "| 1. Floors | Sets plain floors. | Sets patterned floors. |",
      "| 2. Walls | n/a | Sets wall tile. |",
    ].join("\n");
    const document = await seriesOf(withCharts(charts), "tile.md");
    expect(document.body.charts).toEqual([
      chart(
        1,
        "Floors",
        [1, "Tile Setter 1", "Sets plain floors."],
        [2, "Tile Setter 2", "Sets patterned floors."],
      ),
      chart(2, "Walls", [1, "Tile Setter 1", null], [2, "Tile Setter 2", "Sets wall tile."]),
    ]);
    expect(document.unmapped.map((piece) => piece.text)).toEqual(["Area"]);
    expect(document.status).toBe("complete");
  });

  it("a table no level can be read from: no guessed cell, unmapped, partial with an error", async () => {
    const charts = [
      "### 1. Floors",
      "",
      "| Stage | Description |",
      "|---|---|",
      "| Beginner | Sets plain floors. |",
    ].join("\n");
    const document = await seriesOf(withCharts(charts), "tile.md");
    expect(document.body.charts).toEqual([chart(1, "Floors")]);
    expect(document.unmapped.map((piece) => piece.text)).toEqual([
      "Stage Description",
      "Beginner Sets plain floors.",
    ]);
    expect(codesOf(document)).toContain("chart-unreadable");
    expect(document.status).toBe("partial");
  });

  it("a Guideline Charts section that yields no chart: partial, empty-section", async () => {
    const document = await seriesOf(
      withCharts("Charts for this series are issued separately by each agency."),
      "tile.md",
    );
    expect(document.body.charts).toEqual([]);
    const empty = document.diagnostics.filter((item) => item.code === "empty-section");
    expect(empty.map((item) => [item.severity, item.message])).toEqual([
      [
        "error",
        "Unexpected 'Guideline Charts' section that yields no chart, expected a numbered area followed by a table of its levels",
      ],
    ]);
    expect(document.status).toBe("partial");
  });
});

describe("the seed with a heading and a NOTE added after its exclusions", () => {
  const seed = readFileSync(fixture("iowa/seed-information-technology-specialist.txt"), "utf8");
  const last = "2. Positions whose primary purpose is not in the information technology area.\n";
  const seedExclusions = [
    "Positions that include full supervisory functions.",
    "Positions whose primary purpose is not in the information technology area.",
  ];

  it("'Special Requirements' and its paragraph: unmapped, no exclusion, no rule", async () => {
    const source = seed.replace(
      last,
      `${last}\nSpecial Requirements\n\nSome positions require a security clearance.\n`,
    );
    const document = await seriesOf(source, "seed.txt");
    expect(document.body.exclusions).toEqual(seedExclusions);
    expect(exclusionRules(document)).toEqual(seedExclusions);
    expect(document.unmapped.map((piece) => piece.text)).toEqual([
      "Special Requirements",
      "Some positions require a security clearance.",
    ]);
  });

  it("'NOTE: …' on the line under exclusion 2: a notice, exclusion 2 as printed", async () => {
    const note = "NOTE: Positions in the Office of the CIO are reviewed separately.";
    const document = await seriesOf(seed.replace(last, `${last}${note}\n`), "seed.txt");
    expect(document.body.exclusions).toEqual(seedExclusions);
    expect(document.body.notices).toContain(note);
    expect(document.unmapped).toEqual([]);
  });
});
