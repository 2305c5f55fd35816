/** Shared rule patterns: the sentence decides, not the heading. */

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { conditionFacts } from "../pipeline/rules/condition.js";
import { probationFacts } from "../pipeline/rules/probation.js";
import {
  educationFacts,
  experienceFacts,
  isRequirementLike,
  licenseFacts,
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
  const YEAR_FOR_YEAR = {
    kind: "rate",
    give: { amount: 1, unit: "year" },
    get: { amount: 1, unit: "year" },
  };

  it("reads what substitutes for what from the sentence", () => {
    const training = substitutionFacts(
      "Related technical or vocational training will substitute for the bachelor's degree requirement on a year-for-year basis.",
    );
    expect(training?.substitute).toEqual({
      category: "training",
      areas: ["technical", "vocational"],
      description: "Related technical or vocational training",
    });
    expect(training?.target).toBe("education");
    expect(training?.credit.credit).toEqual(YEAR_FOR_YEAR);
    const master = substitutionFacts(
      "A master's degree in computer science will substitute for the experience requirement.",
    );
    expect(master).toMatchObject({
      substitute: { category: "education", credential: "master", field: "computer science" },
      target: "experience",
    });
    expect(master?.credit.credit).toEqual({ kind: "full" });
    const any = substitutionFacts("Experience may be substituted for the required education.");
    expect(any?.target).toBe("education");
    // A permission with no amount: how much the experience counts for is not printed.
    expect(any?.credit.credit).toEqual({ kind: "unstated" });
    expect(any?.credit.unclear).toMatch(/no amount and no "in full"/);
    expect(
      substitutionFacts("Experience may be substituted for the required education in full.")?.credit
        .credit,
    ).toEqual({ kind: "full" });
    expect(
      substitutionFacts("Experience will substitute for the required education.")?.credit.credit,
    ).toEqual({ kind: "full" });
    expect(
      substitutionFacts("Substitutions are handled by the Personnel Cabinet."),
    ).toBeUndefined();
  });

  it("reads the exact credit: a printed rate, an amount for an amount, a cap, one amount, in full", () => {
    expect(
      substitutionFacts(
        "College coursework will substitute for the required experience on a year-for-year basis (thirty (30) semester hours equal one year).",
      )?.credit.credit,
    ).toEqual({
      kind: "rate",
      give: { amount: 30, unit: "semester-hour" },
      get: { amount: 1, unit: "year" },
    });
    const forestry = substitutionFacts(
      "Six (6) months of experience in forestry will substitute for fifteen (15) semester hours of the required education.",
    );
    expect(forestry?.substitute.areas).toEqual(["forestry"]);
    expect(forestry?.credit.credit).toEqual({
      kind: "rate",
      give: { amount: 6, unit: "month" },
      get: { amount: 15, unit: "semester-hour" },
    });
    expect(
      substitutionFacts(
        "Clerical experience will substitute for the high school diploma at the rate of one year for each year of high school.",
      )?.credit.credit,
    ).toEqual(YEAR_FOR_YEAR);
    expect(
      substitutionFacts(
        "Each 30 semester hours of college coursework will substitute for one year of the required experience, up to a maximum of two years.",
      )?.credit.credit,
    ).toEqual({
      kind: "rate",
      give: { amount: 30, unit: "semester-hour" },
      get: { amount: 1, unit: "year" },
      cap: { amount: 2, unit: "year" },
    });
    expect(
      substitutionFacts(
        "Thirty (30) semester hours of college coursework will substitute for six (6) months of the required experience.",
      )?.credit.credit,
    ).toEqual({
      kind: "rate",
      give: { amount: 30, unit: "semester-hour" },
      get: { amount: 6, unit: "month" },
    });
    // An amount traded for a whole credential counts in full, with the amount it takes.
    const ged = substitutionFacts("Six months of clerical experience will substitute for the GED.");
    expect(ged?.credit.credit).toEqual({ kind: "full" });
    expect(ged?.substitute.amount).toEqual({ amount: 6, unit: "month" });
    // A credential traded for an amount counts once, for that amount only.
    expect(
      substitutionFacts(
        "A master's degree will substitute for one year of the required experience.",
      )?.credit.credit,
    ).toEqual({ kind: "amount", amount: { amount: 1, unit: "year" } });
  });

  it("keeps a credit it cannot read as unstated, with the reason", () => {
    const hours = substitutionFacts(
      "Training will substitute for the required education on an hour-for-hour basis.",
    );
    expect(hours?.credit.credit).toEqual({ kind: "unstated" });
    expect(hours?.credit.unclear).toContain("basis");
    const rate = substitutionFacts(
      "Experience will substitute for the required education at the rate of the agency's choosing.",
    );
    expect(rate?.credit.credit).toEqual({ kind: "unstated" });
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

  it("reads 'subject to' as required, 'may be subject to' as may, and an age minimum", () => {
    expect(
      conditionFacts("Applicants and employees will be subject to a drug screening test."),
    ).toEqual([{ subject: "drug-screening", modality: "required" }]);
    expect(conditionFacts("Applicants may be subject to a criminal background check.")).toEqual([
      { subject: "background-check", modality: "may-be-required" },
    ]);
    expect(conditionFacts("Must be at least twenty-one (21) years of age.")).toEqual([
      { subject: "age", modality: "required" },
    ]);
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
    expect(
      probationFacts(
        "This job has a twelve (12) month initial probationary period and a six (6) month promotional probationary period.",
      ),
    ).toEqual({ initialMonths: 12, promotionalMonths: 6, reference: null });
    expect(
      probationFacts(
        "The initial probationary period for this job is one (1) year and the promotional probationary period is six (6) months.",
      ),
    ).toEqual({ initialMonths: 12, promotionalMonths: 6, reference: null });
  });
});

describe("licences in EDUCATION", () => {
  it("are requirements of their own category, unless the sentence names a degree", () => {
    expect(
      licenseFacts(
        "Must possess a current license to practice as a Licensed Practical Nurse in Kentucky.",
      ),
    ).toEqual({ category: "license", credential: "license" });
    expect(licenseFacts("Must be certified as an Emergency Medical Technician.")).toEqual({
      category: "certification",
    });
    expect(licenseFacts("Graduate of a licensed practical nursing program.")).toBeUndefined();
    expect(
      licenseFacts("An associate degree in nursing and a license as a registered nurse."),
    ).toBeUndefined();
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
    expect(warning?.message).toContain("Candidates shall demonstrate proficiency");
    expect(warning?.pointer).toBe("/body/qualifications/minimum/experience");
    expect(warning?.place?.startLine).toBe(54);
  });
});
