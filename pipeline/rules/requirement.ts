/** Minimum-requirement sentences -> the facts of a `requirement` rule. */
import type { Credential } from "../../schemas/index.js";
import { COUNT_SOURCE, parseCount } from "../shared/numbers.js";
import { credentialIn, fieldIn, splitAreas } from "./credentials.js";

export interface EducationFacts {
  credential?: Credential;
  field?: string;
}

export function educationFacts(sentence: string): EducationFacts | undefined {
  const credential = credentialIn(sentence);
  if (!credential) return undefined;
  const field = fieldIn(sentence);
  return field ? { credential, field } : { credential };
}

/**
 * A licence or certification the EDUCATION section demands beside the
 * diploma ("Must possess a current license to practice as a Licensed
 * Practical Nurse ..."): a requirement of its own category. Read only when
 * the sentence names no academic credential.
 */
const LICENSE_HELD = /\blicen[sc](?:e|ure)\b|\blicensed\s+(?:as|to|by|in)\b/i;
const CERTIFICATION_HELD = /\bcertifi(?:ed|cation)\b/i;

export interface CredentialRequirementFacts {
  category: "license" | "certification";
  credential?: "license";
}

export function licenseFacts(sentence: string): CredentialRequirementFacts | undefined {
  if (credentialIn(sentence)) return undefined;
  if (LICENSE_HELD.test(sentence)) return { category: "license", credential: "license" };
  if (CERTIFICATION_HELD.test(sentence)) return { category: "certification" };
  return undefined;
}

const YEARS = new RegExp(
  String.raw`\b(${COUNT_SOURCE})(?:\s*\(\s*(\d+(?:\.\d+)?)\s*\))?\s+(years?|months?)\b`,
  "i",
);
/**
 * "one year of production support experience" -> "production support". The
 * area is bounded (AREA_MAX_CHARS): unbounded, a sentence repeating "years
 * of" without "experience" costs quadratic time (1 s per 100 kB).
 */
const AREA_BEFORE =
  /\b(?:years?|months?)\s+of\s+(?:(?:full-time|part-time|professional|progressively responsible|paid)\s+)*(.{1,200}?)\s+experience\b/i;
/** Where a list of areas stops: a qualifying clause ("including one year in ...") or a new clause. */
const AREA_END = String.raw`(?=,?\s+(?:including|of which|with at least|will|may|can|shall|which|that)\b|[.;]|$)`;
/** "experience in accounting, auditing or finance", "experience operating heavy equipment". */
const AREA_AFTER = new RegExp(
  String.raw`\bexperience\s+(?:(?:in|with|as)\s+(?:an?\s+)?(.+?)|([a-z]+ing\s+.+?))${AREA_END}`,
  "i",
);

export interface ExperienceFacts {
  years?: number;
  areas?: string[];
}

export function experienceFacts(sentence: string): ExperienceFacts | undefined {
  const facts: ExperienceFacts = {};
  const years = YEARS.exec(sentence);
  if (years?.[1] && years[3]) {
    const count = years[2] !== undefined ? Number(years[2]) : parseCount(years[1]);
    if (count !== undefined)
      facts.years = /month/i.test(years[3]) ? Math.round((count / 12) * 100) / 100 : count;
  }
  const after = AREA_AFTER.exec(sentence);
  const area = after?.[1] ?? after?.[2] ?? AREA_BEFORE.exec(sentence)?.[1];
  if (area) facts.areas = splitAreas(area);
  return facts.years === undefined && facts.areas === undefined ? undefined : facts;
}

/** Sentences that state something a rule should have read: silence on them is a warning. */
const REQUIREMENT_LIKE =
  /\b(?:must|required?|shall|mandatory|substitut\w*|degree|diploma|licen[sc]\w*|certifi\w*|years? of)\b/i;

export function isRequirementLike(sentence: string): boolean {
  return REQUIREMENT_LIKE.test(sentence);
}
