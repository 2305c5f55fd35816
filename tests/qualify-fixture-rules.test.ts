/**
 * Qualification rules read from real publisher fixtures and small variations
 * of them: a permitted substitution with no amount is `unstated`, never
 * "in full"; a licence the spec requires is a term of the minimum rule, for
 * every publisher (issue 21).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ruleInWords } from "../pipeline/diff/rule-words.js";
import { qualify } from "../pipeline/qualify/index.js";
import { ingest } from "../pipeline/run.js";
import type { SpecDocument, SubstitutionRule } from "../schemas/index.js";
import type { Candidate, QualificationRule, QualificationTerm } from "../schemas/qualifications.js";
import { fixture, REPO } from "./helpers.js";

const TX_FLEET = "publishers/texas/fleet-maintenance-coordinator.txt";
const MILLBROOK = "publishers/neogov/text/millbrook-parks-maintenance-worker-i.txt";
const IL_CONSERVATION = "publishers/illinois/text/conservation-education-coordinator.txt";
const HARLOW = "publishers/generic/harlow-county-road-maintenance-worker.txt";

/** The fixture's text with each [from, to] edit applied once (each must be found). */
async function ingestEdited(
  path: string,
  edits: ReadonlyArray<readonly [string, string]> = [],
): Promise<SpecDocument> {
  let text = readFileSync(fixture(path), "utf8");
  for (const [from, to] of edits) {
    if (!text.includes(from)) throw new Error(`${path} no longer prints "${from}"`);
    text = text.replace(from, to);
  }
  const result = await ingest(new TextEncoder().encode(text), `fixtures/${path}`);
  if (result.status === "failed") throw new Error(`${path}: ${result.error.message}`);
  return result.document;
}

function substitutions(document: SpecDocument): SubstitutionRule[] {
  return document.rules.filter((rule): rule is SubstitutionRule => rule.type === "substitution");
}

function warningsNaming(document: SpecDocument, words: string): string[] {
  return document.diagnostics
    .map((diagnostic) => diagnostic.message)
    .filter((message) => message.replace(/\s+/g, " ").includes(words));
}

describe("a substitution's credit is what its sentence states", () => {
  it("Texas fleet work 'may be substituted for education': unstated, with its warning", async () => {
    const document = await ingestEdited(TX_FLEET);
    const [fleet] = substitutions(document);
    expect(fleet?.text).toMatch(/fleet work may be substituted for education/);
    expect(fleet?.credit).toEqual({ kind: "unstated" });
    expect(warningsNaming(document, "fleet work may be substituted for education")).toContainEqual(
      expect.stringMatching(/no amount and no "in full"/),
    );
  });

  it("the same sentence saying 'in full' is full, and with an amount is that amount", async () => {
    const full = await ingestEdited(TX_FLEET, [
      ["may be substituted for education.", "may be substituted for education in full."],
    ]);
    expect(substitutions(full)[0]?.credit).toEqual({ kind: "full" });
    const amount = await ingestEdited(TX_FLEET, [
      ["may be substituted for education.", "may be substituted for one year of education."],
    ]);
    expect(substitutions(amount)[0]?.credit).toEqual({
      kind: "amount",
      amount: { amount: 1, unit: "year" },
    });
  });
});

describe("the trace of a credit the sentence does not state", () => {
  it("names no amount: the substitute may count, the agency decides (Texas fleet work for education)", async () => {
    const document = await ingestEdited(TX_FLEET);
    const answer = qualify(document, {
      experience: [
        { years: 3, area: "fleet work" },
        { years: 1, area: "automotive repair" },
      ],
      licenses: ["driver's license"],
    });
    expect(answer.answer).toBe("cannot-tell");
    const step = answer.steps.find((entry) => entry.text.includes("fleet work may be substituted"));
    expect(step?.outcome).toBe("unknown");
    expect(step?.message).toMatch(/does not state how much credit it gives/);
    expect(answer.steps.map((entry) => entry.message).join("\n")).not.toMatch(
      /gives \S+ years? of credit/,
    );
  });

  it("against experience: the years still needed, and no credit amount (Washington Seed Bank Technician 2)", () => {
    const spec = JSON.parse(
      readFileSync(join(REPO, "output/publishers/washington/us-wa.class.582m.json"), "utf8"),
    ) as SpecDocument;
    const answer = qualify(spec, {
      education: [{ level: "coursework", field: "botany", semesterHours: 30 }],
      experience: [{ years: 1, area: "greenhouse" }],
    });
    const messages = answer.steps
      .filter((entry) => entry.text.startsWith("College coursework in botany"))
      .map((entry) => entry.message);
    expect(messages).toContain(
      "alternative 2: may count towards the 1 more year of experience in nursery or greenhouse or field botany work needed: the spec does not state how much credit it gives (the agency decides)",
    );
    expect(answer.steps.map((entry) => entry.message).join("\n")).not.toMatch(/of credit/);
  });
});

function setRule(document: SpecDocument, set: string): QualificationRule | undefined {
  return document.rules.find(
    (rule): rule is QualificationRule => rule.type === "qualification" && rule.set === set,
  );
}

/** Every term of a rule, through its groups. */
function termsOf(rule: QualificationRule | undefined): QualificationTerm[] {
  const walk = (item: QualificationRule["expression"]["items"][number]): QualificationTerm[] =>
    item.kind === "allOf" || item.kind === "anyOf" ? item.items.flatMap(walk) : [item];
  return rule ? rule.expression.items.flatMap(walk) : [];
}

const MILLBROOK_CANDIDATE: Candidate = {
  education: [{ level: "high-school" }],
  experience: [{ years: 0.5, area: "landscaping" }],
};

describe("a licence the spec requires is part of the minimum rule", () => {
  it("NEOGOV Millbrook: the licence section's driver's license, needed by appointment", async () => {
    const document = await ingestEdited(MILLBROOK);
    const minimum = setRule(document, "minimum");
    const licence = termsOf(minimum).find((term) => term.kind === "license");
    expect(licence).toMatchObject({ name: "Washington driver's license" });
    expect(licence?.text).toMatch(/by the date of appointment/);
    const index = document.rules.indexOf(minimum as QualificationRule);
    expect(document.provenance[`/rules/${index}/expression/items/2`]?.startLine).toBe(43);
    // Without the licence: it may still be obtained by appointment; with it: qualifies.
    expect(qualify(document, MILLBROOK_CANDIDATE).answer).toBe("cannot-tell");
    expect(
      qualify(document, { ...MILLBROOK_CANDIDATE, licenses: ["Washington driver's license"] })
        .answer,
    ).toBe("qualifies");
  });

  it("a licence needed at once decides; one only preferred does not", async () => {
    const now = await ingestEdited(MILLBROOK, [[" by the date of appointment.", "."]]);
    const answer = qualify(now, MILLBROOK_CANDIDATE);
    expect(answer.answer).toBe("does-not-qualify");
    expect(answer.missing).toContain("needs the licence: Washington driver's license");
    const preferred = await ingestEdited(MILLBROOK, [
      [" by the date of appointment.", " is preferred."],
    ]);
    expect(termsOf(setRule(preferred, "minimum")).map((term) => term.kind)).not.toContain(
      "license",
    );
    expect(termsOf(setRule(preferred, "preferred")).map((term) => term.kind)).toContain("license");
    expect(qualify(preferred, MILLBROOK_CANDIDATE).answer).toBe("qualifies");
  });

  it("a licence with another way to meet it is an anyOf of the licence and that way, warned", async () => {
    const other = await ingestEdited(MILLBROOK, [
      [" by the date of appointment.", " and/or access to transportation."],
    ]);
    const group = setRule(other, "minimum")?.expression.items.find((item) => item.kind === "anyOf");
    expect(group && "items" in group ? group.items.map((item) => item.kind) : []).toEqual([
      "license",
      "text",
    ]);
    expect(warningsNaming(other, "and/or access to transportation")).toContainEqual(
      expect.stringMatching(/not modelled: "access to transportation"/),
    );
    expect(qualify(other, MILLBROOK_CANDIDATE).answer).toBe("cannot-tell");
  });

  it("Illinois: the licence under MINIMUM ACCEPTABLE REQUIREMENTS is a minimum term", async () => {
    const document = await ingestEdited(IL_CONSERVATION);
    const licence = termsOf(setRule(document, "minimum")).find((term) => term.kind === "license");
    expect(licence).toMatchObject({
      name: "driver's license",
      text: "Requires possession of a valid driver's license.",
    });
    const candidate: Candidate = {
      education: [{ level: "bachelor", field: "biology" }],
      experience: [{ years: 1, area: "leading environmental education programs" }],
    };
    const answer = qualify(document, candidate);
    expect(answer.answer).toBe("does-not-qualify");
    expect(answer.deciding.map((step) => step.text)).toContain(
      "Requires possession of a valid driver's license.",
    );
    // A certification in the same place: its own kind, its own name.
    const boat = await ingestEdited(IL_CONSERVATION, [
      [
        "Requires possession of a valid driver's license.",
        "Requires possession of a boat operator certificate.",
      ],
    ]);
    expect(termsOf(setRule(boat, "minimum"))).toContainEqual(
      expect.objectContaining({ kind: "certification", name: "boat operator certificate" }),
    );
  });
});

describe("a joining word is modelled", () => {
  it.each(["text", "html"])(
    "Illinois 49211 (%s): the warning names what is unread, not the 'plus' that joins the terms",
    (form) => {
      const spec = JSON.parse(
        readFileSync(
          join(REPO, `output/publishers/illinois/${form}/us-il.class.49211.json`),
          "utf8",
        ),
      ) as SpecDocument;
      const [warning] = warningsNaming(spec, "completion of high school, plus one year");
      expect(warning).toMatch(
        /not modelled: "knowledge", "skill and mental development equivalent to completion"$/,
      );
      expect(termsOf(setRule(spec, "desirable")).map((term) => term.kind)).toEqual([
        "education",
        "experience",
      ]);
    },
  );
});

describe("the four clauses once kept as text are terms (issue 21)", () => {
  it("Texas 'Experience in X.' with no amount: some experience, any amount (and not with a verb)", async () => {
    const document = await ingestEdited(TX_FLEET);
    const experience = termsOf(setRule(document, "minimum")).find(
      (term) => term.kind === "experience",
    );
    expect(experience).toMatchObject({
      years: 0,
      amountUnstated: true,
      areas: ["automotive repair", "fleet operations", "equipment maintenance"],
    });
    const answer = qualify(document, {
      education: [{ level: "high-school" }],
      licenses: ["driver's license"],
    });
    expect(answer.answer).toBe("does-not-qualify");
    expect(answer.missing).toContain(
      "needs some experience in automotive repair or fleet operations or equipment maintenance (the spec states no amount)",
    );
    // Two years printed: an amount, not "some".
    const amount = await ingestEdited(TX_FLEET, [
      ["Experience in automotive repair", "Two years of experience in automotive repair"],
    ]);
    const read = termsOf(setRule(amount, "minimum")).find((term) => term.kind === "experience");
    expect(read).toMatchObject({ years: 2 });
    expect(read && "amountUnstated" in read).toBe(false);
  });

  it("Washington 'One year as a Seed Bank Technician 1': the class title, named in full", () => {
    const spec = JSON.parse(
      readFileSync(join(REPO, "output/publishers/washington/us-wa.class.582m.json"), "utf8"),
    ) as SpecDocument;
    expect(termsOf(setRule(spec, "minimum"))[0]).toMatchObject({
      kind: "experience",
      years: 1,
      areas: ["Seed Bank Technician 1"],
      asClass: true,
    });
    const held = (area: string) => qualify(spec, { experience: [{ years: 1, area }] }).answer;
    expect(held("Seed Bank Technician 1")).toBe("qualifies");
    expect(held("seed bank technician 1")).toBe("qualifies");
    expect(held("Seed Bank Technician")).toBe("does-not-qualify");
    expect(held("Seed Bank Technician 12")).toBe("does-not-qualify");
    // The trace says time in the class "as a" Seed Bank Technician 1, not "in" it.
    const half = qualify(spec, { experience: [{ years: 0.5, area: "Seed Bank Technician 1" }] });
    expect(half.steps.map((step) => step.message)).toContainEqual(
      expect.stringMatching(
        /has 0\.5 years of experience as a Seed Bank Technician 1 of the 1 year/,
      ),
    );
    expect(half.missing).toContainEqual(
      expect.stringMatching(/needs 0\.5 more years of experience as a Seed Bank Technician 1$/),
    );
  });

  it("generic Harlow: when no alternative is met, each alternative's steps say which they are of", () => {
    const spec = JSON.parse(
      readFileSync(
        join(REPO, "output/publishers/generic/unknown.class.road-maintenance-worker-4410.json"),
        "utf8",
      ),
    ) as SpecDocument;
    const answer = qualify(spec, {
      education: [{ level: "high-school", grade: 9 }],
      experience: [{ years: 0.5, area: "construction" }],
    });
    const grade = answer.steps.filter((step) => step.text === "Completion of the tenth grade");
    expect(grade.map((step) => step.message)).toEqual([
      "alternative 1: does not hold the tenth grade",
      "alternative 2: does not hold the tenth grade",
    ]);
    // The deciding steps are the labelled ones.
    expect(answer.deciding.every((step) => step.message.startsWith("alternative "))).toBe(true);
  });

  it("Illinois 'two years of college with courses in …': coursework by the year, in those fields", async () => {
    const document = await ingestEdited(IL_CONSERVATION);
    expect(termsOf(setRule(document, "minimum"))[0]).toMatchObject({
      kind: "education",
      level: "coursework",
      fields: ["biology", "ecology", "education"],
      hours: { amount: 2, unit: "year" },
    });
    const rest = {
      experience: [{ years: 1, area: "leading environmental education programs" }],
      licenses: ["driver's license"],
    };
    const at = (semesterHours: number) =>
      qualify(document, {
        ...rest,
        education: [{ level: "coursework", field: "biology", semesterHours }],
      });
    expect(at(60).answer).toBe("qualifies");
    expect(at(59).answer).toBe("does-not-qualify");
    expect(at(59).missing).toContain("needs 1 more semester hour of college");
    expect(at(60).steps.map((step) => step.message)).toContain(
      "2 years of college counted as 60 semester hours (30 a year; the spec does not print it)",
    );
  });

  it("the generic 'tenth grade …; or any equivalent combination': the grade, and the combination apart", () => {
    const spec = JSON.parse(
      readFileSync(
        join(REPO, "output/publishers/generic/unknown.class.road-maintenance-worker-4410.json"),
        "utf8",
      ),
    ) as SpecDocument;
    const minimum = setRule(spec, "minimum");
    expect(minimum?.expression.kind).toBe("anyOf");
    expect(termsOf(minimum)).toContainEqual(
      expect.objectContaining({ kind: "education", level: "high-school", grade: 10 }),
    );
    expect(termsOf(minimum).at(-1)).toEqual({
      kind: "text",
      text: "or any equivalent combination of education and experience.",
    });
    // The licence "within six months of hire": held, or the sentence as text, each its own way in.
    const ways = minimum?.expression.items ?? [];
    expect(ways).toHaveLength(3);
    expect(warningsNaming(spec, "alternatives inside an alternative")).toEqual([]);
    const candidate = (grade: number): Candidate => ({
      education: [{ level: "high-school", grade }],
      experience: [{ years: 1, area: "construction" }],
      licenses: ["commercial driver's license"],
    });
    expect(qualify(spec, candidate(10)).answer).toBe("qualifies");
    expect(qualify(spec, candidate(9)).answer).toBe("cannot-tell");
  });

  it.each([
    ["fifth", 5],
    ["eighth", 8],
  ] as const)(
    "Harlow asking the %s grade: read as that grade, worded by its ordinal in the trace and the diff",
    async (ordinal, grade) => {
      const document = await ingestEdited(HARLOW, [
        ["Completion of the tenth grade", `Completion of the ${ordinal} grade`],
      ]);
      const minimum = setRule(document, "minimum");
      expect(termsOf(minimum)).toContainEqual(
        expect.objectContaining({ kind: "education", level: "high-school", grade }),
      );
      expect(minimum && ruleInWords(minimum, document.rules)).toContain(
        `completion of the ${ordinal} grade and 1 year of experience`,
      );
      const candidate = (completed: number): Candidate => ({
        education: [{ level: "high-school", grade: completed }],
        experience: [{ years: 1, area: "construction" }],
        licenses: ["commercial driver's license"],
      });
      const held = qualify(document, candidate(grade));
      expect(held.answer).toBe("qualifies");
      expect(held.steps.map((step) => step.message)).toContain(`holds the ${ordinal} grade`);
      const short = qualify(document, candidate(grade - 1));
      expect(short.steps.map((step) => step.message)).toContain(
        `alternative 1: does not hold the ${ordinal} grade`,
      );
      // A grade is never worded by its number before "grade" ("5 grade").
      expect(JSON.stringify([held, short])).not.toMatch(/\b\d+ grade\b/);
    },
  );

  it("Texas 'Experience and education may be substituted for one another': education for the experience, unstated", () => {
    const spec = JSON.parse(
      readFileSync(join(REPO, "output/publishers/texas/us-tx.class.2614.json"), "utf8"),
    ) as SpecDocument;
    // The spec states no education requirement: experience for it replaces nothing, and is warned.
    expect(substitutions(spec).map((rule) => [rule.id, rule.replaces, rule.credit.kind])).toEqual([
      ["substitution-education-for-experience", "requirement-experience", "unstated"],
    ]);
    expect(warningsNaming(spec, "substituted for one another")).toContainEqual(
      expect.stringMatching(/each credit is kept as unstated/),
    );
    expect(warningsNaming(spec, "substituted for one another")).toContainEqual(
      expect.stringMatching(
        /^Substitution for a requirement the minimum qualifications do not state \(requirement-education\)/,
      ),
    );
    expect(
      spec.diagnostics.filter((diagnostic) => diagnostic.code === "rule-unrecognized"),
    ).toEqual([]);
  });
});
