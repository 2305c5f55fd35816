/**
 * A school grade short of graduating, by its ordinal ("the tenth grade": 10):
 * one table for the reader (rules/terms.ts), the qualify trace and the diff's
 * words. The grades the schema admits, 1 to 11; the twelfth is graduation.
 */
const ORDINALS: readonly string[] = [
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "eleventh",
];

/** "tenth" -> 10; undefined for any other word. */
export function gradeOfOrdinal(word: string): number | undefined {
  const at = ORDINALS.indexOf(word);
  return at < 0 ? undefined : at + 1;
}

/** 10 -> "tenth grade"; a grade no ordinal names -> "grade 12". */
export function gradeInWords(grade: number): string {
  const ordinal = ORDINALS[grade - 1];
  return ordinal === undefined ? `grade ${grade}` : `${ordinal} grade`;
}
