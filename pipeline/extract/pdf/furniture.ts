/**
 * Page furniture: running headers, running footers and page numbers, which
 * a text export of the same spec does not hold and which would otherwise
 * land in the middle of a paragraph that crosses a page.
 *
 * Only rows in the top or bottom band of a page are candidates. A candidate is
 * furniture when
 * 1. it reads like a page number ("Page 2 of 3", "2 of 3", "- 2 -", "2"); or
 * 2. the same text (digits ignored, so "Page 1 of 2" matches "Page 2 of 2")
 *    stands at the same height on at least one other page; or
 * 3. it opens a later page, stands apart from the text below it, and repeats
 *    a line printed at the top of page 1 (the running header of a 2-page spec
 *    that prints it on page 2 only, e.g. "PRODUCTION SPECIALIST II (continued)").
 */
import type { Row } from "./rows.js";

export interface PageRows {
  page: number;
  height: number;
  rows: Row[];
}

/** Depth of the top and bottom bands, as a share of the page height (0.1 of Letter is 79 pt, about 1.1 in). */
const BAND_SHARE = 0.1;
/** Two rows stand "at the same height" when their baselines differ by less than this, in points. */
const SAME_HEIGHT_POINTS = 3;
/** Rows from the top of page 1 that a later page's running header may repeat (banner and title). */
const FIRST_PAGE_TOP_ROWS = 6;
/** Shortest page-1 text that counts as repeated in a header: shorter ones ("II") match by chance. */
const MIN_REPEATED_CHARS = 8;
/** A header stands apart when the gap below it exceeds this many times its font size. */
const HEADER_GAP_EMS = 1.6;

const PAGE_NUMBER = [
  /^page\s*\d+(?:\s*(?:of|\/)\s*\d+)?$/i,
  /^\d+\s*(?:of|\/)\s*\d+$/i,
  /^[-–—]\s*\d+\s*[-–—]$/,
  /^\d{1,4}$/,
];

function normalized(text: string): string {
  return text.replace(/\s+/g, " ").trim().toLowerCase();
}

/** Text with every run of digits replaced, so page numbers and counts do not tell two footers apart. */
function shape(text: string): string {
  return normalized(text).replace(/\d+/g, "#");
}

function inBand(row: Row, height: number): boolean {
  const band = BAND_SHARE * height;
  return row.y <= band || row.y >= height - band;
}

/** Rule 2: shapes of band rows, with the heights they stand at, page by page. */
function repeatedKeys(pages: readonly PageRows[]): Map<string, Array<{ page: number; y: number }>> {
  const seen = new Map<string, Array<{ page: number; y: number }>>();
  for (const { page, height, rows } of pages) {
    for (const row of rows) {
      if (!inBand(row, height)) continue;
      const key = shape(row.text);
      const list = seen.get(key) ?? [];
      list.push({ page, y: row.y });
      seen.set(key, list);
    }
  }
  return seen;
}

function repeatsElsewhere(
  row: Row,
  page: number,
  seen: Map<string, Array<{ page: number; y: number }>>,
): boolean {
  return (seen.get(shape(row.text)) ?? []).some(
    (other) => other.page !== page && Math.abs(other.y - row.y) < SAME_HEIGHT_POINTS,
  );
}

/** Rule 3: the first row of a later page, set apart, repeating page 1's banner or title. */
function isLaterPageHeader(rows: readonly Row[], index: number, firstPageTop: string[]): boolean {
  const row = rows[index];
  const next = rows[index + 1];
  if (!row || index !== 0) return false;
  if (next && next.y - row.y <= HEADER_GAP_EMS * Math.max(row.size, next.size)) return false;
  const text = normalized(row.text);
  return firstPageTop.some((top) => top.length >= MIN_REPEATED_CHARS && text.includes(top));
}

/** The pages with their furniture removed; `removed` counts what went, for an info message. */
export function removeFurniture(pages: readonly PageRows[]): {
  pages: PageRows[];
  removed: number;
} {
  const seen = repeatedKeys(pages);
  const firstPageTop = (pages[0]?.rows ?? [])
    .slice(0, FIRST_PAGE_TOP_ROWS)
    .map((row) => normalized(row.text));
  let removed = 0;
  const kept = pages.map((page) => {
    const rows = page.rows.filter((row, index) => {
      if (!inBand(row, page.height)) return true;
      const furniture =
        PAGE_NUMBER.some((pattern) => pattern.test(row.text.trim())) ||
        repeatsElsewhere(row, page.page, seen) ||
        (page.page > 1 && isLaterPageHeader(page.rows, index, firstPageTop));
      if (furniture) removed++;
      return !furniture;
    });
    return { ...page, rows };
  });
  return { pages: kept, removed };
}
