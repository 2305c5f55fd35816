/** The diff library on hand-built documents: matching, normalization, severity, rules, fingerprints. */
import { describe, expect, it } from "vitest";
import { diffCollections, diffDocuments, gateTrips, matchList } from "../pipeline/diff/index.js";
import { renderDiffMarkdown } from "../pipeline/report/diff-markdown.js";
import type { Rule } from "../schemas/index.js";
import {
  allChanges,
  brief,
  dutyTexts,
  seriesBody,
  seriesDoc,
  specBody,
  specDoc,
  withGrade,
  withJobNumber,
  withMinimum,
} from "./diff-helpers.js";

const base = specBody();
const duties = dutyTexts(base);

describe("list matching", () => {
  it("pairs by content: an item inserted at the top is one add", () => {
    const match = matchList(["a b c d", "e f g h"], ["x y z w", "a b c d", "e f g h"]);
    expect(match.added).toEqual([0]);
    expect(match.removed).toEqual([]);
    expect(match.pairs.map((pair) => [pair.before, pair.after, pair.moved])).toEqual([
      [0, 1, false],
      [1, 2, false],
    ]);
  });

  it("marks only the item that moved", () => {
    const match = matchList(
      ["one two", "three four", "five six"],
      ["five six", "one two", "three four"],
    );
    expect(match.pairs.filter((pair) => pair.moved).map((pair) => pair.before)).toEqual([2]);
  });
});

describe("class-spec diff", () => {
  it("a duty inserted at the top is one add, not a cascade", () => {
    const after = specBody({
      duties: ["Develops recovery procedures for batch production jobs.", ...duties],
    });
    expect(allChanges(diffDocuments(specDoc(base), specDoc(after))).map(brief)).toEqual([
      {
        op: "add",
        severity: "minor",
        ruleId: "duty-added",
        label: "Duty",
        pointer: "/body/duties/0",
      },
    ]);
  });

  it("a reworded duty is one replace with its word diff", () => {
    const reworded =
      "Reviews all job requests, recommends needed adjustments and schedules jobs in unit.";
    const after = specBody({
      duties: duties.map((duty, index) => (index === 1 ? reworded : duty)),
    });
    const [change, ...rest] = allChanges(diffDocuments(specDoc(base), specDoc(after)));
    expect(rest).toEqual([]);
    expect(change).toMatchObject({
      op: "replace",
      severity: "minor",
      ruleId: "duty-changed",
      pointer: "/body/duties/1",
    });
    expect(
      change?.words
        ?.filter((part) => part.op !== "equal")
        .map((part) => `${part.op}:${part.text.trim()}`),
    ).toEqual(["add:all", "remove:suggests", "add:recommends", "remove:necessary", "add:needed"]);
    // Either side can be rebuilt from the parts, spaces included.
    const side = (skip: string) =>
      change?.words
        ?.filter((part) => part.op !== skip)
        .map((part) => part.text)
        .join("");
    expect([side("add"), side("remove")]).toEqual([change?.before, change?.after]);
  });

  it("a moved duty is one editorial move with where it came from", () => {
    const moved = [duties[3] ?? "", ...duties.slice(0, 3)];
    const changes = allChanges(diffDocuments(specDoc(base), specDoc(specBody({ duties: moved }))));
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      op: "move",
      severity: "editorial",
      pointer: "/body/duties/0",
      from: "/body/duties/3",
    });
  });

  it("case and punctuation alone are editorial, even in a major field", () => {
    const after = withMinimum(base, {
      experience: "MUST have one year of production-support experience",
    });
    expect(
      allChanges(diffDocuments(specDoc(base), specDoc(after))).map((change) => change.severity),
    ).toEqual(["editorial"]);
  });

  it("whitespace, line breaks, paragraph breaks and BOMs are no change", () => {
    const after = specBody({
      definition: "\uFEFFCoordinates the work of lead\r\nproduction   support\n\nstaff.",
      duties: duties.map((duty) => `  ${duty.replace(/ /g, "\n")} `),
    });
    expect(diffDocuments(specDoc(base), specDoc(after)).summary.total).toBe(0);
  });

  it("salary ranges pair by period and hours, not position; a raise is one major change", () => {
    const [hourly, monthly] = base.pay.ranges;
    if (!hourly || !monthly) throw new Error("fixture");
    const after = specBody({
      pay: {
        ...base.pay,
        ranges: [
          { ...monthly, min: 2300 },
          { ...hourly, mid: 18.5 },
        ],
      },
    });
    const changes = allChanges(diffDocuments(specDoc(base), specDoc(after)));
    expect(changes.map(brief)).toEqual([
      {
        op: "replace",
        severity: "major",
        ruleId: "salary-changed",
        label: "Salary",
        pointer: "/body/pay/ranges",
      },
    ]);
    expect(changes[0]?.pay).toEqual([
      {
        label: "Monthly salary minimum (37.5 hours/week)",
        period: "month",
        hoursPerWeek: 37.5,
        bound: "min",
        before: 2206.92,
        after: 2300,
        deltaPct: 4.22,
      },
      {
        label: "Hourly salary midpoint",
        period: "hour",
        bound: "mid",
        before: 17.99,
        after: 18.5,
        deltaPct: 2.83,
      },
    ]);
  });

  it("a raise's fingerprint follows its amounts, not their order in the document", () => {
    const [hourly, monthly] = base.pay.ranges;
    if (!hourly || !monthly) throw new Error("fixture");
    const raised = { ...monthly, min: 2300 };
    const one = diffDocuments(
      specDoc(base),
      specDoc(specBody({ pay: { ...base.pay, ranges: [hourly, raised] } })),
    );
    const two = diffDocuments(
      specDoc(base),
      specDoc(specBody({ pay: { ...base.pay, ranges: [raised, hourly] } })),
    );
    expect(allChanges(one)[0]?.fingerprint).toBe(allChanges(two)[0]?.fingerprint);
    const other = diffDocuments(
      specDoc(base),
      specDoc(specBody({ pay: { ...base.pay, ranges: [hourly, { ...monthly, min: 2301 }] } })),
    );
    expect(allChanges(other)[0]?.fingerprint).not.toBe(allChanges(one)[0]?.fingerprint);
  });

  it("grade, probation and special entrance rates are major", () => {
    const after = withGrade(
      specBody({
        probation: { initialMonths: 12, promotionalMonths: 6, reference: null },
        pay: { ...base.pay, specialEntranceRates: [{ period: "hour", amount: 15 }] },
      }),
      "12",
    );
    expect(
      allChanges(diffDocuments(specDoc(base), specDoc(after))).map((change) => [
        change.ruleId,
        change.severity,
      ]),
    ).toEqual([
      ["grade-changed", "major"],
      ["special-entrance-rate-added", "major"],
      ["probation-changed", "major"],
    ]);
  });

  it("a title change is major; provenance, source and diagnostics are not compared", () => {
    const after = specDoc(base, [], {
      title: "PRODUCTION SPECIALIST III",
      source: { path: "b.pdf", format: "pdf", sha256: "1".repeat(64), profile: "kentucky" },
      provenance: { "/body/pay/grades/0/value": { startLine: 3, endLine: 3 } },
      diagnostics: [{ severity: "warning", code: "x", message: "y" }],
    });
    expect(allChanges(diffDocuments(specDoc(base), after)).map(brief)).toEqual([
      {
        op: "replace",
        severity: "major",
        ruleId: "title-changed",
        label: "Title",
        pointer: "/title",
      },
    ]);
  });
});

describe("rules", () => {
  const requirement = (years: number, text: string): Rule => ({
    id: "requirement-experience",
    text,
    type: "requirement",
    category: "experience",
    years,
    areas: ["production support"],
  });
  const condition = (modality: "required" | "may-be-required", text: string): Rule => ({
    id: "condition-drivers-license",
    text,
    type: "condition",
    subject: "drivers-license",
    modality,
  });

  it("a changed rule is folded into the body change it was read from, not reported twice", () => {
    const before = "Must have one year of production support experience.";
    const after = "Must have two years of production support experience.";
    const report = diffDocuments(
      specDoc(base, [requirement(1, before)]),
      specDoc(withMinimum(base, { experience: after }), [requirement(2, after)]),
    );
    const changes = allChanges(report);
    expect(changes).toHaveLength(1);
    expect(changes[0]?.facts).toEqual([
      expect.objectContaining({
        rule: "experience requirement",
        op: "replace",
        before: expect.objectContaining({ years: 1 }),
      }),
    ]);
  });

  it("a condition that changed inside minor prose raises that change to major", () => {
    const before = "Employees may be required to maintain a valid driver's license.";
    const after = "Employees are required to maintain a valid driver's license.";
    const report = diffDocuments(
      specDoc(specBody({ additionalRequirements: [before] }), [
        condition("may-be-required", before),
      ]),
      specDoc(specBody({ additionalRequirements: [after] }), [condition("required", after)]),
    );
    expect(
      allChanges(report).map((change) => [change.ruleId, change.severity, change.facts?.length]),
    ).toEqual([["additional-requirement-changed", "major", 1]]);
  });

  it("a rule change no body change explains is reported on its own", () => {
    const text = "Must have one year of production support experience.";
    const report = diffDocuments(
      specDoc(base, [requirement(1, text)]),
      specDoc(base, [requirement(2, text)]),
    );
    expect(allChanges(report).map(brief)).toEqual([
      {
        op: "replace",
        severity: "major",
        ruleId: "rule-changed",
        label: "Rule: experience requirement",
        pointer: "/rules/0",
      },
    ]);
  });
});

describe("class-series diff", () => {
  const series = seriesBody();

  it("a chart cell turned n/a is a major level-scope change", () => {
    const charts = series.charts.map((chart) =>
      chart.area !== 3
        ? chart
        : {
            ...chart,
            cells: chart.cells.map((cell) => (cell.level === 3 ? { ...cell, text: null } : cell)),
          },
    );
    expect(
      allChanges(diffDocuments(seriesDoc(series), seriesDoc(seriesBody({ charts })))).map(brief),
    ).toEqual([
      {
        op: "replace",
        severity: "major",
        ruleId: "level-scope-removed",
        label: "Chart cell: 3. Project Management, ITS 3",
        pointer: "/body/charts/2/cells/2/text",
      },
    ]);
  });

  it("areas pair by name, so an area inserted in the middle is one add", () => {
    const inserted = { number: 2, name: "Data Analytics", focus: null, duties: [] };
    const areasOfWork = [
      series.areasOfWork[0],
      inserted,
      ...series.areasOfWork.slice(1).map((area) => ({ ...area, number: area.number + 1 })),
    ].filter((area) => area !== undefined);
    const changes = allChanges(
      diffDocuments(seriesDoc(series), seriesDoc(seriesBody({ areasOfWork }))),
    );
    expect(changes.filter((change) => change.severity !== "minor").map(brief)).toEqual([
      {
        op: "add",
        severity: "major",
        ruleId: "area-added",
        label: "Area of work: 2. Data Analytics",
        pointer: "/body/areasOfWork/1",
      },
    ]);
    // Renumbering the areas after it is reported, as minor.
    expect(changes.filter((change) => change.ruleId === "area-number-changed")).toHaveLength(2);
  });

  it("classes pair by code: a class added is one major add", () => {
    const added: (typeof series.classes)[number] = {
      codes: ["00124", "90124"],
      title: "Information Technology Specialist 6",
      level: 6,
    };
    const changes = allChanges(
      diffDocuments(
        seriesDoc(series),
        seriesDoc(seriesBody({ classes: [...series.classes, added] })),
      ),
    );
    expect(changes.map(brief)).toEqual([
      {
        op: "add",
        severity: "major",
        ruleId: "class-added",
        label: "Class: Information Technology Specialist 6",
        pointer: "/body/classes/3",
      },
    ]);
  });
});

describe("collections and gate", () => {
  const other = specDoc(withJobNumber(base, "20001500"));

  it("pairs by id; a spec on one side only is one add or remove of the whole spec", () => {
    const report = diffCollections([specDoc(base), other], [specDoc(base), seriesDoc()]);
    expect(
      report.documents.map((document) => [document.id, document.status, document.changes.length]),
    ).toEqual([
      ["us-ia/series/information-technology-specialist-series", "added", 1],
      ["us-ky/class/20001499", "unchanged", 0],
      ["us-ky/class/20001500", "removed", 1],
    ]);
    expect(report.summary).toEqual({
      major: 2,
      minor: 0,
      editorial: 0,
      total: 2,
      parseDifferences: 0,
      incomplete: 0,
      doubts: 0,
    });
  });

  it("--fail-on trips at or above its level only", () => {
    const report = diffDocuments(
      specDoc(base),
      specDoc(specBody({ duties: [...duties, "Prepares weekly status reports for the unit."] })),
    );
    expect([
      gateTrips(report, "major"),
      gateTrips(report, "minor"),
      gateTrips(report, "editorial"),
    ]).toEqual([false, true, true]);
  });
});

describe("fingerprints", () => {
  const addDuty = (list: string[]) => specDoc(specBody({ duties: list }));
  const duty = "Prepares weekly status reports for the unit.";

  it("do not depend on position, labels or formatting", () => {
    const atEnd = allChanges(diffDocuments(addDuty(duties), addDuty([...duties, duty])))[0];
    const atTop = allChanges(
      diffDocuments(addDuty(duties), addDuty([`${duty.replace(/ /g, "\n")}`, ...duties])),
    )[0];
    expect(atEnd?.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(atTop?.fingerprint).toBe(atEnd?.fingerprint);
  });

  it("differ when the values differ", () => {
    const a = allChanges(diffDocuments(addDuty(duties), addDuty([...duties, duty])))[0];
    const b = allChanges(
      diffDocuments(addDuty(duties), addDuty([...duties, "Prepares monthly status reports."])),
    )[0];
    expect(a?.fingerprint).not.toBe(b?.fingerprint);
  });
});

describe("markdown", () => {
  it("escapes document text so it cannot become markup", () => {
    const hostile = "Runs <script>alert(1)</script> and *bold* [link](x) `code`.";
    const markdown = renderDiffMarkdown(
      diffDocuments(specDoc(base), specDoc(specBody({ duties: [...duties, hostile] }))),
    );
    expect(markdown).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(markdown).toContain("\\*bold\\* \\[link\\](x) \\`code\\`");
    expect(markdown).not.toContain("<script>");
  });
});

describe("money in whole items", () => {
  it("a special entrance rate added is shown as money, like every other amount", () => {
    const after = specBody({
      pay: { ...base.pay, specialEntranceRates: [{ period: "hour", amount: 15 }] },
    });
    const changes = allChanges(diffDocuments(specDoc(base), specDoc(after)));
    expect(changes).toContainEqual(
      expect.objectContaining({ op: "add", severity: "major", after: "$15.00" }),
    );
  });
});

describe("one fact, one report", () => {
  it("a probation edit is its field changes, carrying the rule's facts, not a rule change besides", () => {
    const rule = (months: number): Rule => ({
      id: "probation",
      type: "probation",
      text: `The probationary period is ${months} months.`,
      initialMonths: months,
      promotionalMonths: months,
    });
    const withProbation = (months: number) =>
      specDoc(
        specBody({
          probation: { initialMonths: months, promotionalMonths: months, reference: null },
        }),
        [rule(months)],
      );
    const changes = allChanges(diffDocuments(withProbation(6), withProbation(12)));
    expect(changes.map((change) => change.pointer)).toEqual([
      "/body/probation/initialMonths",
      "/body/probation/promotionalMonths",
    ]);
    expect(changes[0]?.facts?.map((fact) => fact.rule)).toEqual(["probation"]);
  });
});
