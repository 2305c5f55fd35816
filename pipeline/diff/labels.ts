/** Human names of the things a change can touch, and the report sections they group under. */
import type { PayRange } from "../../schemas/index.js";

/** Report sections, in the order the documents print them. */
export const SECTIONS = {
  document: "Document",
  identity: "Identity",
  dates: "Dates",
  salary: "Salary",
  probation: "Probation",
  characteristics: "Characteristics",
  requirements: "Minimum requirements",
  preferences: "Desirable and preferred qualifications",
  special: "Special requirements",
  duties: "Duties",
  ksa: "Knowledge, skills and abilities",
  physical: "Physical requirements",
  conditions: "Working conditions",
  classification: "Classification",
  additional: "Additional requirements",
  extensions: "Publisher-specific",
  notices: "Notices",
  classes: "Classes in the series",
  concept: "Series concept",
  areas: "Areas of work",
  exclusions: "Exclusions",
  distinctions: "Class distinctions",
  charts: "Guideline charts",
  rules: "Rules",
  unmapped: "Text not placed in any field",
} as const;

export const SECTION_ORDER: readonly string[] = Object.values(SECTIONS);

const PERIOD_NAMES: Readonly<Record<PayRange["period"], string>> = {
  hour: "Hourly",
  week: "Weekly",
  biweekly: "Biweekly",
  semimonthly: "Semimonthly",
  month: "Monthly",
  year: "Annual",
};

const BOUND_NAMES = { min: "minimum", mid: "midpoint", max: "maximum" } as const;
export type SalaryBound = keyof typeof BOUND_NAMES;

interface Period {
  period: PayRange["period"];
  hoursPerWeek?: number | undefined;
}

function hoursSuffix(range: Period): string {
  return range.hoursPerWeek === undefined ? "" : ` (${range.hoursPerWeek} hours/week)`;
}

/** "Hourly salary minimum", "Monthly salary midpoint (37.5 hours/week)". */
export function salaryLabel(range: Period, bound: SalaryBound): string {
  return `${PERIOD_NAMES[range.period]} salary ${BOUND_NAMES[bound]}${hoursSuffix(range)}`;
}

export function salaryRangeLabel(range: Period): string {
  return `${PERIOD_NAMES[range.period]} salary range${hoursSuffix(range)}`;
}

export function entranceRateLabel(rate: Period): string {
  return `${PERIOD_NAMES[rate.period]} special entrance rate${hoursSuffix(rate)}`;
}

/** Key of a salary range or entrance rate: period and hours, never position. */
export function periodKey(range: Period): string {
  return `${range.period}@${range.hoursPerWeek ?? ""}`;
}

/** "ITS 3 – Intermediate" -> "ITS 3": the level's short name as the chart heading prints it. */
export function shortHeading(heading: string): string {
  const short = heading.slice(0, spacedDashAt(heading)).trim();
  return short || heading.trim();
}

const DASHES = new Set(["-", "\u2013", "\u2014"]);
const WHITESPACE = /\s/;

/**
 * The first dash with whitespace on both sides (the end of the text if none),
 * by looking at each dash's neighbours: `\s+[–—-]\s+` retries from every
 * character of a long whitespace run without a dash (quadratic).
 */
function spacedDashAt(text: string): number {
  for (let index = 1; index < text.length - 1; index++) {
    if (
      DASHES.has(text[index] ?? "") &&
      WHITESPACE.test(text[index - 1] ?? "") &&
      WHITESPACE.test(text[index + 1] ?? "")
    )
      return index;
  }
  return text.length;
}

/** "Chart cell: Project Management, ITS 3". */
export function chartCellLabel(areaName: string, heading: string): string {
  return `Chart cell: ${areaName}, ${shortHeading(heading)}`;
}
