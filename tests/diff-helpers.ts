/** Hand-built documents for the diff's unit tests (no parsing involved). */

import type { Change, DiffReport } from "../pipeline/diff/index.js";
import {
  type ClassSeriesBody,
  type ClassSeriesDocument,
  type ClassSpecBody,
  type ClassSpecDocument,
  type Rule,
  SCHEMA_VERSION,
} from "../schemas/index.js";
import { run } from "./helpers.js";

const SOURCE = {
  path: "a.txt",
  format: "text",
  sha256: "0".repeat(64),
  profile: "kentucky",
} as const;

/** Body fields to set; duties may be given as their texts. */
export type BodyOverrides = Partial<Omit<ClassSpecBody, "duties">> & {
  duties?: ReadonlyArray<string | ClassSpecBody["duties"][number]>;
};

export function specBody(overrides: BodyOverrides = {}): ClassSpecBody {
  const { duties: given, ...rest } = overrides;
  const body: ClassSpecBody = {
    codes: [
      { scheme: "job-number", value: "20001499", label: "Job Number" },
      { scheme: "job-code", value: "73040V000101", label: "Job Code" },
    ],
    group: { kind: "job-group", code: "7300", name: "INFORMATION MANAGEMENT SYSTEMS" },
    pay: {
      grades: [{ label: "Grade", value: "11", number: 11 }],
      basis: "min-mid",
      ranges: [
        { period: "hour", min: 13.581, mid: 17.99 },
        { period: "month", hoursPerWeek: 37.5, min: 2206.92, mid: 2923.38 },
      ],
      specialEntranceRates: [],
    },
    dates: {
      established: { printed: "07/01/1993", date: "1993-07-01" },
      revised: { printed: "02/24/2006", date: "2006-02-24" },
      titleChanged: null,
      history: [],
    },
    definition: "Coordinates the work of lead production support staff.",
    distinguishingCharacteristics: null,
    duties: [
      "Assigns work of other production support staff and checks completed work for accuracy.",
      "Reviews job requests, suggests necessary adjustments and schedules jobs in unit.",
      "Revises job control language as necessary.",
      "Checks and allocates storage space.",
    ].map((text) => ({ text })),
    knowledgeSkillsAbilities: [],
    qualifications: {
      minimum: {
        text: null,
        education: "Graduate of a college or university with a bachelor's degree.",
        experience: "Must have one year of production support experience.",
        alternatives: [],
        substitutions: [],
        notes: [],
      },
      desirable: null,
      preferred: null,
      licenses: [],
      special: null,
      legal: null,
    },
    probation: { initialMonths: 6, promotionalMonths: 6, reference: null },
    conditions: {
      working: "Incumbents typically perform duties in an office setting.",
      physical: null,
    },
    classification: { flsa: null, bargainingUnit: null, eeoCategory: null },
    additionalRequirements: [],
    notices: [],
    extensions: {},
    ...rest,
  };
  if (given) body.duties = given.map((duty) => (typeof duty === "string" ? { text: duty } : duty));
  return body;
}

/** Duties as the body holds them, from their texts. */
export function duties(...texts: string[]): ClassSpecBody["duties"] {
  return texts.map((text) => ({ text }));
}

/** The body's duties as texts. */
export function dutyTexts(body: ClassSpecBody): string[] {
  return body.duties.map((duty) => duty.text);
}

/** A body whose grade is `value` (null: no grade printed). */
export function withGrade(body: ClassSpecBody, value: string | null): ClassSpecBody {
  const grades = value === null ? [] : [{ label: "Grade", value }];
  return { ...body, pay: { ...body.pay, grades } };
}

/** A body whose Kentucky job number is `value`. */
export function withJobNumber(body: ClassSpecBody, value: string): ClassSpecBody {
  return {
    ...body,
    codes: body.codes.map((code) => (code.scheme === "job-number" ? { ...code, value } : code)),
  };
}

/** A body with other minimum-qualification fields. */
export function withMinimum(
  body: ClassSpecBody,
  minimum: Partial<NonNullable<ClassSpecBody["qualifications"]["minimum"]>>,
): ClassSpecBody {
  const current = body.qualifications.minimum ?? specBody().qualifications.minimum;
  if (!current) throw new Error("the default body has minimum qualifications");
  return {
    ...body,
    qualifications: { ...body.qualifications, minimum: { ...current, ...minimum } },
  };
}

/** A body with other working conditions. */
export function withWorking(body: ClassSpecBody, working: string | null): ClassSpecBody {
  return { ...body, conditions: { ...body.conditions, working } };
}

/** The job number the id is made from. */
function jobNumberOf(body: ClassSpecBody): string {
  return body.codes.find((code) => code.scheme === "job-number")?.value ?? "0";
}

export function specDoc(
  body: ClassSpecBody = specBody(),
  rules: Rule[] = [],
  extra: Partial<ClassSpecDocument> = {},
): ClassSpecDocument {
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: "class-spec",
    id: `us-ky/class/${jobNumberOf(body)}`,
    title: "PRODUCTION SPECIALIST II",
    jurisdiction: { code: "US-KY", name: "Commonwealth of Kentucky" },
    status: "complete",
    source: SOURCE,
    body,
    rules,
    provenance: {},
    unmapped: [],
    diagnostics: [],
    ...extra,
  };
}

const HEADINGS = ["ITS 1 – Trainee", "ITS 2 – Journey", "ITS 3 – Intermediate"];

export function seriesBody(overrides: Partial<ClassSeriesBody> = {}): ClassSeriesBody {
  const areas = ["Application Development", "Business Analysis", "Project Management"];
  return {
    classes: HEADINGS.map((_, index) => ({
      codes: [`0011${8 + index}`, `9011${8 + index}`],
      title: `Information Technology Specialist ${index + 1}`,
      level: index + 1,
    })),
    notices: [],
    concept: "Positions in this series provide professional information technology functions.",
    areasOfWork: areas.map((name, index) => ({
      number: index + 1,
      name,
      focus: `Work is focused on ${name.toLowerCase()}.`,
      duties: [
        `Plans ${name.toLowerCase()} work.`,
        `Documents ${name.toLowerCase()} results for the team.`,
      ],
    })),
    exclusions: ["Positions that include full supervisory functions."],
    distinctions: HEADINGS.map((heading, index) => ({
      level: index + 1,
      title: `Information Technology Specialist ${index + 1}`,
      text: `Employees at level ${index + 1} work as ${heading.split(" – ")[1]?.toLowerCase()} staff.`,
    })),
    charts: areas.map((name, index) => ({
      area: index + 1,
      name,
      cells: HEADINGS.map((heading, level) => ({
        level: level + 1,
        heading,
        text: `Performs ${name.toLowerCase()} tasks at the ${heading.split(" – ")[1]?.toLowerCase()} level.`,
      })),
    })),
    ...overrides,
  };
}

export function seriesDoc(
  body: ClassSeriesBody = seriesBody(),
  rules: Rule[] = [],
): ClassSeriesDocument {
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: "class-series",
    id: "us-ia/series/information-technology-specialist-series",
    title: "Information Technology Specialist Series",
    jurisdiction: { code: "US-IA", name: "State of Iowa" },
    status: "complete",
    source: { ...SOURCE, format: "markdown", profile: "iowa" },
    body,
    rules,
    provenance: {},
    unmapped: [],
    diagnostics: [],
  };
}

export function allChanges(report: DiffReport): Change[] {
  return report.documents.flatMap((document) => document.changes);
}

/** The parts of a change a test states by hand. */
export function brief(
  change: Change,
): Pick<Change, "op" | "severity" | "ruleId" | "label" | "pointer"> {
  return {
    op: change.op,
    severity: change.severity,
    ruleId: change.ruleId,
    label: change.label,
    pointer: change.pointer,
  };
}

/** `classpec diff ARGV` through the CLI entry point, with its exit code and both streams. */
export function runDiff(argv: string[], options: { isTTY?: boolean; cwd?: string } = {}) {
  return run(["diff", ...argv], options);
}
