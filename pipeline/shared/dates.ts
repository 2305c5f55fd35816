/** Dates as US agencies print them -> ISO 8601 (YYYY-MM-DD). */
import { spaceRunEnd } from "./whitespace.js";

const US_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const MONTHS = [
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
const LONG_DATE = /\b([A-Za-z]+)\.?\s+(\d{1,2}),\s*(\d{4})\b/;

function iso(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return undefined;
  }
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The first date in `text`, or undefined when none is there or it does not exist (02/30). */
export function parseDate(text: string): string | undefined {
  const us = US_DATE.exec(text);
  if (us) return iso(Number(us[3]), Number(us[1]), Number(us[2]));
  const isoMatch = ISO_DATE.exec(text);
  if (isoMatch) return iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
  const long = LONG_DATE.exec(text);
  if (long?.[1]) {
    const month = MONTHS.findIndex((name) => name.startsWith(long[1]?.toLowerCase() ?? "~"));
    if (month >= 0 && (long[1]?.length ?? 0) >= 3)
      return iso(Number(long[3]), month + 1, Number(long[2]));
  }
  return undefined;
}

/**
 * A date as publishers print it, whole or partial: "07/01/1993", "8/78",
 * "02-20-85", "11/98", "July 2004", "July 1, 2004", "1993-07-01", "1987".
 * Anchored at neither end: the source of a pattern that finds one in a line.
 */
export const PRINTED_DATE_SOURCE = String.raw`(?:\d{4}-\d{2}-\d{2}|\d{1,2}[/-]\d{1,2}[/-](?:\d{4}|\d{2})|\d{1,2}[/-](?:\d{4}|\d{2})|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?\d{4}|(?:19|20)\d{2})(?![\d/-])`;

/** Two-digit years: 30-99 are the 1900s, 00-29 the 2000s (class specs date from the 1930s on). */
const CENTURY_PIVOT = 30;

function fullYear(year: string): number {
  const value = Number(year);
  if (year.length === 4) return value;
  return value >= CENTURY_PIVOT ? 1900 + value : 2000 + value;
}

export interface PartialDate {
  printed: string;
  date?: string;
  yearMonth?: string;
  year?: number;
}

function monthOf(name: string): number {
  return MONTHS.findIndex((month) => month.startsWith(name.toLowerCase().slice(0, 3))) + 1;
}

function withParts(printed: string, year: number, month?: number, day?: number): PartialDate {
  if (month === undefined || month < 1 || month > 12) return { printed, year };
  const yearMonth = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
  const date = day === undefined ? undefined : iso(year, month, day);
  return { printed, ...(date ? { date } : {}), yearMonth, year };
}

const NUMERIC_PARTS = /^(\d{1,2})[/-](\d{1,2})(?:[/-](\d{4}|\d{2}))?$/;
const MONTH_YEAR = /^(\d{1,2})[/-](\d{4}|\d{2})$/;
const NAMED_PARTS = /^([a-z]+)\.?\s+(?:(\d{1,2}),?\s+)?(\d{4})$/i;
const ISO_PARTS = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A printed date with what of it parses: "8/78" -> 1978-08; "02-20-85" -> 1985-02-20. */
export function partialDate(printed: string): PartialDate {
  const text = printed.trim();
  const isoParts = ISO_PARTS.exec(text);
  if (isoParts)
    return withParts(text, Number(isoParts[1]), Number(isoParts[2]), Number(isoParts[3]));
  const monthYear = MONTH_YEAR.exec(text);
  if (monthYear) return withParts(text, fullYear(monthYear[2] ?? ""), Number(monthYear[1]));
  const numeric = NUMERIC_PARTS.exec(text);
  if (numeric?.[3])
    return withParts(text, fullYear(numeric[3]), Number(numeric[1]), Number(numeric[2]));
  const named = NAMED_PARTS.exec(text);
  if (named) {
    const month = monthOf(named[1] ?? "");
    const day = named[2] === undefined ? undefined : Number(named[2]);
    return withParts(text, Number(named[3]), month > 0 ? month : undefined, day);
  }
  if (/^\d{4}$/.test(text)) return { printed: text, year: Number(text) };
  return { printed: text };
}

/** PRINTED_DATE_SOURCE's forms that start with a digit, tried at one place (each is a few characters). */
const DIGIT_DATE =
  /(?:\d{4}-\d{2}-\d{2}|\d{1,2}[/-]\d{1,2}[/-](?:\d{4}|\d{2})|\d{1,2}[/-](?:\d{4}|\d{2})|(?:19|20)\d{2})(?![\d/-])/y;
/** The months' first three letters, January first. */
export const MONTH_ABBREVIATIONS = [
  "jan",
  "feb",
  "mar",
  "apr",
  "may",
  "jun",
  "jul",
  "aug",
  "sep",
  "oct",
  "nov",
  "dec",
] as const;
const MONTH_PREFIXES: ReadonlySet<string> = new Set(MONTH_ABBREVIATIONS);
const LETTER = /[a-z]/i;
const DIGIT = /\d/;
const AFTER_YEAR = /[\d/-]/;

function isAt(pattern: RegExp, text: string, index: number): boolean {
  return index >= 0 && index < text.length && pattern.test(text.charAt(index));
}

function runEnd(pattern: RegExp, text: string, start: number): number {
  let end = start;
  while (isAt(pattern, text, end)) end++;
  return end;
}

/** The end of a four-digit year at `at` that no digit, slash or dash follows, or -1. */
function yearEnd(text: string, at: number): number {
  const end = at + 4;
  return runEnd(DIGIT, text, at) === end && !isAt(AFTER_YEAR, text, end) ? end : -1;
}

/** After a month's letters: `\.?\s+(?:\d{1,2},?\s+)?\d{4}(?![\d/-])`, its end or -1. */
function monthDateEnd(text: string, letters: number): number {
  const dot = text.charAt(letters) === "." ? letters + 1 : letters;
  const digits = spaceRunEnd(text, dot);
  if (digits === dot) return -1;
  const day = runEnd(DIGIT, text, digits) - digits;
  if (day === 1 || day === 2) {
    const comma = text.charAt(digits + day) === "," ? digits + day + 1 : digits + day;
    const year = spaceRunEnd(text, comma);
    const end = year > comma ? yearEnd(text, year) : -1;
    if (end >= 0) return end;
  }
  return yearEnd(text, digits);
}

/**
 * The first date PRINTED_DATE_SOURCE finds in `text` (as its unanchored
 * regex's first match), scanned once: that regex tried the month's trailing
 * letters again from every month name inside a run of letters, which is
 * quadratic. Within a run of letters the first month name is the only start
 * that can match: every later one ends where it does.
 */
export function findPrintedDate(text: string): string | undefined {
  let at = 0;
  while (at < text.length) {
    if (isAt(DIGIT, text, at)) {
      DIGIT_DATE.lastIndex = at;
      const match = DIGIT_DATE.exec(text);
      if (match) return match[0];
      at++;
    } else if (isAt(LETTER, text, at)) {
      const letters = runEnd(LETTER, text, at);
      let month = at;
      while (
        month + 3 <= letters &&
        !MONTH_PREFIXES.has(text.slice(month, month + 3).toLowerCase())
      )
        month++;
      if (month + 3 <= letters) {
        const end = monthDateEnd(text, letters);
        if (end >= 0) return text.slice(month, end);
      }
      at = letters;
    } else at++;
  }
  return undefined;
}
