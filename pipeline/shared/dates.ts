/** Dates as US agencies print them -> ISO 8601 (YYYY-MM-DD). */

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
