/**
 * Conditions of employment a sentence states (driver's license, drug
 * screening, background check, PREA, licences), each with its modality:
 * the modal phrase nearest before the subject decides ("may be required to
 * submit to a drug screening" vs "must meet ... the Prison Rape Elimination Act").
 */
import type { ConditionRule } from "../../schemas/index.js";

type Subject = ConditionRule["subject"];

const SUBJECTS: ReadonlyArray<{ subject: Subject; pattern: RegExp }> = [
  {
    subject: "drivers-license",
    pattern: /\bdriver['’]?s['’]?\s+licen[sc]e|\boperator['’]?s\s+licen[sc]e|\bCDL\b/i,
  },
  { subject: "drug-screening", pattern: /\bdrug\s+(?:screening|screen|test)/i },
  { subject: "background-check", pattern: /\bbackground\s+(?:check|investigation)/i },
  { subject: "prea", pattern: /\bPrison Rape Elimination Act\b|\bPREA\b/ },
  {
    subject: "license",
    pattern: /\blicen[sc](?:ed|ure)\b|\b(?:professional|nursing|valid)\s+licen[sc]e\b/i,
  },
  { subject: "certification", pattern: /\bcertifi(?:ed|cation)\b/i },
  { subject: "travel", pattern: /\btravel\b/i },
  {
    subject: "age",
    pattern: /\byears?\s+(?:of\s+age|old)\b|\bminimum\s+age\b|\bage\s+of\s+\d/i,
  },
];

/**
 * Phrases that make a sentence a condition. "subject to" and "as a
 * condition of employment" require as firmly as "must" ("Applicants will be
 * subject to a drug screening test").
 */
const MODALS =
  /\bmay be required\b|\bmay be subject to\b|\bmay require\b|\bmust\b|\bshall\b|\b(?:is|are|be)\s+required\b|\brequired to\b|\bmandatory\b|\bsubject to\b|\bcondition of (?:employment|appointment)\b/gi;
/** The modals that leave it to the position ("may be required", "may be subject to", "may require"). */
const MAY = /^may\b/i;

export interface ConditionFacts {
  subject: Subject;
  modality: ConditionRule["modality"];
}

function modalityAt(
  modals: readonly RegExpExecArray[],
  index: number,
): ConditionRule["modality"] | undefined {
  const before = modals.filter((modal) => (modal.index ?? 0) < index).pop();
  const chosen = before ?? modals.find((modal) => (modal.index ?? 0) > index);
  if (!chosen) return undefined;
  return MAY.test(chosen[0]) ? "may-be-required" : "required";
}

/** The sentence names a condition (a licence, a screening ...), whether or not a modal says who must meet it. */
export function mentionsCondition(sentence: string): boolean {
  return SUBJECTS.some(({ pattern }) => pattern.test(sentence));
}

export function conditionFacts(sentence: string): ConditionFacts[] {
  const found: ConditionFacts[] = [];
  // The sentence's modal phrases, found once it names a subject: every subject is placed among them.
  let modals: RegExpExecArray[] | undefined;
  const driver = SUBJECTS[0]?.pattern.test(sentence) ?? false;
  for (const { subject, pattern } of SUBJECTS) {
    // A driver's license is not also a professional licence, and "licensed as a Certified ..." is one licence.
    if (subject === "license" && driver) continue;
    if (subject === "certification" && found.some((condition) => condition.subject === "license"))
      continue;
    const match = pattern.exec(sentence);
    if (!match) continue;
    modals ??= [...sentence.matchAll(MODALS)];
    const modality = modalityAt(modals, match.index);
    if (modality) found.push({ subject, modality });
  }
  return found;
}
