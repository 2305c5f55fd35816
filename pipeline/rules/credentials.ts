/** Degrees, fields of study and lists of areas, as specs word them. */
import type { Credential } from "../../schemas/index.js";
import { rememberingLast } from "../shared/last-read.js";
import {
  afterSpaces,
  hasAt,
  isSpaceAt,
  lazyEnd,
  lineBreaks,
  nextWhere,
  oneOfAt,
  spaceEnds,
  wordEndsAt,
  wordStartsAt,
} from "./scan.js";

const CREDENTIALS: ReadonlyArray<{ credential: Credential; pattern: RegExp }> = [
  { credential: "doctorate", pattern: /\bdoctora(?:l|te)\b|\bPh\.?\s?D\b/i },
  { credential: "professional", pattern: /\b(?:juris doctor|J\.D\.|M\.D\.|professional degree)/i },
  { credential: "master", pattern: /\bmaster'?s?['’]?s?\s+degree\b|\bmaster of\b/i },
  {
    credential: "bachelor",
    pattern: /\bbachelor['’]?s?\s+degree\b|\bbaccalaureate\b|\bbachelor of\b/i,
  },
  { credential: "associate", pattern: /\bassociate['’]?s?\s+degree\b/i },
  {
    credential: "high-school",
    pattern: /\bhigh school\b|\bG\.?E\.?D\b|\bsecondary school\b|\btwelfth grade\b/i,
  },
  { credential: "certificate", pattern: /\bcertificate\b/i },
];

export function credentialIn(text: string): Credential | undefined {
  return CREDENTIALS.find(({ pattern }) => pattern.test(text))?.credential;
}

/**
 * "degree in computer science" -> "computer science"; likewise a certificate,
 * diploma or college coursework "in" a field. A scanner with the semantics of
 * /\b(?:degree|certificate|diploma|coursework|course work|major study)\s+(?:in|with a major in)\s+(.+?)(?=\s+(?:will|may|can|shall|from|is|are)\b|[.;]|$)/i
 * (tests/linear-rewrites.test.ts compares them): that regex retries its lazy
 * capture from every opener and every split of the space run, quadratic on a
 * long sentence repeating "degree in" without an end.
 */
const FIELD_OPENERS = [
  "degree",
  "certificate",
  "diploma",
  "coursework",
  "course work",
  "major study",
];
const FIELD_LINKS = ["in", "with a major in"];
/** Words that end the field when a space run leads to them: "... will substitute", "... from an accredited college". */
const FIELD_ENDERS = ["will", "may", "can", "shall", "from", "is", "are"];
const FIELD_END_MARKS = ".;";

/** Remembering its last text: the requirement's facts and the qualification term ask of one sentence in turn. */
export const fieldCapture: (text: string) => string | undefined = rememberingLast((text) => {
  const spaces = spaceEnds(text);
  // Where a field ends, tabled only once a link is found: most sentences print no "degree in".
  let ends: { breaks: number[]; stops: number[] } | undefined;
  for (let at = 0; at < text.length; at++) {
    const linkAt = fieldLinkAt(text, at, spaces);
    if (linkAt === undefined) continue;
    ends ??= {
      breaks: lineBreaks(text),
      stops: nextWhere(text.length, (end) => fieldEndsAt(text, end, spaces)),
    };
    const gapStart = linkAt.end;
    for (const start of afterSpaces(gapStart, spaces[gapStart] as number)) {
      const end = lazyEnd(start, ends.stops, ends.breaks);
      if (end !== undefined) return text.slice(start, end);
    }
  }
  return undefined;
});

/** "degree in", "diploma with a major in" opening at `at`: where the link word ends. */
function fieldLinkAt(
  text: string,
  at: number,
  spaces: readonly number[],
): { end: number } | undefined {
  if (!wordStartsAt(text, at)) return undefined;
  const opener = oneOfAt(text, at, FIELD_OPENERS);
  if (opener === undefined) return undefined;
  const gapStart = at + opener.length;
  const linkStart = spaces[gapStart] as number;
  if (linkStart === gapStart) return undefined;
  const link = oneOfAt(text, linkStart, FIELD_LINKS);
  return link === undefined ? undefined : { end: linkStart + link.length };
}

function fieldEndsAt(text: string, at: number, spaces: readonly number[]): boolean {
  if (at === text.length || FIELD_END_MARKS.includes(text[at] as string)) return true;
  if (!isSpaceAt(text, at)) return false;
  const wordAt = spaces[at] as number;
  return FIELD_ENDERS.some(
    (word) => hasAt(text, wordAt, word) && wordEndsAt(text, wordAt + word.length),
  );
}

export function fieldIn(text: string): string | undefined {
  const field = fieldCapture(text)?.trim().replace(/,$/, "");
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
