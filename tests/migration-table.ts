/**
 * Schema 1.x -> 2.0 as data: where each 1.x body pointer's value went. The
 * table docs/migration-2.0.md shows is this one (tests/migration.test.ts holds
 * them together), and the seed gold facts, written against 1.x and read-only,
 * are checked through it (helpers.ts `goldFacts`).
 */
import type { ClassCode } from "../schemas/index.js";

export interface Move {
  /** A 1.x pointer; `N` stands for an array index. Deeper pointers move with it. */
  from: string;
  /** Its 2.0 pointer; `N` is the same index, or the index of the code of `scheme`. */
  to: string;
  /** For a code: `N` in `to` is the index of the first code of this scheme. */
  scheme?: ClassCode["scheme"];
}

export const BODY_MOVES: readonly Move[] = [
  { from: "/body/grade", to: "/body/pay/grades/0/value" },
  { from: "/body/jobNumber", to: "/body/codes/N/value", scheme: "job-number" },
  { from: "/body/jobCode", to: "/body/codes/N/value", scheme: "job-code" },
  { from: "/body/jobGroup/code", to: "/body/group/code" },
  { from: "/body/jobGroup/name", to: "/body/group/name" },
  { from: "/body/established", to: "/body/dates/established/date" },
  { from: "/body/revised", to: "/body/dates/revised/date" },
  { from: "/body/salary/basis", to: "/body/pay/basis" },
  { from: "/body/salary/ranges", to: "/body/pay/ranges" },
  { from: "/body/salary/specialEntranceRates", to: "/body/pay/specialEntranceRates" },
  { from: "/body/probation", to: "/body/probation" },
  { from: "/body/characteristics", to: "/body/definition" },
  { from: "/body/minimumRequirements/education", to: "/body/qualifications/minimum/education" },
  { from: "/body/minimumRequirements/experience", to: "/body/qualifications/minimum/experience" },
  {
    from: "/body/minimumRequirements/substitutions",
    to: "/body/qualifications/minimum/substitutions",
  },
  { from: "/body/specialRequirements", to: "/body/qualifications/special" },
  { from: "/body/duties/N", to: "/body/duties/N/text" },
  { from: "/body/physicalRequirements", to: "/body/conditions/physical" },
  { from: "/body/workingConditions", to: "/body/conditions/working" },
  { from: "/body/additionalRequirements", to: "/body/additionalRequirements" },
  { from: "/body/notices", to: "/body/notices" },
];

/** Document values that changed with the version. */
export const VALUE_MOVES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  "/schemaVersion": { "1.0.0": "2.0.0" },
};

const INDEX = /^\d+$/;

/** `from` against a pointer's segments: the index `N` stood for, or undefined when it does not apply. */
function matchMove(move: Move, segments: readonly string[]): { index?: string } | undefined {
  const pattern = move.from.split("/");
  if (segments.length < pattern.length) return undefined;
  let index: string | undefined;
  for (const [position, part] of pattern.entries()) {
    const segment = segments[position] ?? "";
    if (part === "N" && INDEX.test(segment)) index = segment;
    else if (part !== segment) return undefined;
  }
  return index === undefined ? {} : { index };
}

/**
 * A 1.x pointer (maybe with the facts' `#length` suffix) as its 2.0 pointer
 * in `document`; pointers no move names are unchanged.
 */
export function migratePointer(pointer: string, document: unknown): string {
  const length = pointer.endsWith("#length") ? "#length" : "";
  const path = length ? pointer.slice(0, -length.length) : pointer;
  const segments = path.split("/");
  for (const move of BODY_MOVES) {
    const found = matchMove(move, segments);
    if (!found) continue;
    const rest = segments.slice(move.from.split("/").length);
    const index = move.scheme ? codeIndex(document, move.scheme) : found.index;
    const to = index === undefined ? move.to : move.to.replace("/N/", `/${index}/`);
    return [to, ...rest].join("/") + length;
  }
  return pointer;
}

export function migrateValue(pointer: string, value: unknown): unknown {
  const moved = VALUE_MOVES[pointer];
  return moved && typeof value === "string" && value in moved ? moved[value] : value;
}

function codeIndex(document: unknown, scheme: string): string | undefined {
  const codes = (document as { body?: { codes?: Array<{ scheme: string }> } }).body?.codes ?? [];
  const index = codes.findIndex((code) => code.scheme === scheme);
  return index === -1 ? undefined : String(index);
}
