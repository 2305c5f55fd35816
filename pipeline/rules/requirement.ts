/** Minimum-requirement sentences -> the facts of a `requirement` rule. */
import type { Credential } from "../../schemas/index.js";
import { COUNT_SOURCE, parseCount } from "../shared/numbers.js";
import { withArticle } from "../shared/term-words.js";
import { experienceAreas } from "./area-lists.js";
import { credentialIn, fieldIn } from "./credentials.js";
import { areaAfterExperience, areaBeforeExperience } from "./experience-areas.js";
import { settingsIn } from "./terms.js";

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
  const after = areaAfterExperience(sentence);
  const area = after ?? areaBeforeExperience(sentence);
  // Heads sharing an object read as the qualification terms read them (area-lists.ts).
  if (area) facts.areas = inSettings(area, after !== undefined);
  return facts.years === undefined && facts.areas === undefined ? undefined : facts;
}

/**
 * "leading groups in an outdoor, museum or classroom setting": the rule has
 * no settings of its own, so each area keeps each setting ("leading groups in
 * an outdoor setting", …), never "museum" as an area of its own.
 */
function inSettings(area: string, gerundObjects: boolean): string[] {
  const settings = settingsIn(area);
  const activity = settings ? area.replace(settings.phrase, "").trim() : area;
  const areas = experienceAreas(activity, gerundObjects).areas;
  if (!settings || activity === "") return areas;
  return areas.flatMap((each) =>
    settings.settings.map((setting) => `${each} in ${withArticle(setting)} setting`),
  );
}

/** Sentences that state something a rule should have read: silence on them is a warning. */
const REQUIREMENT_LIKE =
  /\b(?:must|required?|shall|mandatory|substitut\w*|degree|diploma|licen[sc]\w*|certifi\w*|years? of)\b/i;

export function isRequirementLike(sentence: string): boolean {
  return REQUIREMENT_LIKE.test(sentence);
}
