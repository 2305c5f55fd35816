/**
 * County and city class specifications on NEOGOV / jobapscloud-style pages:
 * one layout many localities share (an agency line, a summary table with
 * Class Code, Salary Range, FLSA, Bargaining Unit and dates; DEFINITION,
 * DISTINGUISHING CHARACTERISTICS, EXAMPLES OF ESSENTIAL DUTIES, MINIMUM
 * QUALIFICATIONS, SUPPLEMENTAL INFORMATION). The jurisdiction is the page's
 * agency line, else unknown.
 */
import type { PublisherProfile } from "../generic/profile.js";

export const neogov: PublisherProfile = {
  name: "neogov",
  jurisdiction: null,
  idPrefix: "unknown",
  idCode: "class-code",
  agencyLine:
    /^(?<locality>(?:City|Town|Village) of [A-Z][A-Za-z .'-]*?|[A-Z][A-Za-z .'-]*? County),\s+(?<state>[A-Z][A-Za-z]*(?: [A-Z][a-z]+)*)/,
  headings: {
    duties: ["Examples of Essential Duties"],
    working: ["Working Environment"],
  },
  labels: [{ field: "code", scheme: "class-code", names: ["Class Code"] }],
  furniture: [
    /^(?:Job Opportunities|Class Specifications|Promotional Opportunities|Sign In)$/i,
    /^Class Specifications (?:>|») .+$/i,
    /^Print Back to Class Specifications$/i,
    /^Print [\d,]+ views$/i,
    // The end of a menu line the saved text wrapped.
    /^(?:Applicant )?Help$/i,
    /^(?:Agency|Address|Phone|Website) .+$/,
    /^Powered by .+$/i,
    /^An Equal Opportunity Employer$/i,
    // The footer line of a city's pages, whole or wrapped before its phone number.
    /^[^·\n]+ Human Resources · [^·\n]+ · \(\d{3}\) \d{3}-\d{4}$/,
    /^[^·\n]+ Human Resources · [^·\n]+, [A-Z]{2} \d{5}$/,
    /^· \(\d{3}\) \d{3}-\d{4}$/,
  ],
  notices: [/^The following duties are typical for this classification\b/i],
  vocabulary: [],
  markers: [
    {
      name: "'Class Code' and 'Bargaining Unit' labels",
      pattern: /Class Code:[\s\S]{0,400}Bargaining Unit:/i,
      weight: 2,
    },
    {
      name: "'EXAMPLES OF ESSENTIAL DUTIES' section",
      pattern: /^[ \t]*(?:#+[ \t]*)?EXAMPLES OF ESSENTIAL DUTIES\b/im,
      weight: 1,
    },
    { name: "'Class Specifications' link", pattern: /Class Specifications/i, weight: 1 },
  ],
};
