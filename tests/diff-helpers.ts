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

export function specBody(overrides: Partial<ClassSpecBody> = {}): ClassSpecBody {
  return {
    grade: "11",
    jobCode: "73040V000101",
    jobNumber: "20001499",
    jobGroup: { code: "7300", name: "INFORMATION MANAGEMENT SYSTEMS" },
    established: "1993-07-01",
    revised: "2006-02-24",
    salary: {
      basis: "min-mid",
      ranges: [
        { period: "hour", min: 13.581, mid: 17.99 },
        { period: "month", hoursPerWeek: 37.5, min: 2206.92, mid: 2923.38 },
      ],
      specialEntranceRates: [],
    },
    probation: { initialMonths: 6, promotionalMonths: 6, reference: null },
    characteristics: "Coordinates the work of lead production support staff.",
    minimumRequirements: {
      education: "Graduate of a college or university with a bachelor's degree.",
      experience: "Must have one year of production support experience.",
      substitutions: [],
    },
    specialRequirements: null,
    duties: [
      "Assigns work of other production support staff and checks completed work for accuracy.",
      "Reviews job requests, suggests necessary adjustments and schedules jobs in unit.",
      "Revises job control language as necessary.",
      "Checks and allocates storage space.",
    ],
    physicalRequirements: null,
    workingConditions: "Incumbents typically perform duties in an office setting.",
    additionalRequirements: [],
    notices: [],
    ...overrides,
  };
}

export function specDoc(
  body: ClassSpecBody = specBody(),
  rules: Rule[] = [],
  extra: Partial<ClassSpecDocument> = {},
): ClassSpecDocument {
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: "class-spec",
    id: `us-ky/class/${body.jobNumber}`,
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
