/**
 * Stage 3, profile detection: every profile scores the extracted document;
 * the best score at or above the threshold wins. When no publisher's profile
 * does, a fallback profile (the generic class-spec reader) reads a document
 * that reads as a class spec. None -> a fatal message that names what was
 * looked for and found, and the closest publisher.
 */
import type { DocFile } from "../file.js";
import type { AnyProfile, Extracted } from "../types.js";

type Detectable = Pick<AnyProfile, "name" | "detect" | "fallback">;

/** Below this a document is not called a member of the family. */
export const DETECTION_THRESHOLD = 0.5;

export function detect<P extends Detectable>(
  extracted: Extracted,
  profiles: readonly P[],
  file: DocFile,
): P | undefined {
  const scored = profiles
    .filter((profile) => !profile.fallback)
    .map((profile) => ({ profile, detection: profile.detect(extracted) }))
    .sort(
      (a, b) =>
        b.detection.score - a.detection.score || a.profile.name.localeCompare(b.profile.name),
    );
  const best = scored[0];
  if (best && best.detection.score >= DETECTION_THRESHOLD) return best.profile;
  const closest = best
    ? `closest is ${best.profile.name} (score ${best.detection.score.toFixed(2)} < ${DETECTION_THRESHOLD}: ${best.detection.reasons.join(", ") || "nothing of it found"})`
    : "";
  const refusals: string[] = [];
  for (const fallback of profiles.filter((profile) => profile.fallback)) {
    const detection = fallback.detect(extracted);
    if (detection.score >= DETECTION_THRESHOLD) return fallback;
    refusals.push(detection.reasons.join("; "));
  }
  if (refusals.length > 0) {
    file.fail(
      "unknown-family",
      `Unexpected document that is no class spec (${refusals.join("; ")}) and of no known publisher${closest ? ` (${closest})` : ""}`,
    );
    return undefined;
  }
  file.fail(
    "unknown-family",
    `Unexpected document of no known family${closest ? `; ${closest}` : ""}`,
  );
  return undefined;
}

/** Scores a document by which of a family's landmarks it holds. */
export function scoreLandmarks(
  text: string,
  landmarks: ReadonlyArray<{
    pattern: { test(text: string): boolean };
    weight: number;
    name: string;
  }>,
): { score: number; reasons: string[] } {
  let total = 0;
  let found = 0;
  const missing: string[] = [];
  for (const landmark of landmarks) {
    total += landmark.weight;
    if (landmark.pattern.test(text)) found += landmark.weight;
    else missing.push(`no ${landmark.name}`);
  }
  return { score: total === 0 ? 0 : found / total, reasons: missing };
}
