/**
 * The document kinds: the one list every per-kind registry is keyed by.
 * `KindName` is read from it, and each registry is a mapped type over
 * `KindName` (the document schemas and JSON Schemas here, the compiled
 * validators, the kinds' rules and checks in pipeline/kinds/, the diff tables
 * in pipeline/diff/tables/), so a kind added here and forgotten in any of
 * them does not compile. A kind's own parts live in its own files: its body
 * schema beside this file, its folder under pipeline/kinds/, its diff table.
 */
import { ClassSeriesBody } from "./class-series.js";
import { ClassSpecBody } from "./class-spec.js";

export const DOCUMENT_KINDS = {
  "class-spec": {
    body: ClassSpecBody,
    /** The id's middle segment: `us-ky/class/20001499`. */
    idSegment: "class",
    /** The published definition and its JSON Schema file (schemas/json/<file>.schema.json). */
    definition: "ClassSpecDocument",
    file: "class-spec-document",
  },
  "class-series": {
    body: ClassSeriesBody,
    idSegment: "series",
    definition: "ClassSeriesDocument",
    file: "class-series-document",
  },
} as const;

export type KindName = keyof typeof DOCUMENT_KINDS;

/** The kinds in their declared order (the order of the document union and of every generated file). */
export const KIND_NAMES = Object.keys(DOCUMENT_KINDS) as readonly KindName[];
