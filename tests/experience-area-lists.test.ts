/**
 * Heads that share one object ("reviewing or administering grants or
 * contracts", "maintenance or operation of water control structures") read as
 * one area per head and object, never a bare head that unrelated experience
 * meets; a clause after the area and whom the work was done for are no area.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { qualify } from "../pipeline/qualify/index.js";
import { experienceAreas } from "../pipeline/rules/area-lists.js";
import { experienceFacts } from "../pipeline/rules/requirement.js";
import { substitutionFacts } from "../pipeline/rules/substitution.js";
import { experienceTerm } from "../pipeline/rules/terms.js";
import { SpecDocument } from "../schemas/index.js";
import { Candidate } from "../schemas/qualifications.js";
import { REPO } from "./helpers.js";

describe("experienceAreas", () => {
  it("distributes an object over gerund heads, and each listed object", () => {
    expect(experienceAreas("reviewing or administering grants or contracts").areas).toEqual([
      "reviewing grants",
      "reviewing contracts",
      "administering grants",
      "administering contracts",
    ]);
    expect(experienceAreas("auditing, reviewing or administering grants").areas).toEqual([
      "auditing grants",
      "reviewing grants",
      "administering grants",
    ]);
  });

  it("distributes an 'of' object over noun heads", () => {
    expect(experienceAreas("maintenance or operation of water control structures").areas).toEqual([
      "maintenance of water control structures",
      "operation of water control structures",
    ]);
    expect(experienceAreas("maintenance or repair of dams or levees").areas).toEqual([
      "maintenance of dams",
      "maintenance of levees",
      "repair of dams",
      "repair of levees",
    ]);
  });

  it("gives a gerund no object before 'experience'", () => {
    expect(experienceAreas("bookkeeping or accounting clerical", false).areas).toEqual([
      "bookkeeping",
      "accounting clerical",
    ]);
  });

  it("keeps lists of whole areas as they are", () => {
    expect(experienceAreas("accounting, auditing or finance")).toEqual({
      areas: ["accounting", "auditing", "finance"],
      unsure: false,
    });
    expect(experienceAreas("budgeting or grant management").areas).toEqual([
      "budgeting",
      "grant management",
    ]);
    expect(experienceAreas("administering grants, or accounting").areas).toEqual([
      "administering grants",
      "accounting",
    ]);
  });

  it("keeps a head it cannot give an object as part of one whole area, unsure", () => {
    expect(experienceAreas("maintenance or a range of services")).toEqual({
      areas: ["maintenance or a range of services"],
      unsure: true,
    });
    expect(experienceAreas("inspection, quality control or scale repair").areas).toEqual([
      "inspection",
      "quality control",
      "scale repair",
    ]);
  });

  it("distributes an 'of' object over heads of several words ending in an action noun", () => {
    expect(experienceAreas("the direct care, custody or supervision of youth").areas).toEqual([
      "direct care of youth",
      "custody of youth",
      "supervision of youth",
    ]);
    expect(experienceAreas("maintenance or heavy repair of dams").areas).toEqual([
      "maintenance of dams",
      "heavy repair of dams",
    ]);
    // Heads that are no action nouns keep their own meaning: no "accounting of contracts".
    expect(experienceAreas("accounting, auditing or review of contracts").areas).toEqual([
      "accounting",
      "auditing",
      "review of contracts",
    ]);
  });

  it("gives adjectives the noun they share, and a leading gerund to each", () => {
    expect(experienceAreas("leading outdoor or environmental education programs")).toEqual({
      areas: ["leading outdoor education programs", "leading environmental education programs"],
      unsure: false,
    });
    expect(experienceAreas("public, private or nonprofit social service agencies").areas).toEqual([
      "public social service agencies",
      "private social service agencies",
      "nonprofit social service agencies",
    ]);
    expect(experienceAreas("elementary or secondary school teaching").areas).toEqual([
      "elementary school teaching",
      "secondary school teaching",
    ]);
    // A noun is no adjective: "history" keeps its own area beside "political science".
    expect(experienceAreas("history or political science").areas).toEqual([
      "history",
      "political science",
    ]);
    // "customer" is no adjective: clerical work and customer service are two areas.
    expect(experienceAreas("clerical or customer service").areas).toEqual([
      "clerical",
      "customer service",
    ]);
    expect(experienceAreas("technical or vocational", false).areas).toEqual([
      "technical",
      "vocational",
    ]);
  });

  it("keeps adjectives with no noun after them as listed", () => {
    expect(experienceAreas("regional, municipal or local").areas).toEqual([
      "regional",
      "municipal",
      "local",
    ]);
  });
});

describe("the requirement and substitution rules split areas the same way", () => {
  it("a requirement rule keeps each setting with the activity, never a setting as an area", () => {
    expect(
      experienceFacts(
        "Six months of experience leading groups in an outdoor, museum or classroom setting.",
      )?.areas,
    ).toEqual([
      "leading groups in an outdoor setting",
      "leading groups in a museum setting",
      "leading groups in a classroom setting",
    ]);
  });

  it("a substitute's experience shares its object and its noun", () => {
    const care = substitutionFacts(
      "Experience in the direct care, custody or supervision of youth may be substituted for the required education on a year-for-year basis.",
    );
    expect(care?.substitute.areas).toEqual([
      "direct care of youth",
      "custody of youth",
      "supervision of youth",
    ]);
    const programs = substitutionFacts(
      "Experience leading outdoor or environmental education programs will substitute for the required college on a year-for-year basis.",
    );
    expect(programs?.substitute.areas).toEqual([
      "leading outdoor education programs",
      "leading environmental education programs",
    ]);
  });
});

describe("experienceTerm", () => {
  it("leaves a clause qualifying the area out of it (and so unexplained)", () => {
    const sentence =
      "Three years of experience in the maintenance or operation of water control structures, one year of which was at the level of Waterways Technician I.";
    const read = experienceTerm(sentence);
    expect(read?.term.areas).toEqual([
      "maintenance of water control structures",
      "operation of water control structures",
    ]);
    expect(read?.explained.join(" ")).not.toMatch(/Waterways Technician I|one year of which/);
  });

  it("reads whom the work was done for as a setting", () => {
    const read = experienceTerm("Three months of experience as a lookout for a public agency.");
    expect(read?.term.areas).toEqual(["lookout"]);
    expect(read?.term.settings).toEqual(["public agency"]);
    expect(read?.term.years).toBe(0.25);
    const county = experienceTerm("One year of experience as a clerk for the county.");
    expect(county?.term).toMatchObject({ areas: ["clerk"], settings: ["county"] });
  });

  it("names a whole area kept unsure as not explained", () => {
    const read = experienceTerm("Two years of experience in maintenance or a range of services.");
    expect(read?.term.areas).toEqual(["maintenance or a range of services"]);
    expect(read?.explained).toEqual(["Two years"]);
  });

  it("reads a setting apart from the activity it is shared by", () => {
    const read = experienceTerm(
      "Six months of experience leading groups in an outdoor, museum or classroom setting.",
    );
    expect(read?.term).toMatchObject({
      areas: ["leading groups"],
      settings: ["outdoor", "museum", "classroom"],
    });
  });
});

function spec(path: string): SpecDocument {
  return SpecDocument.parse(JSON.parse(readFileSync(join(REPO, path), "utf8")));
}

describe("the publishers' fixtures, evaluated", () => {
  const grants = spec("output/publishers/washington/us-wa.class.471q.json");
  const lookout = spec("output/publishers/california/us-ca.class.1942.json");
  const degree = { level: "bachelor" as const, field: "business" };

  it("a grants analyst's experience counts only where it is with grants or contracts", () => {
    const menus = Candidate.parse({
      education: [degree],
      experience: [{ years: 2, area: "reviewing restaurant menus" }],
    });
    expect(qualify(grants, menus).answer).toBe("does-not-qualify");
    const contracts = Candidate.parse({
      education: [degree],
      experience: [{ years: 2, area: "reviewing contracts" }],
    });
    expect(qualify(grants, contracts).answer).toBe("qualifies");
  });

  it("a fire lookout's public-agency setting decides", () => {
    const agency = Candidate.parse({
      experience: [{ years: 1, area: "fire lookout", setting: "public agency" }],
    });
    expect(qualify(lookout, agency).answer).toBe("qualifies");
    const ranch = Candidate.parse({
      experience: [{ years: 1, area: "fire lookout", setting: "private ranch" }],
    });
    expect(qualify(lookout, ranch).answer).not.toBe("qualifies");
  });
});

describe("the Illinois Waterways Technician desirable requirements", () => {
  const forms = ["text", "html"] as const;
  const termsOf = (document: SpecDocument) =>
    document.rules.flatMap((rule) =>
      rule.type === "qualification" && rule.set === "desirable" && rule.expression.kind === "allOf"
        ? rule.expression.items
        : [],
    );

  it.each(forms)("49211 (%s): high school and the distributed areas", (form) => {
    const document = spec(`output/publishers/illinois/${form}/us-il.class.49211.json`);
    const terms = termsOf(document);
    expect(terms.map((term) => term.kind)).toEqual(["education", "experience"]);
    expect(terms[0]).toMatchObject({ level: "high-school" });
    expect(terms[1]).toMatchObject({
      years: 1,
      areas: ["maintenance of water control structures", "operation of water control structures"],
    });
    const partial = document.diagnostics.find(
      (diagnostic) =>
        diagnostic.code === "rule-partial" && diagnostic.message.includes("high school"),
    );
    expect(partial?.message).toContain('"skill and mental development equivalent to completion"');
  });

  it.each(forms)("49212 (%s): the Technician I year makes the sentence warned text", (form) => {
    const document = spec(`output/publishers/illinois/${form}/us-il.class.49212.json`);
    expect(termsOf(document).map((term) => term.kind)).toEqual(["text"]);
    expect(
      document.diagnostics.some(
        (diagnostic) =>
          diagnostic.code === "rule-partial" &&
          diagnostic.message.includes(
            "one year of which was at the level of Waterways Technician I",
          ),
      ),
    ).toBe(true);
  });
});
