/**
 * Words and numbers as the conservation check compares them: case, accents
 * and punctuation ignored, numbers by value ("17.990" = "17.99",
 * "2,206.92" = "2206.92"), dates by value ("07/01/1993" = "1993-07-01").
 * One regex pass per string: the check runs on every document.
 */
import { plainPunctuation } from "../shared/text.js";

/**
 * In order of preference at each position: a US date, an ISO date, a number
 * with thousands separators, a decimal number, a run of letters and digits.
 * (?<![\p{L}\p{N}]) keeps a number from starting inside a word.
 */
const TOKEN =
  /(?<![\p{L}\p{N}])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(\d{4})-(\d{2})-(\d{2})(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)(?![\p{L}\p{N}])|[\p{L}\p{N}]+/gu;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
/**
 * A value printed against its label ("73040V000101Job Code:", "SYSTEMSJob Group:"): a capital
 * starting a lowercase word right after a digit or another capital starts a new word.
 */
const GLUED_WORD = /([A-Z\d])(?=[A-Z][a-z])/g;
const DIGITS = /^\d+$/;

/** "0017.9900" -> "17.99": a number's canonical spelling, by string so no float rounding creeps in. */
export function canonicalNumber(text: string): string {
  const [whole = "", fraction = ""] = text.replaceAll(",", "").split(".");
  const integer = whole.replace(/^0+(?=\d)/, "");
  const decimals = fraction.replace(/0+$/, "");
  return decimals === "" ? integer : `${integer}.${decimals}`;
}

function dateToken(year: string, month: string, day: string): string {
  return `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
}

/** Normalizes the text a token is read from: plain punctuation, no accents, lower case. */
function normalize(text: string): string {
  return plainPunctuation(text)
    .replace(GLUED_WORD, "$1 ")
    .normalize("NFKD")
    .replace(COMBINING_MARKS, "")
    .toLowerCase();
}

/** The comparable tokens of `text`, in order. */
export function tokensOf(text: string): string[] {
  const out: string[] = [];
  for (const match of normalize(text).matchAll(TOKEN)) {
    if (match[1] !== undefined && match[2] !== undefined && match[3] !== undefined) {
      out.push(dateToken(match[3], match[1], match[2]));
    } else if (match[4] !== undefined && match[5] !== undefined && match[6] !== undefined) {
      out.push(dateToken(match[4], match[5], match[6]));
    } else if (match[7] !== undefined) {
      out.push(canonicalNumber(match[7]));
    } else {
      out.push(DIGITS.test(match[0]) ? canonicalNumber(match[0]) : match[0]);
    }
  }
  return out;
}

/** The token a JSON number value stands for. */
export function numberToken(value: number): string {
  return canonicalNumber(String(value));
}

/** What an ISO date is also written as: its year, month and day as numbers, and its month's name. */
const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const ISO_DATE_TOKEN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function dateParts(token: string): string[] {
  const match = ISO_DATE_TOKEN.exec(token);
  if (!match?.[1] || !match[2] || !match[3]) return [];
  const month = MONTH_NAMES[Number(match[2]) - 1];
  return [
    canonicalNumber(match[1]),
    canonicalNumber(match[2]),
    canonicalNumber(match[3]),
    ...(month ? [month, month.slice(0, 3)] : []),
  ];
}
