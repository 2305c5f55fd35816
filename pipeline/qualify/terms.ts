/**
 * One term of a qualification expression against a candidate: met directly,
 * else met with the one substitution the spec offers for its requirement
 * that gives enough credit (a spec lists substitutions as alternatives, so
 * two are never added together; the candidate's own partial experience or
 * study is). Each step names the spec's sentence it rests on.
 */
import type { SubstitutionRule } from "../../schemas/index.js";
import type {
  Amount,
  CredentialTerm,
  EducationTerm,
  ExperienceTerm,
  QualificationTerm,
} from "../../schemas/qualifications.js";
import { amountInWords, inYears } from "../shared/amounts.js";
import { gradeInWords } from "../shared/grades.js";
import { experienceAreasWords } from "../shared/term-words.js";
import {
  askOf,
  type Fit,
  holdsLicence,
  holdsSubstitute,
  hoursIn,
  type Ledger,
  substituteFields,
} from "./candidate.js";
import { matchesAny, SEMESTER_HOURS_PER_YEAR, STUDY_YEARS, schoolingMeets } from "./match.js";
import type { Context, Outcome, PlacedSubstitution, Status } from "./outcome.js";

const round = (value: number) => Math.round(value * 100) / 100;
const yearsWords = (years: number) => `${round(years)} year${round(years) === 1 ? "" : "s"}`;
const moreYears = (years: number) => `${round(years)} more year${round(years) === 1 ? "" : "s"}`;
const LEVEL_WORDS: Readonly<Record<EducationTerm["level"], string>> = {
  "high-school": "high school diploma",
  certificate: "certificate",
  associate: "associate degree",
  bachelor: "bachelor's degree",
  master: "master's degree",
  doctorate: "doctorate",
  professional: "professional degree",
  coursework: "college coursework",
};

function credited(credit: number, fitOf: Fit): Status {
  return credit > 0 ? (fitOf === "yes" ? "met" : "unknown") : "not-met";
}

/** How much of the substitute the candidate has, in `unit`, and whether it surely counts. */
function quantityOf(
  context: Context,
  ledger: Ledger,
  substitution: SubstitutionRule,
  unit: Amount["unit"],
): { amount: number; fit: Fit } {
  const { candidate } = context;
  const substitute = substitution.substitute;
  if (substitute.category === "experience") {
    const { known, maybe } = ledger.years({
      areas: substitute.areas ?? [],
      level: substitute.level,
      settings: [],
    });
    const scale = unit === "month" ? 12 : 1;
    return known > 0
      ? { amount: known * scale, fit: "yes" }
      : { amount: maybe * scale, fit: "maybe" };
  }
  if (substitute.category === "training") {
    const years = (candidate.training ?? [])
      .filter((entry) => matchesAny(entry.area, substitute.areas ?? []))
      .reduce((sum, entry) => sum + entry.years, 0);
    // "Related ... training": related to what, the agency decides.
    const fit: Fit = /\brelated\b/i.test(substitute.description) ? "maybe" : "yes";
    return { amount: years * (unit === "month" ? 12 : 1), fit };
  }
  if (substitute.category === "education") {
    const { fields, related } = substituteFields(substitute);
    const named = hoursIn(candidate, fields);
    // "or a related field": hours in another field may count, as the agency decides.
    const fit: Fit = named === 0 && related ? "maybe" : "yes";
    const hours = fit === "maybe" ? hoursIn(candidate, []) : named;
    // A quarter hour is two thirds of a semester hour (three quarters to two semesters).
    const amount =
      unit === "semester-hour"
        ? hours
        : unit === "quarter-hour"
          ? hours * 1.5
          : (hours / SEMESTER_HOURS_PER_YEAR) * (unit === "month" ? 12 : 1);
    return { amount, fit };
  }
  return { amount: 0, fit: "no" };
}

/** Credit a substitution gives towards `unit` of the requirement, with the substitute used. */
function creditOf(
  context: Context,
  ledger: Ledger,
  substitution: SubstitutionRule,
  unit: Amount["unit"],
): { credit: number; fit: Fit; uses: number } | "full" | undefined {
  const credit = substitution.credit;
  if (credit.kind === "full" || credit.kind === "amount" || credit.kind === "unstated") {
    const held = holdsSubstitute(context.candidate, ledger, substitution.substitute);
    if (held === "no") return undefined;
    // A substitute held whose credit the spec does not state may count, how much the agency decides.
    if (credit.kind === "unstated")
      return { credit: Number.POSITIVE_INFINITY, fit: "maybe", uses: 0 };
    if (credit.kind === "full")
      return held === "yes" ? "full" : { credit: Number.POSITIVE_INFINITY, fit: "maybe", uses: 0 };
    const amount = convert(credit.amount, unit);
    return amount === undefined ? undefined : { credit: amount, fit: held, uses: 0 };
  }
  const give = credit.give;
  const get = convert(credit.get, unit);
  if (get === undefined) return undefined;
  const have = quantityOf(context, ledger, substitution, give.unit);
  if (have.amount <= 0) return undefined;
  let amount = (have.amount / give.amount) * get;
  const cap = credit.cap ? convert(credit.cap, unit) : undefined;
  if (cap !== undefined) amount = Math.min(amount, cap);
  return {
    credit: amount,
    fit: have.fit,
    uses: give.unit === "year" || give.unit === "month" ? have.amount : 0,
  };
}

function convert(amount: Amount, unit: Amount["unit"]): number | undefined {
  if (amount.unit === unit) return amount.amount;
  const years = inYears(amount);
  if (years !== undefined && unit === "year") return years;
  if (years !== undefined && unit === "month") return years * 12;
  if (amount.unit === "semester-hour" && unit === "year")
    return amount.amount / SEMESTER_HOURS_PER_YEAR;
  if (amount.unit === "year" && unit === "semester-hour")
    return amount.amount * SEMESTER_HOURS_PER_YEAR;
  if (amount.unit === "month" && unit === "semester-hour")
    return (amount.amount / 12) * SEMESTER_HOURS_PER_YEAR;
  // A quarter hour is two thirds of a semester hour.
  if (amount.unit === "quarter-hour" && unit === "semester-hour") return amount.amount / 1.5;
  return undefined;
}

function substitutionsFor(context: Context, term: QualificationTerm): PlacedSubstitution[] {
  return term.requirement === undefined
    ? []
    : context.substitutions.filter((placed) => placed.rule.replaces === term.requirement);
}

function creditStep(context: Context, placed: PlacedSubstitution, message: string) {
  return context.step("credit", message, placed.pointer, placed.rule.text);
}

/**
 * A substitute held whose credit the sentence does not state ("may be substituted for
 * education"): it may count, for how much the agency decides; no amount is given.
 */
function unstatedStep(context: Context, placed: PlacedSubstitution, toward: string) {
  return context.step(
    "unknown",
    `may count towards ${toward}: the spec does not state how much credit it gives (the agency decides)`,
    placed.pointer,
    placed.rule.text,
  );
}

// ------------------------------------------------------------------ education

function educationDirect(context: Context, term: EducationTerm): Status {
  const degrees = (context.candidate.education ?? []).filter((entry) =>
    schoolingMeets(entry, term),
  );
  if (degrees.some((entry) => matchesAny(entry.field, term.fields))) return "met";
  if (term.relatedField && degrees.length > 0) return "unknown";
  return "not-met";
}

/** "two years of college": a degree counts its usual length, in semester hours, unless hours are stated. */
const DEGREE_YEARS: Partial<Record<EducationTerm["level"], number>> = {
  associate: 2,
  bachelor: 4,
  master: 4,
  doctorate: 4,
  professional: 4,
};

/**
 * "Requires completion of two years of college with courses in biology, ecology or education":
 * the candidate's college study (stated hours, or a degree at its usual length) reaches the
 * amount, and some of it is in a named field.
 */
function evaluateCollege(
  context: Context,
  term: EducationTerm,
  amount: Amount,
  pointer: string,
): Outcome {
  const entries = (context.candidate.education ?? []).map((entry) => {
    const usual = (DEGREE_YEARS[entry.level] ?? 0) * SEMESTER_HOURS_PER_YEAR;
    const stated = entry.semesterHours ?? 0;
    return { entry, hours: Math.max(stated, usual), assumed: usual > stated };
  });
  const total = entries.reduce((sum, item) => sum + item.hours, 0);
  const need = convert(amount, "semester-hour") ?? 0;
  const fields = term.fields.join(" or ");
  const inField =
    term.fields.length === 0 ||
    entries.some((item) => item.hours > 0 && matchesAny(item.entry.field, term.fields));
  const relatedMaybe = !inField && term.relatedField && total > 0;
  const enough = total >= need;
  const status: Status = enough && inField ? "met" : enough && relatedMaybe ? "unknown" : "not-met";
  const steps = [
    context.step(
      status === "met" ? "met" : status === "unknown" ? "unknown" : "not-met",
      `has ${round(total)} semester hours of college of the ${round(need)} required${term.fields.length > 0 ? `; ${inField ? "some" : "none"} in ${fields}` : ""}`,
      pointer,
      term.text,
    ),
  ];
  if (amount.unit === "year" || amount.unit === "month")
    steps.push(
      context.step(
        "assumed",
        `${amountInWords(amount)} of college counted as ${round(need)} semester hours (${SEMESTER_HOURS_PER_YEAR} a year; the spec does not print it)`,
        pointer,
        term.text,
      ),
    );
  for (const item of entries.filter((entry) => entry.assumed))
    steps.push(
      context.step(
        "assumed",
        `the ${LEVEL_WORDS[item.entry.level]} counted as ${round(item.hours)} semester hours, its usual length`,
        pointer,
        term.text,
      ),
    );
  const outcome = context.outcome(status, steps);
  const short = round(need - total);
  if (!enough)
    outcome.missing.push(`needs ${short} more semester hour${short === 1 ? "" : "s"} of college`);
  if (!inField && !relatedMaybe) outcome.missing.push(`needs college courses in ${fields}`);
  return outcome;
}

export function evaluateEducation(
  context: Context,
  ledger: Ledger,
  term: EducationTerm,
  pointer: string,
): Outcome {
  if (term.level === "coursework" && term.hours)
    return evaluateCollege(context, term, term.hours, pointer);
  const direct = educationDirect(context, term);
  const named = `${term.grade ? gradeInWords(term.grade) : LEVEL_WORDS[term.level]}${term.fields.length > 0 ? ` in ${term.fields.join(" or ")}` : ""}`;
  if (direct === "met")
    return context.outcome("met", [context.step("met", `holds the ${named}`, pointer, term.text)]);
  const steps =
    direct === "unknown"
      ? [
          context.step(
            "unknown",
            `holds a ${LEVEL_WORDS[term.level]} in another field: whether it is a related field, the agency decides`,
            pointer,
            term.text,
          ),
        ]
      : [context.step("not-met", `does not hold the ${named}`, pointer, term.text)];
  // A grade short of graduating has no length a credit by the year could be set against.
  const study = term.grade ? undefined : STUDY_YEARS[term.level];
  let best: Outcome | undefined;
  for (const placed of substitutionsFor(context, term)) {
    const credit = creditOf(context, ledger, placed.rule, "year");
    if (credit === undefined) continue;
    if (credit === "full") {
      return context.outcome("met", [
        ...steps,
        creditStep(context, placed, "substitutes for it in full"),
      ]);
    }
    if (placed.rule.credit.kind === "unstated") {
      const outcome = context.outcome("unknown", [
        ...steps,
        unstatedStep(context, placed, `the ${named}`),
      ]);
      if (!best || rank(outcome.status) > rank(best.status)) best = outcome;
      continue;
    }
    if (study === undefined) {
      const unknown = context.step(
        "unknown",
        `the spec does not say how long the ${LEVEL_WORDS[term.level]} is, so a credit by amount cannot be counted`,
        pointer,
        term.text,
      );
      best ??= context.outcome("unknown", [...steps, unknown]);
      continue;
    }
    const own = hoursIn(context.candidate, term.fields) / SEMESTER_HOURS_PER_YEAR;
    const need = Math.max(0, study - own);
    const assumed = context.step(
      "assumed",
      `the ${LEVEL_WORDS[term.level]} counted as ${study} years of study${own > 0 ? `, ${yearsWords(own)} of it completed` : ""} (the spec does not print its length)`,
      pointer,
      term.text,
    );
    const status = credit.credit >= need ? credited(credit.credit, credit.fit) : "not-met";
    const step = creditStep(
      context,
      placed,
      `gives ${yearsWords(Math.min(credit.credit, need))} of credit of the ${yearsWords(need)} needed`,
    );
    const outcome = context.outcome(status, [...steps, assumed, step]);
    if (status === "met") {
      if (placed.rule.substitute.category === "experience") {
        const give = placed.rule.credit.kind === "rate" ? placed.rule.credit : undefined;
        const per = give ? (inYears(give.give) ?? 1) / (inYears(give.get) ?? 1) : 1;
        ledger.use(
          {
            areas: placed.rule.substitute.areas ?? [],
            level: placed.rule.substitute.level,
            settings: [],
          },
          need * per,
        );
      }
      return outcome;
    }
    if (status === "not-met")
      outcome.missing.push(
        `needs ${moreYears(need - credit.credit)} of ${placed.rule.substitute.description.toLowerCase()}, or the ${named}`,
      );
    if (!best || rank(status) > rank(best.status)) best = outcome;
  }
  if (best && best.status !== "not-met") return best;
  const outcome = context.outcome(direct, steps);
  if (direct === "not-met")
    outcome.missing.push(`needs a ${named}${term.relatedField ? " or a related field" : ""}`);
  return outcome;
}

function rank(status: Status): number {
  return status === "met" ? 2 : status === "unknown" ? 1 : 0;
}

// ----------------------------------------------------------------- experience

export function evaluateExperience(
  context: Context,
  ledger: Ledger,
  term: ExperienceTerm,
  pointer: string,
): Outcome {
  const ask = askOf(term);
  const { known, maybe } = ledger.years(ask);
  // "Experience in X." prints no amount: some is required, any amount above none meets it.
  const some = term.amountUnstated === true;
  const required = some ? Number.MIN_VALUE : term.years;
  const described = `${term.level ? `${term.level} ` : ""}experience${experienceAreasWords(term)}${term.settings.length > 0 ? ` gained in ${term.settings.join(" or ")}` : ""}`;
  const parts = term.includes.map((part) => {
    const years = ledger.years({ ...askOf(part), relatedArea: false }, ask);
    return { part, ...years };
  });
  const partsShort = parts.filter((entry) => entry.known < entry.part.years);
  const partsMaybe = partsShort.filter((entry) => entry.known + entry.maybe >= entry.part.years);
  const steps = [
    context.step(
      known >= required ? "met" : "not-met",
      some
        ? `has ${yearsWords(known)} of ${described}: the spec asks for some, of no stated amount (any amount meets it)`
        : `has ${yearsWords(known)} of ${described} of the ${yearsWords(term.years)} required`,
      pointer,
      term.text,
    ),
  ];
  for (const note of term.narrowedBy ?? [])
    steps.push(
      context.step(
        maybe > 0 || known < required ? "not-met" : "met",
        `only experience gained in ${term.settings.join(" or ")} counts`,
        note.pointer,
        note.text,
      ),
    );
  for (const entry of parts)
    steps.push(
      context.step(
        entry.known >= entry.part.years ? "met" : "not-met",
        `has ${yearsWords(entry.known)} of the ${yearsWords(entry.part.years)} of experience ${entry.part.text.replace(/^\S+\s+years?\s+/i, "")} it must include`,
        pointer,
        term.text,
      ),
    );
  const finish = (credit: number, creditSteps: Outcome["steps"]): Outcome => {
    const need = Math.max(0, required - credit);
    const enough = known >= need;
    const status: Status =
      enough && partsShort.length === 0
        ? "met"
        : known + maybe >= need && partsShort.length === partsMaybe.length
          ? "unknown"
          : "not-met";
    const outcome = context.outcome(status, [...steps, ...creditSteps]);
    if (status === "met") ledger.use(ask, need);
    if (status === "unknown" && maybe > 0)
      outcome.steps.push(
        context.step(
          "unknown",
          `${yearsWords(maybe)} of the candidate's experience may count: it does not state its ${term.level && term.settings.length === 0 ? "level" : term.settings.length > 0 ? "setting" : "area's relation"}`,
          pointer,
          term.text,
        ),
      );
    if (status === "not-met") {
      if (!enough)
        outcome.missing.push(
          some
            ? `needs some ${described} (the spec states no amount)`
            : `needs ${moreYears(need - known)} of ${described}`,
        );
      for (const entry of partsShort)
        outcome.missing.push(
          `needs ${moreYears(entry.part.years - entry.known)} of experience ${entry.part.text.replace(/^\S+\s+years?\s+/i, "")}`,
        );
    }
    return outcome;
  };
  const plain = finish(0, []);
  if (plain.status === "met") return plain;
  let best = plain;
  for (const placed of substitutionsFor(context, term)) {
    const credit = creditOf(context, ledger, placed.rule, "year");
    if (credit === undefined) continue;
    if (credit === "full")
      return context.outcome("met", [
        ...steps,
        creditStep(context, placed, "substitutes for the experience requirement in full"),
      ]);
    const rule = placed.rule.credit;
    const creditWords =
      rule.kind === "rate" &&
      rule.cap &&
      credit.credit >= (convert(rule.cap, "year") ?? Number.POSITIVE_INFINITY)
        ? `gives ${yearsWords(credit.credit)} of credit, its cap`
        : `gives ${yearsWords(credit.credit)} of credit`;
    const outcome = finish(credit.credit, [
      rule.kind === "unstated"
        ? unstatedStep(
            context,
            placed,
            some
              ? `the ${described} needed`
              : `the ${moreYears(Math.max(0, term.years - known))} of ${described} needed`,
          )
        : creditStep(context, placed, creditWords),
    ]);
    if (outcome.status === "met" && credit.fit !== "yes") outcome.status = "unknown";
    if (
      rank(outcome.status) > rank(best.status) ||
      (outcome.status === best.status && outcome.missing.join() < best.missing.join())
    )
      best = outcome;
    if (best.status === "met") return best;
  }
  return best;
}

// ------------------------------------------------------------ licence and text

export function evaluateCredential(
  context: Context,
  term: CredentialTerm,
  pointer: string,
): Outcome {
  const held = holdsLicence(context.candidate, term.name);
  const word = term.kind === "license" ? "licence" : "certification";
  if (held)
    return context.outcome("met", [
      context.step("met", `holds the ${word}: ${term.name}`, pointer, term.text),
    ]);
  const outcome = context.outcome("not-met", [
    context.step("not-met", `does not hold the ${word}: ${term.name}`, pointer, term.text),
  ]);
  outcome.missing.push(`needs the ${word}: ${term.name}`);
  return outcome;
}

export function evaluateText(context: Context, term: QualificationTerm, pointer: string): Outcome {
  return context.outcome("unknown", [
    context.step(
      "unknown",
      "a requirement classpec does not model; the agency decides",
      pointer,
      term.text,
    ),
  ]);
}

export { amountInWords };
