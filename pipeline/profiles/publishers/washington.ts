/**
 * Washington State Office of Financial Management class specifications: a
 * web page per class (Definition, Typical Work, Knowledge and Abilities,
 * Legal Requirement(s), Minimum and Desirable Qualifications, a class history
 * with partial dates), class code and salary range number as labels.
 */
import type { PublisherProfile } from "../generic/profile.js";

export const washington: PublisherProfile = {
  name: "washington",
  jurisdiction: { code: "US-WA", name: "State of Washington" },
  publisher: "Washington State Office of Financial Management",
  idPrefix: "us-wa",
  idCode: "class-code",
  headings: {
    knowledgeSkillsAbilities: ["Knowledge and Abilities"],
    legal: ["Legal Requirement(s)", "Legal Requirement"],
    history: ["Class Specification History", "Class Specification Revision History"],
  },
  labels: [
    { field: "code", scheme: "class-code", names: ["Class Code"] },
    { field: "grade", names: ["Salary Range"] },
    { field: "group", names: ["Category"] },
  ],
  furniture: [
    /^Washington State Office of Financial Management$/i,
    /^Office of Financial Management \| PO Box \d+ \| Olympia WA [\d-]+$/i,
  ],
  notices: [],
  vocabulary: ["Washington State Office of Financial Management", "Office of Financial Management"],
  markers: [
    {
      name: "'Office of Financial Management' banner",
      pattern: /Office of Financial Management/i,
      weight: 2,
    },
    { name: "'Class Code' label like 471Q", pattern: /Class Code:?\s*\d{3}[A-Z]\b/i, weight: 2 },
    { name: "'Typical Work' section", pattern: /\bTypical Work\b|\bTYPICAL WORK\b/, weight: 1 },
    { name: "'Legal Requirement(s)' section", pattern: /\bLegal Requirement/i, weight: 1 },
  ],
};
