/**
 * "<subject> will substitute for <target> [on a year-for-year basis]." as a
 * scanner with the semantics of
 * /^(.*?\S)\s+(?:will|may|can|shall)\s+(?:be\s+)?substitut(?:e|ed)\s+for\s+(.*?\S)(?:[,]?\s+on\s+an?\s+([a-z]+-for-[a-z]+)\s+basis)?\s*[.;]?$/i
 * (tests/linear-rewrites.test.ts compares them). The regex tries every
 * subject end and, for each, every target end: quadratic on a sentence
 * repeating "will substitute for" that never reaches a valid ending. Here the
 * valid target ends are found once, in a table.
 */
import { rememberingLast } from "../shared/last-read.js";
import {
  hasAt,
  isSpaceAt,
  letterEnds,
  lineBreaks,
  NONE,
  nextWhere,
  oneOfAt,
  spaceEnds,
} from "./scan.js";

const VERBS = ["will", "may", "can", "shall"];
const END_MARKS = ".;";

export interface Substitutes {
  readonly subject: string;
  readonly target: string;
}

interface Tables {
  text: string;
  spaces: readonly number[];
  letters: readonly number[];
}

/** Remembering its last text: the substitution's facts and the credential it replaces read one sentence. */
export const substitutesParts: (text: string) => Readonly<Substitutes> | undefined =
  rememberingLast((text) => {
    const tables = { text, spaces: spaceEnds(text), letters: letterEnds(text) };
    const breaks = lineBreaks(text);
    const targetEnds = nextWhere(
      text.length,
      (at) => at > 0 && !isSpaceAt(text, at - 1) && endsSentence(tables, at),
    );
    for (let subjectEnd = 1; subjectEnd <= text.length; subjectEnd++) {
      // The subject is `.*?\S`: no line break, ends on a non-space.
      if (breaks[subjectEnd - 1] === subjectEnd - 1) return undefined;
      if (isSpaceAt(text, subjectEnd - 1)) continue;
      const targetStart = targetStartAfter(tables, subjectEnd);
      if (targetStart === undefined) continue;
      const targetEnd = targetEnds[targetStart + 1] ?? NONE;
      if (targetEnd <= (breaks[targetStart] as number))
        return {
          subject: text.slice(0, subjectEnd),
          target: text.slice(targetStart, targetEnd),
        };
    }
    return undefined;
  });

/** `\s+(?:will|may|can|shall)\s+(?:be\s+)?substitut(?:e|ed)\s+for\s+` at `at`: where the target starts. */
function targetStartAfter({ text, spaces }: Tables, at: number): number | undefined {
  const verbAt = spacesAfter(spaces, at);
  const verb = verbAt === undefined ? undefined : oneOfAt(text, verbAt, VERBS);
  if (verbAt === undefined || verb === undefined) return undefined;
  const next = spacesAfter(spaces, verbAt + verb.length);
  if (next === undefined) return undefined;
  const afterBe = hasAt(text, next, "be") ? spacesAfter(spaces, next + 2) : undefined;
  const substituteAt = afterBe !== undefined && hasAt(text, afterBe, "substitut") ? afterBe : next;
  if (!hasAt(text, substituteAt, "substitut")) return undefined;
  const suffixAt = substituteAt + "substitut".length;
  const forAt =
    (hasAt(text, suffixAt, "e") ? spacesAfter(spaces, suffixAt + 1) : undefined) ??
    (hasAt(text, suffixAt, "ed") ? spacesAfter(spaces, suffixAt + 2) : undefined);
  if (forAt === undefined || !hasAt(text, forAt, "for")) return undefined;
  return spacesAfter(spaces, forAt + 3);
}

/** `(?:[,]?\s+on\s+an?\s+([a-z]+-for-[a-z]+)\s+basis)?\s*[.;]?$` at `at`. */
function endsSentence(tables: Tables, at: number): boolean {
  const basisEnd = basisPhraseEnd(tables, at);
  return (basisEnd !== undefined && closes(tables, basisEnd)) || closes(tables, at);
}

function basisPhraseEnd({ text, spaces, letters }: Tables, at: number): number | undefined {
  const onAt = spacesAfter(spaces, text[at] === "," ? at + 1 : at);
  if (onAt === undefined || !hasAt(text, onAt, "on")) return undefined;
  const articleAt = spacesAfter(spaces, onAt + 2);
  if (articleAt === undefined || !hasAt(text, articleAt, "a")) return undefined;
  const rateAt =
    (hasAt(text, articleAt + 1, "n") ? spacesAfter(spaces, articleAt + 2) : undefined) ??
    spacesAfter(spaces, articleAt + 1);
  if (rateAt === undefined) return undefined;
  const firstEnd = letters[rateAt] as number;
  if (firstEnd === rateAt || !hasAt(text, firstEnd, "-for-")) return undefined;
  const secondAt = firstEnd + "-for-".length;
  const secondEnd = letters[secondAt] as number;
  if (secondEnd === secondAt) return undefined;
  const basisAt = spacesAfter(spaces, secondEnd);
  return basisAt !== undefined && hasAt(text, basisAt, "basis") ? basisAt + 5 : undefined;
}

/** `\s*[.;]?$` at `at`. */
function closes({ text, spaces }: Tables, at: number): boolean {
  const after = spaces[at] as number;
  return (
    after === text.length ||
    (after === text.length - 1 && END_MARKS.includes(text[after] as string))
  );
}

/** `\s+` at `at`: where the run ends, or undefined when there is no space. */
function spacesAfter(spaces: readonly number[], at: number): number | undefined {
  const end = spaces[at];
  return end === undefined || end === at ? undefined : end;
}
