/** Counts written as words or digits ("one year", "twelve (12) months", "2 years"). */

const WORDS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  eighteen: 18,
  twenty: 20,
  twenty_four: 24,
  thirty: 30,
  thirty_six: 36,
  a: 1,
  an: 1,
  half: 0.5,
};

export const COUNT_SOURCE = String.raw`(?:\d+(?:\.\d+)?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|twenty(?:[- ]four)?|thirty(?:[- ]six)?|an?)`;

export function parseCount(text: string): number | undefined {
  const word = text.trim().toLowerCase().replace(/[- ]/g, "_");
  if (/^\d+(\.\d+)?$/.test(word)) return Number(word);
  return WORDS[word];
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
