/** What a `class-spec` (Kentucky) diff compares, field by field: the table the walker runs. */
import type { ClassSpecBody, SalaryRange, SpecialEntranceRate } from "../../../schemas/index.js";
import { type Field, keyed } from "../fields.js";
import {
  entranceRateLabel,
  periodKey,
  type SalaryBound,
  SECTIONS,
  salaryLabel,
  salaryRangeLabel,
} from "../labels.js";
import { pairByKey } from "../pair.js";
import { money, salaryRangeText } from "../show.js";
import { noticesField } from "./notices.js";

type Substitution = ClassSpecBody["minimumRequirements"]["substitutions"][number];

/** The direction prefixes the text, so a direction flip is a reworded substitution. */
function substitutionText(substitution: Substitution): string {
  const direction =
    substitution.direction === "education-for-experience"
      ? "Education for experience:"
      : "Experience for education:";
  return `${direction} ${substitution.text}`;
}

const BOUND_IDS = { changed: "salary-changed", added: "salary-added", removed: "salary-removed" };

function bound(name: SalaryBound): Field<SalaryRange> {
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

const rangeFields: ReadonlyArray<Field<SalaryRange>> = [bound("min"), bound("mid"), bound("max")];

const rateFields: ReadonlyArray<Field<SpecialEntranceRate>> = [
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
  {
    compare: "scalar",
    path: ["grade"],
    section: SECTIONS.identity,
    label: "Grade",
    key: "grade",
    severity: "major",
    ids: { changed: "grade-changed", added: "grade-added", removed: "grade-removed" },
    about: "The class's pay grade",
    read: (body) => body.grade,
  },
  {
    compare: "scalar",
    path: ["jobCode"],
    section: SECTIONS.identity,
    label: "Job code",
    key: "jobCode",
    severity: "major",
    ids: { changed: "job-code-changed", added: "job-code-added", removed: "job-code-removed" },
    about: "The job code",
    read: (body) => body.jobCode,
  },
  {
    compare: "scalar",
    path: ["jobNumber"],
    section: SECTIONS.identity,
    label: "Job number",
    key: "jobNumber",
    severity: "major",
    ids: {
      changed: "job-number-changed",
      added: "job-number-added",
      removed: "job-number-removed",
    },
    about: "The job number",
    read: (body) => body.jobNumber,
  },
  {
    compare: "scalar",
    path: ["jobGroup"],
    section: SECTIONS.identity,
    label: "Job group",
    key: "jobGroup",
    severity: "major",
    ids: { changed: "job-group-changed", added: "job-group-added", removed: "job-group-removed" },
    about: "The job group (code and name)",
    read: (body) => (body.jobGroup ? `${body.jobGroup.code} - ${body.jobGroup.name}` : null),
  },
  // Dates record the publication, not who qualifies or what is paid.
  {
    compare: "scalar",
    path: ["established"],
    section: SECTIONS.dates,
    label: "Date established",
    key: "established",
    severity: "minor",
    ids: { changed: "date-changed", added: "date-added", removed: "date-removed" },
    about: "A date (established or revised)",
    read: (body) => body.established,
  },
  {
    compare: "scalar",
    path: ["revised"],
    section: SECTIONS.dates,
    label: "Date revised",
    key: "revised",
    severity: "minor",
    ids: { changed: "date-changed", added: "date-added", removed: "date-removed" },
    about: "A date (established or revised)",
    read: (body) => body.revised,
  },
  {
    compare: "scalar",
    path: ["salary", "basis"],
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
    read: (body) => body.salary.basis,
  },
  keyed<ClassSpecBody, SalaryRange>({
    compare: "keyed",
    path: ["salary", "ranges"],
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
    read: (body) => body.salary.ranges,
    pair: (a, b) => pairByKey(a, b, periodKey),
    itemKey: (range) => `salary:${periodKey(range)}`,
    itemLabel: salaryRangeLabel,
    show: salaryRangeText,
    fields: rangeFields,
  }),
  keyed<ClassSpecBody, SpecialEntranceRate>({
    compare: "keyed",
    path: ["salary", "specialEntranceRates"],
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
    read: (body) => body.salary.specialEntranceRates,
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
  {
    compare: "text",
    path: ["characteristics"],
    section: SECTIONS.characteristics,
    label: "Characteristics",
    key: "characteristics",
    severity: "minor",
    ids: {
      changed: "characteristics-changed",
      added: "characteristics-added",
      removed: "characteristics-removed",
    },
    about: "The characteristics of the class",
    read: (body) => body.characteristics,
  },
  {
    compare: "text",
    path: ["minimumRequirements", "education"],
    section: SECTIONS.requirements,
    label: "Education requirement",
    key: "education",
    severity: "major",
    ids: {
      changed: "education-requirement-changed",
      added: "education-requirement-added",
      removed: "education-requirement-removed",
    },
    about: "The education requirement",
    read: (body) => body.minimumRequirements.education,
  },
  {
    compare: "text",
    path: ["minimumRequirements", "experience"],
    section: SECTIONS.requirements,
    label: "Experience requirement",
    key: "experience",
    severity: "major",
    ids: {
      changed: "experience-requirement-changed",
      added: "experience-requirement-added",
      removed: "experience-requirement-removed",
    },
    about: "The experience requirement",
    read: (body) => body.minimumRequirements.experience,
  },
  // Substitutions pair by text; the direction is part of what the text says.
  {
    compare: "list",
    path: ["minimumRequirements", "substitutions"],
    section: SECTIONS.requirements,
    label: "Substitution",
    key: "substitutions",
    severity: "major",
    ids: {
      changed: "substitution-changed",
      added: "substitution-added",
      removed: "substitution-removed",
      moved: "substitution-moved",
    },
    about: "A substitution (education for experience or the reverse)",
    read: (body) => body.minimumRequirements.substitutions.map(substitutionText),
  },
  {
    compare: "text",
    path: ["specialRequirements"],
    section: SECTIONS.special,
    label: "Special requirements",
    key: "specialRequirements",
    severity: "major",
    ids: {
      changed: "special-requirements-changed",
      added: "special-requirements-added",
      removed: "special-requirements-removed",
    },
    about: "The special requirements",
    read: (body) => body.specialRequirements,
  },
  {
    compare: "list",
    path: ["duties"],
    section: SECTIONS.duties,
    label: "Duty",
    key: "duties",
    severity: "minor",
    ids: {
      changed: "duty-changed",
      added: "duty-added",
      removed: "duty-removed",
      moved: "duty-moved",
    },
    about: "A duty",
    read: (body) => body.duties,
  },
  // Physical requirements decide who can hold the job; working conditions describe it.
  {
    compare: "text",
    path: ["physicalRequirements"],
    section: SECTIONS.physical,
    label: "Physical requirements",
    key: "physicalRequirements",
    severity: "major",
    ids: {
      changed: "physical-requirements-changed",
      added: "physical-requirements-added",
      removed: "physical-requirements-removed",
    },
    about: "The physical requirements",
    read: (body) => body.physicalRequirements,
  },
  {
    compare: "text",
    path: ["workingConditions"],
    section: SECTIONS.conditions,
    label: "Working conditions",
    key: "workingConditions",
    severity: "minor",
    ids: {
      changed: "working-conditions-changed",
      added: "working-conditions-added",
      removed: "working-conditions-removed",
    },
    about: "The working conditions",
    read: (body) => body.workingConditions,
  },
  // Additional requirements are prose; the conditions they state are rules,
  // and a changed condition raises the change to major (rules.ts).
  {
    compare: "list",
    path: ["additionalRequirements"],
    section: SECTIONS.additional,
    label: "Additional requirement",
    key: "additionalRequirements",
    severity: "minor",
    ids: {
      changed: "additional-requirement-changed",
      added: "additional-requirement-added",
      removed: "additional-requirement-removed",
      moved: "additional-requirement-moved",
    },
    about: "An additional requirement",
    read: (body) => body.additionalRequirements,
  },
  noticesField<ClassSpecBody>(),
];
