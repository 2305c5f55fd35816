/** The header block -> the `class-spec` fields it holds (identity, dates, salary), as one read. */
import type { ClassSpecBody, SalaryRange, SpecialEntranceRate } from "../../../schemas/index.js";
import type { DocFile } from "../../file.js";
import { parseDate } from "../../shared/dates.js";
import { specAt } from "../../shared/pointer.js";
import { type Read, ReadBuilder } from "../../shared/read.js";
import type { Line } from "../../types.js";
import { type Header, parseJobGroup } from "./header.js";

export const SOURCE = "kentucky";

export type HeaderFields = Pick<
  ClassSpecBody,
  "grade" | "jobCode" | "jobNumber" | "jobGroup" | "established" | "revised" | "salary"
>;

type Basis = ClassSpecBody["salary"]["basis"];

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
  if (header.grade) read.place(specAt("grade"), linePlace(header.grade.line));
  if (labels.jobCode) read.place(specAt("jobCode"), linePlace(labels.jobCode.line));
  if (labels.jobNumber) read.place(specAt("jobNumber"), linePlace(labels.jobNumber.line));
  let jobGroup: HeaderFields["jobGroup"] = null;
  if (labels.jobGroup) {
    jobGroup = parseJobGroup(labels.jobGroup.text) ?? null;
    if (jobGroup) {
      read.place(specAt("jobGroup", "code"), linePlace(labels.jobGroup.line));
      read.place(specAt("jobGroup", "name"), linePlace(labels.jobGroup.line));
    } else {
      warnValue(file, "Job Group", labels.jobGroup.text, "'<code> - <name>'", labels.jobGroup.line);
    }
  }
  const dates: Pick<HeaderFields, "established" | "revised"> = { established: null, revised: null };
  for (const key of ["established", "revised"] as const) {
    const value = labels[key];
    if (!value) continue;
    dates[key] = parseDate(value.text) ?? null;
    if (dates[key]) read.place(specAt(key), linePlace(value.line));
    else
      warnValue(
        file,
        `Job ${key === "established" ? "Established" : "Revised"}`,
        value.text,
        "a date MM/DD/YYYY",
        value.line,
      );
  }
  if (header.basis) read.place(specAt("salary", "basis"), linePlace(header.basis.line));
  else if (header.ranges.length > 0)
    file.warn(
      "salary-basis-assumed",
      "Unexpected salary ranges without a 'Salary (MIN - MID):' label, expected one; each second amount is read as the mid-point",
      { place: linePlace(header.ranges[0]?.line as Line), source: SOURCE },
    );
  if (!header.grade && header.gradeLabel)
    warnValue(file, "Grade", "(no value)", "a grade like '11'", header.gradeLabel);
  const ranges = header.ranges.map(({ range, line }, index) => {
    for (const key of Object.keys(range) as Array<keyof SalaryRange>)
      read.place(specAt("salary", "ranges", index, key), linePlace(line));
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
    grade: header.grade?.text ?? null,
    jobCode: labels.jobCode?.text ?? null,
    jobNumber,
    jobGroup,
    ...dates,
    salary: { basis: basisOf(header.basis?.text), ranges, specialEntranceRates },
  });
}

function readEntranceRates(
  header: Header,
  ranges: readonly SalaryRange[],
  file: DocFile,
): Read<SpecialEntranceRate[], Line> {
  const read = new ReadBuilder<Line>();
  const rates: SpecialEntranceRate[] = [];
  header.entrance.forEach(({ value, line }, index) => {
    if (value === null) return;
    const range: SalaryRange | undefined = value.period
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
    const rate: SpecialEntranceRate = { period: period.period, amount: value.amount };
    if (period.hoursPerWeek !== undefined) rate.hoursPerWeek = period.hoursPerWeek;
    for (const key of Object.keys(rate) as Array<keyof SpecialEntranceRate>)
      read.place(specAt("salary", "specialEntranceRates", rates.length, key), linePlace(line));
    rates.push(rate);
  });
  return read.done(rates);
}
