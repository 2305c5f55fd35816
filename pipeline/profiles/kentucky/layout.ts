/**
 * The Kentucky Personnel Cabinet's class-spec layout: banner, a header block
 * of labelled values, then headed sections in a fixed order, then the
 * non-discrimination statement. Headings are matched on a line's text with
 * runs of whitespace collapsed.
 */

export const BANNER_LINES: readonly RegExp[] = [
  /^COMMONWEALTH OF KENTUCKY$/i,
  /^JOB CLASS SPECIFICATION$/i,
];

export type SectionKey =
  | "probation"
  | "characteristics"
  | "minimumRequirements"
  | "education"
  | "experience"
  | "educationForExperience"
  | "experienceForEducation"
  | "specialRequirements"
  | "duties"
  | "physicalRequirements"
  | "workingConditions"
  | "additionalRequirements"
  | "closing";

export interface SectionDefinition {
  key: SectionKey;
  /** The heading as printed, for messages. */
  name: string;
  /**
   * Matches the heading at the start of a line; what follows it on the line,
   * past the whitespace after the heading, is content.
   */
  heading: RegExp;
  /** Printed on every spec of the family; absence makes the document partial. */
  required: boolean;
  /** The family's boilerplate that opens the section: first and last words. */
  preamble?: { start: RegExp; end: RegExp };
  /** The heading is itself the text (the closing statement has no separate heading). */
  headingIsContent?: boolean;
}

export const SECTIONS: readonly SectionDefinition[] = [
  {
    key: "probation",
    name: "PROBATIONARY PERIOD",
    heading: /^PROBATIONARY PERIODS?\s*:\s*/,
    required: true,
  },
  {
    key: "characteristics",
    name: "CHARACTERISTICS OF THE JOB",
    heading: /^CHARACTERISTICS OF THE JOB\s*:\s*/,
    required: true,
    preamble: {
      start: /^Characteristics of a job are general statements/i,
      end: /exhaustive list\.$/i,
    },
  },
  {
    key: "minimumRequirements",
    name: "MINIMUM REQUIREMENTS",
    heading: /^MINIMUM REQUIREMENTS\s*:\s*/,
    required: true,
  },
  { key: "education", name: "EDUCATION", heading: /^EDUCATION\s*:\s*/, required: true },
  { key: "experience", name: "EXPERIENCE", heading: /^EXPERIENCE\s*:\s*/, required: true },
  {
    key: "educationForExperience",
    name: "Substitute EDUCATION for EXPERIENCE",
    heading: /^Substitute EDUCATION for EXPERIENCE\s*:\s*/i,
    required: false,
  },
  {
    key: "experienceForEducation",
    name: "Substitute EXPERIENCE for EDUCATION",
    heading: /^Substitute EXPERIENCE for EDUCATION\s*:\s*/i,
    required: false,
  },
  {
    key: "specialRequirements",
    name: "SPECIAL REQUIREMENTS",
    heading: /^SPECIAL REQUIREMENTS\b[^:]{0,80}:/,
    required: false,
  },
  {
    key: "duties",
    name: "EXAMPLES OF DUTIES OR RESPONSIBILITIES",
    heading: /^EXAMPLES OF DUTIES OR RESPONSIBILITIES\b[^:]{0,80}:/,
    required: true,
    preamble: {
      start: /^Examples of duties or responsibilities are not/i,
      end: /exhaustive list\.$/i,
    },
  },
  {
    key: "physicalRequirements",
    name: "UNIQUE PHYSICAL REQUIREMENTS",
    heading: /^UNIQUE PHYSICAL REQUIREMENTS\s*:\s*/,
    required: false,
  },
  {
    key: "workingConditions",
    name: "TYPICAL WORKING CONDITIONS",
    heading: /^TYPICAL WORKING CONDITIONS\s*:\s*/,
    required: false,
    preamble: {
      start: /^Incumbents in the job will typically perform/i,
      end: /under these conditions\.$/i,
    },
  },
  {
    key: "additionalRequirements",
    name: "ADDITIONAL REQUIREMENTS",
    heading: /^ADDITIONAL REQUIREMENTS\s*:\s*/,
    required: false,
  },
  {
    key: "closing",
    name: "non-discrimination statement",
    heading: /^THE COMMONWEALTH OF KENTUCKY DOES NOT DISCRIMINATE\b/,
    required: false,
    headingIsContent: true,
  },
];

/** Sections that read "NONE" (or are empty) when they state nothing. */
export const NONE = /^(?:NONE|N\/A|NOT APPLICABLE)\.?$/i;
