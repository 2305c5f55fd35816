/**
 * Substitution sentences -> what substitutes for what. The sentence decides,
 * not the heading it sits under: Kentucky's "Substitute EDUCATION for
 * EXPERIENCE" can hold a sentence substituting training for the degree.
 */
import type { Credential, RequirementCategory, SubstitutionRule } from "../../schemas/index.js";
import { experienceAreas } from "./area-lists.js";
import { credentialIn, fieldIn } from "./credentials.js";
import { type CreditFacts, creditOf } from "./credit.js";
import { areaAfterExperience, areaToEnd } from "./experience-areas.js";
import { substitutesParts } from "./substitutes.js";
import { experienceLevelIn, stripModifiers } from "./terms.js";

/** "Each year of X will substitute for ..." : the subject's own words start after it. */
const EACH_YEAR = /^(?:each|one)\s+(?:additional\s+)?(?:year|month)\s+of\s+/i;

export type Target = "education" | "experience";

export interface SubstitutionFacts {
  substitute: SubstitutionRule["substitute"];
  target: Target;
  credit: CreditFacts;
}

/** College study counted in hours or taken at a college is education, even when called coursework. */
const COLLEGE_STUDY = /\bcollege\b|\buniversity\b|\b(?:semester|credit|quarter)\s+hours?\b/i;

function categoryOf(subject: string): RequirementCategory {
  if (/\bexperience\b/i.test(subject)) return "experience";
  if (COLLEGE_STUDY.test(subject)) return "education";
  if (/\btraining\b|\bvocational\b|\bcourse(?:work|s)?\b/i.test(subject)) return "training";
  if (/\bcertifi/i.test(subject)) return "certification";
  if (/\blicen[sc]/i.test(subject)) return "license";
  if (credentialIn(subject) || /\bcollege\b|\bcredit hours?\b|\beducation\b/i.test(subject))
    return "education";
  return "other";
}

/** What a substitution can replace on the education side: a degree, diploma, certificate, GED or hours of study. */
const EDUCATION_TARGET =
  /\bdegree\b|\beducation(?:al)?\b|\bdiploma\b|\bcollege\b|\bbachelor|\bcoursework\b|\bcertificate\b|\bhigh school\b|\b(?:semester|credit|quarter)\s+hours?\b|\bG\.?E\.?D\b/i;

function targetOf(target: string): Target | undefined {
  const education = target.search(EDUCATION_TARGET);
  const experience = target.search(/\bexperience\b/i);
  if (education === -1 && experience === -1) return undefined;
  if (education === -1) return "experience";
  if (experience === -1) return "education";
  return education < experience ? "education" : "experience";
}

/** "may be substituted, year for year, for X" -> "may be substituted for X": the basis read apart (credit.ts). */
const INSET_BASIS = /\b(substitut(?:e|ed)),\s+(?:year|month)\s+for\s+(?:year|month),\s+for\b/i;

export function substitutionFacts(sentence: string): SubstitutionFacts | undefined {
  const parts = substitutesParts(sentence.trim().replace(INSET_BASIS, "$1 for"));
  if (!parts) return undefined;
  const subjectText = parts.subject.trim();
  const target = targetOf(parts.target);
  if (!target) return undefined;
  const category = categoryOf(subjectText);
  const description = subjectText.replace(EACH_YEAR, "").replace(/^(?:a|an|the)\s+/i, "");
  const substitute: SubstitutionRule["substitute"] = {
    category,
    description: capitalize(description),
  };
  const credential = credentialIn(subjectText);
  if (credential && category === "education") substitute.credential = credential;
  const field = fieldIn(subjectText);
  if (field) substitute.field = field;
  if (category === "training") {
    // "Related technical or vocational training": the kinds of training; "related" stays in the description.
    const kinds = /^(.*?)\btraining\b/i
      .exec(subjectText)?.[1]
      ?.replace(/^\s*related\b/i, "")
      .trim();
    if (kinds) substitute.areas = experienceAreas(kinds, false).areas;
  }
  if (category === "experience") {
    const areas = experienceAreasOf(subjectText.replace(EACH_YEAR, ""));
    // Split as the requirement's own areas are (area-lists.ts): one way to split areas.
    if (areas) substitute.areas = experienceAreas(areas.text, areas.afterExperience).areas;
    const level = experienceLevelIn(subjectText);
    if (level) substitute.level = level;
  }
  const credit = creditOf(sentence, subjectText, parts.target);
  if (credit.substituteAmount) substitute.amount = credit.substituteAmount;
  return { substitute, target, credit };
}

/**
 * The phrases of a substitution sentence its rule holds: the substitute's
 * field, areas and level, a licence's name, and, when the credit is read,
 * every amount (the credit's and the substitute's).
 */
export function substituteWords(facts: SubstitutionFacts): string[] {
  const { substitute } = facts;
  const words = [...(substitute.areas ?? []), substitute.field ?? "", substitute.level ?? ""];
  if (substitute.category === "license" || substitute.category === "certification")
    words.push(substitute.description);
  if (facts.credit.credit.kind !== "unstated") words.push(...facts.credit.amountWords);
  return words.filter((word) => word !== "");
}

/** The credential the sentence substitutes for ("... for the associate degree"), if it names one. */
export function replacedCredential(sentence: string): Credential | undefined {
  const target = substitutesParts(sentence.trim().replace(INSET_BASIS, "$1 for"))?.target;
  return target ? credentialIn(target) : undefined;
}

/**
 * The areas of the substituting experience: "Experience in X or Y", "Experience
 * operating heavy equipment", "Clerical experience", "professional accounting
 * experience" (its level read apart).
 */
function experienceAreasOf(
  subject: string,
): { text: string; afterExperience: boolean } | undefined {
  const after = areaToEnd(subject) ?? areaAfterExperience(subject);
  if (after) return { text: after, afterExperience: true };
  const before = /^(.*?)\bexperience\b/i.exec(subject)?.[1];
  const area = before === undefined ? "" : stripModifiers(before);
  return area === "" ? undefined : { text: area, afterExperience: false };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
