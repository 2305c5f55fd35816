/** Counts written as words or digits ("one year", "twelve (12) months", "2 years"). */

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
const TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
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
  return OTHER_WORDS[word];
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
