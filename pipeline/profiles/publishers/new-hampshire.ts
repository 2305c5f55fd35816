/**
 * New Hampshire Division of Personnel class specifications (PDF): a class
 * code with the salary grade as its suffix ("4531-23"), BASIC PURPOSE,
 * CHARACTERISTIC DUTIES AND RESPONSIBILITIES, the evaluation factors under
 * DISTINGUISHING FACTORS (this profile's extension), MINIMUM QUALIFICATIONS
 * with Education / Experience / License/Certification labels, RECOMMENDED
 * WORK TRAITS, a disclaimer every spec prints, ESTABLISHED / REVISED dates.
 */
import type { PublisherProfile } from "../generic/profile.js";

export const newHampshire: PublisherProfile = {
  name: "new-hampshire",
  jurisdiction: { code: "US-NH", name: "State of New Hampshire" },
  publisher: "New Hampshire Division of Personnel",
  idPrefix: "us-nh",
  idCode: "class-code",
  idCodePart: /^\d{4}/,
  extension: { key: "us-nh", headings: ["Distinguishing Factors", "Evaluation Factors"] },
  headings: {
    duties: ["Characteristic Duties and Responsibilities"],
    special: ["Special Requirement"],
    knowledgeSkillsAbilities: ["Recommended Work Traits"],
    licenses: ["License/Certification"],
  },
  labels: [
    { field: "code", scheme: "class-code", names: ["Class Code"] },
    { field: "grade", names: ["Salary Grade"] },
  ],
  furniture: [
    // The banner above the title of its PDFs.
    /^(?:STATE OF NEW HAMPSHIRE|DIVISION OF PERSONNEL|CLASS SPECIFICATION)$/,
  ],
  notices: [/^DISCLAIMER STATEMENT:/],
  closing: { name: "disclaimer statement", pattern: /^DISCLAIMER STATEMENT:/ },
  vocabulary: [],
  markers: [
    {
      name: "'STATE OF NEW HAMPSHIRE' banner",
      pattern: /^[ \t]*STATE OF NEW HAMPSHIRE[ \t]*$/im,
      weight: 1,
    },
    {
      name: "'BASIC PURPOSE' section",
      pattern: /^[ \t]*(?:#+[ \t]*)?BASIC PURPOSE\b/im,
      weight: 1,
    },
    { name: "class code with a grade suffix", pattern: /Class Code:?\s*\d{4}-\d{2}\b/i, weight: 2 },
  ],
};
