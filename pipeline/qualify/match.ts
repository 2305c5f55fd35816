/**
 * How a candidate's words meet a spec's words: an area, field, setting or
 * licence name matches when the candidate's words hold the spec's in order
 * ("public accounting" holds "accounting"), case, punctuation, articles and
 * plural endings aside. Only that way: a candidate's word that is a part of
 * the spec's phrase ("programs" of "leading outdoor education programs") is
 * broader than what the spec asks, so it does not meet it. Degrees and levels
 * compare by rank.
 */
import type { EducationLevel, ExperienceLevel } from "../../schemas/qualifications.js";

const ARTICLES = new Set(["a", "an", "the"]);

function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "" && !ARTICLES.has(word))
    .map((word) =>
      word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word,
    );
}

function holds(outer: readonly string[], inner: readonly string[]): boolean {
  if (inner.length === 0 || inner.length > outer.length) return false;
  for (let at = 0; at + inner.length <= outer.length; at++)
    if (inner.every((word, offset) => outer[at + offset] === word)) return true;
  return false;
}

export function phraseMatches(candidate: string, spec: string): boolean {
  return holds(wordsOf(candidate), wordsOf(spec));
}

/** Whether `candidate` is one of `listed`; an empty list admits anything. */
export function matchesAny(candidate: string | undefined, listed: readonly string[]): boolean {
  if (listed.length === 0) return true;
  return candidate !== undefined && listed.some((item) => phraseMatches(candidate, item));
}

/**
 * Whether a candidate's education meets a term's level and school grade: any degree, or a
 * diploma, meets a grade short of graduating; a grade meets only a grade at or below it.
 */
export function schoolingMeets(
  held: { level: EducationLevel; grade?: number },
  asked: { level: EducationLevel; grade?: number },
): boolean {
  if (held.level === "high-school" && asked.level === "high-school")
    return (held.grade ?? 12) >= (asked.grade ?? 12);
  return educationMeets(held.level, asked.level);
}

const EDUCATION_RANK: Readonly<Record<EducationLevel, number>> = {
  coursework: -1,
  "high-school": 0,
  certificate: 1,
  associate: 2,
  bachelor: 3,
  master: 4,
  professional: 5,
  doctorate: 5,
};

/** A degree at or above the level asked for meets it (a bachelor's meets "high school diploma"). */
export function educationMeets(held: EducationLevel, asked: EducationLevel): boolean {
  return EDUCATION_RANK[held] >= EDUCATION_RANK[asked];
}

const EXPERIENCE_RANK: Readonly<Record<ExperienceLevel, number>> = {
  paraprofessional: 0,
  professional: 1,
  lead: 2,
  supervisory: 3,
  management: 4,
};

/** Supervisory experience is professional experience; lead work is not management. */
export function experienceMeets(held: ExperienceLevel, asked: ExperienceLevel): boolean {
  return EXPERIENCE_RANK[held] >= EXPERIENCE_RANK[asked];
}

/**
 * How long a credential's study is, for a rate that substitutes for it by the
 * year ("on a year-for-year basis"): specs do not print it, so the answer
 * says it assumed it. Semester hours at 30 a year.
 */
export const STUDY_YEARS: Partial<Record<EducationLevel, number>> = {
  "high-school": 4,
  associate: 2,
  bachelor: 4,
};
export const SEMESTER_HOURS_PER_YEAR = 30;
