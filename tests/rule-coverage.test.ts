/** What a requirement or substitution warning names as not modelled (pipeline/rules/coverage.ts). */
import { describe, expect, it } from "vitest";
import { unmodelledRuns, unmodelledSubstitution } from "../pipeline/rules/coverage.js";
import { educationTerm } from "../pipeline/rules/terms.js";

describe("the words a term leaves out", () => {
  it("'Requires' opening a requirement is its lead-in, like 'Must have'", () => {
    const sentence = "Requires one year of experience leading outdoor education programs.";
    expect(unmodelledRuns(sentence, ["one year", "leading outdoor education programs"])).toEqual(
      [],
    );
    // Words after it that nothing read are still named.
    expect(unmodelledRuns("Requires one year of experience with travel.", ["one year"])).toEqual([
      "travel",
    ]);
  });

  it("a lone count left out is named as its amount, with its 'up to'", () => {
    const sentence =
      "College coursework in botany or horticulture may substitute for up to one year of the experience.";
    expect(unmodelledSubstitution(sentence, ["botany or horticulture"])).toEqual([
      "up to one year",
    ]);
    expect(unmodelledSubstitution("Coursework may substitute for six months.", [])).toEqual([
      "six months",
    ]);
  });
});

describe("'preferably with courses in …' after an amount of college", () => {
  const clause =
    "Requires knowledge, skill and mental development equivalent to completion of four years of college, preferably with courses in biology, environmental science or education";

  it("in a desirable or preferred set: the courses are its fields, and read", () => {
    const read = educationTerm(clause, true);
    expect(read?.term).toMatchObject({
      level: "coursework",
      hours: { amount: 4, unit: "year" },
      fields: ["biology", "environmental science", "education"],
    });
    expect(unmodelledRuns(clause, read?.explained ?? [])).toEqual([
      "knowledge",
      "skill and mental development equivalent",
    ]);
  });

  it("in a minimum: no minimum field, and the words stay named as not modelled", () => {
    const read = educationTerm(clause, false);
    expect(read?.term).toMatchObject({ fields: [] });
    expect(unmodelledRuns(clause, read?.explained ?? [])).toContainEqual(
      expect.stringContaining("preferably"),
    );
  });
});
