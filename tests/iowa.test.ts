/** Iowa series guidelines: the seed's gold facts, rules, contradictions, HTML == markdown, bad input. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../pipeline/run.js";
import type { ClassSeriesDocument } from "../schemas/index.js";
import { fixture, goldFactIn, goldFacts, ingestDocument, SHARED } from "./helpers.js";

const SEED = "003_01482bd791b1891c.txt";

async function series(path: string): Promise<ClassSeriesDocument> {
  const document = await ingestDocument(path);
  if (document.kind !== "class-series") throw new Error(`${path} is not a series`);
  return document;
}

async function fromText(text: string, path = "series.md") {
  return ingest(new TextEncoder().encode(text), path);
}

describe("Iowa seed", () => {
  let document: ClassSeriesDocument;
  beforeAll(async () => {
    document = await series(join(SHARED, "seeds", SEED));
  });

  it.each(goldFacts(SEED))(
    "holds the gold fact %s (through the 1.x -> 2.0 table)",
    (pointer, value) => {
      const { actual, expected } = goldFactIn(document, pointer, value);
      expect(actual).toEqual(expected);
    },
  );

  it("claims every block: nothing unmapped", () => {
    expect(document.unmapped).toEqual([]);
    expect(document.source.format).toBe("markdown");
  });

  it("keeps cells as printed and drops markup", () => {
    expect(document.body.charts[0]?.cells.map((cell) => cell.heading)).toEqual([
      "ITS 1 – Trainee",
      "ITS 2 – Journey",
      "ITS 3 – Intermediate",
      "ITS 4 – Advanced",
      "ITS5 – Senior",
    ]);
    expect(JSON.stringify(document.body)).not.toMatch(/<\/?(p|u)>/);
    expect(document.body.concept).toMatch(/areas of work:\n\nOnce the area\(s\) of work/);
  });

  it("reads a level-scope rule per chart cell, supervision per distinction, exclusions", () => {
    const byType = (type: string) => document.rules.filter((rule) => rule.type === type);
    expect(byType("level-scope")).toHaveLength(50);
    expect(document.rules.find((rule) => rule.id === "level-scope-a4-l1")).toMatchObject({
      applies: false,
      text: "n/a",
    });
    expect(document.rules.find((rule) => rule.id === "level-scope-a10-l2")).toMatchObject({
      applies: true,
      area: 10,
      level: 2,
    });
    expect(
      byType("supervision").map(
        (rule) =>
          rule.type === "supervision" && [
            rule.level,
            rule.received,
            rule.independence,
            rule.leadWork,
          ],
      ),
    ).toEqual([
      [1, "close", undefined, undefined],
      [2, "close", undefined, undefined],
      [3, "general", undefined, undefined],
      [4, "general", "moderate", "may"],
      [5, "general", "high", "commonly"],
    ]);
    expect(byType("exclusion").map((rule) => rule.text)).toEqual([
      "Positions that include full supervisory functions.",
      "Positions whose primary purpose is not in the information technology area.",
    ]);
    for (const index of document.rules.keys())
      expect(document.provenance[`/rules/${index}`]).toBeDefined();
  });

  it("warns where a distinction and a chart disagree, naming both places", () => {
    const mismatches = document.diagnostics.filter(
      (diagnostic) => diagnostic.code === "distinction-chart-mismatch",
    );
    expect(mismatches).toHaveLength(12);
    const first = mismatches[0];
    expect(first?.pointer).toBe("/body/charts/1/cells/0/text");
    expect(first?.message).toContain("'Business Analysis' at level 1");
    expect(first?.related).toEqual([{ pointer: "/body/distinctions/0/text", startLine: 165 }]);
    const areas = new Set(
      mismatches.map((diagnostic) => /for '([^']+)'/.exec(diagnostic.message)?.[1]),
    );
    expect([...areas].sort()).toEqual([
      "Business Analysis",
      "Enterprise IT Security",
      "IT Vendor and Purchasing Management",
      "Product Management",
      "Technical Training and Reporting",
    ]);
  });
});

describe("Environmental Specialist (invented): Word HTML in windows-1252 and GFM markdown", () => {
  let html: ClassSeriesDocument;
  let markdown: ClassSeriesDocument;
  beforeAll(async () => {
    html = await series(fixture("iowa/word-html/environmental-specialist.html"));
    markdown = await series(fixture("iowa/markdown/environmental-specialist.md"));
  });

  it("gives one body from both renderings", () => {
    expect(html.source.format).toBe("html");
    expect(markdown.source.format).toBe("markdown");
    expect(html.body).toEqual(markdown.body);
    expect(html.unmapped).toEqual([]);
    expect(markdown.unmapped).toEqual([]);
  });

  it("decodes the declared charset (curly quote, en dash) with no fallback warning", () => {
    expect(html.body.areasOfWork[1]?.focus).toBe(
      "Work is focused on sampling and assessing the state\u2019s rivers, lakes and groundwater.",
    );
    expect(html.body.charts[0]?.cells[0]?.heading).toBe("ES 1 \u2013 Entry");
    expect(html.diagnostics.map((diagnostic) => diagnostic.code)).not.toContain(
      "encoding-fallback",
    );
  });

  it("reads classes from tables, bullets from two-cell rows, numbered headings as areas", () => {
    expect(html.body.classes).toEqual([
      { codes: ["01410", "91410"], title: "Environmental Specialist 1", level: 1 },
      { codes: ["01411", "91411"], title: "Environmental Specialist 2", level: 2 },
      { codes: ["01412", "91412"], title: "Environmental Specialist 3", level: 3 },
    ]);
    expect(
      html.body.areasOfWork.map((area) => [area.number, area.name, area.duties.length]),
    ).toEqual([
      [1, "Air Quality Permitting", 4],
      [2, "Water Quality Monitoring", 4],
      [3, "Hazardous Waste Inspection", 3],
    ]);
    expect(html.body.charts[2]?.cells.map((cell) => cell.text === null)).toEqual([
      true,
      true,
      false,
    ]);
  });

  it("warns about an n/a cell for an area the distinction names", () => {
    const mismatch = html.diagnostics.filter(
      (diagnostic) => diagnostic.code === "distinction-chart-mismatch",
    );
    expect(mismatch).toHaveLength(1);
    expect(mismatch[0]).toMatchObject({
      pointer: "/body/charts/2/cells/1/text",
      related: [{ pointer: "/body/distinctions/1/text" }],
    });
    expect(mismatch[0]?.message).toContain(
      "Unexpected n/a chart cell for 'Hazardous Waste Inspection' at level 2",
    );
  });
});

describe("Iowa bad input: a warning and a best-effort result", () => {
  const seed = readFileSync(fixture("iowa/seed-information-technology-specialist.txt"), "utf8");
  const codes = (result: Awaited<ReturnType<typeof fromText>>) =>
    result.messages.map((message) => message.code);

  it("a chart row with fewer cells than its header", async () => {
    const text = seed.replace(
      /\n(n\/a\tn\/a\tAssists in IT procurement[^\t]*)\t[^\n]*\n/,
      "\n$1\n",
    );
    const result = await fromText(text);
    expect(result.status).toBe("complete");
    expect(codes(result)).toContain("chart-row-width");
    if (result.status !== "failed" && result.document.kind === "class-series") {
      expect(result.document.body.charts[4]?.cells.map((cell) => cell.text === null)).toEqual([
        true,
        true,
        false,
        true,
        true,
      ]);
    }
  });

  it("a chart row with more cells than its header keeps the extra text as unmapped", async () => {
    const text = seed.replace(
      "Mentors staff and establishes best practices for procurement and vendor governance across agencies.",
      "$&\tAn orphan sixth cell.",
    );
    const result = await fromText(text);
    expect(codes(result)).toContain("chart-row-width");
    if (result.status !== "failed")
      expect(result.document.unmapped.map((piece) => piece.text)).toEqual([
        "An orphan sixth cell.",
      ]);
  });

  it("an unknown level name", async () => {
    const text = seed.replace(
      "1. Application Development and Database Management\n\nITS 1 – Trainee",
      "1. Application Development and Database Management\n\nApprentice",
    );
    const result = await fromText(text);
    expect(codes(result)).toContain("unknown-level");
    if (result.status !== "failed" && result.document.kind === "class-series") {
      expect(result.document.body.charts[0]?.cells[0]).toMatchObject({
        level: 1,
        heading: "Apprentice",
      });
    }
  });

  it("a chart for an area that was never defined", async () => {
    const text = `${seed.trimEnd()}\n\n11. Quantum Computing\n\nITS 1 – Trainee\tITS 2 – Journey\nn/a\tExplores qubits.\n`;
    const result = await fromText(text);
    expect(codes(result)).toContain("chart-area-undefined");
    if (result.status !== "failed" && result.document.kind === "class-series") {
      expect(result.document.body.charts).toHaveLength(11);
    }
  });

  it("an HTML page of some other kind is of no known family", async () => {
    const page =
      "<!DOCTYPE html><html><head><title>Parks</title></head><body><h1>State Parks</h1><p>Camping is open.</p><script>alert(1)</script></body></html>";
    const result = await fromText(page, "parks.html");
    expect(result.status).toBe("failed");
    if (result.status === "failed") expect(result.error.code).toBe("unknown-family");
  });
});
