/**
 * Substitution sentences -> what substitutes for what. The sentence decides,
 * not the heading it sits under: Kentucky's "Substitute EDUCATION for
 * EXPERIENCE" can hold a sentence substituting training for the degree.
 */
import type { Credential, RequirementCategory, SubstitutionRule } from "../../schemas/index.js";
import { COUNT_SOURCE } from "../shared/numbers.js";
import { credentialIn, fieldIn, splitAreas } from "./credentials.js";
import { areaToEnd } from "./experience-areas.js";
import { substitutesParts } from "./substitutes.js";

/** "Each year of X will substitute for one year of Y" is year-for-year by construction. */
const EACH_YEAR = /^(?:each|one)\s+(?:year|month)\s+of\s+/i;
/**
 * "on a year-for-year basis" anywhere in the sentence: specs follow it with a
 * rate in parentheses ("... basis (thirty (30) semester hours equal one year).").
 */
const BASIS_PHRASE = /\bon\s+an?\s+([a-z]+)-for-([a-z]+)\s+basis\b/i;
/** "at the rate of ...", "for each year of ...": an exchange rate, not a one-off credit. */
const RATE_PHRASE = /\bat\s+the\s+rate\s+of\b|\bfor\s+(?:each|every)\b/i;
/** A measured amount: "six (6) months", "two years", "thirty (30) semester hours". */
const AMOUNT = new RegExp(
  String.raw`\b(?:${COUNT_SOURCE})(?:\s*\(\s*\d+\s*\))?\s+(?:years?|months?|(?:semester|credit|quarter)\s+hours?)\b`,
  "i",
);
/** The subject opens with its amount ("Six (6) months of experience ..."). */
const LEADING_AMOUNT = new RegExp(`^${AMOUNT.source}`, "i");

export type Target = "education" | "experience";

export interface SubstitutionFacts {
  substitute: SubstitutionRule["substitute"];
  target: Target;
  basis: SubstitutionRule["basis"];
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

export function substitutionFacts(sentence: string): SubstitutionFacts | undefined {
  const parts = substitutesParts(sentence.trim());
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
  const areas = areaToEnd(subjectText);
  if (areas && category === "experience") substitute.areas = splitAreas(areas);
  return { substitute, target, basis: basisOf(sentence, subjectText, parts.target) };
}

/** The credential the sentence substitutes for ("... for the associate degree"), if it names one. */
export function replacedCredential(sentence: string): Credential | undefined {
  const target = substitutesParts(sentence.trim())?.target;
  return target ? credentialIn(target) : undefined;
}

/**
 * "year-for-year" is any stated exchange rate: the basis phrase ("on a
 * month-for-month basis"), "each year of", "at the rate of", or an amount
 * traded for an amount ("Six (6) months of experience will substitute for
 * fifteen (15) semester hours"). A whole credential traded for an amount
 * ("A bachelor's degree will substitute for two years") is "full": it counts
 * once, whatever its length.
 */
function basisOf(sentence: string, subject: string, target: string): SubstitutionRule["basis"] {
  const phrase = BASIS_PHRASE.exec(sentence);
  const proportional =
    (phrase !== null && phrase[1]?.toLowerCase() === phrase[2]?.toLowerCase()) ||
    EACH_YEAR.test(subject) ||
    RATE_PHRASE.test(sentence) ||
    (LEADING_AMOUNT.test(subject) && AMOUNT.test(target));
  return proportional ? "year-for-year" : "full";
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
