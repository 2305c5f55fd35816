/**
 * Match by meaning (issue 23, item 2): areas and their level-scope rules pair
 * by the area's name, the number is a field of its own, and a renumbered
 * chart is not reported a second time.
 */
import { describe, expect, it } from "vitest";
import { diffDocuments } from "../pipeline/diff/index.js";
import type { ClassSeriesBody, Rule } from "../schemas/index.js";
import { allChanges, seriesBody, seriesDoc } from "./diff-helpers.js";

/** Level-scope rules of every chart cell: applies unless the cell is n/a. */
function scopes(body: ClassSeriesBody): Rule[] {
  return body.charts.flatMap((chart) =>
    chart.cells.map((cell) => ({
      id: `level-scope-${chart.area}-${cell.level}`,
      text: cell.text ?? "n/a",
      type: "level-scope" as const,
      level: cell.level,
      area: chart.area,
      applies: cell.text !== null,
    })),
  );
}

/** The series without its first area, the others renumbered from 1. */
function firstAreaRemoved(body: ClassSeriesBody): ClassSeriesBody {
  return {
    ...body,
    areasOfWork: body.areasOfWork.slice(1).map((area, index) => ({ ...area, number: index + 1 })),
    charts: body.charts.slice(1).map((chart, index) => ({ ...chart, area: index + 1 })),
  };
}

describe("areas matched by name", () => {
  it("an area removed and the rest renumbered: the removal and the new numbers, no rule changes", () => {
    const before = seriesBody();
    const after = firstAreaRemoved(before);
    const report = diffDocuments(
      seriesDoc(before, scopes(before)),
      seriesDoc(after, scopes(after)),
    );
    const changes = allChanges(report);
    expect(
      changes.map((change) => [change.ruleId, change.severity, change.before, change.after]),
    ).toEqual([
      ["area-number-changed", "minor", 2, 1],
      ["area-number-changed", "minor", 3, 2],
      ["area-removed", "major", expect.arrayContaining(["1. Application Development"]), undefined],
      ["chart-removed", "major", expect.anything(), undefined],
    ]);
    expect(changes.some((change) => change.ruleId.startsWith("rule-"))).toBe(false);
    expect(changes.some((change) => change.ruleId === "chart-area-changed")).toBe(false);
  });

  it("a level-scope rule that changes is named by its area's name", () => {
    const before = seriesBody();
    const charts = before.charts.map((chart, index) =>
      index === 2
        ? {
            ...chart,
            cells: chart.cells.map((cell) => (cell.level === 3 ? { ...cell, text: null } : cell)),
          }
        : chart,
    );
    const after = { ...before, charts };
    const changes = allChanges(
      diffDocuments(seriesDoc(before, scopes(before)), seriesDoc(after, scopes(after))),
    );
    const facts = changes.flatMap((change) => change.facts ?? []);
    expect(facts.map((fact) => fact.rule)).toEqual([
      "level scope of Project Management at level 3",
    ]);
    expect(facts[0]).toMatchObject({
      before: { level: 3, applies: true },
      after: { level: 3, applies: false },
    });
  });
});

describe("area definitions printed in another order, numbers kept (issue 23, item 2)", () => {
  it("two swapped: one editorial move, no area removed", () => {
    const before = seriesBody();
    const [first, second, third] = before.areasOfWork;
    if (!first || !second || !third) throw new Error("fixture");
    const after = { ...before, areasOfWork: [first, third, second] };
    const changes = allChanges(
      diffDocuments(seriesDoc(before, scopes(before)), seriesDoc(after, scopes(after))),
    );
    expect(changes.map((change) => [change.op, change.ruleId, change.severity])).toEqual([
      ["move", "area-moved", "editorial"],
    ]);
  });

  it("three rotated: one reorder listing the moves", () => {
    const before = seriesBody();
    const [first, second, third] = before.areasOfWork;
    if (!first || !second || !third) throw new Error("fixture");
    const after = { ...before, areasOfWork: [third, first, second] };
    const reversed = { ...before, areasOfWork: [third, second, first] };
    const changes = allChanges(diffDocuments(seriesDoc(before), seriesDoc(after)));
    expect(changes.map((change) => [change.op, change.ruleId])).toEqual([["move", "area-moved"]]);
    const reorder = allChanges(diffDocuments(seriesDoc(before), seriesDoc(reversed)));
    expect(reorder.map((change) => [change.op, change.ruleId, change.severity])).toEqual([
      ["reorder", "area-moved", "editorial"],
    ]);
    expect(reorder[0]?.after).toEqual([
      "2. Area of work: 2. Business Analysis (was 2)",
      "3. Area of work: 1. Application Development (was 1)",
    ]);
  });
});
