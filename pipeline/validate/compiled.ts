/**
 * The ingest hot path's validation: the standalone validator generated from
 * the published JSON Schema (schemas/compiled/, made by schemas/compile.ts),
 * picked by `kind`, instead of a zod parse. A valid document is copied with
 * its keys in schema order, as zod's parse would give them, so the output
 * bytes are the same. zod stays the source of the schemas: it is loaded only
 * to word the issues of a document the compiled validator rejects.
 */
import { COMPILED_BY_KIND } from "../../schemas/compiled/spec-document.js";
import type { KindName, SpecDocument } from "../../schemas/index.js";
import type { DocFile } from "../file.js";

interface Compiled {
  validate: (value: unknown) => boolean;
  order: (value: unknown) => unknown;
}

/**
 * One compiled validator per kind, as generated: a kind the generation left
 * out (schemas not regenerated) does not compile (no silent zod fallback).
 */
const BY_KIND: { readonly [K in KindName]: Compiled } = COMPILED_BY_KIND;

/** The document in schema key order when the compiled validator accepts it, else undefined. */
export function compiledCheck(candidate: unknown): SpecDocument | undefined {
  const kind = (candidate as { kind?: unknown } | null)?.kind;
  const compiled =
    typeof kind === "string" && Object.hasOwn(BY_KIND, kind)
      ? BY_KIND[kind as KindName]
      : undefined;
  if (!compiled?.validate(candidate)) return undefined;
  return compiled.order(candidate) as SpecDocument;
}

/**
 * Validates `candidate` as stage 6 does: compiled first; a rejected document
 * goes through zod, whose issues become the error messages (and whose
 * result stands, so both paths agree on what is written).
 */
export async function validateFast(
  candidate: unknown,
  file: DocFile,
): Promise<SpecDocument | undefined> {
  const document = compiledCheck(candidate);
  if (document) return document;
  const { validate } = await import("./index.js");
  return validate(candidate, file);
}
