/**
 * Invented Iowa series guidelines beyond the Environmental Specialist pair
 * (fixtures/iowa/README.md): specific values of each, and the variations they
 * stand for, applied to other documents of the family.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../pipeline/run.js";
import type { ClassSeriesDocument, Rule } from "../schemas/index.js";
import { fixture, ingestDocument } from "./helpers.js";

async function series(path: string): Promise<ClassSeriesDocument> {
  const document = await ingestDocument(fixture(path));
  if (document.kind !== "class-series") throw new Error(`${path} is not a series`);
  return document;
}

async function fromText(text: string, path = "series.md"): Promise<ClassSeriesDocument> {
  const result = await ingest(new TextEncoder().encode(text), path);
  if (result.status === "failed" || result.document.kind !== "class-series") {
    throw new Error(`${path} did not give a series`);
  }
  return result.document;
}

const codes = (document: ClassSeriesDocument) =>
  document.diagnostics.map((diagnostic) => diagnostic.code);

function supervision(document: ClassSeriesDocument) {
  return document.rules
    .filter((rule): rule is Extract<Rule, { type: "supervision" }> => rule.type === "supervision")
    .map((rule) => [rule.level, rule.received, rule.independence, rule.leadWork]);
}

function rule(document: ClassSeriesDocument, id: string): Rule | undefined {
  return document.rules.find((candidate) => candidate.id === id);
}

describe("Public Records Analyst (invented): GFM markdown, Roman numerals", () => {
  let document: ClassSeriesDocument;
  beforeAll(async () => {
    document = await series("iowa/markdown/public-records-analyst.md");
  });

  it("is read whole: nothing unmapped, no warning", () => {
    expect(document.id).toBe("us-ia/series/public-records-analyst-series");
    expect(document.source.format).toBe("markdown");
    expect(document.status).toBe("complete");
    expect(document.unmapped).toEqual([]);
    expect(document.diagnostics).toEqual([]);
  });

  it("reads one code per class from a title-first table, levels from Roman numerals", () => {
    expect(document.body.classes).toEqual([
      { codes: ["30510"], title: "Public Records Analyst I", level: 1 },
      { codes: ["30511"], title: "Public Records Analyst II", level: 2 },
      { codes: ["30512"], title: "Public Records Analyst III", level: 3 },
      { codes: ["30513"], title: "Public Records Analyst IV", level: 4 },
    ]);
  });

  it("keeps the four concept paragraphs around the list of areas", () => {
    const paragraphs = document.body.concept?.split("\n\n") ?? [];
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[1]).toBe(
      "Work in the series falls within one or more of the following areas of work:",
    );
    expect(document.body.concept).not.toContain("Records Digitization and Preservation");
  });

  it("reads bulleted exclusions and keeps their lead-in as a notice", () => {
    expect(document.body.exclusions).toHaveLength(3);
    expect(document.body.exclusions[0]).toBe("Positions that supervise other employees.");
    expect(document.rules.filter((candidate) => candidate.type === "exclusion")).toHaveLength(3);
    expect(document.body.notices).toEqual([
      "Positions meeting any of the following are excluded from this series:",
      "The areas of work named in the class distinctions are defined as follows:",
      "Typical duties include:",
      "Examples of duties:",
    ]);
  });

  it("reads duties with, without and after a lead-in", () => {
    expect(
      document.body.areasOfWork.map((area) => [area.number, area.name, area.duties.length]),
    ).toEqual([
      [1, "Records Intake and Retention Scheduling", 3],
      [2, "Public Records Request Review", 4],
      [3, "Records Digitization and Preservation", 4],
    ]);
    expect(document.body.areasOfWork[1]?.focus).toBe(
      "Work is focused on responding to requests from the public and the media for agency records.",
    );
    expect(document.body.areasOfWork[2]?.focus).toBe(
      "Work is focused on converting paper and legacy records to durable digital formats and preserving records of permanent value.",
    );
    expect(document.body.areasOfWork[2]?.duties[3]).toBe(
      "Transferring records of permanent value to the State Archives.",
    );
  });

  it("reads 'Level II – Journey' headings, paragraphs and bullets inside cells, two n/a spellings", () => {
    const [intake, requests, digitization] = document.body.charts;
    expect(intake?.name).toBe("Records Intake & Retention Scheduling");
    expect(intake?.cells.map((cell) => [cell.level, cell.heading])).toEqual([
      [1, "Level I – Entry"],
      [2, "Level II – Journey"],
      [3, "Level III – Advanced"],
      [4, "Level IV – Senior"],
    ]);
    expect(intake?.cells[1]?.text).toBe(
      "Classifies records and drafts routine retention schedules for review.\n\nAnswers routine record-keeping questions from agency staff.",
    );
    expect(requests?.cells[1]?.text).toBe(
      "Responds to routine requests:\n\nsearches agency systems for responsive records;\n\nprepares fee estimates;\n\ndrafts response letters for review.",
    );
    expect(digitization?.cells.map((cell) => cell.text === null)).toEqual([
      true,
      false,
      false,
      true,
    ]);
  });

  it("gives level scope, supervision and no distinction/chart mismatch", () => {
    expect(rule(document, "level-scope-a3-l1")).toMatchObject({ applies: false, text: "n/a" });
    expect(rule(document, "level-scope-a3-l4")).toMatchObject({ applies: false });
    expect(rule(document, "level-scope-a2-l4")).toMatchObject({ applies: true, area: 2, level: 4 });
    expect(document.rules.filter((candidate) => candidate.type === "level-scope")).toHaveLength(12);
    expect(supervision(document)).toEqual([
      [1, "close", undefined, undefined],
      [2, "general", undefined, undefined],
      [3, "general", "moderate", "may"],
      [4, "general", "high", "commonly"],
    ]);
    expect(document.body.distinctions[2]?.text.split("\n\n")).toHaveLength(2);
    expect(codes(document)).not.toContain("distinction-chart-mismatch");
  });
});

describe("Grants Management Specialist (invented): Word HTML, Senior/Lead titles", () => {
  let document: ClassSeriesDocument;
  beforeAll(async () => {
    document = await series("iowa/word-html/grants-management-specialist.html");
  });

  it("takes the series title below a letterhead, which is kept as a notice without a warning", () => {
    expect(document.id).toBe("us-ia/series/grants-management-specialist-series");
    expect(document.title).toBe("Grants Management Specialist Series");
    expect(document.source.format).toBe("html");
    expect(document.unmapped).toEqual([]);
    expect(document.body.notices).toEqual([
      "Iowa Department of Administrative Services \u2013 Classification and Compensation",
    ]);
    expect(document.provenance["/body/notices/0"]).toEqual({ startLine: 10, endLine: 10 });
    expect(codes(document)).not.toContain("unmapped-text");
    expect(codes(document)).not.toContain("encoding-fallback");
  });

  it("reads 'Class Code:' lines; levels follow the order of titles without numbers", () => {
    expect(document.body.classes).toEqual([
      { codes: ["52310"], title: "Associate Grants Management Specialist", level: 1 },
      { codes: ["52311"], title: "Grants Management Specialist", level: 2 },
      { codes: ["52312"], title: "Senior Grants Management Specialist", level: 3 },
      { codes: ["52313"], title: "Lead Grants Management Specialist", level: 4 },
    ]);
    expect(codes(document)).toContain("levels-by-order");
    expect(codes(document)).not.toContain("unknown-level");
  });

  it("names its areas in the concept only: no definitions, no exclusions", () => {
    expect(document.body.areasOfWork).toEqual([
      { number: 1, name: "Grant Application Development", focus: null, duties: [] },
      { number: 2, name: "Subrecipient Monitoring", focus: null, duties: [] },
      { number: 3, name: "Federal Financial Reporting", focus: null, duties: [] },
    ]);
    expect(document.body.concept?.split("\n\n")).toHaveLength(3);
    expect(document.body.concept).toContain("Where a position\u2019s work falls");
    expect(document.body.exclusions).toEqual([]);
    expect(document.rules.filter((candidate) => candidate.type === "exclusion")).toEqual([]);
  });

  it("matches distinctions and chart headings to class titles", () => {
    expect(document.body.distinctions.map((item) => [item.level, item.title])).toEqual([
      [1, "Associate Grants Management Specialist"],
      [2, "Grants Management Specialist"],
      [3, "Senior Grants Management Specialist"],
      [4, "Lead Grants Management Specialist"],
    ]);
    expect(document.body.distinctions[3]?.text).toMatch(
      /includes:\n\nAssigning and reviewing the work of other grants staff\.\n\nTraining staff/,
    );
    for (const chart of document.body.charts) {
      expect(chart.cells.map((cell) => cell.level)).toEqual([1, 2, 3, 4]);
      expect(chart.cells[0]?.heading).toBe("Associate Grants Management Specialist");
    }
  });

  it("keeps a cell's paragraphs and list items; reads 'Not applicable at this level.' as n/a", () => {
    const [applications, monitoring, reporting] = document.body.charts;
    expect(applications?.cells[2]?.text).toBe(
      "Develops applications for complex, multi-agency or competitive federal grants, including:\n\nlogic models and performance measures;\n\nmatching-fund plans;\n\nletters of commitment from partner organizations.",
    );
    expect(monitoring?.cells[2]?.text).toBe(
      "Performs on-site monitoring of high-risk subrecipients.\n\nWrites monitoring findings and approves corrective action plans.",
    );
    expect(reporting?.cells[0]?.text).toBeNull();
    expect(rule(document, "level-scope-a3-l1")).toMatchObject({ applies: false });
    expect(rule(document, "level-scope-a3-l2")).toMatchObject({ applies: true });
  });

  it("reads immediate, limited and general supervision", () => {
    expect(supervision(document)).toEqual([
      [1, "close", undefined, undefined],
      [2, "limited", undefined, undefined],
      [3, "general", "high", "may"],
      [4, "general", "high", "commonly"],
    ]);
  });

  it("warns once: the Lead chart cell for an area its distinction does not name", () => {
    const mismatches = document.diagnostics.filter(
      (diagnostic) => diagnostic.code === "distinction-chart-mismatch",
    );
    expect(mismatches).toHaveLength(1);
    expect(mismatches[0]).toMatchObject({
      pointer: "/body/charts/0/cells/3/text",
      related: [{ pointer: "/body/distinctions/3/text" }],
    });
    expect(mismatches[0]?.message).toContain(
      "Unexpected filled chart cell for 'Grant Application Development' at level 4",
    );
  });
});

describe("Iowa variations on other documents of the family", () => {
  const seed = readFileSync(fixture("iowa/seed-information-technology-specialist.txt"), "utf8");

  it("numbered duties without full stops stay duties when the concept lists the areas", async () => {
    const numbered = seed
      .replace(
        "- Designing, developing, testing, and deploying software applications.",
        "1. Designing, developing, testing, and deploying software applications",
      )
      .replace(
        "- Writing and maintaining code using programming languages (e.g., Java, .NET, Python).",
        "2. Writing and maintaining code using programming languages (e.g., Java, .NET, Python)",
      )
      .replace(
        "- Designing and optimizing relational and non-relational databases.",
        "3. Designing and optimizing relational and non-relational databases",
      );
    expect(numbered).not.toBe(seed);
    const document = await fromText(numbered);
    expect(document.body.areasOfWork.map((area) => area.name).slice(0, 3)).toEqual([
      "Application Development and Database Management",
      "Business Analysis",
      "Systems and Network Administration",
    ]);
    expect(document.body.areasOfWork[0]?.duties.slice(0, 2)).toEqual([
      "Designing, developing, testing, and deploying software applications",
      "Writing and maintaining code using programming languages (e.g., Java, .NET, Python)",
    ]);
    expect(codes(document)).not.toContain("chart-area-renamed");
  });

  it("text after the last chart is unmapped, not merged into a cell", async () => {
    const document = await fromText(`${seed.trimEnd()}\n\nRevised by the classification unit.\n`);
    expect(document.unmapped.map((piece) => piece.text)).toEqual([
      "Revised by the classification unit.",
    ]);
    expect(codes(document)).toContain("unmapped-text");
    expect(document.body.charts[9]?.cells[1]?.text).toMatch(/^Applies basic security patches/);
  });

  it("an effective date after the last chart is the footer: body.effectiveDate, no warning", async () => {
    const document = await fromText(`${seed.trimEnd()}\n\nEffective July 1, 2025\n`);
    expect(document.body.effectiveDate).toEqual({ printed: "July 1, 2025", yearMonth: "2025-07" });
    expect(document.unmapped).toEqual([]);
    expect(
      document.diagnostics.filter((item) => item.severity !== "info").map((item) => item.code),
    ).not.toContain("unmapped-text");
    expect(document.body.charts[9]?.cells[1]?.text).toMatch(/^Applies basic security patches/);
  });

  it("a chart named otherwise than its definition warns; '&' for 'and' does not", async () => {
    const renamed = seed.replace(
      /\n5\. IT Vendor and Purchasing Management\n(?![\s\S]*\n5\. IT Vendor)/,
      "\n5. IT Vendor & Purchasing Management\n",
    );
    const ampersand = await fromText(renamed);
    expect(ampersand.body.charts[4]?.name).toBe("IT Vendor & Purchasing Management");
    expect(codes(ampersand)).not.toContain("chart-area-renamed");
    const other = seed.replace(
      /\n5\. IT Vendor and Purchasing Management\n(?![\s\S]*\n5\. IT Vendor)/,
      "\n5. IT Contract Management\n",
    );
    const document = await fromText(other);
    expect(document.diagnostics.find((item) => item.code === "chart-area-renamed")).toMatchObject({
      pointer: "/body/charts/4/name",
    });
  });

  it("duties numbered inside an area stay duties of that area", async () => {
    const text = [
      "# Permit Clerk Series",
      "## Classes in the Series",
      "| Class Code | Class Title |",
      "| --- | --- |",
      "| 30101 | Permit Clerk 1 |",
      "## Series Concept",
      "Positions in this series issue permits.",
      "## Definitions",
      "1. Permit Intake",
      "",
      "Work is focused on receiving applications. Typical duties include:",
      "",
      "1. Logging applications.",
      "2. Checking fees.",
      "3. Returning incomplete applications.",
      "",
      "2. Permit Review",
      "",
      "Work is focused on reviewing applications.",
      "",
      "## Class Distinctions",
      "### Permit Clerk 1",
      "Employees work under close supervision in permit intake and permit review.",
      "",
    ].join("\n");
    const document = await fromText(text);
    expect(document.body.areasOfWork).toEqual([
      {
        number: 1,
        name: "Permit Intake",
        focus: "Work is focused on receiving applications.",
        duties: ["Logging applications.", "Checking fees.", "Returning incomplete applications."],
      },
      {
        number: 2,
        name: "Permit Review",
        focus: "Work is focused on reviewing applications.",
        duties: [],
      },
    ]);
    expect(document.unmapped).toEqual([]);
  });

  it("chart headings that name a class by the words that set it apart", async () => {
    const text = [
      "# Permit Clerk Series",
      "## Classes in the Series",
      "| Class Code | Class Title |",
      "| --- | --- |",
      "| 30101 | Associate Permit Clerk |",
      "| 30102 | Permit Clerk |",
      "| 30103 | Senior Permit Clerk |",
      "## Series Concept",
      "Positions in this series issue permits.",
      "## Guideline Charts",
      "### 1. Permit Intake",
      "| Associate | Permit Clerk | Senior |",
      "| --- | --- | --- |",
      "| Logs applications. | Reviews applications. | Resolves disputed applications. |",
      "",
    ].join("\n");
    const document = await fromText(text);
    expect(document.body.classes.map((item) => item.level)).toEqual([1, 2, 3]);
    expect(document.body.charts[0]?.cells.map((cell) => [cell.heading, cell.level])).toEqual([
      ["Associate", 1],
      ["Permit Clerk", 2],
      ["Senior", 3],
    ]);
    expect(codes(document)).not.toContain("unknown-level");
  });

  it("a heading words of several classes share is not guessed from them", async () => {
    const text = [
      "# Permit Clerk Series",
      "## Classes in the Series",
      "| Class Code | Class Title |",
      "| --- | --- |",
      "| 30101 | Associate Permit Clerk |",
      "| 30103 | Senior Permit Clerk |",
      "## Series Concept",
      "Positions in this series issue permits.",
      "## Guideline Charts",
      "### 1. Permit Intake",
      "| Clerk | Journey |",
      "| --- | --- |",
      "| Logs applications. | Reviews applications. |",
      "",
    ].join("\n");
    const document = await fromText(text);
    expect(document.body.classes.map((item) => item.title)).toEqual([
      "Associate Permit Clerk",
      "Senior Permit Clerk",
    ]);
    // No heading names a level: no cell is placed by its column, the table stays unmapped.
    expect(codes(document)).toContain("chart-unreadable");
    expect(document.body.charts).toEqual([{ area: 1, name: "Permit Intake", cells: [] }]);
    expect(document.status).toBe("partial");
  });

  it("class code labels before or after the title; Roman-numeral chart headings", async () => {
    const text = [
      "# Widget Inspector Series",
      "## Classes in the Series",
      "Widget Inspector I (Class Code 40001)",
      "",
      "Class Code: 40002/90002 \u2013 Widget Inspector II",
      "## Series Concept",
      "Positions in this series inspect widgets.",
      "## Class Distinctions",
      "### Widget Inspector I",
      "Employees work under close supervision.",
      "### Widget Inspector II",
      "Employees work under general supervision.",
      "## Guideline Charts",
      "### 1. Widget Inspection",
      "| WI I \u2013 Entry | WI II \u2013 Journey |",
      "| --- | --- |",
      "| Not applicable. | Inspects widgets. |",
      "",
    ].join("\n");
    const document = await fromText(text);
    expect(document.body.classes).toEqual([
      { codes: ["40001"], title: "Widget Inspector I", level: 1 },
      { codes: ["40002", "90002"], title: "Widget Inspector II", level: 2 },
    ]);
    expect(document.body.charts[0]?.cells).toEqual([
      { level: 1, heading: "WI I \u2013 Entry", text: null },
      { level: 2, heading: "WI II \u2013 Journey", text: "Inspects widgets." },
    ]);
    expect(document.unmapped).toEqual([]);
    expect(codes(document)).not.toContain("unknown-level");
  });
});
