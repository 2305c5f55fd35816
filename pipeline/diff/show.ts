/**
 * What an item added or removed whole shows in a report: its content, not
 * only its name (an added area: its focus and duties; an added chart: its
 * cells' text), and money as money.
 */
import type {
  ClassCode,
  ClassSeriesBody,
  ClassSeriesDocument,
  ClassSpecDocument,
  PayRange,
} from "../../schemas/index.js";
import { shortHeading } from "./labels.js";
import { normalizeText } from "./normalize.js";

type SeriesClass = ClassSeriesBody["classes"][number];
type Area = ClassSeriesBody["areasOfWork"][number];
type Chart = ClassSeriesBody["charts"][number];

const DOLLARS = new Intl.NumberFormat("en-US", {
  style: "currency",
  currency: "USD",
  minimumFractionDigits: 2,
  maximumFractionDigits: 3,
});

/** "$2,206.92"; an hourly rate printed to the tenth of a cent keeps it ("$13.581"). */
export function money(amount: number): string {
  return DOLLARS.format(amount);
}

/** "$2,206.92 → $2,317.58 (+5.0%)". */
export function moneyChange(before: number, after: number): string {
  const percent =
    before === 0
      ? ""
      : ` (${after >= before ? "+" : ""}${((after / before - 1) * 100).toFixed(1)}%)`;
  return `${money(before)} → ${money(after)}${percent}`;
}

const PER: Readonly<Record<PayRange["period"], string>> = {
  hour: "per hour",
  week: "per week",
  biweekly: "every two weeks",
  semimonthly: "twice a month",
  month: "per month",
  year: "per year",
};

/** "$2,206.92 minimum, $2,923.38 midpoint per month (37.5 hours/week)". */
export function salaryRangeText(range: PayRange): string {
  const bounds = [
    `${money(range.min)} minimum`,
    ...(range.mid !== undefined ? [`${money(range.mid)} midpoint`] : []),
    ...(range.max !== undefined ? [`${money(range.max)} maximum`] : []),
  ];
  const hours = range.hoursPerWeek === undefined ? "" : ` (${range.hoursPerWeek} hours/week)`;
  return `${bounds.join(", ")} ${PER[range.period]}${hours}`;
}

export function classText(item: SeriesClass): string {
  return `${item.codes.join("/")} ${item.title} (level ${item.level})`;
}

/** An area by number and name ("11. Data Analytics"): readable after a renumbering. */
export function areaName(area: { number: number; name: string }): string {
  return `${area.number}. ${area.name}`;
}

/** "11. Data Analytics", "Focus: …", then one line per typical duty. */
export function areaText(area: Area): string[] {
  return [
    areaName(area),
    ...(area.focus ? [`Focus: ${normalizeText(area.focus)}`] : []),
    ...area.duties.map((duty) => `Typical duty: ${normalizeText(duty)}`),
  ];
}

/** One line per level: its heading and what the cell says ("n/a" where the area does not apply). */
export function chartText(chart: Chart): string[] {
  return chart.cells.map(
    (cell) =>
      `${shortHeading(cell.heading)}: ${cell.text === null ? "n/a" : normalizeText(cell.text)}`,
  );
}

const CODE_NAMES: Readonly<Record<ClassCode["scheme"], string>> = {
  "class-number": "Class number",
  "class-code": "Class code",
  "job-number": "Job number",
  "job-code": "Job code",
  "position-code": "Position code",
  other: "Code",
};

/** A whole series added or removed: its title, its classes, areas of work and exclusions. */
export function seriesSummary(document: ClassSeriesDocument): string[] {
  return [
    document.title,
    ...document.body.classes.map((item) => `Class: ${classText(item)}`),
    ...document.body.areasOfWork.map((area) => `Area of work: ${areaName(area)}`),
    ...document.body.exclusions.map((text) => `Exclusion: ${normalizeText(text)}`),
  ];
}

/** A whole spec added or removed: its title, what identifies and pays it, its duties and requirements. */
export function specSummary(document: ClassSpecDocument): string[] {
  const { body } = document;
  // The code the id is made from already names the document.
  const named = document.id.slice(document.id.lastIndexOf("/") + 1);
  return [
    document.title,
    ...body.pay.grades.map((grade) => `${grade.label}: ${grade.value}`),
    ...body.codes
      .filter((code) => code.value.toLowerCase() !== named)
      .map((code) => `${CODE_NAMES[code.scheme]}: ${code.value}`),
    ...body.pay.ranges.map((range) => `Salary: ${salaryRangeText(range)}`),
    // What the class does and who qualifies: duties moved to a new class are seen in its addition.
    ...body.duties.map((duty) => `Duty: ${normalizeText(duty.text)}`),
    ...qualificationLines(body.qualifications),
  ];
}

type Qualifications = ClassSpecDocument["body"]["qualifications"];
type QualificationSet = NonNullable<Qualifications["minimum"]>;

function setLines(name: string, set: QualificationSet | null): string[] {
  if (!set) return [];
  const line = (what: string, text: string | null) =>
    text === null ? [] : [`${name} ${what}: ${normalizeText(text)}`];
  return [
    ...line("qualifications", set.text),
    ...line("education", set.education),
    ...line("experience", set.experience),
    ...set.alternatives.map((text) => `${name} alternative: ${normalizeText(text)}`),
    ...set.substitutions.map((item) => `${name} substitution: ${normalizeText(item.text)}`),
    ...set.notes.map((text) => `${name} note: ${normalizeText(text)}`),
  ];
}

function qualificationLines(qualifications: Qualifications): string[] {
  const { licenses, special, legal } = qualifications;
  return [
    ...setLines("Minimum", qualifications.minimum),
    ...setLines("Desirable", qualifications.desirable),
    ...setLines("Preferred", qualifications.preferred),
    ...licenses.map((text) => `Licence or certification: ${normalizeText(text)}`),
    ...(special === null ? [] : [`Special requirements: ${normalizeText(special)}`]),
    ...(legal === null ? [] : [`Legal requirements: ${normalizeText(legal)}`]),
  ];
}
