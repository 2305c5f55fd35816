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

/**
 * The change ids of one field, declared in a table (tables/): never built by
 * concatenation, so the catalogue (catalogue.ts) lists every id a diff can
 * give. A field whose value is always present needs only `changed`; an op
 * without its own id reports under `changed`.
 */
export interface ChangeIds {
  changed: string;
  added?: string;
  removed?: string;
  moved?: string;
}

/** `--severity ID=LEVEL`: the weight a change id is given instead of its declared one. */
export type SeverityOverrides = ReadonlyMap<string, ChangeSeverity>;

import { wordDiff } from "./words.js";

/** What every change of one field shares. */
export interface Site {
  pointer: string;
  /** Pointer into `before` when it differs (an item that shifted position). */
  from?: string;
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

  constructor(
    readonly documentId: string,
    readonly overrides: SeverityOverrides = new Map(),
  ) {}

  /** The weight a change id carries: the user's override, else the table's. */
  weight(id: string, declared: ChangeSeverity): ChangeSeverity {
    return this.overrides.get(id) ?? declared;
  }

  /**
   * Every change passes here, so an override applies to everything with its
   * id: an editorial-only edit, a move, a whole document added or removed.
   */
  push(change: NewChange): Change {
    // Keys are set in one fixed order so the JSON rendering is stable.
    const ordered: Change = {
      pointer: change.pointer,
      ...(change.from !== undefined && change.from !== change.pointer ? { from: change.from } : {}),
      section: change.section,
      label: change.label,
      op: change.op,
      severity: this.overrides.get(change.ruleId) ?? change.severity,
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
    ids: ChangeIds,
    declared: ChangeSeverity,
    before: DiffValue | undefined,
    after: DiffValue | undefined,
  ): void {
    if (sameValue(before, after)) return;
    const absentBefore = before === null || before === undefined;
    const absentAfter = after === null || after === undefined;
    if (absentBefore) {
      const ruleId = ids.added ?? ids.changed;
      const severity = this.weight(ruleId, declared);
      this.push({ ...site, op: "add", severity, ruleId, after: after ?? null });
    } else if (absentAfter) {
      const ruleId = ids.removed ?? ids.changed;
      this.push({ ...site, op: "remove", severity: this.weight(ruleId, declared), ruleId, before });
    } else {
      const ruleId = ids.changed;
      const severity = this.weight(ruleId, declared);
      this.push({ ...site, op: "replace", severity, ruleId, before, after });
    }
  }

  /** A prose field: normalized before comparison; editorial when only case or punctuation moved. */
  prose(
    site: Site,
    ids: ChangeIds,
    declared: ChangeSeverity,
    before: string | null | undefined,
    after: string | null | undefined,
  ): void {
    const a = normalizeOptional(before);
    const b = normalizeOptional(after);
    if (a === null && b === null) return;
    if (a === null) {
      const ruleId = ids.added ?? ids.changed;
      this.push({ ...site, op: "add", severity: this.weight(ruleId, declared), ruleId, after: b });
      return;
    }
    if (b === null) {
      const ruleId = ids.removed ?? ids.changed;
      const severity = this.weight(ruleId, declared);
      this.push({ ...site, op: "remove", severity, ruleId, before: a });
      return;
    }
    const severity = proseSeverity(a, b, this.weight(ids.changed, declared));
    if (severity === undefined) return;
    this.push({
      ...site,
      op: "replace",
      severity,
      ruleId: ids.changed,
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
    site: Omit<Site, "pointer" | "from">,
    ids: ChangeIds,
    declared: ChangeSeverity,
    before: readonly string[],
    after: readonly string[],
    from: string = path,
  ): void {
    const match = matchList(before, after);
    const pending: Array<{ order: number; change: NewChange }> = [];
    const at = (index: number) => `${path}/${index}`;
    const was = (index: number) => `${from}/${index}`;

    const moves: Array<{ before: number; after: number; text: string }> = [];
    for (const pair of match.pairs) {
      const a = before[pair.before] ?? "";
      const b = after[pair.after] ?? "";
      const common = { ...site, pointer: at(pair.after), from: was(pair.before) };
      const severity = proseSeverity(a, b, this.weight(ids.changed, declared));
      if (severity !== undefined) {
        const change: NewChange = {
          ...common,
          op: "replace",
          severity,
          ruleId: ids.changed,
          before: normalizeText(a),
          after: normalizeText(b),
          words: wordDiff(a, b),
        };
        pending.push({ order: pair.after, change });
      } else if (pair.moved) {
        moves.push({ ...pair, text: normalizeText(b) });
      }
    }
    const movedId = ids.moved ?? ids.changed;
    const moveSeverity = this.weight(movedId, MOVE_SEVERITY);
    const [only] = moves;
    if (moves.length === 1 && only) {
      const change: NewChange = {
        ...site,
        pointer: at(only.after),
        from: was(only.before),
        op: "move",
        severity: moveSeverity,
        ruleId: movedId,
        before: only.text,
        after: only.text,
      };
      pending.push({ order: only.after, change });
    } else if (moves.length > 1) {
      // One reorder, not one line per item: the moves listed, old places then new.
      const change: NewChange = {
        ...site,
        pointer: path,
        from,
        op: "reorder",
        severity: moveSeverity,
        ruleId: movedId,
        before: [...moves]
          .sort((x, y) => x.before - y.before)
          .map((move) => `${move.before + 1}. ${move.text}`),
        after: moves.map((move) => `${move.after + 1}. ${move.text} (was ${move.before + 1})`),
      };
      pending.push({ order: Math.min(...moves.map((move) => move.after)), change });
    }
    for (const index of match.added) {
      const change: NewChange = {
        ...site,
        pointer: at(index),
        op: "add",
        severity: this.weight(ids.added ?? ids.changed, declared),
        ruleId: ids.added ?? ids.changed,
        after: normalizeText(after[index] ?? ""),
      };
      pending.push({ order: index, change });
    }
    for (const index of match.removed) {
      const change: NewChange = {
        ...site,
        pointer: was(index),
        op: "remove",
        severity: this.weight(ids.removed ?? ids.changed, declared),
        ruleId: ids.removed ?? ids.changed,
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
