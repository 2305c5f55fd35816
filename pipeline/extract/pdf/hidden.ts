/**
 * What a reader of the rendered page cannot see is not spec text (README
 * "Security"): text under 1 pt, or placed outside the page's crop box. It is
 * kept out of the lines and reported in a `pdf-hidden-text` warning with its
 * lines, so a sentence nobody sees can never become a requirement or a rule.
 * (pdfjs already leaves most text outside the page's view out of the text
 * content; the check here also catches what it keeps, such as a run that
 * starts beside the page.)
 *
 * Not detected yet: render mode 3 (invisible), fill equal to the background,
 * text clipped away, and optional content that is off; pdfjs's text content
 * does not carry them, and reading them needs the page's operator list.
 */
import type { PlacedItem } from "./placed.js";

/** Smallest font size a reader can read, in points. */
export const MIN_VISIBLE_SIZE = 1;
/** Longest hidden text quoted in one warning (the rest is counted). */
const MAX_QUOTED_CHARS = 500;

export interface HiddenText {
  page: number;
  lines: string[];
}

export function isHidden(
  item: Pick<PlacedItem, "x" | "y" | "width" | "size">,
  page: { width: number; height: number },
): boolean {
  if (item.size < MIN_VISIBLE_SIZE) return true;
  const right = item.x + Math.max(0, item.width);
  const top = item.y - item.size;
  return right <= 0 || item.x >= page.width || item.y <= 0 || top >= page.height;
}

/** Hidden items as lines: grouped by baseline, left to right. */
export function hiddenLines(items: readonly PlacedItem[]): string[] {
  const byBaseline = new Map<number, PlacedItem[]>();
  for (const item of items) {
    const key = Math.round(item.y);
    const line = byBaseline.get(key);
    if (line) line.push(item);
    else byBaseline.set(key, [item]);
  }
  return [...byBaseline.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, line]) =>
      line
        .sort((a, b) => a.x - b.x)
        .map((item) => item.text)
        .join(" ")
        .replace(/\s+/g, " ")
        .trim(),
    )
    .filter((line) => line !== "");
}

export function hiddenTextMessage(page: number, lines: readonly string[]): string {
  const quoted = lines.map((line) => `"${line}"`).join(", ");
  const shown =
    quoted.length > MAX_QUOTED_CHARS
      ? `${quoted.slice(0, MAX_QUOTED_CHARS)}... (${lines.length} lines)`
      : quoted;
  return `Unexpected text on page ${page} that a reader cannot see (under ${MIN_VISIBLE_SIZE} pt or outside the page), expected visible text; not read: ${shown}`;
}
