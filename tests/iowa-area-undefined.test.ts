/**
 * An area the Series Concept lists that Definitions never defines (issue 21
 * review: "11. Quantum Computing" lost its text, `text-dropped`). It is
 * warned `area-undefined` and is still an area of the series, after the
 * defined ones, so every word of it lands in a value. The series is invented
 * (a "Survey Crew Series", codes 61210/61211, not a real Iowa classification),
 * in the markdown layout of fixtures/iowa/markdown/.
 */
import { describe, expect, it } from "vitest";
import { ingest } from "../pipeline/run.js";
import type { ClassSeriesDocument } from "../schemas/index.js";

async function seriesOf(source: string): Promise<ClassSeriesDocument> {
  const result = await ingest(new TextEncoder().encode(source), "survey-crew.md");
  if (result.status === "failed" || result.document.kind !== "class-series")
    throw new Error("no series");
  return result.document;
}

const SURVEY_CREW = (listed: readonly string[]) =>
  [
    "# Survey Crew Series",
    "",
    "## Classes in the Series",
    "",
    "| Class Code | Class Title |",
    "| --- | --- |",
    "| 61210 | Survey Crew Member 1 |",
    "| 61211 | Survey Crew Member 2 |",
    "",
    "## Series Concept",
    "",
    "Positions in this series measure land for state highway projects in one or more of the following areas of work:",
    "",
    ...listed,
    "",
    "## Definitions",
    "",
    "### 1. Boundary Measurement",
    "",
    "Work is focused on locating property corners along a planned right of way.",
    "",
    "- Sets stakes at measured corners.",
    "",
    "### 2. Grade Staking",
    "",
    "Work is focused on marking cut and fill depths for earthwork crews.",
    "",
    "- Reads elevations with a level and rod.",
    "",
    "## Class Distinctions",
    "",
    "### Survey Crew Member 1",
    "",
    "Holds the rod and sets stakes under close direction.",
    "",
    "### Survey Crew Member 2",
    "",
    "Runs the instrument and keeps the field book for a small crew.",
    "",
  ].join("\n");

const DEFINED = ["1. Boundary Measurement", "2. Grade Staking"];

describe("an area listed in the concept and never defined", () => {
  it("is an area of the series, warned, and no word of it is dropped", async () => {
    const document = await seriesOf(SURVEY_CREW([...DEFINED, "3. Lunar Geodesy"]));
    expect(document.body.areasOfWork.map(({ number, name }) => ({ number, name }))).toEqual([
      { number: 1, name: "Boundary Measurement" },
      { number: 2, name: "Grade Staking" },
      { number: 3, name: "Lunar Geodesy" },
    ]);
    expect(document.body.areasOfWork[2]).toMatchObject({ focus: null, duties: [] });
    const codes = document.diagnostics.map((item) => item.code);
    expect(codes).toContain("area-undefined");
    expect(codes).not.toContain("text-dropped");
    expect(document.status).toBe("complete");
    const undefinedArea = document.diagnostics.find((item) => item.code === "area-undefined");
    expect(undefinedArea?.message).toContain("'Lunar Geodesy'");
    // The area's name points to its line in the concept's list (line 16 of the source).
    expect(document.provenance["/body/areasOfWork/2/name"]).toMatchObject({
      startLine: 16,
      endLine: 16,
    });
  });

  it("two undefined areas follow the defined ones, each with its listed number", async () => {
    const document = await seriesOf(
      SURVEY_CREW([
        DEFINED[0] as string,
        DEFINED[1] as string,
        "3. Lunar Geodesy",
        "4. Tidal Benchmarks",
      ]),
    );
    expect(document.body.areasOfWork.map(({ number, name }) => `${number} ${name}`)).toEqual([
      "1 Boundary Measurement",
      "2 Grade Staking",
      "3 Lunar Geodesy",
      "4 Tidal Benchmarks",
    ]);
    expect(document.diagnostics.filter((item) => item.code === "area-undefined")).toHaveLength(2);
    expect(document.diagnostics.map((item) => item.code)).not.toContain("text-dropped");
  });

  it("a list whose every area is defined adds none and warns nothing", async () => {
    const document = await seriesOf(SURVEY_CREW(DEFINED));
    expect(document.body.areasOfWork).toHaveLength(2);
    expect(document.diagnostics.map((item) => item.code)).not.toContain("area-undefined");
  });
});
