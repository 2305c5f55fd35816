/**
 * A changed requirement said as what it changes for candidates: "experience
 * 2 → 3 years", "a master's degree in nursing now substitutes for 1 year,
 * was in full". Terms pair by kind in printed order; what is not a term
 * change of that shape is left to the generic "before → after".
 */
import type { Rule, SubstitutionRule } from "../../schemas/index.js";
import type { QualificationTerm } from "../../schemas/qualifications.js";
import { creditInWords, experienceAreasList, termInWords } from "./rule-words.js";

function termsOf(rule: Extract<Rule, { type: "qualification" }>): QualificationTerm[] {
  return rule.expression.items.flatMap((item) =>
    item.kind === "allOf" || item.kind === "anyOf" ? item.items : [item],
  );
}

const plural = (years: number) => `${years} year${years === 1 ? "" : "s"}`;

/** "2 years", or "no amount stated" for experience required without an amount. */
const amountOf = (term: Extract<QualificationTerm, { kind: "experience" }>) =>
  term.amountUnstated ? "no amount stated" : plural(term.years);

function termChange(was: QualificationTerm, now: QualificationTerm): string | undefined {
  if (was.kind === "experience" && now.kind === "experience") {
    const changes: string[] = [];
    if (was.years !== now.years || was.amountUnstated !== now.amountUnstated)
      changes.push(
        `experience ${was.amountUnstated || now.amountUnstated ? amountOf(was) : was.years} → ${amountOf(now)}`,
      );
    const areasWere = experienceAreasList(was);
    const areasAre = experienceAreasList(now);
    if (areasWere !== areasAre) changes.push(`experience areas ${areasWere} → ${areasAre}`);
    if (was.level !== now.level)
      changes.push(`experience level ${was.level ?? "any"} → ${now.level ?? "any"}`);
    if (was.settings.join("|") !== now.settings.join("|"))
      changes.push(
        `where experience counts ${was.settings.join(", ") || "anywhere"} → ${now.settings.join(", ") || "anywhere"}`,
      );
    if (JSON.stringify(was.includes) !== JSON.stringify(now.includes) && changes.length === 0)
      changes.push(`${termInWords(was)} → ${termInWords(now)}`);
    return changes.length > 0 ? changes.join("; ") : undefined;
  }
  const before = termInWords(was);
  const after = termInWords(now);
  return before === after
    ? undefined
    : `${was.kind === now.kind ? was.kind : "requirement"} ${before} → ${after}`;
}

function qualificationChange(
  was: Extract<Rule, { type: "qualification" }>,
  now: Extract<Rule, { type: "qualification" }>,
): string | undefined {
  const before = termsOf(was);
  const after = termsOf(now);
  if (before.length !== after.length || was.expression.kind !== now.expression.kind)
    return undefined;
  const changes = before
    .map((term, index) => {
      const other = after[index];
      return other ? termChange(term, other) : undefined;
    })
    .filter((change): change is string => change !== undefined);
  return changes.length > 0 ? changes.join("; ") : undefined;
}

function substitutionChange(was: SubstitutionRule, now: SubstitutionRule): string | undefined {
  const before = creditInWords(was.credit);
  const after = creditInWords(now.credit);
  if (before === after) return undefined;
  const what =
    now.substitute.description.charAt(0).toLowerCase() + now.substitute.description.slice(1);
  return `${what} now substitutes ${after}, was ${before}`;
}

/** The change in candidates' words, where one rule's facts changed in a way it can say. */
export function changeForCandidates(was: Rule, now: Rule): string | undefined {
  if (was.type === "qualification" && now.type === "qualification")
    return qualificationChange(was, now);
  if (was.type === "substitution" && now.type === "substitution")
    return substitutionChange(was, now);
  return undefined;
}
