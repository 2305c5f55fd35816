/** Comparing two `class-spec` bodies (Kentucky), field by field, lists by key or content. */
import type { ClassSpecBody, SalaryRange, SpecialEntranceRate } from "../../schemas/index.js";
import { pointer } from "../shared/provenance.js";
import type { ChangeList } from "./collect.js";
import {
  entranceRateLabel,
  periodKey,
  SALARY_BOUNDS,
  SECTIONS,
  salaryLabel,
  salaryRangeLabel,
} from "./labels.js";
import type { DiffObject } from "./types.js";

const BODY = "/body";

export function diffSpecBody(list: ChangeList, before: ClassSpecBody, after: ClassSpecBody): void {
  const at = (...segments: Array<string | number>) => `${BODY}${pointer(...segments)}`;
  const site = (
    section: string,
    label: string,
    key: string,
    ...segments: Array<string | number>
  ) => ({
    pointer: at(...segments),
    section,
    label,
    key,
  });

  // Identity: who the class is. Any change is major.
  list.scalar(
    site(SECTIONS.identity, "Grade", "grade", "grade"),
    "grade",
    "major",
    before.grade,
    after.grade,
  );
  list.scalar(
    site(SECTIONS.identity, "Job code", "jobCode", "jobCode"),
    "job-code",
    "major",
    before.jobCode,
    after.jobCode,
  );
  list.scalar(
    site(SECTIONS.identity, "Job number", "jobNumber", "jobNumber"),
    "job-number",
    "major",
    before.jobNumber,
    after.jobNumber,
  );
  list.scalar(
    site(SECTIONS.identity, "Job group", "jobGroup", "jobGroup"),
    "job-group",
    "major",
    before.jobGroup ? jobGroupText(before.jobGroup) : null,
    after.jobGroup ? jobGroupText(after.jobGroup) : null,
  );
  // Dates record the publication, not who qualifies or what is paid.
  list.scalar(
    site(SECTIONS.dates, "Date established", "established", "established"),
    "date",
    "minor",
    before.established,
    after.established,
  );
  list.scalar(
    site(SECTIONS.dates, "Date revised", "revised", "revised"),
    "date",
    "minor",
    before.revised,
    after.revised,
  );

  diffSalary(list, before.salary, after.salary, at);
  diffProbation(list, before.probation, after.probation, at);

  list.prose(
    site(SECTIONS.characteristics, "Characteristics", "characteristics", "characteristics"),
    "characteristics",
    "minor",
    before.characteristics,
    after.characteristics,
  );

  const requirements = ["minimumRequirements"] as const;
  list.prose(
    site(SECTIONS.requirements, "Education requirement", "education", ...requirements, "education"),
    "education-requirement",
    "major",
    before.minimumRequirements.education,
    after.minimumRequirements.education,
  );
  list.prose(
    site(
      SECTIONS.requirements,
      "Experience requirement",
      "experience",
      ...requirements,
      "experience",
    ),
    "experience-requirement",
    "major",
    before.minimumRequirements.experience,
    after.minimumRequirements.experience,
  );
  // Substitutions pair by text; the direction is part of what the text says.
  list.proseList(
    at(...requirements, "substitutions"),
    { section: SECTIONS.requirements, label: "Substitution", key: "substitutions" },
    "substitution",
    "major",
    before.minimumRequirements.substitutions.map(substitutionText),
    after.minimumRequirements.substitutions.map(substitutionText),
  );

  list.prose(
    site(SECTIONS.special, "Special requirements", "specialRequirements", "specialRequirements"),
    "special-requirements",
    "major",
    before.specialRequirements,
    after.specialRequirements,
  );
  list.proseList(
    at("duties"),
    { section: SECTIONS.duties, label: "Duty", key: "duties" },
    "duty",
    "minor",
    before.duties,
    after.duties,
  );
  // Physical requirements decide who can hold the job; working conditions describe it.
  list.prose(
    site(
      SECTIONS.physical,
      "Physical requirements",
      "physicalRequirements",
      "physicalRequirements",
    ),
    "physical-requirements",
    "major",
    before.physicalRequirements,
    after.physicalRequirements,
  );
  list.prose(
    site(SECTIONS.conditions, "Working conditions", "workingConditions", "workingConditions"),
    "working-conditions",
    "minor",
    before.workingConditions,
    after.workingConditions,
  );
  // Additional requirements are prose; the conditions they state are rules,
  // and a changed condition raises the change to major (rules.ts).
  list.proseList(
    at("additionalRequirements"),
    {
      section: SECTIONS.additional,
      label: "Additional requirement",
      key: "additionalRequirements",
    },
    "additional-requirement",
    "minor",
    before.additionalRequirements,
    after.additionalRequirements,
  );
  list.proseList(
    at("notices"),
    { section: SECTIONS.notices, label: "Notice", key: "notices" },
    "notice",
    "minor",
    before.notices,
    after.notices,
  );
}

function jobGroupText(group: { code: string; name: string }): string {
  return `${group.code} - ${group.name}`;
}

/** The direction prefixes the text, so a direction flip is a reworded substitution. */
function substitutionText(
  substitution: ClassSpecBody["minimumRequirements"]["substitutions"][number],
): string {
  const direction =
    substitution.direction === "education-for-experience"
      ? "Education for experience:"
      : "Experience for education:";
  return `${direction} ${substitution.text}`;
}

type At = (...segments: Array<string | number>) => string;

function diffSalary(
  list: ChangeList,
  before: ClassSpecBody["salary"],
  after: ClassSpecBody["salary"],
  at: At,
): void {
  list.scalar(
    {
      pointer: at("salary", "basis"),
      section: SECTIONS.salary,
      label: "Salary basis",
      key: "salary:basis",
    },
    "salary-basis",
    "major",
    before.basis,
    after.basis,
  );
  const ranges = pairByKey(before.ranges, after.ranges, periodKey);
  for (const { a, b, index } of ranges) {
    const key = `salary:${periodKey((a ?? b) as SalaryRange)}`;
    if (a && b) {
      for (const bound of SALARY_BOUNDS) {
        list.scalar(
          {
            pointer: at("salary", "ranges", index.after ?? 0, bound),
            section: SECTIONS.salary,
            label: salaryLabel(b, bound),
            key: `${key}:${bound}`,
          },
          "salary",
          "major",
          a[bound],
          b[bound],
        );
      }
    } else if (b) {
      list.push({
        pointer: at("salary", "ranges", index.after ?? 0),
        section: SECTIONS.salary,
        label: salaryRangeLabel(b),
        key,
        op: "add",
        severity: "major",
        ruleId: "salary-range-added",
        after: rangeValue(b),
      });
    } else if (a) {
      list.push({
        pointer: at("salary", "ranges", index.before ?? 0),
        section: SECTIONS.salary,
        label: salaryRangeLabel(a),
        key,
        op: "remove",
        severity: "major",
        ruleId: "salary-range-removed",
        before: rangeValue(a),
      });
    }
  }
  const rates = pairByKey(before.specialEntranceRates, after.specialEntranceRates, periodKey);
  for (const { a, b, index } of rates) {
    const rate = (b ?? a) as SpecialEntranceRate;
    const side = b ? index.after : index.before;
    list.scalar(
      {
        pointer: at("salary", "specialEntranceRates", side ?? 0, ...(a && b ? ["amount"] : [])),
        section: SECTIONS.salary,
        label: entranceRateLabel(rate),
        key: `special-entrance-rate:${periodKey(rate)}`,
      },
      "special-entrance-rate",
      "major",
      a?.amount ?? null,
      b?.amount ?? null,
    );
  }
}

function rangeValue(range: SalaryRange): DiffObject {
  return {
    period: range.period,
    ...(range.hoursPerWeek !== undefined ? { hoursPerWeek: range.hoursPerWeek } : {}),
    min: range.min,
    ...(range.mid !== undefined ? { mid: range.mid } : {}),
    ...(range.max !== undefined ? { max: range.max } : {}),
  };
}

function diffProbation(
  list: ChangeList,
  before: ClassSpecBody["probation"],
  after: ClassSpecBody["probation"],
  at: At,
): void {
  const site = (label: string, field: string) => ({
    pointer: at("probation", field),
    section: SECTIONS.probation,
    label,
    key: `probation:${field}`,
  });
  list.scalar(
    site("Initial probation (months)", "initialMonths"),
    "probation",
    "major",
    before?.initialMonths ?? null,
    after?.initialMonths ?? null,
  );
  list.scalar(
    site("Promotional probation (months)", "promotionalMonths"),
    "probation",
    "major",
    before?.promotionalMonths ?? null,
    after?.promotionalMonths ?? null,
  );
  // The reference is where to read more, not the period itself.
  list.prose(
    site("Probation reference", "reference"),
    "probation-reference",
    "minor",
    before?.reference,
    after?.reference,
  );
}

export interface Keyed<T> {
  a?: T;
  b?: T;
  index: { before?: number; after?: number };
}

/**
 * Pairs items by a key; duplicates of one key pair in order. Output follows
 * the revision's order, with items only in `before` after them in their order.
 */
export function pairByKey<T>(
  before: readonly T[],
  after: readonly T[],
  key: (item: T) => string,
): Array<Keyed<T>> {
  const waiting = new Map<string, number[]>();
  before.forEach((item, index) => {
    const k = key(item);
    waiting.set(k, [...(waiting.get(k) ?? []), index]);
  });
  const out: Array<Keyed<T>> = [];
  const used = new Set<number>();
  after.forEach((item, index) => {
    const match = waiting.get(key(item))?.shift();
    if (match === undefined) {
      out.push({ b: item, index: { after: index } });
      return;
    }
    used.add(match);
    const a = before[match];
    out.push({
      ...(a !== undefined ? { a } : {}),
      b: item,
      index: { before: match, after: index },
    });
  });
  before.forEach((item, index) => {
    if (!used.has(index)) out.push({ a: item, index: { before: index } });
  });
  return out;
}
