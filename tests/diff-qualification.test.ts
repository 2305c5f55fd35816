/**
 * A changed qualification or credit is reported as what it changes for
 * candidates, and every node of the model (a term's years, areas, level,
 * settings, included part, field; a substitution's credit) gives a change.
 */
import { describe, expect, it } from "vitest";
import { compareDocuments } from "../pipeline/diff/index.js";
import type { Rule } from "../schemas/index.js";
import type { ExperienceTerm, QualificationRule } from "../schemas/qualifications.js";
import { specDoc } from "./diff-helpers.js";

const EXPERIENCE: ExperienceTerm = {
  kind: "experience",
  text: "Must have two years of professional experience in accounting.",
  requirement: "requirement-experience",
  years: 2,
  areas: ["accounting"],
  relatedArea: false,
  level: "professional",
  settings: [],
  includes: [],
};

function qualification(experience: Partial<ExperienceTerm> = {}): QualificationRule {
  return {
    id: "qualification-minimum",
    text: EXPERIENCE.text,
    type: "qualification",
    set: "minimum",
    expression: { kind: "allOf", text: EXPERIENCE.text, items: [{ ...EXPERIENCE, ...experience }] },
  };
}

const MASTER: Extract<Rule, { type: "substitution" }> = {
  id: "substitution-education-for-experience",
  type: "substitution",
  text: "A master's degree in accounting will substitute for the experience requirement.",
  substitute: {
    category: "education",
    credential: "master",
    field: "accounting",
    description: "Master's degree in accounting",
  },
  replaces: "requirement-experience",
  credit: { kind: "full" },
};

function descriptions(before: Rule[], after: Rule[]): string[] {
  const compared = compareDocuments(specDoc(undefined, before), specDoc(undefined, after));
  return compared.changes.flatMap((change) => (change.facts ?? []).map((fact) => fact.description));
}

describe("the diff speaks the qualifications model", () => {
  it("says a changed number of years as years", () => {
    expect(descriptions([qualification()], [qualification({ years: 3 })])).toEqual([
      "Minimum qualifications: experience 2 → 3 years",
    ]);
  });

  it("says a changed credit as what the substitute now gives", () => {
    const amount = {
      ...MASTER,
      credit: { kind: "amount", amount: { amount: 1, unit: "year" } },
    } as const;
    expect(descriptions([MASTER], [amount])).toEqual([
      "Education substitute for requirement-experience: master's degree in accounting now substitutes for 1 year, was in full",
    ]);
  });

  it("gives a change for every node of a term", () => {
    const edits: Array<Partial<ExperienceTerm>> = [
      { areas: ["auditing"] },
      { level: "supervisory" },
      { settings: ["state agency"] },
      { relatedArea: true },
      {
        includes: [
          {
            text: "one year in a supervisory capacity",
            years: 1,
            areas: [],
            level: "supervisory",
            settings: [],
          },
        ],
      },
      {
        narrowedBy: [
          {
            pointer: "/body/notices/0",
            text: "NOTE: Experience must have been gained in a state agency.",
          },
        ],
      },
    ];
    for (const edit of edits)
      expect(
        descriptions([qualification()], [qualification(edit)]),
        JSON.stringify(edit),
      ).toHaveLength(1);
  });
});
