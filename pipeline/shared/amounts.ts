/**
 * Printed quantities of a requirement sentence ("six (6) months", "thirty (30)
 * semester hours", "one year") read over word tokens, not a backtracking
 * pattern: every reader here walks the tokens once.
 */
import type { Amount, AmountUnit } from "../../schemas/qualifications.js";
import { rememberingLast } from "./last-read.js";
import { parseCount, parseWordCount, TENS } from "./numbers.js";
import { wordTable } from "./word-table.js";

export interface Token {
  /** Lowercased. */
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

/** Words with inner hyphens and apostrophes ("full-time", "bachelor's"), numbers, and the marks that matter. */
const TOKEN = /[a-z0-9]+(?:[-'’.][a-z0-9]+)*|[()=,;]/gi;

/**
 * The tokens of `text`, shared with the callers that asked about the same text just before
 * (the last four texts): read only.
 */
export const tokensOf: (text: string) => readonly Token[] = rememberingLast((text) => {
  // One exec loop: spreading matchAll into an array and mapping it built each match twice.
  // The one pattern, from the start: the loop runs to its end (a failing exec resets lastIndex).
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text))
    tokens.push({ word: match[0].toLowerCase(), start: match.index, end: TOKEN.lastIndex });
  return tokens;
}, 4);

const TIME_UNITS = wordTable<AmountUnit>({
  year: "year",
  years: "year",
  month: "month",
  months: "month",
});
/** Credit hours are read as semester hours, as most catalogues count them. */
const HOUR_KINDS = wordTable<AmountUnit>({
  semester: "semester-hour",
  credit: "semester-hour",
  quarter: "quarter-hour",
});

/** Shared by the readers of one sentence (`amountsIn` remembers them): copy `amount` to keep it. */
export interface FoundAmount {
  readonly amount: Readonly<Amount>;
  /** Token index of its first and one past its last token. */
  readonly from: number;
  readonly to: number;
}

/** Whether a token's `word` starts with a tens word as `parseCount` splits it (a token holds no space, so on a hyphen). */
function opensPair(word: string): boolean {
  const cut = word.indexOf("-");
  return TENS.includes(cut < 0 ? word : word.slice(0, cut));
}

/** A count at token `at`: "6", "six", "thirty six", "a"; how many tokens it takes. */
function countAt(
  tokens: readonly Token[],
  at: number,
): { count: number; length: number } | undefined {
  const word = tokens[at]?.word;
  if (word === undefined) return undefined;
  const next = tokens[at + 1]?.word;
  // Only a tens word ("thirty", "forty-") opens a two-word count: the others skip building the pair.
  if (next !== undefined && opensPair(word)) {
    const pair = parseCount(`${word} ${next}`);
    if (pair !== undefined && !/^\d/.test(word) && parseWordCount(word) !== pair)
      return { count: pair, length: 2 };
  }
  const single = parseWordCount(word);
  return single === undefined ? undefined : { count: single, length: 1 };
}

/** The unit at token `at` ("years", "semester hours"); how many tokens it takes. */
function unitAt(
  tokens: readonly Token[],
  at: number,
): { unit: AmountUnit; length: number } | undefined {
  const word = tokens[at]?.word ?? "";
  const time = TIME_UNITS.get(word);
  if (time) return { unit: time, length: 1 };
  const hours = HOUR_KINDS.get(word);
  const next = tokens[at + 1]?.word;
  if (hours && (next === "hour" || next === "hours")) return { unit: hours, length: 2 };
  // "45 quarter credits", "15 semester credit hours": the credit word in place of (or before) "hours".
  if (hours && word !== "credit" && (next === "credit" || next === "credits")) {
    const after = tokens[at + 2]?.word;
    return { unit: hours, length: after === "hour" || after === "hours" ? 3 : 2 };
  }
  return undefined;
}

/** An amount starting at token `at`: a count, an optional "(6)", a unit. */
export function amountAt(tokens: readonly Token[], at: number): FoundAmount | undefined {
  const count = countAt(tokens, at);
  if (!count) return undefined;
  let cursor = at + count.length;
  let value = count.count;
  if (tokens[cursor]?.word === "(" && tokens[cursor + 2]?.word === ")") {
    const digits = Number(tokens[cursor + 1]?.word);
    if (Number.isFinite(digits)) value = digits;
    cursor += 3;
  }
  const unit = unitAt(tokens, cursor);
  if (!unit) return undefined;
  return { amount: { amount: value, unit: unit.unit }, from: at, to: cursor + unit.length };
}

let lastTokens: readonly Token[] | undefined;
let lastAmounts: readonly FoundAmount[] = [];

/**
 * Every amount of the tokens, in order, none overlapping. The tokens of one sentence are one
 * array (`tokensOf` remembers them), and the readers of a sentence ask for its amounts in
 * turn: the last answer is kept for the same array. Read only.
 */
export function amountsIn(tokens: readonly Token[]): readonly FoundAmount[] {
  if (tokens !== lastTokens) {
    lastAmounts = findAmounts(tokens);
    lastTokens = tokens;
  }
  return lastAmounts;
}

function findAmounts(tokens: readonly Token[]): FoundAmount[] {
  const found: FoundAmount[] = [];
  for (let at = 0; at < tokens.length; ) {
    const amount = amountAt(tokens, at);
    if (amount) {
      found.push(amount);
      at = amount.to;
    } else at++;
  }
  return found;
}

export function amountsOf(text: string): readonly FoundAmount[] {
  return amountsIn(tokensOf(text));
}

/** An amount in years, where it is a time. */
export function inYears(amount: Amount): number | undefined {
  if (amount.unit === "year") return amount.amount;
  if (amount.unit === "month") return amount.amount / 12;
  return undefined;
}

const UNIT_WORDS: Readonly<Record<AmountUnit, [string, string]>> = {
  year: ["year", "years"],
  month: ["month", "months"],
  "semester-hour": ["semester hour", "semester hours"],
  "quarter-hour": ["quarter hour", "quarter hours"],
};

/** "1 year", "6 months", "30 semester hours". */
export function amountInWords(amount: Amount): string {
  const [one, many] = UNIT_WORDS[amount.unit];
  const value = Math.round(amount.amount * 100) / 100;
  return `${value} ${value === 1 ? one : many}`;
}
