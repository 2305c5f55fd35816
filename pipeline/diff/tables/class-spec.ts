/** What a `class-spec` diff compares, field by field: the table the walker runs. */
import type {
  ClassSpecBody,
  PayEntranceRate,
  PayRange,
  PrintedDate,
} from "../../../schemas/index.js";
import { type Field, keyed } from "../fields.js";
import {
  entranceRateLabel,
  periodKey,
  type SalaryBound,
  SECTIONS,
  salaryLabel,
  salaryRangeLabel,
} from "../labels.js";
import { normalizeText } from "../normalize.js";
import { pairByKey } from "../pair.js";
import { money, salaryRangeText } from "../show.js";
import { CLASS_SPEC_WORK_FIELDS } from "./class-spec-work.js";

type Code = ClassSpecBody["codes"][number];
type Grade = ClassSpecBody["pay"]["grades"][number];
type DateKey = "established" | "revised" | "titleChanged";

/** A date as printed, with what of it parses, so either changing shows: "07/01/1993 (1993-07-01)". */
function dateText(date: PrintedDate | null): string | null {
  if (!date) return null;
  const parsed = [date.date, date.yearMonth, date.year?.toString()].filter(
    (part): part is string => part !== undefined,
  );
  return parsed.length === 0 ? date.printed : `${date.printed} (${parsed.join(", ")})`;
}

/** "11", or "B17 (17)" when the number read from a grade is not the grade itself. */
function gradeText(grade: Grade): string {
  return grade.number === undefined || String(grade.number) === grade.value
    ? grade.value
    : `${grade.value} (${grade.number})`;
}

/** Kentucky's two codes keep their 1.x location keys, so fingerprints stay the same. */
const CODE_FIELDS: ReadonlyArray<{
  scheme: Code["scheme"];
  name: string;
  key: string;
  id: string;
}> = [
  { scheme: "job-number", name: "Job number", key: "jobNumber", id: "job-number" },
  { scheme: "job-code", name: "Job code", key: "jobCode", id: "job-code" },
  { scheme: "class-number", name: "Class number", key: "classNumber", id: "class-number" },
  { scheme: "class-code", name: "Class code", key: "classCode", id: "class-code" },
  { scheme: "position-code", name: "Position code", key: "positionCode", id: "position-code" },
  { scheme: "other", name: "Code", key: "otherCode", id: "other-code" },
];

/** The codes of one scheme, paired in printed order; indexes are positions in the whole list. */
function codeField({ scheme, name, key, id }: (typeof CODE_FIELDS)[number]): Field<ClassSpecBody> {
  const fields: ReadonlyArray<Field<Code>> = [
    {
      compare: "scalar",
      path: ["value"],
      section: SECTIONS.identity,
      label: name,
      key: (_code, itemKey) => itemKey,
      severity: "major",
      ids: { changed: `${id}-changed` },
      about: `The ${name.toLowerCase()}`,
      read: (code) => code.value,
    },
    {
      compare: "text",
      path: ["label"],
      section: SECTIONS.identity,
      label: `${name} label`,
      key: "label",
      severity: "editorial",
      ids: {
        changed: "code-label-changed",
        added: "code-label-added",
        removed: "code-label-removed",
      },
      about: "The label printed before a code ('Job Number', 'Class No.')",
      read: (code) => code.label,
    },
  ];
  return keyed<ClassSpecBody, Code>({
    compare: "keyed",
    path: ["codes"],
    section: SECTIONS.identity,
    label: name,
    key,
    severity: "major",
    ids: { changed: `${id}-changed`, added: `${id}-added`, removed: `${id}-removed` },
    about: `The ${name.toLowerCase()}`,
    read: (body) => body.codes,
    pair: (a, b) =>
      pairByKey(a, b, (code) => code.scheme).filter(
        (pair) => (pair.b ?? pair.a)?.scheme === scheme,
      ),
    itemKey: () => key,
    itemLabel: () => name,
    show: (code) => code.value,
    fields,
  });
}

const gradeFields: ReadonlyArray<Field<Grade>> = [
  {
    compare: "scalar",
    path: ["value"],
    section: SECTIONS.identity,
    // What the publisher calls it: "Grade", "Salary Group", "Pay Scale Group".
    label: (grade) => grade.label,
    key: (_grade, itemKey) => itemKey,
    severity: "major",
    ids: { changed: "grade-changed" },
    about: "The class's pay grade",
    read: gradeText,
  },
];

function dateField(key: DateKey, label: string): Field<ClassSpecBody> {
  return {
    compare: "scalar",
    path: ["dates", key],
    section: SECTIONS.dates,
    label,
    key,
    severity: "minor",
    ids: { changed: "date-changed", added: "date-added", removed: "date-removed" },
    about: "A date (established, revised, title changed)",
    read: (body) => dateText(body.dates[key]),
  };
}

const GROUP_LABELS: Readonly<Record<NonNullable<ClassSpecBody["group"]>["kind"], string>> = {
  "job-group": "Job group",
  series: "Series",
  "occupational-group": "Occupational group",
  family: "Job family",
  other: "Group",
};

const BOUND_IDS = { changed: "salary-changed", added: "salary-added", removed: "salary-removed" };

function bound(name: SalaryBound): Field<PayRange> {
  return {
    compare: "scalar",
    path: [name],
    section: SECTIONS.salary,
    label: (range) => salaryLabel(range, name),
    key: name,
    severity: "major",
    ids: BOUND_IDS,
    about: "A salary figure (minimum, midpoint or maximum of a range)",
    read: (range) => range[name],
    format: "money",
  };
}

const rangeFields: ReadonlyArray<Field<PayRange>> = [
  bound("min"),
  bound("mid"),
  bound("max"),
  {
    compare: "text",
    path: ["printed"],
    section: SECTIONS.salary,
    label: (range) => `${salaryRangeLabel(range)} as printed`,
    key: "printed",
    severity: "editorial",
    ids: {
      changed: "salary-printed-changed",
      added: "salary-printed-added",
      removed: "salary-printed-removed",
    },
    about: "A salary range as printed (its amounts are compared on their own)",
    read: (range) => range.printed,
  },
];

const rateFields: ReadonlyArray<Field<PayEntranceRate>> = [
  {
    compare: "scalar",
    path: ["amount"],
    section: SECTIONS.salary,
    label: entranceRateLabel,
    key: (_rate, itemKey) => itemKey,
    severity: "major",
    ids: { changed: "special-entrance-rate-changed" },
    about: "A special entrance rate's amount",
    read: (rate) => rate.amount,
    format: "money",
  },
];

export const CLASS_SPEC_FIELDS: ReadonlyArray<Field<ClassSpecBody>> = [
  // Identity: who the class is. Any change is major.
  keyed<ClassSpecBody, Grade>({
    compare: "keyed",
    path: ["pay", "grades"],
    section: SECTIONS.identity,
    label: "Grade",
    key: "grade",
    severity: "major",
    ids: { changed: "grade-changed", added: "grade-added", removed: "grade-removed" },
    about: "The class's pay grade",
    read: (body) => body.pay.grades,
    pair: (a, b) => pairByKey(a, b, (grade) => normalizeText(grade.label).toLowerCase()),
    // Kentucky's "Grade" keeps its 1.x location key; another label is its own place.
    itemKey: (grade) => (/^grade$/i.test(grade.label) ? "grade" : `grade:${grade.label}`),
    itemLabel: (grade) => grade.label,
    show: gradeText,
    fields: gradeFields,
  }),
  ...CODE_FIELDS.map(codeField),
  {
    compare: "scalar",
    path: ["group"],
    section: SECTIONS.identity,
    label: (body) => GROUP_LABELS[body.group?.kind ?? "job-group"],
    key: "jobGroup",
    severity: "major",
    ids: { changed: "job-group-changed", added: "job-group-added", removed: "job-group-removed" },
    about: "The job group (code and name)",
    read: (body) => {
      if (!body.group) return null;
      const { kind, code, name } = body.group;
      const text = [code, name].filter((part) => part !== null).join(" - ");
      // Kentucky's job group reads as in 1.x; another kind of group says which.
      return kind === "job-group" ? text : `${text} (${GROUP_LABELS[kind].toLowerCase()})`;
    },
  },
  // Dates record the publication, not who qualifies or what is paid.
  dateField("established", "Date established"),
  dateField("revised", "Date revised"),
  dateField("titleChanged", "Date title changed"),
  {
    compare: "list",
    path: ["dates", "history"],
    section: SECTIONS.dates,
    label: "Class history",
    key: "history",
    severity: "minor",
    ids: {
      changed: "history-entry-changed",
      added: "history-entry-added",
      removed: "history-entry-removed",
      moved: "history-entry-moved",
    },
    about: "An entry of the class history",
    read: (body) =>
      body.dates.history.map((entry) => `${entry.event}: ${dateText(entry.date)}: ${entry.text}`),
  },
  {
    compare: "scalar",
    path: ["pay", "basis"],
    section: SECTIONS.salary,
    label: "Salary basis",
    key: "salary:basis",
    severity: "major",
    ids: {
      changed: "salary-basis-changed",
      added: "salary-basis-added",
      removed: "salary-basis-removed",
    },
    about: "The salary basis (which bounds the ranges print)",
    read: (body) => body.pay.basis,
  },
  keyed<ClassSpecBody, PayRange>({
    compare: "keyed",
    path: ["pay", "ranges"],
    section: SECTIONS.salary,
    label: "Salary range",
    key: "salary",
    severity: "major",
    ids: {
      changed: "salary-range-changed",
      added: "salary-range-added",
      removed: "salary-range-removed",
    },
    about: "A salary range (one pay period)",
    read: (body) => body.pay.ranges,
    pair: (a, b) => pairByKey(a, b, periodKey),
    itemKey: (range) => `salary:${periodKey(range)}`,
    itemLabel: salaryRangeLabel,
    show: salaryRangeText,
    fields: rangeFields,
  }),
  keyed<ClassSpecBody, PayEntranceRate>({
    compare: "keyed",
    path: ["pay", "specialEntranceRates"],
    section: SECTIONS.salary,
    label: "Special entrance rate",
    key: "special-entrance-rate",
    severity: "major",
    ids: {
      changed: "special-entrance-rate-changed",
      added: "special-entrance-rate-added",
      removed: "special-entrance-rate-removed",
    },
    about: "A special entrance rate",
    read: (body) => body.pay.specialEntranceRates,
    pair: (a, b) => pairByKey(a, b, periodKey),
    itemKey: (rate) => `special-entrance-rate:${periodKey(rate)}`,
    itemLabel: entranceRateLabel,
    show: (rate) => money(rate.amount),
    fields: rateFields,
  }),
  {
    compare: "scalar",
    path: ["probation", "initialMonths"],
    section: SECTIONS.probation,
    label: "Initial probation (months)",
    key: "probation:initialMonths",
    severity: "major",
    ids: { changed: "probation-changed", added: "probation-added", removed: "probation-removed" },
    about: "A probationary period (initial or promotional, in months)",
    read: (body) => body.probation?.initialMonths ?? null,
  },
  {
    compare: "scalar",
    path: ["probation", "promotionalMonths"],
    section: SECTIONS.probation,
    label: "Promotional probation (months)",
    key: "probation:promotionalMonths",
    severity: "major",
    ids: { changed: "probation-changed", added: "probation-added", removed: "probation-removed" },
    about: "A probationary period (initial or promotional, in months)",
    read: (body) => body.probation?.promotionalMonths ?? null,
  },
  // The reference is where to read more, not the period itself.
  {
    compare: "text",
    path: ["probation", "reference"],
    section: SECTIONS.probation,
    label: "Probation reference",
    key: "probation:reference",
    severity: "minor",
    ids: {
      changed: "probation-reference-changed",
      added: "probation-reference-added",
      removed: "probation-reference-removed",
    },
    about: "The probation reference (regulation link)",
    read: (body) => body.probation?.reference,
  },
  ...CLASS_SPEC_WORK_FIELDS,
];
