/**
 * The labels and headings a Kentucky spec prints that no field repeats
 * (pipeline/conserve). Each is printed by the family on every spec; a word a
 * reader dropped from the content never belongs here.
 */
import { SECTIONS } from "./layout.js";

export const KENTUCKY_VOCABULARY: readonly string[] = [
  "COMMONWEALTH OF KENTUCKY",
  "JOB CLASS SPECIFICATION",
  "Grade",
  "Salary (MIN - MID - MAX)",
  "Salary (MIN - MID)",
  "Salary (MIN - MAX)",
  "Job Code",
  "Job Group",
  "Job Established",
  "Job Revised",
  "Job Number",
  "Special Entrance Rates",
  "Special Entrance Rate",
  // The period a pay range is quoted in: the range holds it as `period` and `hoursPerWeek`.
  "Hourly",
  "Hr. Monthly Salary",
  "Hr. Bi-Weekly Salary",
  "Hr. Biweekly Salary",
  "Hr. Weekly Salary",
  "Hr. Annual Salary",
  // The hours' unit closing a pay line the export wrapped before its period ("... - 37.5 Hr.").
  "Hr.",
  "Monthly Salary",
  "Biweekly Salary",
  "Annual Salary",
  // The period alone, as some specs print it ("$27,163.20-$35,980.80 - Annual").
  "Annual",
  "Yearly",
  "Monthly",
  "Weekly",
  "Biweekly",
  "Bi-Weekly",
  // What an empty section or value prints; the field holds null or no entry.
  "NONE",
  "N/A",
  "NOT APPLICABLE",
  // Section headings, and the longer forms the family prints of two of them.
  ...SECTIONS.filter((section) => !section.headingIsContent).map((section) => section.name),
  "PROBATIONARY PERIODS",
  "SPECIAL REQUIREMENTS (AGE, LICENSURE, REGULATION, ETC.)",
  "EXAMPLES OF DUTIES OR RESPONSIBILITIES OF THE JOB CLASSIFICATION",
];
