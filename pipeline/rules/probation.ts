/** Probationary-period prose -> initial and promotional months, and the regulation cited. */
import { COUNT_SOURCE, parseDuration, toMonths } from "../shared/numbers.js";
import { trimEnd } from "../shared/text.js";

/** "initial", "promotional", "initial and promotional". */
const KIND = String.raw`((?:initial|promotional)(?:\s+and\s+(?:initial|promotional))?)`;
/** "six (6) months", "12 months", "one year", "twelve (12)-month". */
const LENGTH = String.raw`((?:${COUNT_SOURCE})(?:\s*\(\s*\d+\s*\))?[- ](?:years?|months?|weeks?|days?))`;
/** "... initial probationary period [for this job] of / is / shall be six (6) months". */
const KIND_THEN_LENGTH = new RegExp(
  String.raw`\b${KIND}\s+probationary\s+periods?(?:\s+for\s+this\s+(?:job|class(?:ification)?))?\s+(?:of|is|are|shall be)\s+${LENGTH}`,
  "gi",
);
/** "... a twelve (12) month initial probationary period": the length printed first. */
const LENGTH_THEN_KIND = new RegExp(
  String.raw`\b${LENGTH}\s+${KIND}\s+probationary\s+periods?\b`,
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
  const periods = [
    ...[...text.matchAll(KIND_THEN_LENGTH)].map((match) => ({
      at: match.index,
      kind: match[1],
      length: match[2],
    })),
    ...[...text.matchAll(LENGTH_THEN_KIND)].map((match) => ({
      at: match.index,
      kind: match[2],
      length: match[1],
    })),
  ].sort((a, b) => a.at - b.at);
  for (const { kind, length } of periods) {
    const duration = length ? parseDuration(length) : undefined;
    if (!kind || !duration) continue;
    const months = toMonths(duration);
    if (/initial/i.test(kind)) facts.initialMonths ??= months;
    if (/promotional/i.test(kind)) facts.promotionalMonths ??= months;
  }
  const url = URL.exec(text)?.[0];
  // The sentence's own full stop is not part of the address.
  if (url) facts.reference = trimEnd(url, ".,;:)");
  return facts;
}
