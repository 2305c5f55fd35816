/** Landmarks of the Kentucky layout; a spec holds most of them. */
import { scoreLandmarks } from "../../detect/index.js";
import { windowOf } from "../../detect/window.js";
import type { Detection, DetectionBar, Extracted } from "../../types.js";

const LANDMARKS = [
  { name: "'COMMONWEALTH OF KENTUCKY' banner", pattern: /COMMONWEALTH OF KENTUCKY/i, weight: 2 },
  { name: "'JOB CLASS SPECIFICATION' banner", pattern: /JOB CLASS SPECIFICATION/i, weight: 2 },
  { name: "'Job Number:' label", pattern: /Job Number\s*:/, weight: 2 },
  { name: "'Job Code:' label", pattern: /Job Code\s*:/, weight: 1 },
  { name: "'Salary (MIN ...)' heading", pattern: /Salary\s*\(\s*MIN/i, weight: 1 },
  {
    name: "'CHARACTERISTICS OF THE JOB' section",
    pattern: /CHARACTERISTICS OF THE JOB/,
    weight: 1,
  },
  { name: "'MINIMUM REQUIREMENTS' section", pattern: /MINIMUM REQUIREMENTS/, weight: 1 },
  { name: "'EXAMPLES OF DUTIES' section", pattern: /EXAMPLES OF DUTIES/, weight: 1 },
];

/** Landmarks all sit near the top; reading further only costs time on huge inputs. */
const DETECTION_WINDOW_LINES = 400;

export function detectKentucky(extracted: Extracted, bar?: DetectionBar): Detection {
  return scoreLandmarks(() => windowOf(extracted, DETECTION_WINDOW_LINES), LANDMARKS, bar);
}
