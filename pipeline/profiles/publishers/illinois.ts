/**
 * Illinois Central Management Services class specifications: a PDF or web
 * page per class or per series (several classes one after another), a
 * CLASS TITLE / POSITION CODE (/ EFFECTIVE) table at the top, DISTINGUISHING
 * FEATURES OF WORK (the class's description), ILLUSTRATIVE EXAMPLES OF WORK,
 * DESIRABLE REQUIREMENTS (Training and Experience; Knowledges, Skills and
 * Abilities) and MINIMUM ACCEPTABLE REQUIREMENTS FOR ENTRY TO THE CLASS.
 */
import type { PublisherProfile } from "../generic/profile.js";

export const illinois: PublisherProfile = {
  name: "illinois",
  jurisdiction: { code: "US-IL", name: "State of Illinois" },
  publisher: "Illinois Department of Central Management Services",
  idPrefix: "us-il",
  idCode: "position-code",
  // Career standards: one page, a CLASS TITLE / POSITION CODE / EFFECTIVE row per class.
  parts: "class-table",
  headings: {
    definition: ["Distinguishing Features of Work"],
    // Only groups "Training and Experience" and the KSAs below it.
    group: ["Desirable Requirements"],
    desirable: ["Training and Experience"],
    knowledgeSkillsAbilities: ["Knowledges, Skills and Abilities"],
    minimum: [
      "Minimum Acceptable Requirements for Entry to the Class",
      "Minimum Acceptable Requirements",
    ],
  },
  labels: [
    { field: "title", names: ["Class Title"] },
    { field: "code", scheme: "position-code", names: ["Position Code"] },
    { field: "revised", names: ["Effective"] },
  ],
  furniture: [
    // The banner above the title of its PDFs.
    /^(?:STATE OF ILLINOIS|CLASS SPECIFICATION)$/,
    /^Illinois\.gov$/i,
    /^(?:Illinois Department of )?Central Management Services$/i,
    /^Bureau of Personnel, Classification Section$/i,
    /^Room \d+, .+, Springfield, IL \d{5}$/i,
    /^Print \| PDF$/i,
    // The site's search form: its label and its button.
    /^Search CMS ?Search$/i,
    /^FOIA$/,
    // The running header of a spec's later pages.
    /^[A-Z][A-Z ,&'/-]+ \(Continued\)$/,
  ],
  notices: [],
  vocabulary: [],
  markers: [
    { name: "'STATE OF ILLINOIS' banner", pattern: /^[ \t]*STATE OF ILLINOIS[ \t]*$/im, weight: 1 },
    { name: "'POSITION CODE' label", pattern: /\bPOSITION CODE\b/, weight: 2 },
    {
      name: "'DISTINGUISHING FEATURES OF WORK' section",
      pattern: /^[ \t]*(?:#+[ \t]*)?DISTINGUISHING FEATURES OF WORK\b/m,
      weight: 1,
    },
    {
      name: "'ILLUSTRATIVE EXAMPLES OF WORK' section",
      pattern: /^[ \t]*(?:#+[ \t]*)?ILLUSTRATIVE EXAMPLES OF WORK\b/m,
      weight: 1,
    },
  ],
};
