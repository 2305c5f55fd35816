/** What a requirement or substitution warning names as not modelled (pipeline/rules/coverage.ts). */
import { describe, expect, it } from "vitest";
import { unmodelledRuns, unmodelledSubstitution } from "../pipeline/rules/coverage.js";

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
