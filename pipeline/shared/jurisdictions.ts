/**
 * Jurisdictions a caller names (`--jurisdiction us-wa`): the US states, the
 * District of Columbia and the territories by ISO 3166-2 code, with the name
 * a document's `jurisdiction.name` holds.
 */
import type { Jurisdiction } from "../../schemas/index.js";

const US: Readonly<Record<string, string>> = {
  AL: "State of Alabama",
  AK: "State of Alaska",
  AZ: "State of Arizona",
  AR: "State of Arkansas",
  CA: "State of California",
  CO: "State of Colorado",
  CT: "State of Connecticut",
  DE: "State of Delaware",
  DC: "District of Columbia",
  FL: "State of Florida",
  GA: "State of Georgia",
  HI: "State of Hawaii",
  ID: "State of Idaho",
  IL: "State of Illinois",
  IN: "State of Indiana",
  IA: "State of Iowa",
  KS: "State of Kansas",
  KY: "Commonwealth of Kentucky",
  LA: "State of Louisiana",
  ME: "State of Maine",
  MD: "State of Maryland",
  MA: "Commonwealth of Massachusetts",
  MI: "State of Michigan",
  MN: "State of Minnesota",
  MS: "State of Mississippi",
  MO: "State of Missouri",
  MT: "State of Montana",
  NE: "State of Nebraska",
  NV: "State of Nevada",
  NH: "State of New Hampshire",
  NJ: "State of New Jersey",
  NM: "State of New Mexico",
  NY: "State of New York",
  NC: "State of North Carolina",
  ND: "State of North Dakota",
  OH: "State of Ohio",
  OK: "State of Oklahoma",
  OR: "State of Oregon",
  PA: "Commonwealth of Pennsylvania",
  RI: "State of Rhode Island",
  SC: "State of South Carolina",
  SD: "State of South Dakota",
  TN: "State of Tennessee",
  TX: "State of Texas",
  UT: "State of Utah",
  VT: "State of Vermont",
  VA: "Commonwealth of Virginia",
  WA: "State of Washington",
  WV: "State of West Virginia",
  WI: "State of Wisconsin",
  WY: "State of Wyoming",
  AS: "American Samoa",
  GU: "Guam",
  MP: "Northern Mariana Islands",
  PR: "Commonwealth of Puerto Rico",
  VI: "United States Virgin Islands",
};

/** "us-wa" or "US-WA" -> the jurisdiction; undefined for a code not in the table. */
export function jurisdictionOf(code: string): Jurisdiction | undefined {
  const match = /^us-([a-z]{2})$/i.exec(code.trim());
  const subdivision = match?.[1]?.toUpperCase() ?? "";
  const name = US[subdivision];
  return name === undefined ? undefined : { code: `US-${subdivision}`, name };
}
