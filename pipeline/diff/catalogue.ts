/**
 * The change catalogue: every change id a diff can give, with its default
 * severity and meaning. Built from the field tables (tables/) plus the few
 * changes no table declares, so the list cannot drift from what the walker
 * reports. `classpec diff --list-changes` prints it; the README's change table
 * is generated from it (tests/diff-catalogue.test.ts).
 */

import type { KindName } from "../../schemas/index.js";
import { type DeclaredChange, declaredChanges, type Field } from "./fields.js";
import { DIFF_KINDS, DOCUMENT_FIELDS } from "./tables/index.js";

export type ChangeScope = "any" | KindName;

/** One kind of change the diff reports: its id (for `--severity ID=LEVEL`), default severity and meaning. */
export interface CatalogueEntry extends Omit<DeclaredChange, "severity"> {
  severity: DeclaredChange["severity"] | "info";
  /** Which documents can have it. */
  scope: ChangeScope;
}

/** Change ids no field table declares (whole documents, rules, unplaced text). */
export const CHANGE_IDS = {
  specAdded: "spec-added",
  specRemoved: "spec-removed",
  kindChanged: "kind-changed",
  ruleAdded: "rule-added",
  ruleRemoved: "rule-removed",
  ruleChanged: "rule-changed",
  unmappedChanged: "unmapped-changed",
  parseDifference: "parse-difference",
} as const;

const GENERAL: readonly CatalogueEntry[] = [
  {
    id: CHANGE_IDS.specAdded,
    severity: "major",
    meaning: "A document on the after side only",
    scope: "any",
  },
  {
    id: CHANGE_IDS.specRemoved,
    severity: "major",
    meaning: "A document on the before side only",
    scope: "any",
  },
  ...declaredChanges(DOCUMENT_FIELDS).map((entry) => ({ ...entry, scope: "any" as const })),
  {
    id: CHANGE_IDS.kindChanged,
    severity: "major",
    meaning: "The document kind changed (class spec vs class series)",
    scope: "any",
  },
  {
    id: CHANGE_IDS.ruleAdded,
    severity: "major",
    meaning: "An extracted rule added that no text change explains",
    scope: "any",
  },
  {
    id: CHANGE_IDS.ruleRemoved,
    severity: "major",
    meaning: "An extracted rule removed that no text change explains",
    scope: "any",
  },
  {
    id: CHANGE_IDS.ruleChanged,
    severity: "major",
    meaning: "An extracted rule's facts changed and no text change explains it",
    scope: "any",
  },
  {
    id: CHANGE_IDS.unmappedChanged,
    severity: "minor",
    meaning: "Text that could not be placed in a field (unmapped) changed",
    scope: "any",
  },
  {
    id: CHANGE_IDS.parseDifference,
    severity: "info",
    meaning:
      "An item read on one side is unplaced or in another field on the other, or a rule whose printed sentence is the same modelled differently: a difference in reading, not in the document (listed apart, never counted)",
    scope: "any",
  },
];

function scoped(entries: readonly DeclaredChange[], scope: ChangeScope): CatalogueEntry[] {
  return entries.map((entry) => ({ ...entry, scope }));
}

/**
 * One entry per id (a table may declare one id for two fields, like the two
 * dates); an id both kinds declare (notices) can be given by any document.
 */
function unique(entries: readonly CatalogueEntry[]): CatalogueEntry[] {
  const seen = new Map<string, CatalogueEntry>();
  for (const entry of entries) {
    const first = seen.get(entry.id);
    if (first === undefined) seen.set(entry.id, entry);
    else if (first.scope !== entry.scope) seen.set(entry.id, { ...first, scope: "any" });
  }
  return [...seen.values()];
}

/**
 * The kinds in the diff tables' order, which is the registry's (schemas/kinds.ts
 * KIND_NAMES; tests/diff-coverage.test.ts holds them equal). Read from the
 * tables, not the registry: the registry's module builds every zod schema, a
 * seventh of a small diff's start-up, and a diff has no use for zod.
 */
const KINDS = Object.keys(DIFF_KINDS) as KindName[];

/** Every kind of change the diff reports (what `classpec diff --list-changes` prints). */
export const CHANGE_CATALOGUE: readonly CatalogueEntry[] = unique([
  ...GENERAL,
  ...KINDS.flatMap((kind) =>
    scoped(
      declaredChanges<unknown>(DIFF_KINDS[kind].fields as ReadonlyArray<Field<unknown>>),
      kind,
    ),
  ),
]);

const BY_ID = new Map(CHANGE_CATALOGUE.map((entry) => [entry.id, entry]));

export function catalogueEntry(id: string): CatalogueEntry | undefined {
  return BY_ID.get(id);
}
