/**
 * What every publisher's class specs share: the section names, labels and
 * web-page chrome found across state, county and city publishers. A profile
 * adds its own (generic/profile.ts); nothing here is one publisher's.
 */
import type { LabelSpec, SectionField } from "./profile.js";

export const GENERIC_HEADINGS: Readonly<Record<SectionField, readonly string[]>> = {
  definition: [
    "Definition",
    "Nature of Work",
    "General Description",
    "Basic Purpose",
    "Purpose",
    "Summary",
    "Class Summary",
    "Position Summary",
    "Job Summary",
    "Class Concept",
    "Class Definition",
    "General Statement of Duties",
    "Characteristics of the Class",
    "Description",
  ],
  distinguishing: [
    "Distinguishing Characteristics",
    "Distinguishing Features",
    "Distinguishing Features of Work",
    "Distinguishing Features of the Class",
    "Level Distinguishing Factors",
  ],
  duties: [
    "Duties",
    "Typical Work",
    "Typical Duties",
    "Typical Tasks",
    "Examples of Work",
    "Examples of Work Performed",
    "Illustrative Examples of Work",
    "Examples of Duties",
    "Essential Duties",
    "Essential Functions",
    "Essential Job Functions",
    "Duties and Responsibilities",
    "Essential Duties and Responsibilities",
    "Examples of Duties and Responsibilities",
  ],
  knowledgeSkillsAbilities: [
    "Knowledge, Skills and Abilities",
    "Knowledge and Abilities",
    "Knowledge and Skills",
    "Required Knowledge, Skills and Abilities",
    "Knowledge, Skills, Abilities",
    "Competencies",
  ],
  minimum: [
    "Minimum Qualifications",
    "Minimum Requirements",
    "Qualifications",
    "Required Qualifications",
    "Education and Experience",
    "Experience and Education",
    "Minimum Education and Experience",
    "Training and Experience",
    "Minimum Training and Experience",
    "Acceptable Experience and Training",
    "Experience and Training",
    "Entrance Requirements",
  ],
  desirable: ["Desirable Qualifications", "Desirable Requirements", "Desired Qualifications"],
  preferred: ["Preferred Qualifications"],
  licenses: [
    "Licenses",
    "Licensure",
    "Certifications",
    "Licenses and Certifications",
    "Licenses or Certificates",
    "License or Certificate",
    "Required Licenses or Certificates",
  ],
  special: ["Special Requirements", "Special Qualifications"],
  legal: ["Legal Requirements"],
  working: ["Working Conditions", "Work Environment", "Work Conditions"],
  physical: ["Physical Requirements", "Physical Demands"],
  history: ["Class History", "History", "Revision History"],
  additional: [
    "Additional Requirements",
    "Other Requirements",
    "Conditions of Employment",
    "Special Notes",
    "Supplemental Information",
  ],
  group: [],
  extension: [],
};

/**
 * Labels tried after a profile's own. Pay before grade: "Salary Range: $3,120
 * - $4,560" is a range of money, "Salary Range: 47" a range number.
 */
export const GENERIC_LABELS: readonly LabelSpec[] = [
  { field: "title", names: ["Class Title", "Job Title", "Title"] },
  { field: "code", scheme: "class-code", names: ["Class Code", "Classification Code"] },
  { field: "code", scheme: "class-number", names: ["Class Number", "Class No.", "Class No"] },
  { field: "code", scheme: "job-code", names: ["Job Code"] },
  { field: "code", scheme: "job-number", names: ["Job Number"] },
  { field: "code", scheme: "position-code", names: ["Position Code"] },
  { field: "pay", names: ["Salary Range", "Salary", "Pay Range", "Compensation"] },
  {
    field: "grade",
    names: ["Salary Range", "Salary Group", "Pay Grade", "Grade", "Range", "Pay Range", "Band"],
  },
  { field: "group", names: ["Occupational Group", "Class Series", "Series", "Job Family"] },
  {
    field: "established",
    names: ["Date Established", "Established Date", "Established", "Class Established", "Adopted"],
  },
  { field: "revised", names: ["Date Revised", "Last Revised", "Revised", "Revision Date"] },
  { field: "title-changed", names: ["Title Changed", "Title Change"] },
  { field: "flsa", names: ["FLSA Status", "FLSA"] },
  { field: "bargaining-unit", names: ["Bargaining Unit"] },
  { field: "eeo", names: ["EEO Category", "EEO-4 Category", "EEO Code"] },
];

/**
 * Web-page chrome, matched against a whole block or line (whitespace
 * collapsed): stripped from the body, named in an info diagnostic.
 * Breadcrumbs and navigation bars are found by generic/furniture.ts (a
 * split, not a pattern).
 */
export const GENERIC_FURNITURE: readonly RegExp[] = [
  /^(?:skip to (?:main )?content|main menu|menu|search|home|print|print this page|printer[- ]friendly(?: version)?|share|back to top|top of page|email this page)$/i,
  /^(?:views?|hits|page views):? ?\d[\d,]*$/i,
  /^\d[\d,]*\s+(?:views?|hits?)(?:\s+on this (?:document|page))?\.?$/i,
  /^(?:hits on this (?:document|page)|this (?:document|page) has been viewed):? ?\d[\d,]*(?: times)?\.?$/i,
  /^(?:©|\(c\)|copyright\b).{0,120}$/i,
  /^(?:phone|tel|telephone|fax|e-?mail|contact(?: us)?)\s*:\s*\S.{0,100}$/i,
  /^contact us$/i,
  /^\(?\d{3}\)?[\s.-]\d{3}-\d{4}$/,
  /^(?:privacy(?: policy)?|accessibility|site map|terms of use)$/i,
  /^(?:page )?last (?:updated|modified)\b.{0,40}$/i,
];
