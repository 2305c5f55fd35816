/**
 * The 2.1.0 qualification fields in the diff's words: a school grade, an
 * experience with no amount stated, years of college, class titles served
 * in. Each shows, so a change to it is visible (before and after differ).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diffDocuments } from "../pipeline/diff/index.js";
import { ruleInWords } from "../pipeline/diff/rule-words.js";
import type { SpecDocument } from "../schemas/index.js";
import { allChanges } from "./diff-helpers.js";
import { REPO, termsOf } from "./helpers.js";

const STORED = "output/publishers";

const read = (path: string): string => readFileSync(join(REPO, STORED, path), "utf8");
const parse = (json: string) => JSON.parse(json) as SpecDocument;

/** The document's qualification rules in words. */
function qualificationWords(path: string): string[] {
  const document = parse(read(path));
  return document.rules
    .filter((rule) => rule.type === "qualification")
    .map((rule) => ruleInWords(rule, document.rules));
}

/** Every fact description of a diff, in order. */
function descriptions(before: SpecDocument, after: SpecDocument): string[] {
  const report = diffDocuments(before, after);
  const all = [...allChanges(report), ...(report.documents[0]?.parseDifferences ?? [])];
  return all.flatMap((change) => (change.facts ?? []).map((fact) => fact.description));
}

describe("qualification terms in the diff's words", () => {
  it("says a school grade short of graduating, and a change of it", () => {
    const path = "generic/unknown.class.road-maintenance-worker-4410.json";
    const [minimum] = qualificationWords(path);
    expect(minimum).toContain("completion of the tenth grade and 1 year of experience");
    expect(minimum).not.toContain("high school diploma");
    const json = read(path);
    const eighth = json
      .replaceAll("tenth grade", "eighth grade")
      .replaceAll('"grade": 10', '"grade": 8');
    const [change] = descriptions(parse(json), parse(eighth));
    expect(change).toContain("completion of the tenth grade → completion of the eighth grade");
  });

  it("says experience with no amount stated, not 0 years", () => {
    const [minimum] = qualificationWords("texas/us-tx.class.2614.json");
    expect(minimum).toContain(
      "experience in hydrology or water resource planning or permit review (no amount stated)",
    );
    expect(minimum).not.toContain("0 years");
  });

  it("says years of college with the coursework, and a change of them", () => {
    const path = "illinois/html/us-il.class.39751.json";
    const [desirable] = qualificationWords(path);
    expect(desirable).toBe(
      "desirable: college coursework in agronomy or botany or biology (2 years of college)",
    );
    const json = read(path);
    const four = parse(json.replaceAll("two years of college", "four years of college"));
    for (const term of termsOf(four))
      if (term.kind === "education" && term.hours) term.hours.amount = 4;
    expect(descriptions(parse(json), four).join("\n")).toContain(
      "(2 years of college) → college coursework in agronomy or botany or biology (4 years of college)",
    );
  });

  it("says experience served in a class as that class, and a change of it", () => {
    const path = "washington/us-wa.class.582m.json";
    const [minimum] = qualificationWords(path);
    expect(minimum).toContain("1 year of experience as a Seed Bank Technician 1");
    const json = read(path);
    const inAreas = parse(json);
    for (const term of termsOf(inAreas)) if (term.kind === "experience") delete term.asClass;
    expect(descriptions(parse(json), inAreas).join("\n")).toContain(
      "experience areas as a Seed Bank Technician 1 → Seed Bank Technician 1",
    );
  });

  it("says a setting with the article its first word takes", () => {
    const words = qualificationWords("california/us-ca.class.0917.json").join("\n");
    expect(words).toContain("in an outdoor or museum or classroom setting");
    expect(words).not.toContain("in a outdoor");
  });
});
