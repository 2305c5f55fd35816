/**
 * JSON pointers into a document's body, typed by the body's schema type: a
 * misspelt segment or a string where an index belongs does not compile, so
 * provenance is never filed under a pointer no field has (which would drop it
 * silently: later stages look it up by the same pointer).
 */
import type { KindName, SpecDocument } from "../../schemas/index.js";
import { pointer } from "./provenance.js";

type Leaf = string | number | boolean | null | undefined;

declare const made: unique symbol;
/** A JSON pointer this builder made: what readers file provenance under (a hand-written string is not one). */
export type Pointer = string & { readonly [made]: true };

/**
 * Every path into `T`, from the root to any value inside it, as a tuple of
 * keys and array indexes: `[]`, `["salary"]`, `["salary", "ranges", 0, "min"]`.
 */
export type PathOf<T> = T extends Leaf
  ? []
  : T extends readonly (infer Item)[]
    ? [] | [number, ...PathOf<Item>]
    : [] | { [K in keyof T & string]-?: [K, ...PathOf<NonNullable<T[K]>>] }[keyof T & string];

/** A pointer builder below `root` for values of type `T`: `at("salary", "ranges", 0, "min")`. */
export function pointerInto<T>(...root: ReadonlyArray<string | number>) {
  return (...path: PathOf<T>): Pointer =>
    pointer(...root, ...(path as ReadonlyArray<string | number>)) as Pointer;
}

/** The body of a document of kind `K`, as its schema types it. */
export type BodyOf<K extends KindName> = Extract<SpecDocument, { kind: K }>["body"];

/** `/body/...` of a document of kind `kind`, typed by that kind's body schema: any registered kind has one. */
export function bodyAt<K extends KindName>(_kind: K) {
  return pointerInto<BodyOf<K>>("body");
}

/** `/body/...` of a class spec. */
export const specAt = bodyAt("class-spec");
/** `/body/...` of a class series. */
export const seriesAt = bodyAt("class-series");
/** `/body`: the root of either kind's body. */
export const BODY_AT = pointer("body");
/** Anywhere in a document of either kind: `documentAt("rules", 3)`, `documentAt("unmapped")`. */
export const documentAt = pointerInto<SpecDocument>();
/** `/title`: the one document field outside the body and the rules that provenance places. */
export const TITLE_AT = documentAt("title");
