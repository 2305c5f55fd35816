/**
 * California Department of Human Resources (CalHR) class specifications:
 * schematic and class codes, established/revised dates, DEFINITION,
 * DISTINGUISHING CHARACTERISTICS, TYPICAL TASKS, and MINIMUM QUALIFICATIONS
 * printed as "Either I ... Or II ..." (or "Either 1. ... or 2. ...") alternatives.
 */
import type { PublisherProfile } from "../generic/profile.js";

export const california: PublisherProfile = {
  name: "california",
  jurisdiction: { code: "US-CA", name: "State of California" },
  publisher: "California Department of Human Resources",
  idPrefix: "us-ca",
  idCode: "class-code",
  headings: {
    desirable: ["Additional Desirable Qualifications"],
    additional: ["Special Personal Characteristics", "Special Physical Characteristics"],
  },
  labels: [
    { field: "code", scheme: "other", names: ["Schematic Code"] },
    { field: "code", scheme: "class-code", names: ["Class Code"] },
  ],
  furniture: [/^California Department of Human Resources$/i, /^home \/ [^.]{1,80}$/i],
  notices: [],
  vocabulary: ["California Department of Human Resources"],
  markers: [
    {
      name: "'Department of Human Resources' banner",
      pattern: /California Department of Human Resources|CalHR/i,
      weight: 2,
    },
    { name: "'Schematic Code' label", pattern: /Schematic Code:?\s*[A-Z0-9]{4}\b/i, weight: 2 },
    { name: "'TYPICAL TASKS' section", pattern: /\bTYPICAL TASKS\b|\bTypical Tasks\b/, weight: 1 },
    {
      name: "'DISTINGUISHING CHARACTERISTICS' section",
      pattern: /DISTINGUISHING CHARACTERISTICS/i,
      weight: 1,
    },
  ],
};
