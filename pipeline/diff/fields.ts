/**
 * Field tables: what a document kind compares, declared as data (issue 10).
 * A table is a list of fields, each with where it sits (pointer segments),
 * how it is named (section, label), how it is compared (`scalar`: whole
 * value; `text`: normalized prose with a word diff; `list`: prose items
 * paired by content; `keyed`: items paired by a key, each compared by its own
 * table), its severity and its change ids. One walker (walk.ts) runs them.
 */
import type { PathOf } from "../shared/pointer.js";
import type { ChangeIds } from "./collect.js";
import type { Keyed } from "./pair.js";
import type { ChangeSeverity, DiffValue } from "./types.js";

interface FieldBase<T> {
  /** Pointer segments below the item (or below `/body`), checked against the item's type. */
  path: PathOf<T>;
  section: string;
  /** `context` is the name of the item this one sits in (a chart's name for its cells). */
  label: string | ((item: T, context: string) => string);
  /**
   * Location for the fingerprint: appended to the item's key with ":" (a
   * string), or computed (a function of the item and the item's key).
   */
  key: string | ((item: T, itemKey: string) => string);
  severity: ChangeSeverity;
  ids: ChangeIds;
  /** What the field is, for the change catalogue ("The class's pay grade"). */
  about: string;
}

export interface ScalarField<T> extends FieldBase<T> {
  compare: "scalar";
  read: (item: T) => DiffValue | undefined;
  /** How reports print the value: money as "$2,206.92". */
  format?: "money";
}

export interface TextField<T> extends FieldBase<T> {
  compare: "text";
  read: (item: T) => string | null | undefined;
  /**
   * A text whose absence is a statement (a chart cell reading n/a): turning
   * absent or present is a replace with these ids, not an add or remove.
   */
  absence?: {
    becameAbsent: string;
    becamePresent: string;
    severity: ChangeSeverity;
    about: string;
  };
}

export interface ListField<T> extends FieldBase<T> {
  compare: "list";
  read: (item: T) => readonly string[];
}

export interface KeyedField<T, I> extends FieldBase<T> {
  compare: "keyed";
  read: (item: T) => readonly I[];
  pair: (before: readonly I[], after: readonly I[]) => Array<Keyed<I>>;
  /** Location of one item by meaning ("salary:month@37.5"). */
  itemKey: (item: I) => string;
  itemLabel: (item: I, context: string) => string;
  /** The name nested labels see as their context (default: this field's own context). */
  context?: (item: I) => string;
  /** An item added or removed whole: what it says, for the report. */
  show: (item: I) => DiffValue;
  /** Severity of a whole item added or removed, when it depends on the item. */
  itemSeverity?: (item: I) => ChangeSeverity;
  fields: ReadonlyArray<Field<I>>;
}

export type Field<T> = ScalarField<T> | TextField<T> | ListField<T> | KeyedField<T, unknown>;

/** Declares a keyed field; erases the item type so fields of different items share one list. */
export function keyed<T, I>(field: KeyedField<T, I>): Field<T> {
  return field as unknown as KeyedField<T, unknown>;
}

/** The ids a table declares, with their severity and meaning (catalogue.ts). */
export interface DeclaredChange {
  id: string;
  severity: ChangeSeverity;
  meaning: string;
  format?: "money";
}

const VERBS: Readonly<Record<keyof ChangeIds, string>> = {
  added: "added",
  removed: "removed",
  changed: "changed",
  moved: "moved to another position",
};

/** Every change id of a table, nested tables included, in table order. */
export function declaredChanges<T>(fields: ReadonlyArray<Field<T>>): DeclaredChange[] {
  const out: DeclaredChange[] = [];
  for (const field of fields) {
    for (const op of ["added", "removed", "changed", "moved"] as const) {
      const id = field.ids[op];
      if (id === undefined) continue;
      // A keyed item is compared field by field: only whole adds and removes are its own.
      if (field.compare === "keyed" && op === "changed") continue;
      const severity = op === "moved" ? "editorial" : field.severity;
      const prose = (field.compare === "text" || field.compare === "list") && op === "changed";
      out.push({
        id,
        severity,
        meaning: `${field.about} ${VERBS[op]}${prose ? " (editorial when only case, punctuation or spelling differ: docs/diff.md)" : ""}`,
        ...(field.compare === "scalar" && field.format ? { format: field.format } : {}),
      });
    }
    if (field.compare === "text" && field.absence) {
      const { becameAbsent, becamePresent, severity, about } = field.absence;
      out.push({ id: becameAbsent, severity, meaning: `${about} withdrawn (now n/a)` });
      out.push({ id: becamePresent, severity, meaning: `${about} granted (was n/a)` });
    }
    if (field.compare === "keyed") out.push(...declaredChanges(field.fields));
  }
  return out;
}
