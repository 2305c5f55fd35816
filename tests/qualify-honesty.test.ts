/**
 * Honesty of the qualifications model, across every class-spec output:
 * every requirement sentence of every set (minimum, desirable, preferred; its
 * paragraphs, fields and alternatives) is a term of its qualification rule (a `text`
 * term when nothing reads it), and either a warning names it or every word
 * of it lands in its term (checked here with a word list of this test's own,
 * not the extractor's coverage code); no substitution holds a credit its
 * sentence does not print.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { splitSentences } from "../pipeline/shared/sentences.js";
import type { SpecDocument, SubstitutionRule } from "../schemas/index.js";
import type { Amount, QualificationTerm } from "../schemas/qualifications.js";
import { REPO, termsOf } from "./helpers.js";

function outputs(folder: string): string[] {
  return readdirSync(join(REPO, folder)).flatMap((name) => {
    const path = `${folder}/${name}`;
    if (statSync(join(REPO, path)).isDirectory()) return outputs(path);
    return name.endsWith(".json") && name.startsWith("us-") ? [path] : [];
  });
}

const SPECS = outputs("output")
  .filter((path) => !path.startsWith("output/revisions/"))
  .map((path) => ({
    path,
    document: JSON.parse(readFileSync(join(REPO, path), "utf8")) as SpecDocument,
  }))
  .filter(({ document }) => document.kind === "class-spec");

/** Words that carry no condition of their own in a requirement sentence. */
const FUNCTION_WORDS = new Set(
  "must have possess possession requires completion courses of a an the in or and with as to graduate college university accredited school degree diploma year years years' month months experience including capacity setting for required field related closely high ged bachelor's master's associate certificate license licensed current technical practice".split(
    " ",
  ),
);
const NUMBER_WORDS: Readonly<Record<string, string>> = {
  one: "1",
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "0.5",
  twelve: "1",
};

/** The same counts as months, in years ("three months" is 0.25). */
const MONTH_WORDS: Readonly<Record<string, string>> = { three: "0.25", nine: "0.75" };

function warned(document: SpecDocument, sentence: string): boolean {
  return document.diagnostics.some(
    (diagnostic) =>
      (diagnostic.code === "rule-partial" || diagnostic.code === "rule-unrecognized") &&
      diagnostic.message.includes(sentence),
  );
}

/** The words of `sentence` no value of its terms holds. */
function unheld(sentence: string, terms: readonly QualificationTerm[]): string[] {
  const held = JSON.stringify(terms.map(({ text: _text, ...values }) => values)).toLowerCase();
  return (sentence.toLowerCase().match(/[a-z0-9'-]+/g) ?? []).filter(
    (word) =>
      !FUNCTION_WORDS.has(word) &&
      !held.includes(word) &&
      !held.includes(NUMBER_WORDS[word] ?? "\u0000") &&
      !held.includes(MONTH_WORDS[word] ?? "\u0000") &&
      !/^\d+$/.test(word),
  );
}

describe("every requirement sentence is modelled or warned", () => {
  it("reads the class-spec outputs", () => {
    expect(SPECS.length).toBeGreaterThanOrEqual(12);
  });

  for (const { path, document } of SPECS) {
    if (document.kind !== "class-spec") continue;
    it(path, () => {
      const terms = termsOf(document);
      const { qualifications } = document.body;
      const substitutions = document.rules.flatMap((rule) =>
        rule.type === "substitution" ? [rule.text] : [],
      );
      for (const set of [
        qualifications.minimum,
        qualifications.desirable,
        qualifications.preferred,
      ]) {
        if (!set) continue;
        const printedSubstitutions = set.substitutions.map((substitution) => substitution.text);
        for (const sentence of [
          ...splitSentences(set.education ?? ""),
          ...splitSentences(set.experience ?? ""),
          // The printed text repeats the alternatives with their "Either"/"or" words: read them instead.
          ...(set.alternatives.length > 0 ? [] : splitSentences(set.text ?? "")).filter(
            (sentence) => REQUIREMENT.test(sentence),
          ),
          ...set.alternatives.flatMap((alternative) =>
            splitSentences(alternative).map((sentence) =>
              sentence.replace(/^\s*(?:education|experience|training)\s*:\s*/i, ""),
            ),
          ),
        ]) {
          if (/^none\.?$/i.test(sentence.trim())) continue;
          // A substitution printed among the requirements is its substitution rule (checked below), or warned.
          if (
            printedSubstitutions.some((text) => text.includes(sentence)) &&
            (substitutions.includes(sentence) || warned(document, sentence))
          )
            continue;
          checkSentence(document, terms, sentence);
        }
      }
    });
  }
});

/** A sentence printed among the qualifications that states something a candidate must have. */
const REQUIREMENT =
  /\b(?:years?|months?|degree|diploma|high school|GED|experience|licen[sc]e|certifi\w*|graduat\w*|completion)\b/i;

function checkSentence(
  document: SpecDocument,
  terms: readonly QualificationTerm[],
  sentence: string,
): void {
  const own = terms.filter((term) => term.text === sentence || sentence.includes(term.text));
  expect(own.length, `no term for "${sentence}"`).toBeGreaterThan(0);
  if (warned(document, sentence)) return;
  expect(
    own.every((term) => term.kind !== "text"),
    sentence,
  ).toBe(true);
  expect(unheld(sentence, own), sentence).toEqual([]);
}

const AMOUNT_WORDS: Readonly<Record<number, readonly string[]>> = {
  1: ["one", "1", "each", "year-for-year", "month-for-month", "year for year", "a "],
  2: ["two", "2"],
  6: ["six", "6"],
  15: ["fifteen", "15"],
  30: ["thirty", "30"],
  60: ["sixty", "60"],
};

function printed(sentence: string, amount: Amount): boolean {
  const words = AMOUNT_WORDS[amount.amount] ?? [String(amount.amount)];
  const lower = sentence.toLowerCase();
  return words.some((word) => lower.includes(word));
}

function amountsOf(rule: SubstitutionRule): Amount[] {
  const { credit } = rule;
  if (credit.kind === "amount") return [credit.amount];
  if (credit.kind === "rate") return [credit.give, credit.get, ...(credit.cap ? [credit.cap] : [])];
  return [];
}

describe("no substitution holds a credit its sentence does not state", () => {
  for (const { path, document } of SPECS) {
    it(path, () => {
      for (const rule of document.rules) {
        if (rule.type !== "substitution") continue;
        for (const amount of amountsOf(rule))
          expect(printed(rule.text, amount), rule.text).toBe(true);
        // "... will substitute for one year of the required experience" is never "in full".
        const target = rule.text.split(/\bsubstitute(?:d)?\s+for\b/i)[1] ?? "";
        if (/\b(?:one|two|three|four|\d+)\b.*\b(?:years?|months?|hours?)\b/i.test(target))
          expect(rule.credit.kind, rule.text).not.toBe("full");
        // "... may be substituted for education" permits; it is full only when it says so.
        if (/\bmay\b/i.test(rule.text) && !/\bin full\b|\bentire\b/i.test(rule.text))
          expect(rule.credit.kind, rule.text).not.toBe("full");
        if (rule.credit.kind === "unstated")
          expect(warned(document, rule.text), rule.text).toBe(true);
      }
    });
  }
});
