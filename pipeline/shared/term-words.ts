/**
 * Parts of a qualification term in words, alike in the qualify trace
 * (qualify/terms.ts), the diff's rule words (diff/rule-words.ts) and the
 * areas a requirement rule lists (rules/requirement.ts).
 */
import type { ExperienceTerm } from "../../schemas/qualifications.js";

/** "a setting", "an outdoor setting": the article by the word's first letter. */
export function withArticle(words: string): string {
  return `${/^[aeiou]/i.test(words) ? "an" : "a"} ${words}`;
}

/** Time served in classes: "as a Seed Bank Technician 1 or as an Auditor". */
export function servedAs(titles: readonly string[]): string {
  return titles.map((title) => `as ${withArticle(title)}`).join(" or ");
}

/** " in auditing or finance"; areas that are class titles " as a Seed Bank Technician 1"; none "". */
export function experienceAreasWords(term: ExperienceTerm): string {
  if (term.areas.length === 0) return "";
  return term.asClass ? ` ${servedAs(term.areas)}` : ` in ${term.areas.join(" or ")}`;
}
