/**
 * The header block above the first section: banner, title, grade, salary
 * table, job code, group, dates, job number and special entrance rates.
 *
 * The text export prints many values before their labels
 * (`73040V000101Job Code:`) and the grade on the salary heading line
 * (`11 Salary (MIN - MID):`); a PDF read by position may print them after.
 * Both orders are read.
 */
import type { PayRange } from "../../../schemas/index.js";
import { MONEY_SOURCE, parseMoney } from "../../shared/money.js";
import { asPrintedNumbers, hasBidiControl, withoutBidiControls } from "../../shared/numbers.js";
import { collapseWhitespace } from "../../shared/whitespace.js";
import type { Line } from "../../types.js";
import { BANNER_LINES, NONE } from "./layout.js";

type LabelKey =
  | "grade"
  | "salary"
  | "jobCode"
  | "jobGroup"
  | "established"
  | "revised"
  | "jobNumber"
  | "entrance";

const LABELS: ReadonlyArray<{ key: LabelKey; pattern: RegExp }> = [
  { key: "grade", pattern: /Grade\s*:/ },
  { key: "salary", pattern: /Salary\s*\(\s*(MIN[A-Z -]*)\)\s*:/i },
  { key: "jobCode", pattern: /Job Code\s*:/ },
  { key: "jobGroup", pattern: /Job Group\s*:/ },
  { key: "established", pattern: /Job Established\s*:/ },
  { key: "revised", pattern: /Job Revised\s*:/ },
  { key: "jobNumber", pattern: /Job Number\s*:/ },
  { key: "entrance", pattern: /Special Entrance Rates?\s*:/i },
];

/** What a value on the line after its label must look like, for labels printed alone. */
const NEXT_LINE_VALUE: Partial<Record<LabelKey, RegExp>> = {
  jobCode: /^[0-9A-Z]{6,16}$/,
  jobNumber: /^\d{4,12}$/,
  jobGroup: /^\d{2,6}\s*-\s*\S/,
  established: /^\d{1,2}\/\d{1,2}\/\d{4}$/,
  revised: /^\d{1,2}\/\d{1,2}\/\d{4}$/,
};

const GRADE_VALUE = /^[0-9A-Z]{1,4}$/;
/** A grade on a line of its own, its label lost ("11"): digits, maybe a letter. */
const LOOSE_GRADE = /^\d{1,2}[A-Z]?$/;
/** A job number as printed, maybe with "#" before it or a footnote mark after it ("20001499 *"). */
const JOB_NUMBER = /^#?\s*(\d{4,12})[^\p{L}\p{N}]*$/u;

/** A hyphen, or the en or em dash a word processor puts in its place. */
const DASH = "[-\u2013\u2014]";
/** An amount ends there, and is not the hours a week of the period ("$2,600.00 - 40 Hr."). */
const NOT_HOURS = String.raw`(?![\d.,]|\s*(?:Hr|Hours?)\b)`;
/**
 * `$13.581-$17.990 - Hourly`, `$2,206.92-$2,923.38 - 37.5 Hr. Monthly Salary`,
 * also with en dashes or with no dash before the period (`$13.581 - $17.990 Hourly`).
 */
const SALARY_RANGE = new RegExp(
  String.raw`^(${MONEY_SOURCE})\s*${DASH}\s*(${MONEY_SOURCE})${NOT_HOURS}(?:\s*${DASH}\s*(${MONEY_SOURCE})${NOT_HOURS})?\s*(?:${DASH}\s*)?(\S.*)$`,
);
/** A header line that prints pay: it opens with a dollar amount, or two amounts joined by a dash. */
const SALARY_SHAPED = new RegExp(
  String.raw`^\$\s?\d|^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*${DASH}\s*\$?\d`,
);
/** `$15.250 - Hourly`: one amount, a special entrance rate. */
const SINGLE_RATE = new RegExp(String.raw`^(${MONEY_SOURCE})\s*(?:${DASH}\s*(.+))?$`);
/** (?<![\d.]): a number is tried from its first digit only; from every digit, a long run of digits is quadratic. */
const HOURS_PER_WEEK = /(?<![\d.])(\d+(?:\.\d+)?)\s*(?:Hr|Hour)s?\.?/i;

/** An all-capitals line that is none of the above is the class title (it may end in the "/" a wrap broke after). */
const TITLE = /^[A-Z0-9][A-Z0-9 &,.'()/\-–]*[A-Z0-9).]\/?$/;
/**
 * A long title wraps onto the next line in the export ("... SHIFT SUPERVISOR" /
 * "(DETENTION/RESIDENTIAL)"); a continuation sits on the very next line (no
 * blank line), has the title's shape (it may open with the parenthesis the
 * wrap moved down) and holds a word, so a grade ("11") or a "NONE" entrance
 * rate is never taken for one.
 */
const TITLE_CONTINUATION = /^[A-Z0-9(][A-Z0-9 &,.'()/\-–]*[A-Z0-9).]$/;
const TITLE_CONTINUATION_WORD = /[A-Z]{2,}/;
/** A wrap right after a "/" or "-" inside a word joins without a space ("SAFETY/" + "HEALTH"). */
const JOINS_WITHOUT_SPACE = /[A-Z0-9)][/\-–]$/;

export interface Value {
  text: string;
  line: Line;
}

export interface Header {
  /** The title joined from its lines; `line` is the first. */
  title?: Value;
  /** Lines after the first that the title wrapped onto. */
  titleLines: Line[];
  grade?: Value;
  basis?: { text: string; line: Line };
  ranges: Array<{ range: PayRange; line: Line }>;
  /** The ranges as printed, in order; read into `ranges` once the basis is known. */
  printedRanges: Value[];
  entrance: Array<{ value: EntranceValue | null; line: Line }>;
  labels: Partial<Record<Exclude<LabelKey, "grade" | "salary" | "entrance">, Value>>;
  /** Lines the header read; the rest is unmapped. */
  claimed: Set<Line>;
  /** Lines shaped like pay (`$...`) that no range or rate was read from. */
  unreadPay: Line[];
  /** A "Grade:" label was printed. */
  gradeLabel?: Line;
  /** Labelled values that do not have their value's shape: reported, not read. */
  unreadable: Array<{ label: string; text: string; expected: string; line: Line }>;
}

interface Found {
  key: LabelKey;
  start: number;
  end: number;
  match: RegExpExecArray;
}

function findLabels(text: string): Found[] {
  // Every label ends in a colon: a line without one (most of them) holds none.
  if (!text.includes(":")) return [];
  const found: Found[] = [];
  for (const { key, pattern } of LABELS) {
    const match = pattern.exec(text);
    if (match) found.push({ key, start: match.index, end: match.index + match[0].length, match });
  }
  return found.sort((a, b) => a.start - b.start);
}

export function periodOf(text: string): Pick<PayRange, "period" | "hoursPerWeek"> | undefined {
  const hours = HOURS_PER_WEEK.exec(text);
  const withHours = <T extends object>(value: T) =>
    hours?.[1] !== undefined ? { ...value, hoursPerWeek: Number(hours[1]) } : value;
  if (/hourly|per hour/i.test(text)) return { period: "hour" };
  if (/bi-?weekly/i.test(text)) return withHours({ period: "biweekly" as const });
  if (/weekly/i.test(text)) return withHours({ period: "week" as const });
  if (/monthly/i.test(text)) return withHours({ period: "month" as const });
  if (/annual|yearly/i.test(text)) return withHours({ period: "year" as const });
  return undefined;
}

/**
 * Whether `text` may open with an amount: a "$", a digit, or white space (`\s?` after `\$?`)
 * or a character outside ASCII first. Every header line is tried as a range; most open with
 * a letter, and the range pattern is not run on them.
 */
function mayOpenWithAmount(text: string): boolean {
  const first = text.charCodeAt(0);
  return !(first > 0x20 && first < 0x80 && first !== 0x24 && (first < 0x30 || first > 0x39));
}

function salaryRange(text: string, basis: string | undefined): PayRange | undefined {
  if (!mayOpenWithAmount(text)) return undefined;
  const match = SALARY_RANGE.exec(text);
  if (!match?.[1] || !match[2] || !match[4]) return undefined;
  const period = periodOf(match[4]);
  const first = parseMoney(match[1]);
  const second = parseMoney(match[2]);
  const third = match[3] === undefined ? undefined : parseMoney(match[3]);
  if (!period || first === undefined || second === undefined) return undefined;
  const range: PayRange = { ...period, min: first };
  if (third !== undefined) {
    range.mid = second;
    range.max = third;
  } else if (basis && /MAX/i.test(basis) && !/MID/i.test(basis)) {
    range.max = second;
  } else {
    range.mid = second;
  }
  return range;
}

/** Header lines -> labelled values. Scans every line; order on the page does not matter. */
export function readHeader(lines: readonly Line[]): Header {
  const header: Header = {
    ranges: [],
    printedRanges: [],
    entrance: [],
    labels: {},
    titleLines: [],
    claimed: new Set(),
    unreadPay: [],
    unreadable: [],
  };
  // Amounts as a reader reads them: "$\u200b13.581" and "＄１３.５８１" are $13.581.
  const content = lines.map((line) => ({
    line,
    text: asPrintedNumbers(collapseWhitespace(line.text)),
  }));
  let gradeBeforeSalary: Value | undefined;
  let inEntrance = false;

  /** The title was read from the previous line: the next one may continue it. */
  let titleOpen = false;

  content.forEach(({ line, text }, index) => {
    const afterTitle = titleOpen;
    titleOpen = false;
    if (text === "") return;
    if (BANNER_LINES.some((banner) => banner.test(text))) {
      header.claimed.add(line);
      return;
    }
    const labels = findLabels(text);
    if (labels.length > 0) {
      header.claimed.add(line);
      labels.forEach((label, position) => {
        const before = text.slice(labels[position - 1]?.end ?? 0, label.start).trim();
        const after = text.slice(label.end, labels[position + 1]?.start ?? text.length).trim();
        const values =
          label.key === "jobGroup"
            ? unwrapGroup(header, { before, after, line }, content[index - 1], content[index + 1])
            : { before, after, line };
        readLabel(header, label, values, content, index + 1);
        if (label.key === "salary" && before !== "") gradeBeforeSalary = { text: before, line };
      });
      inEntrance = labels.some((label) => label.key === "entrance");
      return;
    }
    if (addRange(header, text, line) || addWrappedRange(header, text, line, content, index)) return;
    if (inEntrance || header.entrance.length > 0) {
      const value = entranceRate(text);
      if (value !== undefined) {
        header.entrance.push({ value, line });
        header.claimed.add(line);
        return;
      }
    }
    if (!header.title && TITLE.test(text) && !header.claimed.has(line)) {
      header.title = { text, line };
      header.claimed.add(line);
      titleOpen = true;
      return;
    }
    if (afterTitle && header.title && isTitleContinuation(text)) {
      const glue = JOINS_WITHOUT_SPACE.test(header.title.text) ? "" : " ";
      header.title = { text: `${header.title.text}${glue}${text}`, line: header.title.line };
      header.titleLines.push(line);
      header.claimed.add(line);
      titleOpen = true;
    }
  });

  if (!header.grade && gradeBeforeSalary && GRADE_VALUE.test(gradeBeforeSalary.text)) {
    header.grade = gradeBeforeSalary;
  }
  const loose = !header.grade && header.gradeLabel ? looseGrade(header, content) : undefined;
  if (loose) header.grade = loose;
  // Whether the second amount is a mid or a max depends on the basis, which a PDF may print
  // below its first range: ranges are read once the whole header has been seen.
  header.ranges = header.printedRanges.flatMap(({ text, line }) => {
    const range = salaryRange(text, header.basis?.text);
    return range ? [{ range, line }] : [];
  });
  header.unreadPay = content
    .filter(
      ({ line, text }) =>
        !header.claimed.has(line) && SALARY_SHAPED.test(withoutBidiControls(text)),
    )
    .map(({ line }) => line);
  return header;
}

/**
 * The grade printed without the salary label it usually shares a line with
 * ("11" alone where "11 Salary (MIN - MID):" stood): read when the Grade
 * label is there and exactly one loose header line has a grade's shape.
 */
function looseGrade(
  header: Header,
  content: ReadonlyArray<{ line: Line; text: string }>,
): Value | undefined {
  const loose = content.filter(
    ({ line, text }) => !header.claimed.has(line) && LOOSE_GRADE.test(text),
  );
  const only = loose.length === 1 ? loose[0] : undefined;
  if (!only) return undefined;
  header.claimed.add(only.line);
  return { text: only.text, line: only.line };
}

/** Takes `text` as a salary range when it has a range's shape; true when it did. */
function addRange(header: Header, text: string, line: Line): boolean {
  // A bidi control may show the amounts in another order than they are stored: never guessed.
  if (hasBidiControl(text) || !salaryRange(text, undefined)) return false;
  header.printedRanges.push({ text, line });
  header.claimed.add(line);
  return true;
}

/** What a pay line's period reads as when the wrap moved it down: "Monthly Salary", "37.5 Hr. Monthly Salary". */
const PERIOD_ONLY =
  /^(?:\d+(?:\.\d+)?\s*(?:Hr|Hours?)\.?\s*)?(?:Hourly|Monthly|Bi-?Weekly|Weekly|Annual|Yearly)(?:\s+Salary)?$/i;

/**
 * A pay line the export wrapped before its period ("$2,206.92-$2,923.38 - 37.5 Hr." /
 * "Monthly Salary"): read as one line when the next line (a blank one aside) holds
 * only the period. Both lines are claimed; the range stands on the first.
 */
function addWrappedRange(
  header: Header,
  text: string,
  line: Line,
  content: ReadonlyArray<{ line: Line; text: string }>,
  index: number,
): boolean {
  if (!SALARY_SHAPED.test(text)) return false;
  const next = content[index + 1]?.text === "" ? content[index + 2] : content[index + 1];
  if (!next || header.claimed.has(next.line) || !PERIOD_ONLY.test(next.text)) return false;
  if (!addRange(header, `${text} ${next.text}`, line)) return false;
  header.claimed.add(next.line);
  return true;
}

interface LabelValues {
  before: string;
  after: string;
  line: Line;
}
type ContentLine = { line: Line; text: string } | undefined;

/** "3200 - JUVENILE JUSTICE": where a job group's value starts. */
const GROUP_START = /^\d{2,6}\s*-\s*\S/;
/** The rest of a wrapped group name: capitals only, no label. */
const GROUP_TAIL = /^[A-Z][A-Z &,.'()/-]*$/;

/** An adjacent line no label or field has taken. */
function isLoose(
  header: Header,
  candidate: ContentLine,
): candidate is { line: Line; text: string } {
  return (
    candidate !== undefined &&
    candidate.text !== "" &&
    !header.claimed.has(candidate.line) &&
    findLabels(candidate.text).length === 0
  );
}

/**
 * A job-group name too long for its box wraps onto a second line: before the
 * label ("3200 - JUVENILE JUSTICE & YOUTH" / "SERVICESJob Group:") or after it
 * ("Job Group: 3200 - JUVENILE JUSTICE & YOUTH" / "SERVICES"). The two halves
 * sit on adjacent lines; the code starts the first.
 */
function unwrapGroup(
  header: Header,
  values: LabelValues,
  previous: ContentLine,
  next: ContentLine,
): LabelValues {
  const { before, after } = values;
  if (before && !GROUP_START.test(before) && isLoose(header, previous)) {
    if (GROUP_START.test(previous.text)) {
      header.claimed.add(previous.line);
      return { ...values, before: `${previous.text} ${before}` };
    }
  }
  if (after && GROUP_START.test(after) && isLoose(header, next)) {
    if (GROUP_TAIL.test(next.text) && !NONE.test(next.text)) {
      header.claimed.add(next.line);
      return { ...values, after: `${after} ${next.text}` };
    }
  }
  return values;
}

function isTitleContinuation(text: string): boolean {
  return TITLE_CONTINUATION.test(text) && TITLE_CONTINUATION_WORD.test(text) && !NONE.test(text);
}

/** `content[from...]`: the lines after the label's, not copied for each label. */
function readLabel(
  header: Header,
  label: Found,
  values: LabelValues,
  content: ReadonlyArray<{ line: Line; text: string }>,
  from: number,
): void {
  const { before, after, line } = values;
  switch (label.key) {
    case "salary":
      header.basis = { text: label.match[1]?.trim() ?? "MIN - MID", line };
      // A PDF prints the first range on the label's own line, the others below it.
      if (after) addRange(header, after, line);
      return;
    case "entrance": {
      // Likewise the first special entrance rate (or its NONE).
      const value = after ? entranceRate(after) : undefined;
      if (value !== undefined) header.entrance.push({ value, line });
      return;
    }
    case "grade": {
      header.gradeLabel = line;
      const value = after || before;
      if (value && GRADE_VALUE.test(value)) header.grade = { text: value, line };
      return;
    }
    case "jobNumber": {
      const value = after || before;
      const number = value ? JOB_NUMBER.exec(value)?.[1] : undefined;
      if (number) header.labels.jobNumber = { text: number, line };
      else if (value)
        header.unreadable.push({
          label: "Job Number",
          text: value,
          expected: "a number of 4 to 12 digits",
          line,
        });
      else readNextLine(header, label, content, from);
      return;
    }
    default: {
      const value = after || before;
      if (value) {
        header.labels[label.key] = { text: value, line };
        return;
      }
      readNextLine(header, label, content, from);
    }
  }
}

/** A label printed alone: its value is the next non-blank line, when that has the value's shape. */
function readNextLine(
  header: Header,
  label: Found,
  content: ReadonlyArray<{ line: Line; text: string }>,
  from: number,
): void {
  const key = label.key;
  if (key === "grade" || key === "salary" || key === "entrance") return;
  let next: { line: Line; text: string } | undefined;
  for (let index = from; index < content.length && next === undefined; index++)
    if (content[index]?.text !== "") next = content[index];
  const shape = NEXT_LINE_VALUE[key];
  if (next && shape?.test(next.text) && findLabels(next.text).length === 0) {
    header.labels[key] = { text: next.text, line: next.line };
    header.claimed.add(next.line);
  }
}

export interface EntranceValue {
  amount: number;
  /** Absent when the line gives only the amount: it then belongs to the range at its position. */
  period?: Pick<PayRange, "period" | "hoursPerWeek">;
}

/** A special entrance rate line: NONE (null) or one amount; undefined when neither. */
function entranceRate(text: string): EntranceValue | null | undefined {
  if (NONE.test(text)) return null;
  if (hasBidiControl(text)) return undefined;
  const match = SINGLE_RATE.exec(text);
  if (!match?.[1]) return undefined;
  const amount = parseMoney(match[1]);
  if (amount === undefined) return undefined;
  const period = match[2] ? periodOf(match[2]) : undefined;
  return period ? { amount, period } : { amount };
}

/**
 * "123 - Name". The space after the dash may hold line breaks, the name none:
 * the optional group skips to the last break of that space at once, where
 * `-\s*(.+)$` retried every split of a long run of it between `\s*` and `.+`.
 */
const JOB_GROUP = /^(\d+)\s*-(?:\s*[\n\r\u2028\u2029])?(.+)$/;

export function parseJobGroup(text: string): { code: string; name: string } | undefined {
  const match = JOB_GROUP.exec(text);
  return match?.[1] && match[2] ? { code: match[1], name: match[2].trim() } : undefined;
}
