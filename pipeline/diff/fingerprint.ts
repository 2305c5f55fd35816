/**
 * Stable change fingerprints, so a reviewer's decision ("accepted") can be
 * carried across runs: a hash of what changed and where (document id, rule
 * id, a location key that names the field by meaning, not by list index, and
 * the normalized values), never of labels or message wording.
 */
import { createHash } from "node:crypto";
import { normalizeText } from "./normalize.js";
import type { DiffValue } from "./types.js";

const FINGERPRINT_LENGTH = 16;

export function fingerprint(
  documentId: string,
  ruleId: string,
  locationKey: string,
  before: DiffValue | undefined,
  after: DiffValue | undefined,
): string {
  const payload = JSON.stringify([
    documentId,
    ruleId,
    locationKey,
    canonical(before),
    canonical(after),
  ]);
  return createHash("sha256").update(payload).digest("hex").slice(0, FINGERPRINT_LENGTH);
}

/** Normalized text and sorted keys, so formatting never moves a fingerprint. */
function canonical(value: DiffValue | undefined): unknown {
  if (value === undefined) return null;
  if (typeof value === "string") return normalizeText(value);
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item) => canonical(item as DiffValue));
  const object = value as Record<string, DiffValue | undefined>;
  return Object.keys(object)
    .sort()
    .map((key) => [key, canonical(object[key])]);
}
