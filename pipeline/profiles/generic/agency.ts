/**
 * The agency line of a page many localities share ("Cascade Ridge County,
 * OR", "City of Millbrook, Washington"): the profile's `agencyLine` pattern
 * names the locality and its state; the state gives the ISO 3166-2 code and
 * the locality the id prefix (`us-or-cascade-ridge`).
 */
import type { Jurisdiction } from "../../../schemas/index.js";
import { slugify } from "../../shared/text.js";
import { spaceRunStart } from "../../shared/whitespace.js";
import { ownValue } from "../../shared/word-table.js";
import type { PublisherProfile } from "./profile.js";
import type { Unit } from "./units.js";

const STATES: Readonly<Record<string, string>> = {
  alabama: "AL",
  alaska: "AK",
  arizona: "AZ",
  arkansas: "AR",
  california: "CA",
  colorado: "CO",
  connecticut: "CT",
  delaware: "DE",
  "district of columbia": "DC",
  florida: "FL",
  georgia: "GA",
  hawaii: "HI",
  idaho: "ID",
  illinois: "IL",
  indiana: "IN",
  iowa: "IA",
  kansas: "KS",
  kentucky: "KY",
  louisiana: "LA",
  maine: "ME",
  maryland: "MD",
  massachusetts: "MA",
  michigan: "MI",
  minnesota: "MN",
  mississippi: "MS",
  missouri: "MO",
  montana: "MT",
  nebraska: "NE",
  nevada: "NV",
  "new hampshire": "NH",
  "new jersey": "NJ",
  "new mexico": "NM",
  "new york": "NY",
  "north carolina": "NC",
  "north dakota": "ND",
  ohio: "OH",
  oklahoma: "OK",
  oregon: "OR",
  pennsylvania: "PA",
  "rhode island": "RI",
  "south carolina": "SC",
  "south dakota": "SD",
  tennessee: "TN",
  texas: "TX",
  utah: "UT",
  vermont: "VT",
  virginia: "VA",
  washington: "WA",
  "west virginia": "WV",
  wisconsin: "WI",
  wyoming: "WY",
};
const CODES = new Set(Object.values(STATES));

/** "OR", "Oregon", "Washington Human Resources" (the words after the state are the office's): the code. */
function stateCode(printed: string): string | undefined {
  const words = printed.trim().split(/\s+/);
  if (words.length === 1 && CODES.has(words[0]?.toUpperCase() ?? ""))
    return words[0]?.toUpperCase();
  for (let count = Math.min(3, words.length); count >= 1; count--) {
    const code = ownValue(STATES, words.slice(0, count).join(" ").toLowerCase());
    if (code) return code;
  }
  return undefined;
}

export interface Agency {
  unit: Unit;
  /** What the reader's options take from the line. */
  options: { jurisdiction: Jurisdiction; idPrefix: string };
}

const LOCALITY_PREFIX = /^(?:city|town|village) of\s+/i;
const COUNTY = "county";

/**
 * The locality's name without "City of" (or Town, Village) before it or, when
 * it has none, " County" after it: what `/^(?:city|town|village) of\s+|\s+county$/i`
 * removed, read from each end (that pattern was quadratic in a run of white space).
 */
export function placeName(locality: string): string {
  const prefix = LOCALITY_PREFIX.exec(locality);
  if (prefix) return locality.slice(prefix[0].length);
  const word = locality.length - COUNTY.length;
  if (word < 1 || locality.slice(word).toLowerCase() !== COUNTY) return locality;
  const start = spaceRunStart(locality, word);
  return start < word ? locality.slice(0, start) : locality;
}

/** The first unit the profile's agency line matches with a known state, else undefined. */
export function agencyOf(profile: PublisherProfile, units: readonly Unit[]): Agency | undefined {
  const pattern = profile.agencyLine;
  if (!pattern) return undefined;
  for (const unit of units) {
    const match = pattern.exec(unit.text);
    const locality = match?.groups?.locality?.trim();
    const state = stateCode(match?.groups?.state ?? "");
    if (!locality || !state) continue;
    const place = slugify(placeName(locality));
    const jurisdiction: Jurisdiction = { code: `US-${state}`, name: locality };
    return { unit, options: { jurisdiction, idPrefix: `us-${state.toLowerCase()}-${place}` } };
  }
  return undefined;
}
