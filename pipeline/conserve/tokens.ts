/**
 * Words and numbers as the conservation check compares them: case, accents
 * and punctuation ignored, numbers by value ("17.990" = "17.99",
 * "2,206.92" = "2206.92"), dates by value ("07/01/1993" = "1993-07-01").
 * One pass per string: the check runs on every document.
 */
import { asPrintedNumbers } from "../shared/numbers.js";
import { plainPunctuation, trimEnd } from "../shared/text.js";

/**
 * What separates chunks: anything but letters, digits and the punctuation
 * inside numbers and dates (. , / -); what a chunk is (a date, a number,
 * words) is decided after. ASCII text is split by a scan (pushAsciiChunks).
 */
const SEPARATORS = /[^\p{L}\p{N}.,/-]+/u;
const HAS_PUNCTUATION = /[.,/-]/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const RANGE_SEPARATOR = /[/-]/;
const PUNCTUATION = /[.,]/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
/**
 * A value printed against its label ("73040V000101Job Code:", "SYSTEMSJob Group:"): a capital
 * starting a lowercase word right after a digit or another capital starts a new word.
 */
const GLUED = /[A-Z\d][A-Z][a-z]/;
const GLUED_WORD = /([A-Z\d])(?=[A-Z][a-z])/g;
const DIGITS = /^\d+$/;
/** Character codes of . , / - : punctuation that only joins digits, trimmed from a chunk's ends. */
const JOINERS = new Set([44, 45, 46, 47]);

/** "0017.9900" -> "17.99": a number's canonical spelling, by string so no float rounding creeps in. */
export function canonicalNumber(text: string): string {
  if (isCanonical(text)) return text;
  const [whole = "", fraction = ""] = text.replaceAll(",", "").split(".");
  const integer = whole.replace(/^0+(?=\d)/, "");
  const decimals = trimEnd(fraction, "0");
  return decimals === "" ? integer : `${integer}.${decimals}`;
}

/**
 * Whether `canonicalNumber` would return `text` as it is: no comma, at most one
 * point with digits after it and no trailing zero, no leading zero before
 * another character. Most numbers of a document are (a pay rate, a year).
 */
function isCanonical(text: string): boolean {
  let point = -1;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 44) return false;
    if (code === 46) {
      if (point >= 0) return false;
      point = index;
    }
  }
  if (text.charCodeAt(0) === 48 && text.length > 1 && point !== 1) return false;
  return point < 0 || (point < text.length - 1 && text.charCodeAt(text.length - 1) !== 48);
}

function dateToken(year: string, month: string, day: string): string {
  return `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
}

function plainToken(text: string): string {
  const first = text.charCodeAt(0);
  return first >= 48 && first <= 57 && DIGITS.test(text) ? canonicalNumber(text) : text;
}

/** One chunk -> its tokens: a date, a number, or its words and digit groups. */
function pushChunk(raw: string, out: string[]): void {
  let from = 0;
  let to = raw.length;
  while (from < to && JOINERS.has(raw.charCodeAt(from))) from++;
  while (to > from && JOINERS.has(raw.charCodeAt(to - 1))) to--;
  if (from === to) return;
  const chunk = from === 0 && to === raw.length ? raw : raw.slice(from, to);
  if (!HAS_PUNCTUATION.test(chunk)) {
    out.push(plainToken(chunk));
    return;
  }
  const us = US_DATE.exec(chunk);
  if (us?.[1] && us[2] && us[3]) {
    out.push(dateToken(us[3], us[1], us[2]));
    return;
  }
  const iso = ISO_DATE.exec(chunk);
  if (iso?.[1] && iso[2] && iso[3]) {
    out.push(dateToken(iso[1], iso[2], iso[3]));
    return;
  }
  if (NUMBER.test(chunk)) {
    out.push(canonicalNumber(chunk));
    return;
  }
  // "13.581-17.990", "kar/101/001", "e.g": each piece between dashes and slashes is a number or words.
  for (const piece of chunk.split(RANGE_SEPARATOR)) {
    if (NUMBER.test(piece)) out.push(canonicalNumber(piece));
    else for (const part of piece.split(PUNCTUATION)) if (part !== "") out.push(plainToken(part));
  }
}

/** What a character of an ASCII chunk is; 0: a separator. */
const LETTER = 1;
const DIGIT = 2;
const JOINER = 3;
const ASCII_KIND = new Uint8Array(128);
for (let code = 97; code <= 122; code++) ASCII_KIND[code] = LETTER;
for (let code = 65; code <= 90; code++) ASCII_KIND[code] = LETTER;
for (let code = 48; code <= 57; code++) ASCII_KIND[code] = DIGIT;
for (const code of JOINERS) ASCII_KIND[code] = JOINER;

/** Whether the code is that of A-Z, a-z, or A-Z and 0-9. */
const isUpper = (code: number): boolean => code >= 65 && code <= 90;
const isLower = (code: number): boolean => code >= 97 && code <= 122;
const isUpperOrDigit = (code: number): boolean => isUpper(code) || (code >= 48 && code <= 57);

/** A chunk found by the ASCII scan, lowercased when it holds a capital, as its tokens. */
function pushAsciiChunk(
  raw: string,
  upper: boolean,
  punctuated: boolean,
  digitsOnly: boolean,
  out: string[],
): void {
  const chunk = upper ? raw.toLowerCase() : raw;
  if (punctuated) pushChunk(chunk, out);
  // Digits without a leading zero are a number's canonical spelling already.
  else if (digitsOnly && chunk.charCodeAt(0) === 48) out.push(canonicalNumber(chunk));
  else out.push(chunk);
}

/**
 * The ASCII path of `tokensOf`: the runs of letters, digits and . , / -,
 * found in one scan that also notes what each holds, so a plain word or a
 * plain number (most chunks) is a token without testing it again. The scan
 * splits glued words where GLUED_WORD would put its space, and lowercases a
 * chunk only when it holds a capital. False, with `out` untouched, when the
 * text holds anything but space to "~", tab and line breaks: the Unicode path reads it.
 */
function pushAsciiChunks(text: string, out: string[]): boolean {
  const length = out.length;
  let start = -1;
  let punctuated = false;
  let digitsOnly = true;
  let upper = false;
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? text.charCodeAt(index) : 32;
    if (code > 126 || (code < 32 && code !== 9 && code !== 10 && code !== 13)) {
      out.length = length;
      return false;
    }
    const kind = ASCII_KIND[code] as number;
    if (
      start >= 0 &&
      isUpper(code) &&
      isUpperOrDigit(text.charCodeAt(index - 1)) &&
      isLower(text.charCodeAt(index + 1))
    ) {
      pushAsciiChunk(text.slice(start, index), upper, punctuated, digitsOnly, out);
      start = -1;
    }
    if (kind !== 0) {
      if (start < 0) {
        start = index;
        punctuated = false;
        digitsOnly = true;
        upper = false;
      }
      if (kind === JOINER) punctuated = true;
      else if (kind === LETTER) {
        digitsOnly = false;
        if (isUpper(code)) upper = true;
      }
    } else if (start >= 0) {
      pushAsciiChunk(text.slice(start, index), upper, punctuated, digitsOnly, out);
      start = -1;
    }
  }
  return true;
}

/** The comparable tokens of `text`, in order. */
export function tokensOf(text: string): string[] {
  const out: string[] = [];
  pushTokens(text, out);
  return out;
}

/** Appends the comparable tokens of `text` to `out`, in order (no list of its own made per line). */
export function pushTokens(text: string, out: string[]): void {
  // Most text is ASCII: the Unicode steps (plain punctuation, no accents) are skipped for it.
  if (pushAsciiChunks(text, out)) return;
  const plain = asPrintedNumbers(
    plainPunctuation(text).normalize("NFKD").replace(COMBINING_MARKS, ""),
  );
  // Its quotes, dashes and accents made plain, text is mostly ASCII again (a "’" in a
  // sentence): the scan reads it, as the split below would, without a Unicode regex.
  if (pushAsciiChunks(plain, out)) return;
  const split = GLUED.test(plain) ? plain.replace(GLUED_WORD, "$1 ") : plain;
  for (const chunk of split.toLowerCase().split(SEPARATORS)) {
    if (chunk !== "") pushChunk(chunk, out);
  }
}

/**
 * The token a JSON number value stands for. A number's own spelling without an
 * exponent has no grouping, leading or trailing zeros: it is canonical already.
 */
export function numberToken(value: number): string {
  const text = String(value);
  return text.includes("e") ? canonicalNumber(text) : text;
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

/** A cheap test before `dateParts`: "YYYY-MM-DD" is ten characters with a dash at 4. */
export function isDateToken(token: string): boolean {
  return token.length === 10 && token.charCodeAt(4) === 45;
}

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
