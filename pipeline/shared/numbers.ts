/** Counts written as words or digits ("one year", "twelve (12) months", "2 years"). */

import { ownValue, wordTable } from "./word-table.js";

const UNITS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
/** Index i is the word for (i + 2) * 10. */
export const TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const OTHER_WORDS: Record<string, number> = { a: 1, an: 1, half: 0.5 };

/** Longest first, so "seventeen" is tried before "seven". */
const byLength = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length);

/** "6", "2.5", "twelve", "forty-five", "thirty six", "a": one count (semester hours run to ninety-nine). */
export const COUNT_SOURCE = String.raw`(?:\d+(?:\.\d+)?|(?:${TENS.join("|")})(?:[- ](?:${UNITS.slice(1, 10).join("|")}))?|${byLength(UNITS).join("|")}|an?)`;

export function parseCount(text: string): number | undefined {
  const word = text.trim().toLowerCase();
  if (/^\d+(\.\d+)?$/.test(word)) return Number(word);
  const unit = UNITS.indexOf(word);
  if (unit !== -1) return unit;
  const [tens, ones] = word.split(/[- ]/);
  const ten = TENS.indexOf(tens ?? "");
  if (ten !== -1) {
    const one = ones === undefined ? 0 : UNITS.indexOf(ones);
    return one >= 0 && one < 10 ? (ten + 2) * 10 + one : undefined;
  }
  return ownValue(OTHER_WORDS, word);
}

/** The counts a word of letters spells alone ("one" .. "nineteen", "twenty" .. "ninety"). */
const WORD_COUNTS: ReadonlyMap<string, number> = new Map([
  ...UNITS.map((word, count): [string, number] => [word, count]),
  ...TENS.map((word, index): [string, number] => [word, (index + 2) * 10]),
]);

const OTHER_WORD_COUNTS = wordTable(OTHER_WORDS);

/**
 * `parseCount` of a word as a tokenizer holds it (lowercase, no space), read from tables
 * when it opens with a letter and holds no hyphen: most words of a sentence are no count,
 * and those need no trimming, lowercasing, digit test, split or property read (`wordTable`). Any other
 * word asks `parseCount`.
 */
export function parseWordCount(word: string): number | undefined {
  const first = word.charCodeAt(0);
  if (first < 0x61 || first > 0x7a || word.includes("-")) return parseCount(word);
  return WORD_COUNTS.get(word) ?? OTHER_WORD_COUNTS.get(word);
}

const DURATION = new RegExp(
  String.raw`\b(${COUNT_SOURCE})(?:\s*\(\s*(\d+)\s*\))?[- ](year|month|week|day)s?\b`,
  "i",
);

export interface Duration {
  amount: number;
  unit: "year" | "month" | "week" | "day";
}

/** The first duration in `text`: "six (6) months" -> { amount: 6, unit: "month" }. */
export function parseDuration(text: string): Duration | undefined {
  const match = DURATION.exec(text);
  if (!match?.[1] || !match[3]) return undefined;
  const amount = match[2] !== undefined ? Number(match[2]) : parseCount(match[1]);
  if (amount === undefined) return undefined;
  return { amount, unit: match[3].toLowerCase() as Duration["unit"] };
}

const DURATIONS = new RegExp(DURATION.source, "gi");

/** How many durations `text` states ("one year ... OR two years ..." states two). */
export function countDurations(text: string): number {
  return text.match(DURATIONS)?.length ?? 0;
}

export function toMonths(duration: Duration): number {
  switch (duration.unit) {
    case "year":
      return duration.amount * 12;
    case "month":
      return duration.amount;
    case "week":
      return Math.round((duration.amount * 12) / 52);
    case "day":
      return Math.round(duration.amount / 30);
  }
}

/** No width and no effect on order: zero-width space and joiners, word joiner, BOM, soft hyphen. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
/** Bidi controls (marks, embeddings, overrides, isolates): they can change the order a reader sees. */
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/** Fullwidth forms of what a printed amount holds: $ % , - . / : and digits. */
const FULLWIDTH_NUMBER_SIGNS = /[\uff04\uff05\uff0c-\uff1a]/g;
/** Arabic decimal and thousands separators, as a reader of Arabic-Indic digits reads them. */
const ARABIC_SEPARATORS: Record<string, string> = { "\u066b": ".", "\u066c": "," };
const NON_ASCII_DIGIT = /[^\d\P{Nd}]/gu;
const DECIMAL_DIGIT = /\p{Nd}/u;

/**
 * The ASCII digit a decimal digit of any script stands for. Unicode keeps
 * every script's digits as runs of 0..9 in order (a stability guarantee), so
 * a digit's value is its distance from the start of its run, modulo 10.
 */
function asciiDigit(digit: string): string {
  const code = digit.codePointAt(0) ?? 0;
  let start = code;
  while (start > 0 && DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start--;
  return String((code - start) % 10);
}

/** Digits of any script as ASCII digits ("١٣" -> "13"); other text unchanged. */
export function asciiDigits(text: string): string {
  return text.replace(NON_ASCII_DIGIT, asciiDigit);
}

/**
 * Text as a reader reads the numbers in it, for the readers of amounts:
 * characters that show nothing are dropped (a zero-width space after `$`),
 * fullwidth signs and digits of every script become ASCII ("＄１３.５８１" and
 * "$١٣.٥٨١" read as "$13.581"). Bidi controls are kept: they may reorder what
 * is shown, so a reader of amounts must refuse a line holding one
 * (`hasBidiControl`) rather than guess the order a reader sees.
 */
export function asPrintedNumbers(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  return asciiDigits(
    text
      .replace(INVISIBLE, "")
      .replace(FULLWIDTH_NUMBER_SIGNS, (sign) =>
        String.fromCharCode((sign.codePointAt(0) ?? 0) - 0xfee0),
      )
      .replace(/[\u066b\u066c]/g, (separator) => ARABIC_SEPARATORS[separator] ?? separator),
  );
}

export function hasBidiControl(text: string): boolean {
  return BIDI_CONTROL.test(text);
}

/** Every bidi control, compiled once: `replace` with a global pattern starts from 0 itself. */
const BIDI_CONTROLS = new RegExp(BIDI_CONTROL.source, "g");

/** `text` without its bidi controls: to see that a line has the shape of an amount at all. */
export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, "");
}
