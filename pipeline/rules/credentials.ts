/** Degrees, fields of study and lists of areas, as specs word them. */
import type { Credential } from "../../schemas/index.js";

const CREDENTIALS: ReadonlyArray<{ credential: Credential; pattern: RegExp }> = [
  { credential: "doctorate", pattern: /\bdoctora(?:l|te)\b|\bPh\.?\s?D\b/i },
  { credential: "professional", pattern: /\b(?:juris doctor|J\.D\.|M\.D\.|professional degree)/i },
  { credential: "master", pattern: /\bmaster'?s?['’]?s?\s+degree\b|\bmaster of\b/i },
  {
    credential: "bachelor",
    pattern: /\bbachelor['’]?s?\s+degree\b|\bbaccalaureate\b|\bbachelor of\b/i,
  },
  { credential: "associate", pattern: /\bassociate['’]?s?\s+degree\b/i },
  { credential: "high-school", pattern: /\bhigh school\b|\bG\.?E\.?D\b|\bsecondary school\b/i },
  { credential: "certificate", pattern: /\bcertificate\b/i },
];

export function credentialIn(text: string): Credential | undefined {
  return CREDENTIALS.find(({ pattern }) => pattern.test(text))?.credential;
}

/**
 * "degree in computer science" -> "computer science"; likewise a certificate,
 * diploma or college coursework "in" a field.
 */
const FIELD =
  /\b(?:degree|certificate|diploma|coursework|course work)\s+(?:in|with a major in)\s+(.+?)(?=\s+(?:will|may|can|shall|from|is|are)\b|[.;]|$)/i;

export function fieldIn(text: string): string | undefined {
  const field = FIELD.exec(text)?.[1]?.trim().replace(/,$/, "");
  return field ? field : undefined;
}

/** "computer programming, systems support or production support" -> three areas. */
export function splitAreas(text: string): string[] {
  return (
    text
      // (?<!\s): a separator starts at the first space of a run, so a long run of spaces stays linear.
      .split(/(?<!\s)\s*,\s*(?:and\s+|or\s+)?|(?<!\s)\s+(?:and|or|and\/or)\s+/)
      .map((area) => area.trim().replace(/^(?:the|a|an)\s+/i, ""))
      .filter((area) => area !== "")
  );
}
