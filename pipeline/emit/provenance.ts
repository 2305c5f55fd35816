/**
 * `--provenance full|none|sidecar`: provenance is about a third of a
 * document's bytes. `none` writes the document with an empty `provenance`;
 * `sidecar` moves it to `<name>.provenance.json` beside the document, with
 * the document's id, so a reader can join them. The document stays valid
 * either way: the schema allows an empty `provenance`.
 */
import { serialize } from "./index.js";
import { type Json, jsonText } from "./json-text.js";

export const PROVENANCE_MODES = ["full", "none", "sidecar"] as const;
export type ProvenanceMode = (typeof PROVENANCE_MODES)[number];

/** The suffix of a sidecar's name; `validate` skips such files found in a folder. */
export const SIDECAR_SUFFIX = ".provenance.json";

/** `kentucky/us-ky.class.20000618.json` -> `kentucky/us-ky.class.20000618.provenance.json`. */
export function sidecarName(output: string): string {
  return output.replace(/\.json$/, SIDECAR_SUFFIX);
}

/**
 * The document's JSON as the mode wants it, and the sidecar's JSON for
 * `sidecar`. The default (full) hands the JSON (a string, or a worker's bytes) through untouched.
 */
export function withProvenance(
  json: Json,
  mode: ProvenanceMode | undefined,
): { document: Json; sidecar?: string } {
  if (mode === undefined || mode === "full") return { document: json };
  const document = JSON.parse(jsonText(json)) as {
    id: string;
    provenance: Record<string, unknown>;
  };
  const { provenance } = document;
  document.provenance = {};
  return {
    document: serialize(document),
    ...(mode === "sidecar" ? { sidecar: serialize({ id: document.id, provenance }) } : {}),
  };
}
