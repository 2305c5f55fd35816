/**
 * What a candidate holds, asked the way a spec's terms and substitutes ask:
 * experience years that match (known, and possibly matching where the
 * candidate left a level or setting unsaid), degrees, hours, licences. The
 * experience ledger keeps years used once from being counted twice (years
 * that substituted for the degree do not also meet the experience term).
 */
import type { SubstitutionRule } from "../../schemas/index.js";
import type {
  Candidate,
  ExperienceLevel,
  ExperiencePart,
  ExperienceTerm,
} from "../../schemas/qualifications.js";
import { splitAreas } from "../rules/credentials.js";
import { educationMeets, experienceMeets, matchesAny, phraseMatches } from "./match.js";

type Entry = NonNullable<Candidate["experience"]>[number];

export interface ExperienceAsk {
  areas: readonly string[];
  relatedArea?: boolean;
  level?: ExperienceLevel | undefined;
  settings: readonly string[];
  /** The areas are class titles: the candidate's area must name one in full. */
  asClass?: boolean;
}

export type Fit = "yes" | "no" | "maybe";

function entryFit(entry: Entry, ask: ExperienceAsk): Fit {
  let result: Fit = "yes";
  if (ask.asClass) {
    if (!ask.areas.some((title) => phraseMatches(entry.area, title))) return "no";
  } else if (!matchesAny(entry.area, ask.areas)) {
    if (!ask.relatedArea) return "no";
    result = "maybe";
  }
  if (ask.level) {
    if (entry.level === undefined) result = "maybe";
    else if (!experienceMeets(entry.level, ask.level)) return "no";
  }
  if (ask.settings.length > 0) {
    if (entry.setting === undefined) result = "maybe";
    else if (!matchesAny(entry.setting, ask.settings)) return "no";
  }
  return result;
}

export class Ledger {
  private readonly left: number[];

  constructor(readonly candidate: Candidate) {
    this.left = (candidate.experience ?? []).map((entry) => entry.years);
  }

  clone(): Ledger {
    const copy = new Ledger(this.candidate);
    copy.left.splice(0, copy.left.length, ...this.left);
    return copy;
  }

  /** Takes over what `other` (a clone that evaluated the chosen alternative) used. */
  adopt(other: Ledger): void {
    this.left.splice(0, this.left.length, ...other.left);
  }

  /** Years of experience left that surely fit, and that may fit. */
  years(ask: ExperienceAsk, also?: ExperienceAsk): { known: number; maybe: number } {
    let known = 0;
    let maybe = 0;
    (this.candidate.experience ?? []).forEach((entry, index) => {
      const years = this.left[index] ?? 0;
      const fits = [entryFit(entry, ask), also ? entryFit(entry, also) : "yes"];
      if (fits.includes("no")) return;
      if (fits.includes("maybe")) maybe += years;
      else known += years;
    });
    return { known, maybe };
  }

  /** Uses `years` of the surely fitting experience. */
  use(ask: ExperienceAsk, years: number): void {
    let rest = years;
    (this.candidate.experience ?? []).forEach((entry, index) => {
      if (rest <= 0 || entryFit(entry, ask) !== "yes") return;
      const taken = Math.min(rest, this.left[index] ?? 0);
      this.left[index] = (this.left[index] ?? 0) - taken;
      rest -= taken;
    });
  }
}

export function askOf(
  term: ExperienceTerm | (ExperiencePart & { relatedArea?: boolean }),
): ExperienceAsk {
  return {
    areas: term.areas,
    relatedArea: term.relatedArea ?? false,
    level: term.level,
    settings: term.settings,
    ...("asClass" in term && term.asClass ? { asClass: true } : {}),
  };
}

type Substitute = SubstitutionRule["substitute"];

/** The substitute's fields ("accounting or business administration") as a list; related-ness apart. */
function substituteFields(substitute: Substitute): { fields: string[]; related: boolean } {
  if (!substitute.field) return { fields: [], related: false };
  const items = splitAreas(substitute.field);
  const fields = items.filter((item) => item !== "" && !/\brelated\b/i.test(item));
  return { fields, related: fields.length !== items.length };
}

/** Semester hours of college study in the substitute's (or term's) fields. */
export function hoursIn(candidate: Candidate, fields: readonly string[]): number {
  return (candidate.education ?? [])
    .filter((entry) => matchesAny(entry.field, fields))
    .reduce((sum, entry) => sum + (entry.semesterHours ?? 0), 0);
}

/** Whether the candidate holds a substitute that counts as a whole (a degree, a licence). */
export function holdsSubstitute(candidate: Candidate, ledger: Ledger, substitute: Substitute): Fit {
  switch (substitute.category) {
    case "education": {
      const { fields, related } = substituteFields(substitute);
      if (substitute.credential && substitute.credential !== "license") {
        const asked = substitute.credential;
        const degree = (candidate.education ?? []).filter((entry) =>
          educationMeets(entry.level, asked),
        );
        if (degree.some((entry) => matchesAny(entry.field, fields))) return "yes";
        return related && degree.length > 0 ? "maybe" : "no";
      }
      const needed = substitute.amount?.amount ?? 0;
      // Plain "education" ("Experience and education may be substituted for one another"):
      // any study past high school, a degree or college hours.
      if (!substitute.field && !substitute.amount && /^education$/i.test(substitute.description))
        return (candidate.education ?? []).some(
          (entry) => educationMeets(entry.level, "certificate") || (entry.semesterHours ?? 0) > 0,
        )
          ? "yes"
          : "no";
      return hoursIn(candidate, fields) >= Math.max(needed, 1) ? "yes" : "no";
    }
    case "experience": {
      const ask = { areas: substitute.areas ?? [], level: substitute.level, settings: [] };
      const { known, maybe } = ledger.years(ask);
      const needed = substitute.amount
        ? substitute.amount.amount / (substitute.amount.unit === "month" ? 12 : 1)
        : 0;
      if (known > needed) return "yes";
      return known + maybe > needed ? "maybe" : "no";
    }
    case "license":
    case "certification":
      return holdsLicence(candidate, substitute.description) ? "yes" : "no";
    default:
      return "maybe";
  }
}

const HELD_WORDS = /\b(?:licen[sc]e|licensure|certification|certificate)\b/gi;

export function holdsLicence(candidate: Candidate, name: string): boolean {
  const wanted = name.replace(HELD_WORDS, " ").trim();
  return (candidate.licenses ?? []).some((held) =>
    phraseMatches(held.replace(HELD_WORDS, " "), wanted),
  );
}

export { substituteFields };
