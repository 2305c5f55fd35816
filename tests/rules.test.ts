/** Shared rule patterns: the sentence decides, not the heading. */

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { conditionFacts } from "../pipeline/rules/condition.js";
import { probationFacts } from "../pipeline/rules/probation.js";
import {
  educationFacts,
  experienceFacts,
  isRequirementLike,
} from "../pipeline/rules/requirement.js";
import { substitutionFacts } from "../pipeline/rules/substitution.js";
import { ingest } from "../pipeline/run.js";
import { fixture } from "./helpers.js";

describe("requirement patterns", () => {
  it("reads credentials, fields, years and areas", () => {
    expect(
      educationFacts(
        "Graduate of a college or university with a bachelor's degree in civil engineering.",
      ),
    ).toEqual({
      credential: "bachelor",
      field: "civil engineering",
    });
    expect(educationFacts("High school diploma or GED.")).toEqual({ credential: "high-school" });
    expect(
      experienceFacts("Must have four (4) years of experience in auditing or tax examination."),
    ).toEqual({
      years: 4,
      areas: ["auditing", "tax examination"],
    });
    expect(
      experienceFacts("Must have eighteen months of professional social work experience."),
    ).toEqual({
      years: 1.5,
      areas: ["social work"],
    });
  });
});

describe("substitution patterns", () => {
  it("reads what substitutes for what from the sentence", () => {
    expect(
      substitutionFacts(
        "Related technical or vocational training will substitute for the bachelor's degree requirement on a year-for-year basis.",
      ),
    ).toEqual({
      substitute: { category: "training", description: "Related technical or vocational training" },
      target: "education",
      basis: "year-for-year",
    });
    expect(
      substitutionFacts(
        "A master's degree in computer science will substitute for the experience requirement.",
      ),
    ).toMatchObject({
      substitute: { category: "education", credential: "master", field: "computer science" },
      target: "experience",
      basis: "full",
    });
    expect(
      substitutionFacts("Experience may be substituted for the required education."),
    ).toMatchObject({
      target: "education",
      basis: "full",
    });
    expect(
      substitutionFacts("Substitutions are handled by the Personnel Cabinet."),
    ).toBeUndefined();
  });
});

describe("condition patterns", () => {
  it("takes the modality nearest before the subject", () => {
    expect(
      conditionFacts(
        "Employees may be required to travel and must possess a valid driver's license.",
      ),
    ).toEqual([
      { subject: "drivers-license", modality: "required" },
      { subject: "travel", modality: "may-be-required" },
    ]);
    expect(conditionFacts("A valid driver's license is required.")).toEqual([
      { subject: "drivers-license", modality: "required" },
    ]);
    expect(conditionFacts("Performs other duties as assigned.")).toEqual([]);
  });
});

describe("probation", () => {
  it("reads initial and promotional periods in either wording", () => {
    expect(
      probationFacts("This job has an initial and promotional probationary period of 6 months."),
    ).toEqual({
      initialMonths: 6,
      promotionalMonths: 6,
      reference: null,
    });
    expect(
      probationFacts(
        "This job has an initial probationary period of one year and a promotional probationary period of six (6) months.",
      ),
    ).toEqual({ initialMonths: 12, promotionalMonths: 6, reference: null });
  });
});

describe("unread requirements", () => {
  it("warn instead of vanishing", async () => {
    const seed = readFileSync(
      fixture("kentucky/seed-production-specialist-ii.txt"),
      "utf8",
    ).replace(
      "Must have one year of production support experience.",
      "Must have one year of production support experience. Candidates shall demonstrate proficiency to the hiring panel.",
    );
    expect(isRequirementLike("Candidates shall demonstrate proficiency to the hiring panel.")).toBe(
      true,
    );
    const result = await ingest(new TextEncoder().encode(seed), "seed-extra.txt");
    const warning = result.messages.find((message) => message.code === "rule-unrecognized");
    expect(warning?.reason).toContain("Candidates shall demonstrate proficiency");
    expect(warning?.pointer).toBe("/body/minimumRequirements/experience");
    expect(warning?.place?.startLine).toBe(54);
  });
});
