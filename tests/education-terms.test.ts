/** Education sentences the generic reader brings from other publishers read as terms. */
import { describe, expect, it } from "vitest";
import { educationTerm } from "../pipeline/rules/terms.js";

describe("educationTerm", () => {
  it("reads completion of the twelfth grade as high school", () => {
    expect(educationTerm("Equivalent to completion of the twelfth grade.")?.term.level).toBe(
      "high-school",
    );
  });

  it("reads no level from a sentence that names none", () => {
    expect(educationTerm("Completion of a training program in park safety.")).toBeUndefined();
  });
});
