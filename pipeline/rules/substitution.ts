/**
 * Substitution sentences -> what substitutes for what. The sentence decides,
 * not the heading it sits under: Kentucky's "Substitute EDUCATION for
 * EXPERIENCE" can hold a sentence substituting training for the degree.
 */
import type { RequirementCategory, SubstitutionRule } from "../../schemas/index.js";
import { credentialIn, fieldIn, splitAreas } from "./credentials.js";

/**
 * "<subject> will substitute for <target> [on a year-for-year basis]." Both
 * groups end on a non-space (`.*?\S`), so a run of spaces is tried once, not
 * once per position in it (quadratic on long runs).
 */
const SUBSTITUTES =
  /^(.*?\S)\s+(?:will|may|can|shall)\s+(?:be\s+)?substitut(?:e|ed)\s+for\s+(.*?\S)(?:[,]?\s+on\s+an?\s+([a-z]+-for-[a-z]+)\s+basis)?\s*[.;]?$/i;
/** "Each year of X will substitute for one year of Y" is year-for-year by construction. */
const EACH_YEAR = /^(?:each|one)\s+(?:year|month)\s+of\s+/i;

export type Target = "education" | "experience";

export interface SubstitutionFacts {
  substitute: SubstitutionRule["substitute"];
  target: Target;
  basis: SubstitutionRule["basis"];
}

function categoryOf(subject: string): RequirementCategory {
  if (/\bexperience\b/i.test(subject)) return "experience";
  if (/\btraining\b|\bvocational\b|\bcourse(?:work|s)?\b/i.test(subject)) return "training";
  if (/\bcertifi/i.test(subject)) return "certification";
  if (/\blicen[sc]/i.test(subject)) return "license";
  if (credentialIn(subject) || /\bcollege\b|\bcredit hours?\b|\beducation\b/i.test(subject))
    return "education";
  return "other";
}

function targetOf(target: string): Target | undefined {
  const education = target.search(
    /\bdegree\b|\beducation(?:al)?\b|\bdiploma\b|\bcollege\b|\bbachelor|\bcoursework\b/i,
  );
  const experience = target.search(/\bexperience\b/i);
  if (education === -1 && experience === -1) return undefined;
  if (education === -1) return "experience";
  if (experience === -1) return "education";
  return education < experience ? "education" : "experience";
}

export function substitutionFacts(sentence: string): SubstitutionFacts | undefined {
  const match = SUBSTITUTES.exec(sentence.trim());
  if (!match?.[1] || !match[2]) return undefined;
  const subjectText = match[1].trim();
  const target = targetOf(match[2]);
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
  const areas = /\bexperience\s+(?:in|with|as)\s+(.+)$/i.exec(subjectText)?.[1];
  if (areas && category === "experience") substitute.areas = splitAreas(areas);
  const yearForYear =
    (match[3] ?? "").toLowerCase().endsWith("for-year") ||
    /for-month$/i.test(match[3] ?? "") ||
    EACH_YEAR.test(subjectText);
  return { substitute, target, basis: yearForYear ? "year-for-year" : "full" };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
