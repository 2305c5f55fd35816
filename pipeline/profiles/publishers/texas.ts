/**
 * Texas State Auditor's Office state classification job descriptions:
 * Salary Group and Class No. labels, GENERAL DESCRIPTION, EXAMPLES OF WORK
 * PERFORMED, and GENERAL QUALIFICATION GUIDELINES grouping EXPERIENCE AND
 * EDUCATION and KNOWLEDGE, SKILLS, AND ABILITIES.
 */
import type { PublisherProfile } from "../generic/profile.js";

export const texas: PublisherProfile = {
  name: "texas",
  jurisdiction: { code: "US-TX", name: "State of Texas" },
  publisher: "Texas State Auditor's Office",
  idPrefix: "us-tx",
  idCode: "class-number",
  headings: {
    group: ["General Qualification Guidelines"],
    licenses: ["Registration, Certification, or Licensure"],
  },
  labels: [
    { field: "grade", names: ["Salary Group"] },
    { field: "code", scheme: "class-number", names: ["Class No.", "Class Number"] },
    { field: "group", names: ["Occupational Category"] },
  ],
  furniture: [/^Texas State Auditor's Office$/i, /^State Classification Job Description$/i],
  notices: [],
  vocabulary: ["Texas State Auditor's Office", "State Classification Job Description"],
  markers: [
    { name: "'State Auditor's Office' banner", pattern: /State Auditor's Office/i, weight: 2 },
    { name: "'Salary Group' label", pattern: /Salary Group:?\s*[A-Z]\d{1,2}\b/, weight: 2 },
    {
      name: "'GENERAL QUALIFICATION GUIDELINES' section",
      pattern: /GENERAL QUALIFICATION GUIDELINES/i,
      weight: 1,
    },
    {
      name: "'EXAMPLES OF WORK PERFORMED' section",
      pattern: /EXAMPLES OF WORK PERFORMED/i,
      weight: 1,
    },
  ],
};
