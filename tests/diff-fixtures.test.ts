/**
 * End to end on the revision pairs in fixtures/revisions: raw documents
 * through `ingest`, then the diff. Each case states its changes by hand.
 */
import { describe, expect, it } from "vitest";
import { diffPair, revisionPairs } from "../pipeline/check/revisions.js";
import type { DiffReport } from "../pipeline/diff/index.js";
import { allChanges, brief } from "./diff-helpers.js";

const cwd = process.cwd();

async function diffCase(name: string): Promise<DiffReport> {
  const pair = (await revisionPairs(cwd)).find((candidate) => candidate.name === name);
  if (!pair) throw new Error(`no revision pair ${name}`);
  const outcome = await diffPair(pair, cwd);
  if ("failure" in outcome) throw new Error(outcome.failure);
  return outcome.report;
}

/** One raise, one change: each amount with its period, hours, bound and percentage as fields. */
const salaryRaise = {
  op: "replace",
  severity: "major",
  ruleId: "salary-changed",
  label: "Salary",
  pointer: "/body/pay/ranges",
  pay: [
    ["hour", undefined, "min", 13.581, 14.26, 5],
    ["hour", undefined, "mid", 17.99, 18.89, 5],
    ["month", 37.5, "min", 2206.92, 2317.25, 5],
    ["month", 37.5, "mid", 2923.38, 3069.63, 5],
    ["month", 40, "min", 2354.04, 2471.73, 5],
    ["month", 40, "mid", 3118.28, 3274.27, 5],
  ].map(([period, hoursPerWeek, bound, before, after, deltaPct]) => ({
    period,
    ...(hoursPerWeek === undefined ? {} : { hoursPerWeek }),
    bound,
    before,
    after,
    deltaPct,
  })),
};

describe("Kentucky revision pairs", () => {
  it("done-when: new grade, new salaries, one added and one reworded duty, re-wrapped paragraphs -> exactly those", async () => {
    const report = await diffCase("kentucky/seed-revision");
    expect(report.summary).toEqual({
      major: 2,
      minor: 2,
      editorial: 0,
      total: 4,
      parseDifferences: 0,
      incomplete: 0,
      doubts: 0,
    });
    const changes = allChanges(report);
    expect(changes.map(brief)).toEqual([
      {
        op: "replace",
        severity: "major",
        ruleId: "grade-changed",
        label: "Grade",
        pointer: "/body/pay/grades/0/value",
      },
      {
        op: "replace",
        severity: "major",
        ruleId: "salary-changed",
        label: "Salary",
        pointer: "/body/pay/ranges",
      },
      {
        op: "add",
        severity: "minor",
        ruleId: "duty-added",
        label: "Duty",
        pointer: "/body/duties/0",
      },
      {
        op: "replace",
        severity: "minor",
        ruleId: "duty-changed",
        label: "Duty",
        pointer: "/body/duties/2",
      },
    ]);
    expect(changes[0]).toMatchObject({ before: "11", after: "12" });
    expect(changes[1]).toMatchObject(salaryRaise);
    expect(changes[3]).toMatchObject({ from: "/body/duties/1" });
  });

  it("a raise in every salary range: one major change listing every amount", async () => {
    const changes = allChanges(await diffCase("kentucky/salary-raise"));
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject(salaryRaise);
    expect(changes[0]?.pay).toHaveLength(6);
  });

  it("a grade change", async () => {
    expect(allChanges(await diffCase("kentucky/grade-change")).map(brief)).toEqual([
      {
        op: "replace",
        severity: "major",
        ruleId: "grade-changed",
        label: "Grade",
        pointer: "/body/pay/grades/0/value",
      },
    ]);
  });

  it("a duty added at the top is one add", async () => {
    expect(allChanges(await diffCase("kentucky/duty-added-top"))).toMatchObject([
      {
        op: "add",
        severity: "minor",
        ruleId: "duty-added",
        pointer: "/body/duties/0",
        after: "Develops and documents recovery procedures for batch production jobs.",
      },
    ]);
  });

  it("a reworded duty is one replace with a word diff", async () => {
    const changes = allChanges(await diffCase("kentucky/duty-reworded"));
    expect(changes.map(brief)).toEqual([
      {
        op: "replace",
        severity: "minor",
        ruleId: "duty-changed",
        label: "Duty",
        pointer: "/body/duties/1",
      },
    ]);
    expect(
      changes[0]?.words?.some((part) => part.op === "add" && part.text.includes("recommends")),
    ).toBe(true);
  });

  it("a moved duty is one move", async () => {
    expect(
      allChanges(await diffCase("kentucky/duty-moved")).map((change) => [
        change.op,
        change.severity,
        change.pointer,
        change.from,
      ]),
    ).toEqual([["move", "editorial", "/body/duties/0", "/body/duties/15"]]);
  });

  it("a changed experience requirement is major, with the rule's years folded in", async () => {
    const changes = allChanges(await diffCase("kentucky/experience-changed"));
    expect(changes.map(brief)).toEqual([
      {
        op: "replace",
        severity: "major",
        ruleId: "experience-requirement-changed",
        label: "Experience requirement",
        pointer: "/body/qualifications/minimum/experience",
      },
    ]);
    expect(changes[0]?.facts).toMatchObject([
      { rule: "experience requirement", before: { years: 1 }, after: { years: 2 } },
      // The qualification the sentence feeds, said as what it changes for candidates.
      {
        rule: "minimum qualifications",
        description: "Minimum qualifications: experience 1 → 2 years",
      },
    ]);
  });

  it("punctuation and case edits are editorial only", async () => {
    const report = await diffCase("kentucky/punctuation-only");
    expect(report.summary).toEqual({
      major: 0,
      minor: 0,
      editorial: 3,
      total: 3,
      parseDifferences: 0,
      incomplete: 0,
      doubts: 0,
    });
    expect(allChanges(report).map((change) => change.label)).toEqual([
      "Characteristics",
      "Duty",
      "Duty",
    ]);
  });

  it("re-wrapping, CRLF line endings and a BOM are no change at all", async () => {
    const report = await diffCase("kentucky/rewrap-crlf");
    expect(report.summary.total).toBe(0);
    expect(report.documents.map((document) => document.status)).toEqual(["unchanged"]);
  });
});

describe("Iowa revision pairs", () => {
  it("a chart cell turned n/a is one major level-scope change", async () => {
    expect(allChanges(await diffCase("iowa/chart-cell-na")).map(brief)).toEqual([
      {
        op: "replace",
        severity: "major",
        ruleId: "level-scope-removed",
        label: "Chart cell: 6. Project Management, ITS 3",
        pointer: expect.stringMatching(/^\/body\/charts\/5\/cells\/2\/text$/),
      },
    ]);
  });

  it("an area of work added: the area and its chart are major adds", async () => {
    const changes = allChanges(await diffCase("iowa/area-added"));
    expect(
      changes
        .filter((change) => change.severity === "major")
        .map((change) => [change.op, change.ruleId, change.label]),
    ).toEqual([
      ["add", "area-added", "Area of work: 11. Data Analytics"],
      ["add", "chart-added", "Chart: 11. Data Analytics"],
    ]);
  });

  it("a class added to the series is a major add", async () => {
    const changes = allChanges(await diffCase("iowa/class-added"));
    expect(changes.filter((change) => change.ruleId === "class-added").map(brief)).toEqual([
      {
        op: "add",
        severity: "major",
        ruleId: "class-added",
        label: "Class: Information Technology Specialist 6",
        pointer: "/body/classes/5",
      },
    ]);
  });

  it("a reworded supervision alternative that states the same supervision is minor, with no rule change", async () => {
    const changes = allChanges(await diffCase("iowa/supervision-alternative-reworded"));
    expect(changes.map((change) => [change.severity, change.ruleId, change.pointer])).toEqual([
      ["minor", "distinction-changed", "/body/distinctions/0/text"],
    ]);
    expect(changes[0]?.facts).toBeUndefined();
  });
});
