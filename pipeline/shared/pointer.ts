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

/** A pointer already built, and the ones one segment below it. */
interface Built {
  readonly text: Pointer;
  below?: Map<string | number, Built>;
}

/**
 * How many pointers the builders keep, all of them together: a document's fields and the first
 * indexes of its lists, over and over in a batch. A list longer than any before (or a key read
 * from the input) past this many is built afresh each time instead of kept for good.
 */
const KEPT_POINTERS = 4096;
let kept = 0;

/** The pointer one segment below `built`, kept for the next call while there is room. */
function below(built: Built, segment: string | number): Built | undefined {
  const found = built.below?.get(segment);
  if (found !== undefined || kept >= KEPT_POINTERS) return found;
  const next: Built = { text: (built.text + pointer(segment)) as Pointer };
  if (built.below === undefined) built.below = new Map();
  built.below.set(segment, next);
  kept++;
  return next;
}

/**
 * A pointer builder below `root` for values of type `T`: `at("salary", "ranges", 0, "min")`.
 * The pointers are kept, one per path: a reader files every value of every document under
 * one, and a string built afresh each time is built, then hashed again as a provenance key.
 */
export function pointerInto<T>(...root: ReadonlyArray<string | number>) {
  const top: Built = { text: pointer(...root) as Pointer };
  return (...path: PathOf<T>): Pointer => {
    const segments = path as ReadonlyArray<string | number>;
    let built: Built | undefined = top;
    for (let index = 0; index < segments.length && built !== undefined; index++)
      built = below(built, segments[index] as string | number);
    return built?.text ?? (pointer(...root, ...segments) as Pointer);
  };
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
