/** A series guideline's effective date and supervision alternatives in the diff. */
import { describe, expect, it } from "vitest";
import { diffDocuments } from "../pipeline/diff/index.js";
import type { Rule } from "../schemas/index.js";
import { allChanges, brief, seriesBody, seriesDoc } from "./diff-helpers.js";

describe("effective date", () => {
  it("a new footer date is one minor change, as printed and as read", () => {
    const before = seriesDoc(
      seriesBody({ effectiveDate: { printed: "11/98", yearMonth: "1998-11" } }),
    );
    const after = seriesDoc(
      seriesBody({ effectiveDate: { printed: "07/2004", yearMonth: "2004-07" } }),
    );
    const changes = allChanges(diffDocuments(before, after));
    expect(changes.map(brief)).toEqual([
      {
        op: "replace",
        severity: "minor",
        ruleId: "effective-date-changed",
        label: "Effective date",
        pointer: "/body/effectiveDate",
      },
    ]);
    expect([changes[0]?.before, changes[0]?.after]).toEqual([
      "11/98 (1998-11)",
      "07/2004 (2004-07)",
    ]);
  });

  it("a footer date a revision no longer prints is removed", () => {
    const before = seriesDoc(
      seriesBody({ effectiveDate: { printed: "11/98", yearMonth: "1998-11" } }),
    );
    const changes = allChanges(diffDocuments(before, seriesDoc(seriesBody())));
    expect(changes.map((change) => [change.ruleId, change.op])).toEqual([
      ["effective-date-removed", "remove"],
    ]);
  });
});

const LEVEL_1 =
  "Functions at the journey level in one or more of the areas for evaluation, or functions as a trainee under close supervision while learning the work of the series.";

function supervision(
  text: string,
  alternatives: Array<{ text: string; received?: "close" | "general" }>,
): Rule {
  return {
    id: "supervision-l1",
    text,
    type: "supervision",
    level: 1,
    received: "close",
    alternatives,
  };
}

describe("supervision alternatives", () => {
  const journey = {
    text: "Functions at the journey level in one or more of the areas for evaluation",
  };
  const trainee = {
    text: "functions as a trainee under close supervision while learning the work of the series",
    received: "close" as const,
  };

  it("a reworded clause that states the same supervision changes no fact", () => {
    const reworded = {
      ...trainee,
      text: "functions as a trainee under close supervision while learning the series' work",
    };
    const before = seriesDoc(seriesBody(), [supervision(LEVEL_1, [journey, trainee])]);
    const after = seriesDoc(seriesBody(), [
      supervision(LEVEL_1.replace("the work of the series", "the series' work"), [
        journey,
        reworded,
      ]),
    ]);
    expect(allChanges(diffDocuments(before, after))).toEqual([]);
  });

  it("a way of filling the level taken away is a rule change, in words", () => {
    const before = seriesDoc(seriesBody(), [supervision(LEVEL_1, [journey, trainee])]);
    const after = seriesDoc(seriesBody(), [
      supervision(
        "Functions as a trainee under close supervision while learning the work of the series.",
        [trainee],
      ),
    ]);
    const changes = allChanges(diffDocuments(before, after));
    expect(changes.map((change) => [change.ruleId, change.severity])).toEqual([
      ["rule-changed", "major"],
    ]);
    expect(changes[0]?.facts?.map((fact) => fact.description)).toEqual([
      "Supervision at level 1: level 1 works under close supervision (one of: no supervision stated; or close supervision) → level 1 works under close supervision",
    ]);
    expect(changes[0]?.before).toMatchObject({
      alternatives: ["no supervision stated", "close supervision"],
    });
  });
});
