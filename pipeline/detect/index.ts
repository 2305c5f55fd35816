/**
 * Stage 3, profile detection: every profile scores the extracted document;
 * the best score at or above the threshold wins. When no publisher's profile
 * does, a fallback profile (the generic class-spec reader) reads a document
 * that reads as a class spec. None -> a fatal message that names what was
 * looked for and found, and the closest publisher.
 */
import type { DocFile } from "../file.js";
import type { AnyProfile, Detection, DetectionBar, Extracted } from "../types.js";

type Detectable = Pick<AnyProfile, "name" | "detect" | "fallback">;

/** Below this a document is not called a member of the family. */
export const DETECTION_THRESHOLD = 0.5;

export function detect<P extends Detectable>(
  extracted: Extracted,
  profiles: readonly P[],
  file: DocFile,
): P | undefined {
  // The best score wins, a tie going to the name first in order. Each profile is told the score
  // it must beat, so one that cannot (Kentucky scored 1 and its name sorts later) stops early:
  // same winner, a fraction of the marker tests.
  let best: { profile: P; detection: Detection } | undefined;
  for (const profile of profiles) {
    if (profile.fallback) continue;
    const winsTies = best ? profile.name.localeCompare(best.profile.name) < 0 : true;
    const detection = profile.detect(
      extracted,
      best ? { score: best.detection.score, winsTies } : undefined,
    );
    if (
      !best ||
      detection.score > best.detection.score ||
      (detection.score === best.detection.score && winsTies)
    )
      best = { profile, detection };
  }
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

/**
 * Scores a document by which of a family's landmarks it holds. With a `bar`,
 * it stops as soon as the landmarks left cannot lift the score over it, and
 * gives the score so far (below the bar, so it never wins) without reasons.
 * `text` may be a function, called only when a landmark is tested. Weights
 * are whole numbers, so the sums compared with the bar are exact.
 */
export function scoreLandmarks(
  text: string | (() => string),
  landmarks: ReadonlyArray<{
    pattern: { test(text: string): boolean };
    weight: number;
    name: string;
  }>,
  bar?: DetectionBar,
): { score: number; reasons: string[] } {
  let total = 0;
  for (const landmark of landmarks) total += landmark.weight;
  let found = 0;
  let left = total;
  let read: string | undefined;
  const missing: string[] = [];
  for (const landmark of landmarks) {
    if (bar && total > 0 && !reaches((found + left) / total, bar))
      return { score: found / total, reasons: [`cannot score over ${bar.score.toFixed(2)}`] };
    read ??= typeof text === "string" ? text : text();
    if (landmark.pattern.test(read)) found += landmark.weight;
    else missing.push(`no ${landmark.name}`);
    left -= landmark.weight;
  }
  return { score: total === 0 ? 0 : found / total, reasons: missing };
}

/** Whether `score` would win against the bar. */
function reaches(score: number, bar: DetectionBar): boolean {
  return score > bar.score || (score === bar.score && bar.winsTies);
}
