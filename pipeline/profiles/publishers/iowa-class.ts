/**
 * Iowa DAS job classification descriptions (the JobSpecs pages: one class,
 * not a series guideline, which is the `iowa` profile): Class Code and Pay
 * Grade in a header table, Definition, Work Examples (with the publisher's
 * preamble), Competencies Required, Education, Experience, and Special
 * Requirements ("OR" between alternatives), Special Requirements, and an
 * "Effective Date: 11/98 JH" line.
 */
import type { PublisherProfile } from "../generic/profile.js";

export const iowaClass: PublisherProfile = {
  name: "iowa-class",
  jurisdiction: { code: "US-IA", name: "State of Iowa" },
  publisher: "Iowa Department of Administrative Services",
  idPrefix: "us-ia",
  idCode: "class-code",
  headings: {
    duties: ["Work Examples"],
    knowledgeSkillsAbilities: ["Competencies Required"],
    minimum: ["Education, Experience, and Special Requirements"],
  },
  labels: [
    { field: "code", scheme: "class-code", names: ["Class Code"] },
    { field: "grade", names: ["Pay Grade"] },
    { field: "revised", names: ["Effective Date"] },
  ],
  furniture: [
    /^An official website of the State of Iowa\b.*$/i,
    /^Human Resources Procurement State Accounting About DAS$/i,
    /^Iowa Department of Administrative Services$/i,
    /^Human Resources Enterprise, .+, Des Moines, IA \d{5}$/i,
    /^Print (?:Hits on this document: [\d,]+|[\d,]+ views)$/i,
    /^Policies \| Accessibility$/i,
  ],
  notices: [/^The work examples listed below are illustrative only\b/i],
  vocabulary: [],
  markers: [
    {
      name: "'Iowa Department of Administrative Services'",
      pattern: /Iowa Department of Administrative Services|State of Iowa/i,
      weight: 1,
    },
    {
      name: "'Class Code' and 'Pay Grade' labels",
      pattern: /Class Code:?\s*\d{5}\b[\s\S]{0,40}Pay Grade/i,
      weight: 2,
    },
    {
      name: "'Competencies Required' section",
      pattern: /^[ \t]*(?:#+[ \t]*)?Competencies Required\b/im,
      weight: 1,
    },
  ],
};
