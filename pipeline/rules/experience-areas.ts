/**
 * The area of an experience ("experience in accounting", "two years of
 * accounting experience") as scanners with the semantics of the regexes
 * quoted on each (tests/linear-rewrites.test.ts compares them). Those regexes
 * retry a lazy capture from every opener and every split of a space run:
 * quadratic on a long sentence repeating the opener without an end.
 */
import { rememberingLast } from "../shared/last-read.js";
import {
  afterSpaces,
  hasAt,
  isSpaceAt,
  lazyEnd,
  letterEnds,
  lineBreaks,
  nextWhere,
  oneOfAt,
  spaceEnds,
  wordEndsAt,
  wordStartsAt,
} from "./scan.js";

const EXPERIENCE = "experience";
const LINKS = ["in", "with", "as"];
const ARTICLES = ["an", "a"];
/** Where a list of areas stops: a qualifying clause ("including one year in ...") or a new clause. */
const AREA_ENDERS = [
  "including",
  "of which",
  "with at least",
  "will",
  "may",
  "can",
  "shall",
  "which",
  "that",
  // "Experience in warehouse, stockroom or property work is generally preferred."
  "is",
  "are",
];
const AREA_END_MARKS = ".;";
const DURATIONS = ["years", "year", "months", "month"];
/** Words between "years of" and the area: "two years of full-time paid accounting experience". */
const MODIFIERS = ["full-time", "part-time", "professional", "progressively responsible", "paid"];
/** The area before "experience" is bounded: a sentence repeating "years of" without it stays linear. */
const AREA_MAX_CHARS = 200;

interface Tables {
  text: string;
  spaces: readonly number[];
  breaks: readonly number[];
}

function tablesOf(text: string): Tables {
  return { text, spaces: spaceEnds(text), breaks: lineBreaks(text) };
}

/** `\bexperience\s+` at `at`: where the run of spaces after it ends. */
function afterExperience({ text, spaces }: Tables, at: number): number | undefined {
  if (!wordStartsAt(text, at) || !hasAt(text, at, EXPERIENCE)) return undefined;
  const end = spaces[at + EXPERIENCE.length] as number;
  return end === at + EXPERIENCE.length ? undefined : end;
}

/**
 * "experience in accounting, auditing or finance", "experience operating heavy equipment":
 * /\bexperience\s+(?:(?:in|with|as)\s+(?:an?\s+)?(.+?)|([a-z]+ing\s+.+?))(?=,?\s+(?:including|of which|with at least|will|may|can|shall|which|that|is|are)\b|[.;]|$)/i,
 * group 1 or else group 2.
 */
export const areaAfterExperience: (text: string) => string | undefined = rememberingLast((text) => {
  const tables = tablesOf(text);
  // Where an area ends, tabled only once "experience" is found.
  let ends: { stops: number[]; letters: number[] } | undefined;
  for (let at = 0; at < text.length; at++) {
    const wordAt = afterExperience(tables, at);
    if (wordAt === undefined) continue;
    ends ??= {
      stops: nextWhere(text.length, (end) => areaEndsAt(tables, end)),
      letters: letterEnds(text),
    };
    const linked = linkedArea(tables, ends.stops, wordAt);
    if (linked !== undefined) return linked;
    const activity = activityArea(tables, ends.stops, ends.letters, wordAt);
    if (activity !== undefined) return activity;
  }
  return undefined;
});

/** `(?:in|with|as)\s+(?:an?\s+)?(.+?)` then the end. */
function linkedArea(tables: Tables, stops: readonly number[], at: number): string | undefined {
  const { text, spaces, breaks } = tables;
  const link = oneOfAt(text, at, LINKS);
  if (link === undefined) return undefined;
  const gapStart = at + link.length;
  const gapEnd = spaces[gapStart] as number;
  if (gapEnd === gapStart) return undefined;
  for (const start of [...afterArticle(tables, gapEnd), ...afterSpaces(gapStart, gapEnd)]) {
    const end = lazyEnd(start, stops, breaks);
    if (end !== undefined) return text.slice(start, end);
  }
  return undefined;
}

/** `an?\s+` at `at`: the starts backtracking tries after it (none without an article). */
function afterArticle({ text, spaces }: Tables, at: number): number[] {
  for (const article of ARTICLES) {
    if (!hasAt(text, at, article)) continue;
    const gapStart = at + article.length;
    const gapEnd = spaces[gapStart] as number;
    if (gapEnd > gapStart) return [...afterSpaces(gapStart, gapEnd)];
  }
  return [];
}

/** `[a-z]+ing\s+.+?` then the end: the whole of it. */
function activityArea(
  { text, spaces, breaks }: Tables,
  stops: readonly number[],
  letters: readonly number[],
  at: number,
): string | undefined {
  const wordEnd = letters[at] as number;
  if (wordEnd - at < "xing".length || !hasAt(text, wordEnd - 3, "ing")) return undefined;
  for (const start of afterSpaces(wordEnd, spaces[wordEnd] as number)) {
    const end = lazyEnd(start, stops, breaks);
    if (end !== undefined) return text.slice(at, end);
  }
  return undefined;
}

/** `(?=,?\s+(?:including|...|that|is|are)\b|[.;]|$)` at `at`. */
function areaEndsAt({ text, spaces }: Tables, at: number): boolean {
  if (at === text.length || AREA_END_MARKS.includes(text[at] as string)) return true;
  const spaceAt = text[at] === "," ? at + 1 : at;
  if (!isSpaceAt(text, spaceAt)) return false;
  const wordAt = spaces[spaceAt] as number;
  return AREA_ENDERS.some(
    (word) => hasAt(text, wordAt, word) && wordEndsAt(text, wordAt + word.length),
  );
}

/**
 * "one year of production support experience" -> "production support":
 * /\b(?:years?|months?)\s+of\s+(?:(?:full-time|part-time|professional|progressively responsible|paid)\s+)*(.{1,200}?)\s+experience\b/i
 */
export const areaBeforeExperience: (text: string) => string | undefined = rememberingLast(
  (text) => {
    const tables = tablesOf(text);
    // Where "experience" follows, tabled only once "years of" is found.
    let stops: number[] | undefined;
    for (let at = 0; at < text.length; at++) {
      const afterOf = afterYearsOf(tables, at);
      if (afterOf === undefined) continue;
      stops ??= nextWhere(text.length, (end) => experienceFollows(tables, end));
      for (const start of areaStarts(tables, afterOf.gapStart, afterOf.gapEnd)) {
        const end = lazyEnd(start, stops, tables.breaks, AREA_MAX_CHARS);
        if (end !== undefined) return text.slice(start, end);
      }
    }
    return undefined;
  },
);

/** `\b(?:years?|months?)\s+of\s+` at `at`: the run of spaces after "of". */
function afterYearsOf(
  { text, spaces }: Tables,
  at: number,
): { gapStart: number; gapEnd: number } | undefined {
  if (!wordStartsAt(text, at)) return undefined;
  const unit = oneOfAt(text, at, DURATIONS);
  if (unit === undefined) return undefined;
  const ofAt = spaces[at + unit.length] as number;
  if (ofAt === at + unit.length || !hasAt(text, ofAt, "of")) return undefined;
  const gapStart = ofAt + 2;
  const gapEnd = spaces[gapStart] as number;
  return gapEnd === gapStart ? undefined : { gapStart, gapEnd };
}

/**
 * Where the area may start, in the order backtracking tries them: after
 * every modifier the greedy `(?:modifier\s+)*` takes, then each shorter
 * split of the space run before it, then before that modifier, and so on.
 */
function areaStarts({ text, spaces }: Tables, gapStart: number, gapEnd: number): number[] {
  const runs = [{ start: gapStart, end: gapEnd }];
  for (;;) {
    const at = (runs.at(-1) as { end: number }).end;
    const modifier = oneOfAt(text, at, MODIFIERS);
    if (modifier === undefined) break;
    const start = at + modifier.length;
    const end = spaces[start] as number;
    if (end === start) break;
    runs.push({ start, end });
  }
  return runs.reverse().flatMap(({ start, end }) => [...afterSpaces(start, end)]);
}

/** `\s+experience\b` at `at`. */
function experienceFollows({ text, spaces }: Tables, at: number): boolean {
  if (!isSpaceAt(text, at)) return false;
  const wordAt = spaces[at] as number;
  return hasAt(text, wordAt, EXPERIENCE) && wordEndsAt(text, wordAt + EXPERIENCE.length);
}

/** "experience in accounting or auditing" -> "accounting or auditing": /\bexperience\s+(?:in|with|as)\s+(.+)$/i */
export function areaToEnd(text: string): string | undefined {
  const tables = tablesOf(text);
  for (let at = 0; at < text.length; at++) {
    const wordAt = afterExperience(tables, at);
    const link = wordAt === undefined ? undefined : oneOfAt(text, wordAt, LINKS);
    if (wordAt === undefined || link === undefined) continue;
    const gapStart = wordAt + link.length;
    for (const start of afterSpaces(gapStart, tables.spaces[gapStart] as number))
      if (start < text.length && tables.breaks[start] === text.length) return text.slice(start);
  }
  return undefined;
}
