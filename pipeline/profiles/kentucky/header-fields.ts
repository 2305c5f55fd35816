/** The header block -> the `class-spec` fields it holds (codes, group, pay, dates), as one read. */
import type {
  ClassCode,
  ClassSpecBody,
  PayEntranceRate,
  PayGrade,
  PayRange,
  PrintedDate,
} from "../../../schemas/index.js";
import type { DocFile } from "../../file.js";
import { parseDate } from "../../shared/dates.js";
import { specAt } from "../../shared/pointer.js";
import { type Read, ReadBuilder } from "../../shared/read.js";
import type { Line } from "../../types.js";
import { type Header, parseJobGroup } from "./header.js";

export const SOURCE = "kentucky";

export type HeaderFields = Pick<ClassSpecBody, "codes" | "group" | "pay" | "dates">;

type Basis = NonNullable<ClassSpecBody["pay"]["basis"]>;

/** The header's labelled codes, in the order the neutral model lists Kentucky's (migration-2.0.md). */
const CODES = [
  { key: "jobNumber", scheme: "job-number", label: "Job Number" },
  { key: "jobCode", scheme: "job-code", label: "Job Code" },
] as const;

/** A grade holding one number ("11", "11A") has it parsed beside what was printed. */
function gradeOf(value: string): PayGrade {
  const numbers = value.match(/\d+/g) ?? [];
  return numbers.length === 1
    ? { label: "Grade", value, number: Number(numbers[0]) }
    : { label: "Grade", value };
}

function basisOf(text: string | undefined): Basis {
  if (!text) return "min-mid";
  const hasMid = /MID/i.test(text);
  const hasMax = /MAX/i.test(text);
  return hasMid && hasMax ? "min-mid-max" : hasMax ? "min-max" : "min-mid";
}

export function linePlace(line: Line) {
  return {
    startLine: line.line,
    endLine: line.line,
    ...(line.page !== undefined ? { page: line.page } : {}),
  };
}

export function warnValue(
  file: DocFile,
  label: string,
  value: string,
  expected: string,
  line: Line,
): void {
  file.warn("header-value-unreadable", `Unexpected ${label} '${value}', expected ${expected}`, {
    place: linePlace(line),
    source: SOURCE,
  });
}

export function readHeaderFields(
  header: Header,
  jobNumber: string,
  file: DocFile,
): Read<HeaderFields, Line> {
  const read = new ReadBuilder<Line>();
  const { labels } = header;
  const codes: ClassCode[] = [];
  for (const { key, scheme, label } of CODES) {
    const value = key === "jobNumber" ? jobNumber : labels.jobCode?.text;
    const line = labels[key]?.line;
    if (value === undefined) continue;
    if (line)
      for (const leaf of ["scheme", "value", "label"] as const)
        read.place(specAt("codes", codes.length, leaf), linePlace(line));
    codes.push({ scheme, value, label });
  }
  const grades: PayGrade[] = [];
  if (header.grade) {
    const grade = gradeOf(header.grade.text);
    for (const leaf of Object.keys(grade) as Array<keyof PayGrade>)
      read.place(specAt("pay", "grades", 0, leaf), linePlace(header.grade.line));
    grades.push(grade);
  }
  let group: HeaderFields["group"] = null;
  if (labels.jobGroup) {
    const parsed = parseJobGroup(labels.jobGroup.text);
    if (parsed) {
      group = { kind: "job-group", ...parsed };
      for (const leaf of ["kind", "code", "name"] as const)
        read.place(specAt("group", leaf), linePlace(labels.jobGroup.line));
    } else {
      warnValue(file, "Job Group", labels.jobGroup.text, "'<code> - <name>'", labels.jobGroup.line);
    }
  }
  const dates: HeaderFields["dates"] = {
    established: null,
    revised: null,
    titleChanged: null,
    history: [],
  };
  for (const key of ["established", "revised"] as const) {
    const value = labels[key];
    if (!value) continue;
    const date = parseDate(value.text);
    if (date) {
      dates[key] = { printed: value.text, date } satisfies PrintedDate;
      read.place(specAt("dates", key, "printed"), linePlace(value.line));
      read.place(specAt("dates", key, "date"), linePlace(value.line));
    } else
      warnValue(
        file,
        `Job ${key === "established" ? "Established" : "Revised"}`,
        value.text,
        "a date MM/DD/YYYY",
        value.line,
      );
  }
  if (header.basis) read.place(specAt("pay", "basis"), linePlace(header.basis.line));
  else if (header.ranges.length > 0)
    file.warn(
      "salary-basis-assumed",
      "Unexpected salary ranges without a 'Salary (MIN - MID):' label, expected one; each second amount is read as the mid-point",
      { place: linePlace(header.ranges[0]?.line as Line), source: SOURCE },
    );
  if (!header.grade && header.gradeLabel)
    warnValue(file, "Grade", "(no value)", "a grade like '11'", header.gradeLabel);
  const ranges = header.ranges.map(({ range, line }, index) => {
    for (const key of Object.keys(range) as Array<keyof PayRange>)
      read.place(specAt("pay", "ranges", index, key), linePlace(line));
    return range;
  });
  for (const line of header.unreadPay) {
    file.error(
      "salary-unreadable",
      `Unexpected pay line '${line.text.trim().slice(0, 80)}', expected '$MIN-$MID - <period>' like '$13.581-$17.990 - Hourly'`,
      { place: linePlace(line), source: SOURCE },
    );
  }
  if (header.ranges.length === 0) {
    file.error(
      "missing-salary",
      "Unexpected header without salary ranges, expected lines like '$13.581-$17.990 - Hourly'",
      {
        source: SOURCE,
      },
    );
  }
  const specialEntranceRates = read.take(readEntranceRates(header, ranges, file));
  return read.done({
    codes,
    group,
    pay: { grades, basis: basisOf(header.basis?.text), ranges, specialEntranceRates },
    dates,
  });
}

function readEntranceRates(
  header: Header,
  ranges: readonly PayRange[],
  file: DocFile,
): Read<PayEntranceRate[], Line> {
  const read = new ReadBuilder<Line>();
  const rates: PayEntranceRate[] = [];
  header.entrance.forEach(({ value, line }, index) => {
    if (value === null) return;
    const range: PayRange | undefined = value.period
      ? ranges.find(
          (r) => r.period === value.period?.period && r.hoursPerWeek === value.period.hoursPerWeek,
        )
      : ranges[index];
    const period =
      value.period ??
      (range ? { period: range.period, hoursPerWeek: range.hoursPerWeek } : undefined);
    if (!period) {
      warnValue(file, "Special Entrance Rate", `$${value.amount}`, "a rate per salary range", line);
      return;
    }
    const rate: PayEntranceRate = { period: period.period, amount: value.amount };
    if (period.hoursPerWeek !== undefined) rate.hoursPerWeek = period.hoursPerWeek;
    for (const key of Object.keys(rate) as Array<keyof PayEntranceRate>)
      read.place(specAt("pay", "specialEntranceRates", rates.length, key), linePlace(line));
    rates.push(rate);
  });
  return read.done(rates);
}
