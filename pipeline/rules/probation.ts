/** Probationary-period prose -> initial and promotional months, and the regulation cited. */
import { COUNT_SOURCE, parseDuration, toMonths } from "../shared/numbers.js";

const PERIOD = new RegExp(
  String.raw`\b((?:initial|promotional)(?:\s+and\s+(?:initial|promotional))?)\s+probationary\s+periods?\s+(?:of|is|shall be)\s+((?:${COUNT_SOURCE})(?:\s*\(\s*\d+\s*\))?[- ](?:years?|months?|weeks?|days?))`,
  "gi",
);
const URL = /\b(?:https?:\/\/|www\.)[^\s]+/i;

export interface ProbationFacts {
  initialMonths?: number;
  promotionalMonths?: number;
  reference: string | null;
}

export function probationFacts(text: string): ProbationFacts {
  const facts: ProbationFacts = { reference: null };
  for (const match of text.matchAll(PERIOD)) {
    const duration = match[2] ? parseDuration(match[2]) : undefined;
    if (!match[1] || !duration) continue;
    const months = toMonths(duration);
    if (/initial/i.test(match[1])) facts.initialMonths ??= months;
    if (/promotional/i.test(match[1])) facts.promotionalMonths ??= months;
  }
  const url = URL.exec(text)?.[0];
  // The sentence's own full stop is not part of the address.
  if (url) facts.reference = url.replace(/[.,;:)]+$/, "");
  return facts;
}
