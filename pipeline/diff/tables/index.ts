/**
 * What the diff knows of each document kind, keyed by kind name (a mapped type
 * over KindName, so a kind without an entry does not compile): its field
 * table (the walker, the catalogue and the docs/diff.md change table follow
 * from it) and its names in a report.
 */
import type { KindName, SpecDocument } from "../../../schemas/index.js";
import type { Field } from "../fields.js";
import { seriesSummary, specSummary } from "../show.js";
import { CLASS_SERIES_FIELDS } from "./class-series.js";
import { CLASS_SPEC_FIELDS } from "./class-spec.js";

type BodyOf<K extends KindName> = Extract<SpecDocument, { kind: K }>["body"];

export interface DiffKind<K extends KindName> {
  fields: ReadonlyArray<Field<BodyOf<K>>>;
  /** A whole document's name in a diff ("Class spec added"). */
  label: string;
  /** A whole document added or removed, as the report shows it: its title and what identifies it. */
  summary: (document: Extract<SpecDocument, { kind: K }>) => string[];
  /** The documents a change applies to, in `--list-changes` and docs/diff.md ("class spec"). */
  documents: string;
}

export const DIFF_KINDS: { readonly [K in KindName]: DiffKind<K> } = {
  "class-spec": {
    fields: CLASS_SPEC_FIELDS,
    label: "Class spec",
    documents: "class spec",
    summary: specSummary,
  },
  "class-series": {
    fields: CLASS_SERIES_FIELDS,
    label: "Class series",
    documents: "class series",
    summary: seriesSummary,
  },
};

export { DOCUMENT_FIELDS } from "./document.js";
