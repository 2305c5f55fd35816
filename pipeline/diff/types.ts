import type { KindName } from "../../schemas/index.js";

/** The shape of a diff (docs/architecture.md, "Diff"). Field names are public API, like the output schema. */

// `reorder`: several items of one list moved, reported once with every move (`before`/`after` list them).
export type ChangeOp = "add" | "remove" | "replace" | "move" | "reorder";

/**
 * `major`: changes who qualifies, what is paid or the class's identity;
 * `minor`: prose whose words changed; `editorial`: case, punctuation only.
 */
export type ChangeSeverity = "major" | "minor" | "editorial";

/** A parse difference is `info`: a difference in reading, not in the document. */
export type Severity = ChangeSeverity | "info";

/** Order used for `--fail-on` and for sorting: higher is more severe. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = {
  info: -1,
  editorial: 0,
  minor: 1,
  major: 2,
};

export const SEVERITIES: readonly ChangeSeverity[] = ["major", "minor", "editorial"];

/** A value a change shows: a leaf of `body`, or a small object for whole items. */
export type DiffValue = string | number | boolean | null | readonly string[] | DiffObject;
export interface DiffObject {
  readonly [key: string]: DiffValue | undefined;
}

/** One run of a word-level diff; concatenating the `equal` and `remove` runs gives `before`. */
export interface WordPart {
  op: "equal" | "add" | "remove";
  text: string;
}

/** A rule extracted from the changed text whose facts changed too (folded in, see rules.ts). */
export interface FactChange {
  rule: string;
  op: "add" | "remove" | "replace";
  before?: DiffValue;
  after?: DiffValue;
  /** The change in words, for reports ("Experience requirement: 1 year of experience → 2 years of experience"). */
  description: string;
}

/** One salary amount of a raise (diff/pay.ts): which range and bound, and by how much. */
export interface PayChange {
  /** "Monthly salary minimum (37.5 hours/week)". */
  label: string;
  period: "hour" | "week" | "biweekly" | "semimonthly" | "month" | "year";
  hoursPerWeek?: number;
  bound: "min" | "mid" | "max";
  before: number;
  after: number;
  /** (after / before − 1) × 100, to two decimals; absent when before is 0. */
  deltaPct?: number;
}

/** One change between two revisions of a document, at a JSON pointer, with its severity. */
export interface Change {
  /** JSON pointer into the `after` document (into `before` for a removal). */
  pointer: string;
  /** Pointer into the `before` document when it differs from `pointer` (moves, shifted items). */
  from?: string;
  /** Heading the change is grouped under in reports ("Salary", "Duties"). */
  section: string;
  /** Human name of what changed ("Hourly salary minimum", "Duty"). */
  label: string;
  op: ChangeOp;
  severity: Severity;
  /** Kind of change, stable and kebab-case ("salary-changed", "duty-added"). */
  ruleId: string;
  before?: DiffValue;
  after?: DiffValue;
  words?: WordPart[];
  facts?: FactChange[];
  /** A raise (`salary-changed`): every amount that moved, one entry each. */
  pay?: PayChange[];
  /** A parse difference: where the other side has this item's text (its `unmapped`, or another field). */
  foundIn?: string;
  /** Stable hash of document id, rule id, location key and values: not of any wording. */
  fingerprint: string;
  /** A reading doubt of a side touches this change (diff/doubts): it may be a difference in reading. */
  doubt?: string;
}

/**
 * `incomplete`: a side is `partial` or was read with errors, so the changes
 * listed may not be all of them (never read as "no changes").
 */
export type DocumentStatus = "added" | "removed" | "changed" | "unchanged" | "incomplete";

/**
 * A document followed across a change of id (diff/renames.ts): named as a
 * pair, or paired in a folder by the share of its body's words it kept.
 */
export interface DocumentRename {
  /** The before side's id. */
  from: string;
  fromTitle: string;
  /** `retitled` when the title changed, else `re-coded` (a code the id is made from changed). */
  as: "re-coded" | "retitled";
  /** Dice similarity of the two bodies' words, 0..1 to two decimals. */
  similarity: number;
}

/** The comparison of one document id: added, removed, changed, unchanged or incomplete, with its changes. */
export interface DocumentDiff {
  id: string;
  title: string;
  kind: KindName;
  status: DocumentStatus;
  /** Present when the before side had another id (a re-code or retitle followed). */
  rename?: DocumentRename;
  /** Why the comparison is incomplete, one reason per side; only when `status` is `incomplete`. */
  incomplete?: string[];
  changes: Change[];
  /**
   * Items read on one side and left unplaced (or read into another field) on
   * the other: differences in reading, not in the document. Severity `info`,
   * never counted as changes.
   */
  parseDifferences: Change[];
}

/** How many documents and changes a comparison found, by status and severity. */
export interface DiffSummary {
  major: number;
  minor: number;
  editorial: number;
  total: number;
  parseDifferences: number;
  /** Documents whose comparison is incomplete. */
  incomplete: number;
  /** Changes a reading doubt touches (`doubt`): `--fail-on` fails on them as on `incomplete`. */
  doubts: number;
}

/** A whole comparison: what `classpec diff --format json` writes. */
export interface DiffReport {
  /** What was compared, as the user named it (relative paths); absent for in-memory diffs. */
  before?: string;
  after?: string;
  summary: DiffSummary;
  documents: DocumentDiff[];
}
