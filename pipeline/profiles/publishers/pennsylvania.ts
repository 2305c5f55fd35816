/**
 * Pennsylvania job specifications (Office of Administration): a web page or
 * PDF per job, Job Code / Pay Scale Group / Effective Date labels,
 * DEFINITION:, EXAMPLES OF WORK:, REQUIRED KNOWLEDGES, SKILLS, AND ABILITIES,
 * MINIMUM EXPERIENCE AND TRAINING ("...; or" alternatives) and NECESSARY
 * SPECIAL REQUIREMENT.
 */
import type { PublisherProfile } from "../generic/profile.js";

export const pennsylvania: PublisherProfile = {
  name: "pennsylvania",
  jurisdiction: { code: "US-PA", name: "Commonwealth of Pennsylvania" },
  publisher: "Commonwealth of Pennsylvania, Office of Administration",
  idPrefix: "us-pa",
  idCode: "job-code",
  headings: {
    knowledgeSkillsAbilities: ["Required Knowledges, Skills, and Abilities"],
    minimum: ["Minimum Experience and Training"],
    special: ["Necessary Special Requirement", "Necessary Special Requirements"],
  },
  labels: [
    { field: "code", scheme: "job-code", names: ["Job Code"] },
    { field: "grade", names: ["Pay Scale Group"] },
    { field: "revised", names: ["Effective Date"] },
  ],
  furniture: [
    // The banner above the title of its PDFs.
    /^(?:COMMONWEALTH OF PENNSYLVANIA|JOB SPECIFICATION)$/,
    /^Online applications will be unavailable\b.*$/i,
    /^Commonwealth of Pennsylvania Office of Administration$/i,
    /^Print(?: Share)?$/i,
    /^Office of Administration, Bureau of Classification$/i,
    /^Room \d+, .+, Harrisburg, PA \d{5}$/i,
  ],
  notices: [],
  vocabulary: [],
  markers: [
    {
      name: "'Commonwealth of Pennsylvania' banner",
      pattern: /Commonwealth of Pennsylvania/i,
      weight: 1,
    },
    { name: "'Pay Scale Group' label", pattern: /\bPay Scale Group\b/i, weight: 2 },
    {
      name: "'MINIMUM EXPERIENCE AND TRAINING' section",
      pattern: /^[ \t]*(?:#+[ \t]*)?MINIMUM EXPERIENCE AND TRAINING\b/im,
      weight: 1,
    },
  ],
};
