/**
 * Levels of a series: from a class title ("Information Technology Specialist 3",
 * "Public Records Analyst IV"), from a chart heading ("ITS5 – Senior",
 * "Level II – Journey", or the class title itself), or from the order in
 * which the series lists its classes ("Associate …", "…", "Senior …").
 */

const ROMAN: Record<string, number> = {
  I: 1,
  II: 2,
  III: 3,
  IV: 4,
  V: 5,
  VI: 6,
  VII: 7,
  VIII: 8,
  IX: 9,
  X: 10,
};
const TRAILING_ROMAN = /\b(I{1,3}|IV|V|VI{0,3}|IX|X)\s*$/;
const DIGITS = /(\d+)/;
/** A Roman numeral standing alone in a heading ("Level II – Journey"): capitals only, so "I" of prose is rare. */
const ROMAN_WORD = /(?:^|[\s(])(I{1,3}|IV|VI{0,3}|IX|X)(?=$|[\s),:–—-])/;

/** The digits ending `title` (spaces after them aside), by a loop: `/(\d+)\s*$/` is quadratic on long digit runs. */
function trailingDigits(title: string): string {
  const trimmed = title.trimEnd();
  let start = trimmed.length;
  while (start > 0 && DIGIT_CHARACTERS.includes(trimmed[start - 1] ?? "")) start--;
  return trimmed.slice(start);
}

const DIGIT_CHARACTERS = "0123456789";

export function levelOfTitle(title: string): number | undefined {
  const digits = trailingDigits(title);
  if (digits) return Number(digits);
  const roman = TRAILING_ROMAN.exec(title)?.[1];
  return roman ? ROMAN[roman] : undefined;
}

export interface LeveledTitle {
  title: string;
  level: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/**
 * The one class whose title holds every word of the heading ("Senior" ->
 * "Senior Grants Specialist"); none when no class or several do.
 */
function classNamedInPart(heading: string, classes: readonly LeveledTitle[]): number | undefined {
  const words = wordsOf(heading);
  if (words.length === 0) return undefined;
  const holding = classes.filter((item) => {
    const title = new Set(wordsOf(item.title));
    return words.every((word) => title.has(word));
  });
  return holding.length === 1 ? holding[0]?.level : undefined;
}

/**
 * The level a chart heading names: a class title printed in full, a number,
 * a Roman numeral, or the words that set one class's title apart
 * ("Associate", "Lead").
 */
export function levelOfHeading(
  heading: string,
  classes: readonly LeveledTitle[],
): number | undefined {
  const named = classes.find((item) => item.title.toLowerCase() === heading.toLowerCase());
  if (named) return named.level;
  const digits = DIGITS.exec(heading)?.[1];
  if (digits) return Number(digits);
  const roman = ROMAN_WORD.exec(heading)?.[1];
  return roman ? ROMAN[roman] : classNamedInPart(heading, classes);
}

/**
 * The level of the class a distinction heading names, or undefined: its
 * title, or a level number that exists in the classes table ("Level 2",
 * "ITS 3", "Senior"). A heading naming no class of the series names no level.
 */
export function namedClassLevel(
  heading: string,
  classes: readonly LeveledTitle[],
): number | undefined {
  const level = levelOfHeading(heading, classes);
  return classes.some((item) => item.level === level) ? level : undefined;
}
