/**
 * Detection for publishers as data. A publisher's profile scores by its
 * markers (a banner, its label names); the generic profile scores by whether
 * the document reads as a class spec at all: section headings the vocabulary
 * knows and content that reads as duties, KSAs or qualifications. Its reasons
 * name what was found and what was not, for the refusal of a document that is
 * no class spec.
 */
import { DETECTION_THRESHOLD, scoreLandmarks } from "../../detect/index.js";
import { windowOf } from "../../detect/window.js";
import type { Detection, DetectionBar, Extracted } from "../../types.js";
import { guessPieces } from "./fallback.js";
import { HeadingVocabulary } from "./headings.js";
import { Labels } from "./labels.js";
import { piecesOf } from "./pieces.js";
import type { PublisherProfile, SectionField } from "./profile.js";
import { unitsOf } from "./units.js";

/** Markers sit near the top; reading further only costs time on huge inputs. */
const DETECTION_WINDOW_LINES = 600;

export function detectPublisher(
  profile: PublisherProfile,
  extracted: Extracted,
  bar?: DetectionBar,
): Detection {
  // The window is joined once per document (detect/window), not once per publisher.
  return scoreLandmarks(() => windowOf(extracted, DETECTION_WINDOW_LINES), profile.markers, bar);
}

/** The core fields a class spec has: what it describes, what is done, who qualifies. */
const CORE: ReadonlyArray<readonly [string, readonly SectionField[]]> = [
  ["a definition", ["definition", "distinguishing"]],
  ["duties", ["duties"]],
  ["knowledge, skills or abilities", ["knowledgeSkillsAbilities"]],
  ["qualifications", ["minimum", "desirable", "preferred", "licenses", "legal", "special"]],
];
/** How many core fields make a class spec (with a title, which every document has a line for). */
const CORE_NEEDED = 2;

export function detectClassSpec(profile: PublisherProfile, extracted: Extracted): Detection {
  const headings = new HeadingVocabulary(profile);
  const labels = new Labels(profile);
  const units = unitsOf({ ...extracted, lines: extracted.lines.slice(0, DETECTION_WINDOW_LINES) });
  const found = new Set<SectionField>();
  let labelLines = 0;
  for (const unit of units) {
    const heading = headings.headingAt(unit);
    if (heading && heading.key !== "unknown") found.add(heading.key);
    else if (labels.read(unit)) labelLines++;
  }
  for (const guess of guessPieces(piecesOf(units, true)))
    if (guess && guess !== "definition") found.add(guess);
  const present = CORE.filter(([, fields]) => fields.some((field) => found.has(field)));
  const score = Math.min(1, present.length / CORE_NEEDED) * DETECTION_THRESHOLD;
  const named = present.map(([name]) => name);
  const missing = CORE.filter((core) => !present.includes(core)).map(([name]) => name);
  return {
    score,
    reasons: [
      `looked for a class title with sections or paragraphs that read as ${CORE.map(([name]) => name).join(", ")} (${CORE_NEEDED} at least)`,
      named.length > 0 ? `found ${named.join(", ")}` : "found none of them",
      ...(labelLines > 0 ? [`found ${labelLines} label line(s)`] : []),
      ...(missing.length > 0 ? [`not found: ${missing.join(", ")}`] : []),
    ],
  };
}
