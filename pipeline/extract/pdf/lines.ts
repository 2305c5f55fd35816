/**
 * Rows of every page -> the `Line[]` a text export of the spec would give:
 * one Line per visual line, an empty Line where the vertical gap says a
 * paragraph ended, and no break where a paragraph runs on across a page.
 *
 * Line numbers: `line` is 1-based within its page, and `page` is set on every
 * Line, so a place reads like the printed page ("page 2, line 14"). A place
 * that spans a page break therefore has its endLine on the next page.
 *
 * Hyphenated words and wrapped URLs are left as printed: the profiles repair
 * them when they join lines (they must for text exports anyway), and joining
 * here would make the PDF's lines differ from its text twin's.
 */
import type { Line } from "../../types.js";
import type { PageRows } from "./furniture.js";
import type { Row } from "./rows.js";

/** A gap between baselines wider than this many times the usual line spacing ends a paragraph. */
const PARAGRAPH_GAP_FACTOR = 1.4;
/** Baseline gaps wider than this many ems are paragraph gaps, left out when finding the usual spacing. */
const MAX_LEADING_EMS = 1.6;
/** Line spacing assumed when a document has no two adjacent rows to measure (single-spaced text). */
const DEFAULT_LEADING_EMS = 1.2;
/** A last row whose right edge is within this many ems of the page's text edge is a full line. */
const FULL_LINE_SLACK_EMS = 3;

/** Sentence-final or heading-final punctuation, optionally inside a quote or bracket. */
const ENDS_BLOCK = /[.!?:;]["'”’)\]]?$/;
const STARTS_LOWERCASE = /^[a-z]/;
const ENDS_HYPHEN = /[a-z]-$/;

/** The usual baseline-to-baseline spacing of the document, in ems: the median of single-spaced gaps. */
export function usualLeading(pages: readonly PageRows[]): number {
  const ratios: number[] = [];
  for (const { rows } of pages) {
    for (let index = 1; index < rows.length; index++) {
      const above = rows[index - 1];
      const below = rows[index];
      if (!above || !below) continue;
      const ratio = (below.y - above.y) / Math.max(above.size, below.size);
      if (ratio > 0 && ratio <= MAX_LEADING_EMS) ratios.push(ratio);
    }
  }
  if (ratios.length === 0) return DEFAULT_LEADING_EMS;
  ratios.sort((a, b) => a - b);
  return ratios[Math.floor(ratios.length / 2)] ?? DEFAULT_LEADING_EMS;
}

/** Within a page: does a paragraph end between `above` and `below`? */
function paragraphGap(above: Row, below: Row, leading: number): boolean {
  const ems = (below.y - above.y) / Math.max(above.size, below.size);
  return ems > leading * PARAGRAPH_GAP_FACTOR;
}

/**
 * Across a page break: does the paragraph that ends page N run on at the top
 * of page N+1? The vertical gap says nothing here, so the words do: it runs on
 * unless the last row ends a sentence or heading, is short of the right edge
 * (a paragraph's last line), and the next row does not start in lowercase.
 */
export function runsOn(last: Row, first: Row, pageRight: number): boolean {
  if (ENDS_HYPHEN.test(last.text) || STARTS_LOWERCASE.test(first.text)) return true;
  if (!ENDS_BLOCK.test(last.text)) return true;
  return last.right >= pageRight - FULL_LINE_SLACK_EMS * last.size;
}

function rightEdge(rows: readonly Row[]): number {
  return rows.reduce((edge, row) => Math.max(edge, row.right), 0);
}

/** All pages' rows -> Lines, numbered within each page. */
export function toLines(pages: readonly PageRows[]): Line[] {
  const leading = usualLeading(pages);
  const lines: Line[] = [];
  pages.forEach(({ page, rows }, pageIndex) => {
    let number = 0;
    const push = (text: string): void => {
      number++;
      lines.push({ text, line: number, page });
    };
    rows.forEach((row, index) => {
      const above = rows[index - 1];
      if (above && paragraphGap(above, row, leading)) push("");
      push(row.text);
    });
    const last = rows[rows.length - 1];
    const next = pages.slice(pageIndex + 1).find((candidate) => candidate.rows.length > 0);
    const first = next?.rows[0];
    // A paragraph that ends with its page gets the blank line a text export has there.
    if (last && first && !runsOn(last, first, rightEdge(rows))) push("");
  });
  return lines;
}
