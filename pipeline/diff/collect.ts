/**
 * Building changes: the comparisons every body shares (a scalar, a prose
 * field, a list of prose items), each turning two values into zero or more
 * `Change`s with their fingerprints.
 */
import { fingerprint } from "./fingerprint.js";
import { matchList } from "./match.js";
import { normalizeOptional, normalizeText } from "./normalize.js";
import { MOVE_SEVERITY, proseSeverity } from "./severity.js";
import type { Change, ChangeOp, ChangeSeverity, DiffValue, WordPart } from "./types.js";
import { wordDiff } from "./words.js";

/** What every change of one field shares. */
export interface Site {
  pointer: string;
  section: string;
  label: string;
  /** Stable location by meaning ("salary:month@37.5:min"), for the fingerprint. */
  key: string;
}

export interface NewChange extends Site {
  from?: string;
  op: ChangeOp;
  severity: ChangeSeverity;
  ruleId: string;
  before?: DiffValue;
  after?: DiffValue;
  words?: WordPart[];
}

export class ChangeList {
  readonly changes: Change[] = [];

  constructor(readonly documentId: string) {}

  push(change: NewChange): Change {
    // Keys are set in one fixed order so the JSON rendering is stable.
    const ordered: Change = {
      pointer: change.pointer,
      ...(change.from !== undefined && change.from !== change.pointer ? { from: change.from } : {}),
      section: change.section,
      label: change.label,
      op: change.op,
      severity: change.severity,
      ruleId: change.ruleId,
      ...(change.before !== undefined ? { before: change.before } : {}),
      ...(change.after !== undefined ? { after: change.after } : {}),
      ...(change.words !== undefined ? { words: change.words } : {}),
      fingerprint: fingerprint(
        this.documentId,
        change.ruleId,
        change.key,
        change.before,
        change.after,
      ),
    };
    this.changes.push(ordered);
    return ordered;
  }

  /**
   * A value compared whole (numbers, codes, dates): any difference is one
   * change of `severity`; null or undefined on one side makes it an add or remove.
   */
  scalar(
    site: Site,
    ruleBase: string,
    severity: ChangeSeverity,
    before: DiffValue | undefined,
    after: DiffValue | undefined,
  ): void {
    if (sameValue(before, after)) return;
    const absentBefore = before === null || before === undefined;
    const absentAfter = after === null || after === undefined;
    if (absentBefore) {
      this.push({
        ...site,
        op: "add",
        severity,
        ruleId: `${ruleBase}-added`,
        after: after ?? null,
      });
    } else if (absentAfter) {
      this.push({ ...site, op: "remove", severity, ruleId: `${ruleBase}-removed`, before });
    } else {
      this.push({ ...site, op: "replace", severity, ruleId: `${ruleBase}-changed`, before, after });
    }
  }

  /** A prose field: normalized before comparison; editorial when only case or punctuation moved. */
  prose(
    site: Site,
    ruleBase: string,
    weight: ChangeSeverity,
    before: string | null | undefined,
    after: string | null | undefined,
  ): void {
    const a = normalizeOptional(before);
    const b = normalizeOptional(after);
    if (a === null && b === null) return;
    if (a === null) {
      this.push({ ...site, op: "add", severity: weight, ruleId: `${ruleBase}-added`, after: b });
      return;
    }
    if (b === null) {
      this.push({
        ...site,
        op: "remove",
        severity: weight,
        ruleId: `${ruleBase}-removed`,
        before: a,
      });
      return;
    }
    const severity = proseSeverity(a, b, weight);
    if (severity === undefined) return;
    this.push({
      ...site,
      op: "replace",
      severity,
      ruleId: `${ruleBase}-changed`,
      before: a,
      after: b,
      words: wordDiff(a, b),
    });
  }

  /**
   * A list of prose items (duties, exclusions, ...), paired by content (see
   * match.ts). Changes come out in reading order of the revision; a removed
   * item sits where it stood relative to the items that remain.
   */
  proseList(
    path: string,
    site: Omit<Site, "pointer">,
    ruleBase: string,
    weight: ChangeSeverity,
    before: readonly string[],
    after: readonly string[],
  ): void {
    const match = matchList(before, after);
    const pending: Array<{ order: number; change: NewChange }> = [];
    const at = (index: number) => `${path}/${index}`;

    for (const pair of match.pairs) {
      const a = before[pair.before] ?? "";
      const b = after[pair.after] ?? "";
      const common = { ...site, pointer: at(pair.after), from: at(pair.before) };
      const severity = proseSeverity(a, b, weight);
      if (severity !== undefined) {
        const change: NewChange = {
          ...common,
          op: "replace",
          severity,
          ruleId: `${ruleBase}-changed`,
          before: normalizeText(a),
          after: normalizeText(b),
          words: wordDiff(a, b),
        };
        pending.push({ order: pair.after, change });
      } else if (pair.moved) {
        const text = normalizeText(b);
        const change: NewChange = {
          ...common,
          op: "move",
          severity: MOVE_SEVERITY,
          ruleId: `${ruleBase}-moved`,
          before: text,
          after: text,
        };
        pending.push({ order: pair.after, change });
      }
    }
    for (const index of match.added) {
      const change: NewChange = {
        ...site,
        pointer: at(index),
        op: "add",
        severity: weight,
        ruleId: `${ruleBase}-added`,
        after: normalizeText(after[index] ?? ""),
      };
      pending.push({ order: index, change });
    }
    for (const index of match.removed) {
      const change: NewChange = {
        ...site,
        pointer: at(index),
        op: "remove",
        severity: weight,
        ruleId: `${ruleBase}-removed`,
        before: normalizeText(before[index] ?? ""),
      };
      pending.push({ order: removedOrder(index, match.pairs, after.length), change });
    }
    pending.sort((x, y) => x.order - y.order);
    for (const { change } of pending) this.push(change);
  }
}

/** Just before the revision's position of the next item that survived (half steps sort between). */
function removedOrder(
  index: number,
  pairs: ReadonlyArray<{ before: number; after: number }>,
  length: number,
): number {
  const next = pairs
    .filter((pair) => pair.before > index)
    .reduce<number | undefined>(
      (best, pair) => (best === undefined || pair.before < best ? pair.before : best),
      undefined,
    );
  const successor = pairs.find((pair) => pair.before === next);
  return (successor ? successor.after : length) - 0.5 + index / 1e6;
}

export function sameValue(a: DiffValue | undefined, b: DiffValue | undefined): boolean {
  if (typeof a === "string" && typeof b === "string") return normalizeText(a) === normalizeText(b);
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
