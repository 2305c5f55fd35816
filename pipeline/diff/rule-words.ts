/** An extracted rule as words for reports ("2 years of experience"), not as a field dump. */
import type { Rule } from "../../schemas/index.js";
import type { QualificationTerm, SubstitutionCredit } from "../../schemas/qualifications.js";
import { amountInWords } from "../shared/amounts.js";
import { gradeInWords } from "../shared/grades.js";
import { experienceAreasWords, servedAs, withArticle } from "../shared/term-words.js";

const CREDENTIALS: Readonly<Record<string, string>> = {
  "high-school": "a high school diploma",
  associate: "an associate degree",
  bachelor: "a bachelor's degree",
  master: "a master's degree",
  doctorate: "a doctorate",
  professional: "a professional degree",
  certificate: "a certificate",
  license: "a license",
};

const SUBJECTS: Readonly<Record<string, string>> = {
  "drivers-license": "a driver's license",
  "drug-screening": "drug screening",
  "background-check": "a background check",
  prea: "PREA screening",
  license: "a license",
  certification: "a certification",
  physical: "a physical examination",
  travel: "travel",
  age: "a minimum age",
  other: "another condition",
};

function years(count: number, what: string): string {
  return `${count} year${count === 1 ? "" : "s"} of ${what}`;
}

function requirementWords(rule: Extract<Rule, { type: "requirement" }>): string {
  const parts: string[] = [];
  if (rule.credential) parts.push(CREDENTIALS[rule.credential] ?? rule.credential);
  if (rule.years !== undefined) parts.push(years(rule.years, rule.category));
  if (parts.length === 0) parts.push(rule.category);
  const field = rule.field ? ` in ${rule.field}` : "";
  const areas = rule.areas && rule.areas.length > 0 ? ` (${rule.areas.join(", ")})` : "";
  return `${parts.join(" and ")}${field}${areas}`;
}

/** "in full", "for 1 year", "at 30 semester hours for 1 year, up to 2 years". */
export function creditInWords(credit: SubstitutionCredit): string {
  switch (credit.kind) {
    case "full":
      return "in full";
    case "amount":
      return `for ${amountInWords(credit.amount)}`;
    case "rate": {
      const cap = credit.cap ? `, up to ${amountInWords(credit.cap)}` : "";
      return `at ${amountInWords(credit.give)} for ${amountInWords(credit.get)}${cap}`;
    }
    case "unstated":
      return "with a credit the sentence does not state";
  }
}

const LEVELS: Readonly<Record<string, string>> = {
  ...CREDENTIALS,
  coursework: "college coursework",
};

type EducationTerm = Extract<QualificationTerm, { kind: "education" }>;
type ExperienceTerm = Extract<QualificationTerm, { kind: "experience" }>;

/** "a high school diploma", or a grade short of it: "completion of the tenth grade". */
function levelInWords(term: EducationTerm): string {
  if (term.level === "high-school" && term.grade !== undefined)
    return `completion of the ${gradeInWords(term.grade)}`;
  return LEVELS[term.level] ?? term.level;
}

/** " (4 years of college)", " (60 semester hours)": how much study, when printed. */
function hoursInWords(term: EducationTerm): string {
  if (!term.hours) return "";
  const amount = amountInWords(term.hours);
  return ` (${term.hours.unit === "year" ? `${amount} of college` : amount})`;
}

/** "as a Seed Bank Technician 1" for class titles, else the areas: "auditing, accounting". */
export function experienceAreasList(term: ExperienceTerm): string {
  if (term.areas.length === 0) return "any";
  if (!term.asClass) return term.areas.join(", ");
  return servedAs(term.areas);
}

/** One term: "a bachelor's degree in accounting or finance", "2 years of professional experience in auditing". */
export function termInWords(term: QualificationTerm): string {
  switch (term.kind) {
    case "education": {
      const fields = term.fields.length > 0 ? ` in ${term.fields.join(" or ")}` : "";
      const related = term.relatedField ? ` or ${term.relatedAs ?? "a related field"}` : "";
      return `${levelInWords(term)}${fields}${related}${hoursInWords(term)}`;
    }
    case "experience": {
      const level = term.level ? `${term.level} ` : "";
      const settings =
        term.settings.length > 0
          ? ` in ${withArticle(`${term.settings.join(" or ")} setting`)}`
          : "";
      const includes = term.includes
        .map(
          (part) =>
            `, including ${years(part.years, part.level ? `${part.level} experience` : part.areas.join(" or ") || part.settings.join(" or "))}`,
        )
        .join("");
      // No amount printed: some experience, any amount (years is 0 only by convention).
      const amount = term.amountUnstated
        ? `${level}experience`
        : years(term.years, `${level}experience`);
      const unstated = term.amountUnstated ? " (no amount stated)" : "";
      return `${amount}${experienceAreasWords(term)}${settings}${includes}${unstated}`;
    }
    case "license":
    case "certification":
      return `a ${term.kind === "license" ? "licence" : "certification"}: ${term.name}`;
    case "text":
      return `"${term.text}" (not modelled)`;
  }
}

type Alternative = NonNullable<Extract<Rule, { type: "supervision" }>["alternatives"]>[number];

/** One way a level is filled, by what it states: "close supervision, low independence". */
export function alternativeInWords(alternative: Alternative): string {
  const parts = [
    alternative.received ? `${alternative.received} supervision` : "no supervision stated",
    ...(alternative.independence ? [`${alternative.independence} independence`] : []),
  ];
  return parts.join(", ");
}

/** Rules are words about one document: `all` resolves what a substitution replaces. */
export function ruleInWords(
  rule: Rule,
  all: readonly Rule[],
  areaNames: ReadonlyMap<number, string> = new Map(),
): string {
  switch (rule.type) {
    case "requirement":
      return requirementWords(rule);
    case "substitution": {
      const replaced = all.find((candidate) => candidate.id === rule.replaces);
      const what = replaced?.type === "requirement" ? requirementWords(replaced) : "a requirement";
      return `${rule.substitute.description} may substitute for ${what}, ${creditInWords(rule.credit)}`;
    }
    case "probation":
      return `${rule.initialMonths} months initial and ${rule.promotionalMonths} months promotional probation`;
    case "condition":
      return `${SUBJECTS[rule.subject] ?? rule.subject} ${rule.modality === "required" ? "required" : "may be required"}`;
    case "exclusion":
      return `excludes: ${rule.text}`;
    case "level-scope": {
      // By name and number: a number alone is unreadable after a renumbering.
      const name = areaNames.get(rule.area);
      const area = name === undefined ? `area ${rule.area}` : `${name} (area ${rule.area})`;
      return `${area} ${rule.applies ? "applies" : "does not apply"} at level ${rule.level}`;
    }
    case "qualification": {
      const items = rule.expression.items.map((item) =>
        item.kind === "allOf" || item.kind === "anyOf"
          ? `(${item.items.map(termInWords).join(item.kind === "allOf" ? " and " : " or ")})`
          : termInWords(item),
      );
      return `${rule.set}: ${items.join(rule.expression.kind === "allOf" ? " and " : " or ")}`;
    }
    case "supervision": {
      const extras = [
        rule.independence ? `${rule.independence} independence` : "",
        rule.leadWork && rule.leadWork !== "none"
          ? `lead work ${rule.leadWork === "may" ? "possible" : "common"}`
          : "",
      ].filter((part) => part !== "");
      const ways =
        rule.alternatives && rule.alternatives.length > 1
          ? ` (one of: ${rule.alternatives.map(alternativeInWords).join("; or ")})`
          : "";
      return `level ${rule.level} works under ${rule.received} supervision${extras.length > 0 ? `, ${extras.join(", ")}` : ""}${ways}`;
    }
  }
}
