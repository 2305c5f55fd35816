/**
 * The Iowa readers' building blocks: the flattener turns every mdast node
 * type into text, footers' dates, supervision alternatives, completeness by
 * content, unknown headings, and acknowledged warnings (`--ignore`).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Paragraph, PhrasingContent, Root, RootContent, RootContentMap } from "mdast";
import { afterAll, describe, expect, it } from "vitest";
import { parseAcknowledgement } from "../pipeline/acknowledge.js";
import type { DiffValue } from "../pipeline/diff/types.js";
import { treeToLines } from "../pipeline/extract/lines-from-tree.js";
import { parseMarkdown } from "../pipeline/extract/markdown.js";
import { blocksOf } from "../pipeline/profiles/iowa/blocks.js";
import { yearMonthOf } from "../pipeline/profiles/iowa/furniture.js";
import { valueText } from "../pipeline/report/diff-group.js";
import { supervisionAlternatives } from "../pipeline/rules/supervision.js";
import { ingest } from "../pipeline/run.js";
import type { ClassSeriesDocument } from "../schemas/index.js";
import { BUILT } from "./child.js";
import { fixture, run } from "./helpers.js";

const at = { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } };
const text = (value: string) => ({ type: "text" as const, value, position: at });
const paragraph = (...children: PhrasingContent[]): Paragraph => ({
  type: "paragraph",
  children,
  position: at,
});

/** One node of every type mdast declares, each holding one word of its own. */
const EVERY_NODE: { [Type in keyof RootContentMap]: RootContent } = {
  blockquote: { type: "blockquote", children: [paragraph(text("quoted"))], position: at },
  break: paragraph(text("before"), { type: "break", position: at }, text("after")),
  code: { type: "code", value: "indented\tcells", position: at },
  definition: {
    type: "definition",
    identifier: "ref",
    label: "ref",
    url: "https://defined.example",
    title: "titled",
    position: at,
  },
  delete: paragraph({ type: "delete", children: [text("struck")], position: at }),
  emphasis: paragraph({ type: "emphasis", children: [text("emphasized")], position: at }),
  footnoteDefinition: {
    type: "footnoteDefinition",
    identifier: "n",
    children: [paragraph(text("footnoted"))],
    position: at,
  },
  footnoteReference: paragraph(text("see"), {
    type: "footnoteReference",
    identifier: "n",
    label: "n1",
    position: at,
  }),
  heading: { type: "heading", depth: 2, children: [text("headed")], position: at },
  html: { type: "html", value: "<p>marked&nbsp;up</p>", position: at },
  image: paragraph({ type: "image", url: "x.png", alt: "pictured", position: at }),
  imageReference: paragraph({
    type: "imageReference",
    identifier: "i",
    referenceType: "full",
    alt: "referenced",
    position: at,
  }),
  inlineCode: paragraph({ type: "inlineCode", value: "coded", position: at }),
  link: paragraph({
    type: "link",
    url: "https://x.example",
    children: [text("linked")],
    position: at,
  }),
  linkReference: paragraph({
    type: "linkReference",
    identifier: "r",
    referenceType: "full",
    children: [text("relinked")],
    position: at,
  }),
  list: {
    type: "list",
    ordered: true,
    start: 1,
    children: [{ type: "listItem", children: [paragraph(text("listed"))], position: at }],
    position: at,
  },
  listItem: { type: "listItem", children: [paragraph(text("itemized"))], position: at },
  paragraph: paragraph(text("plain")),
  strong: paragraph({ type: "strong", children: [text("bolded")], position: at }),
  table: {
    type: "table",
    children: [
      {
        type: "tableRow",
        children: [
          { type: "tableCell", children: [text("tabled")], position: at },
          { type: "tableCell", children: [text("celled")], position: at },
        ],
        position: at,
      },
    ],
    position: at,
  },
  tableCell: { type: "tableCell", children: [text("lonecell")], position: at },
  tableRow: {
    type: "tableRow",
    children: [
      { type: "tableCell", children: [text("rowed")], position: at },
      { type: "tableCell", children: [text("twice")], position: at },
    ],
    position: at,
  },
  text: text("bare"),
  thematicBreak: { type: "thematicBreak", position: at },
  yaml: { type: "yaml", value: "front: matter", position: at },
};

describe("the flattener: every mdast node type becomes text", () => {
  const tree: Root = { type: "root", children: Object.values(EVERY_NODE) };
  const words = [
    "quoted",
    "before",
    "after",
    "indented",
    "cells",
    "defined.example",
    "titled",
    "struck",
    "emphasized",
    "footnoted",
    "n1",
    "headed",
    "marked up",
    "pictured",
    "referenced",
    "coded",
    "linked",
    "relinked",
    "listed",
    "itemized",
    "plain",
    "bolded",
    "tabled",
    "celled",
    "lonecell",
    "rowed",
    "twice",
    "bare",
    "front: matter",
  ];

  it("blocks hold every word of every node", () => {
    const all = blocksOf(tree)
      .map((block) => block.text)
      .join(" | ");
    for (const word of words) expect(all).toContain(word);
  });

  it("the lines of a tree (HTML's lines) hold every word too", () => {
    const all = treeToLines(tree)
      .map((line) => line.text)
      .join(" | ");
    for (const word of words) expect(all).toContain(word);
  });

  it("a node type no reader knows is an internal error, not a silent skip", () => {
    const future = { type: "root", children: [{ type: "math", value: "x" }] } as unknown as Root;
    expect(() => blocksOf(future)).toThrow("Unhandled mdast node 'math'");
    expect(() => treeToLines(future)).toThrow("Unhandled mdast node 'math'");
  });

  it("4-space-indented text of a markdown export (a code block) is kept line by line", () => {
    const source =
      "Series Concept\n\n    Positions in this series plan.\n    1)      Space Planning\n";
    const blocks = blocksOf(parseMarkdown(source), source.split("\n"));
    expect(blocks.map((block) => [block.kind, block.text, block.ordinal, block.startLine])).toEqual(
      [
        ["text", "Series Concept", undefined, 1],
        ["text", "Positions in this series plan.", undefined, 3],
        ["item", "Space Planning", 1, 4],
      ],
    );
  });

  it("a heading line markdown continues lazily into a list item is not part of the item", () => {
    const source = "- Reviews permits.\nSELECTIVE CERTIFICATION:\n";
    const blocks = blocksOf(parseMarkdown(source), source.split("\n"));
    expect(blocks.map((block) => [block.kind, block.text])).toEqual([
      ["item", "Reviews permits."],
      ["text", "SELECTIVE CERTIFICATION:"],
    ]);
  });
});

describe("supervision alternatives in a change report", () => {
  it("a list of alternatives reads as text, not '[object Object]'", () => {
    // Rule facts are compared as they are: here an array of objects (typed as strings only).
    const alternatives = [
      { text: "Functions at the journey level" },
      { text: "functions as a trainee under close supervision", received: "close" },
    ] as unknown as DiffValue;
    expect(valueText(alternatives)).toBe(
      "text: Functions at the journey level; text: functions as a trainee under close supervision, received: close",
    );
  });
});

describe("effective dates", () => {
  it.each([
    ["11/98", "1998-11"],
    ["07/2004", "2004-07"],
    ["7/1/04", "2004-07"],
    ["03/01/2011", "2011-03"],
    ["July 2004", "2004-07"],
    ["July 1, 2025", "2025-07"],
    ["2019-11", "2019-11"],
    ["13/98", undefined],
    ["upon approval", undefined],
  ])("%s -> %s", (printed, expected) => {
    expect(yearMonthOf(printed)).toBe(expected);
  });
});

describe("supervision alternatives", () => {
  it("an 'or' repeating the sentence's verb opens an alternative", () => {
    expect(
      supervisionAlternatives(
        "Works under general supervision in one area, or works under close supervision in several.",
      ),
    ).toEqual([
      { text: "Works under general supervision in one area", received: "general" },
      { text: "works under close supervision in several", received: "close" },
    ]);
  });

  it("an 'or' between words is not an alternative", () => {
    expect(
      supervisionAlternatives(
        "Employees work under general or close supervision in one or more areas.",
      ),
    ).toBeUndefined();
  });
});

async function seriesOf(source: string, path = "series.md"): Promise<ClassSeriesDocument> {
  const result = await ingest(new TextEncoder().encode(source), path);
  if (result.status === "failed" || result.document.kind !== "class-series")
    throw new Error("no series");
  return result.document;
}

const SMALL = [
  "# Permit Clerk Series",
  "## Classes in the Series",
  "| Class Code | Class Title |",
  "| --- | --- |",
  "| 30101 | Permit Clerk 1 |",
  "| 30102 | Permit Clerk 2 |",
  "## Series Concept",
  "Positions in this series issue permits.",
  "## Exclusions",
  "- Positions that inspect construction sites.",
  "",
  "SPECIAL REQUIREMENTS:",
  "",
  "Some positions require a driver's license.",
  "## Class Distinctions",
  "Permit Clerk 1",
  "",
  "Works under close supervision.",
  "",
  "Permit Clerk 2",
  "",
  "Works under general supervision.",
  "",
].join("\n");

/** SMALL's unknown section: unmapped in every variant of it. */
const SMALL_UNMAPPED = ["SPECIAL REQUIREMENTS:", "Some positions require a driver's license."];

describe("completeness by content and unknown headings", () => {
  it("an unknown heading ends the exclusions: its text is unmapped, never an exclusion", async () => {
    const document = await seriesOf(SMALL);
    expect(document.body.exclusions).toEqual(["Positions that inspect construction sites."]);
    expect(document.unmapped.map((piece) => piece.text)).toEqual([
      "SPECIAL REQUIREMENTS:",
      "Some positions require a driver's license.",
    ]);
    const unknown = document.diagnostics.filter((item) => item.code === "unknown-section");
    expect(unknown.map((item) => [item.severity, item.startLine])).toEqual([["warning", 12]]);
    expect(document.status).toBe("complete");
  });

  it("a capitals label before its text ('SELECTIVE CERTIFICATION: …') ends the distinctions", async () => {
    const document = await seriesOf(
      `${SMALL}\nSELECTIVE CERTIFICATION: Some positions require fluency in Spanish.\n`,
    );
    expect(document.body.distinctions[1]?.text).toBe("Works under general supervision.");
    expect(document.unmapped.map((piece) => piece.text)).toEqual([
      ...SMALL_UNMAPPED,
      "SELECTIVE CERTIFICATION: Some positions require fluency in Spanish.",
    ]);
    const unknown = document.diagnostics.filter((item) => item.code === "unknown-section");
    expect(unknown.map((item) => item.message)).toContain(
      "Unexpected section 'SELECTIVE CERTIFICATION:' after 'Class Distinctions', expected a section of the series guideline; its text is kept as unmapped",
    );
  });

  it("a lone number in an HTML paragraph numbers the paragraph after it", async () => {
    const html = [
      "<html><body>",
      "<p>Permit Clerk Series</p>",
      "<p><b>Classes in the Series</b></p>",
      "<table><tr><td>30101</td><td>Permit Clerk 1</td></tr></table>",
      "<p><b>Series Concept</b></p><p>Positions in this series issue permits.</p>",
      "<p><b>Exclusions</b></p>",
      "<p>1.</p><p><b>Positions that inspect construction sites.</b></p>",
      "<p>2.</p><p>Positions that set permit fees.</p>",
      "<p><b>Class Distinctions</b></p><p>Permit Clerk 1</p><p>Works under close supervision.</p>",
      "</body></html>",
    ].join("\n");
    const document = await seriesOf(html, "series.html");
    expect(document.body.exclusions).toEqual([
      "Positions that inspect construction sites.",
      "Positions that set permit fees.",
    ]);
    expect(document.unmapped).toEqual([]);
  });

  it("an exclusion in capitals that ends with a full stop is an exclusion, not a heading", async () => {
    const document = await seriesOf(
      SMALL.replace(
        "- Positions that inspect construction sites.\n",
        "- Positions that inspect construction sites.\n\nSUPERVISORY POSITIONS.\n",
      ),
    );
    expect(document.body.exclusions).toEqual([
      "Positions that inspect construction sites.",
      "SUPERVISORY POSITIONS.",
    ]);
  });

  it("Definitions with un-numbered headings and no list of areas anywhere: areas in order", async () => {
    const document = await seriesOf(
      SMALL.replace(
        "## Class Distinctions",
        [
          "## Definitions",
          "Permit Intake",
          "",
          "Work is focused on receiving applications.",
          "",
          "- Logs applications.",
          "",
          "Fee Collection",
          "",
          "- Collects permit fees.",
          "## Class Distinctions",
        ].join("\n"),
      ),
    );
    expect(document.body.areasOfWork).toEqual([
      {
        number: 1,
        name: "Permit Intake",
        focus: "Work is focused on receiving applications.",
        duties: ["Logs applications."],
      },
      { number: 2, name: "Fee Collection", focus: null, duties: ["Collects permit fees."] },
    ]);
  });

  it("a classes section that yields no class is an error: partial", async () => {
    const document = await seriesOf(
      SMALL.replace("| 30101 | Permit Clerk 1 |\n| 30102 | Permit Clerk 2 |\n", ""),
    );
    expect(document.body.classes).toEqual([]);
    expect(document.status).toBe("partial");
    const empty = document.diagnostics.find((item) => item.code === "empty-section");
    expect(empty?.severity).toBe("error");
    expect(empty?.message).toContain("'Classes in the Series'");
  });

  it("levels come only from headings naming a class: other lines are distinction text", async () => {
    const document = await seriesOf(
      SMALL.replace("Permit Clerk 2\n", "Permit Clerk 2\n\nRevised 2019\n"),
    );
    expect(document.body.distinctions.map((item) => item.level)).toEqual([1, 2]);
    expect(document.body.distinctions[1]?.text).toBe(
      "Revised 2019\n\nWorks under general supervision.",
    );
  });
});

describe("footers", () => {
  it("'Effective Date:' alone with its date on the next paragraph, and initials", async () => {
    const document = await seriesOf(`${SMALL}\nEffective Date:\n\n11/98\n\nGR\n`);
    expect(document.body.effectiveDate).toEqual({ printed: "11/98", yearMonth: "1998-11" });
    expect(document.body.notices).toEqual(["Effective Date:", "GR"]);
    expect(document.body.distinctions[1]?.text).toBe("Works under general supervision.");
    expect(document.unmapped.map((piece) => piece.text)).toEqual(SMALL_UNMAPPED);
  });

  it("the label and the date in two tab-separated cells; a date that does not parse is kept as printed", async () => {
    const tabbed = await seriesOf(`${SMALL}\nEffective Date:\t07/2004\n`);
    expect(tabbed.body.effectiveDate).toEqual({ printed: "07/2004", yearMonth: "2004-07" });
    const odd = await seriesOf(`${SMALL}\nEffective Date: 2nd quarter 2004\n`);
    expect(odd.body.effectiveDate).toEqual({ printed: "2nd quarter 2004" });
    expect(odd.unmapped.map((piece) => piece.text)).toEqual(SMALL_UNMAPPED);
  });
});

describe("distinction headings", () => {
  it("a heading with a dash naming a level of the table ('Level 2 – Journey') opens its distinction", async () => {
    const document = await seriesOf(SMALL.replace("Permit Clerk 2\n", "Level 2 \u2013 Journey\n"));
    expect(document.body.distinctions.map((item) => [item.level, item.title])).toEqual([
      [1, "Permit Clerk 1"],
      [2, "Level 2 \u2013 Journey"],
    ]);
  });

  it("a level the table does not hold ('Level 7 – Expert') opens nothing: an unknown class, its text unmapped", async () => {
    const document = await seriesOf(SMALL.replace("Permit Clerk 2\n", "Level 7 \u2013 Expert\n"));
    expect(document.body.distinctions.map((item) => item.level)).toEqual([1]);
    expect(document.body.distinctions[0]?.text).toBe("Works under close supervision.");
    expect(document.unmapped.map((piece) => piece.text)).toEqual([
      ...SMALL_UNMAPPED,
      "Level 7 \u2013 Expert",
      "Works under general supervision.",
    ]);
    const codes = document.diagnostics.map((item) => item.code);
    expect(codes).toContain("unknown-class");
    expect(codes).toContain("distinction-missing");
  });
});

describe("acknowledged warnings (--ignore CODE@ID)", () => {
  const ID = "us-ia/series/environmental-specialist-series";
  const path = fixture("iowa/word-html/environmental-specialist.html");
  const scratch = mkdtempSync(join(tmpdir(), "classpec-ignore-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("parses CODE@ID and refuses anything else", () => {
    expect(parseAcknowledgement(`distinction-chart-mismatch@${ID}`)).toEqual({
      code: "distinction-chart-mismatch",
      id: ID,
    });
    expect(parseAcknowledgement("unmapped-text@*")).toEqual({ code: "unmapped-text", id: "*" });
    expect(parseAcknowledgement("distinction-chart-mismatch")).toBeUndefined();
    expect(parseAcknowledgement("Bad Code@x")).toBeUndefined();
  });

  it("the library marks the named document's warnings acknowledged, and only those", async () => {
    const bytes = new Uint8Array(readFileSync(path));
    const plain = await ingest(bytes, "a.html");
    const other = await ingest(bytes, "a.html", {
      ignore: [{ code: "distinction-chart-mismatch", id: "us-ia/series/other" }],
    });
    const mine = await ingest(bytes, "a.html", {
      ignore: [{ code: "distinction-chart-mismatch", id: ID }],
    });
    if (plain.status === "failed" || other.status === "failed" || mine.status === "failed")
      throw new Error("failed");
    const mismatch = (document: typeof plain.document) =>
      document.diagnostics.filter((item) => item.code === "distinction-chart-mismatch");
    expect(mismatch(plain.document)).toHaveLength(1);
    expect(mismatch(other.document)[0]?.acknowledged).toBeUndefined();
    expect(mismatch(mine.document).map((item) => item.acknowledged)).toEqual([true]);
  });

  it("the CLI neither prints nor counts an acknowledged warning; a bad value is a usage error", async () => {
    const plain = await run(["ingest", path, "--out", join(scratch, "a")]);
    const ignored = await run([
      "ingest",
      path,
      "--out",
      join(scratch, "b"),
      "--ignore",
      "distinction-chart-mismatch@*",
    ]);
    expect(plain.stderr).toContain("distinction-chart-mismatch");
    expect(plain.stdout).toContain("1 warning");
    expect(ignored.stderr).not.toContain("distinction-chart-mismatch");
    expect(ignored.stdout).toContain("0 warnings");
    expect(ignored.code).toBe(0);
    const written = JSON.parse(
      readFileSync(join(scratch, "b", "us-ia.series.environmental-specialist-series.json"), "utf8"),
    ) as ClassSeriesDocument;
    expect(written.diagnostics.map((item) => [item.code, item.acknowledged])).toEqual([
      ["distinction-chart-mismatch", true],
    ]);
    const bad = await run(["ingest", path, "--dry-run", "--ignore", "nonsense"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("Unexpected 'nonsense' for '--ignore', expected CODE@ID");
  });

  it.skipIf(!BUILT)("worker threads acknowledge the same warnings", async () => {
    const ignored = await run(
      [
        "ingest",
        fixture("iowa/word-html"),
        "--out",
        join(scratch, "c"),
        "--ignore",
        "distinction-chart-mismatch@*",
      ],
      { env: { CLASSPEC_THREADS: "2" } },
    );
    expect(ignored.stderr).not.toContain("distinction-chart-mismatch");
    const written = JSON.parse(
      readFileSync(join(scratch, "c", "us-ia.series.environmental-specialist-series.json"), "utf8"),
    ) as ClassSeriesDocument;
    expect(written.diagnostics.map((item) => [item.code, item.acknowledged])).toEqual([
      ["distinction-chart-mismatch", true],
    ]);
  });
});

describe("a paragraph after the list of exclusions", () => {
  const PROSE = "Positions in this series may be assigned to any county office of the department.";

  it("is no exclusion: it is kept as unmapped with an exclusion-prose warning", async () => {
    const source = readFileSync(fixture("iowa/markdown/environmental-specialist.md"), "utf8");
    const listEnd = "2. Positions whose primary purpose is laboratory analysis.\n";
    expect(source).toContain(listEnd);
    const withProse = source.replace(listEnd, `${listEnd}\n${PROSE}\n`);
    const clean = await ingest(new TextEncoder().encode(source), "series.md");
    const result = await ingest(new TextEncoder().encode(withProse), "series.md");
    if (clean.status === "failed" || result.status === "failed") throw new Error("not read");
    const before = clean.document as ClassSeriesDocument;
    const after = result.document as ClassSeriesDocument;
    expect(after.body.exclusions).toEqual(before.body.exclusions);
    expect(after.body.exclusions).toHaveLength(2);
    expect(after.unmapped.map((item) => item.text)).toContain(PROSE);
    const warning = after.diagnostics.find((item) => item.code === "exclusion-prose");
    expect(warning?.message).toContain("Unexpected paragraph 'Positions in this series may be");
    expect(warning?.severity).toBe("warning");
  });
});

describe("a bullet of a text export wrapped onto the next line", () => {
  it("goes on with its exclusion: neither a second exclusion nor prose", async () => {
    const source = readFileSync(fixture("iowa/text-export/benefits-counselor.txt"), "utf8");
    // The export's blank lines hold a no-break space.
    const listed = [
      "Positions that invest the assets of the retirement systems.",
      "\u00a0",
      "Positions that determine disability claims as medical reviewers.",
    ].join("\n");
    expect(source).toContain(listed);
    const wrapped = source.replace(
      listed,
      [
        "·         Positions that invest the assets of the",
        "retirement systems.",
        "\u00a0",
        "·         Positions that determine disability claims as medical reviewers.",
      ].join("\n"),
    );
    const result = await ingest(new TextEncoder().encode(wrapped), "series.txt");
    if (result.status === "failed") throw new Error("not read");
    const document = result.document as ClassSeriesDocument;
    expect(document.body.exclusions).toEqual([
      "Positions that invest the assets of the retirement systems.",
      "Positions that determine disability claims as medical reviewers.",
    ]);
    expect(document.diagnostics.map((item) => item.code)).not.toContain("exclusion-prose");
    const line = wrapped.split("\n").indexOf("retirement systems.") + 1;
    expect(document.provenance["/body/exclusions/0"]).toEqual({
      startLine: line - 1,
      endLine: line,
    });
  });
});
