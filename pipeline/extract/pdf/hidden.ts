/**
 * What a reader of the rendered page cannot see is not spec text (README
 * "Reading PDFs"). Such text is kept out of the lines and reported in a
 * `pdf-hidden-text` warning with its lines, so a sentence nobody sees can
 * never become a requirement or a rule.
 *
 * Two reasons are geometry, decided here: text under 1 pt, and text placed
 * outside the page (pdfjs already leaves most of that out; this catches what
 * it keeps, such as a run that starts beside the page). Three come from
 * pdfjs's text content as patched by classpec (patches/pdfjs-dist+*.patch),
 * which stamps each item `classpecHidden`: render mode 3 or 7, a white fill
 * (filled text only), and a glyph whose middle is outside the clip. One comes
 * from optional content: text inside an /OC marked-content sequence whose
 * group the document's default configuration turns off.
 *
 * One exception: OCR writes a scan's text in render mode 3 over the image. A
 * page whose only text is render mode 3 is read as that page's text, with a
 * `pdf-invisible-text-layer` notice; invisible text beside visible text is hidden.
 */
import type { PlacedItem } from "./placed.js";

/** Smallest font size a reader can read, in points. */
export const MIN_VISIBLE_SIZE = 1;
/** Longest hidden text quoted in one warning (the rest is counted). */
const MAX_QUOTED_CHARS = 500;

/** Why a reader cannot see a text item, in the words of the warning. */
const REASONS = {
  "render-mode-3": "drawn invisible (render mode 3)",
  "white-fill": "filled white",
  clipped: "clipped away",
  "optional-content-off": "in an optional-content layer that is off",
  "under-1pt": `under ${MIN_VISIBLE_SIZE} pt`,
  "off-page": "outside the page",
  "no-ink":
    "leaves no ink on the rendered page: covered, transparent, clipped, in the colour under it, or glyphs that draw nothing",
  redrawn: "drawn again exactly over the same text, which is read once",
  stacked: "one of too many runs drawn over each other in one place to tell which shows",
} as const;

export type HiddenReason = keyof typeof REASONS;

/** The stamps the patched pdfjs puts on a text item. */
const PDFJS_STAMPS: ReadonlySet<string> = new Set<HiddenReason>([
  "render-mode-3",
  "white-fill",
  "clipped",
]);

export interface HiddenItem extends PlacedItem {
  reason: HiddenReason;
}

export interface HiddenText {
  page: number;
  lines: string[];
  reasons: HiddenReason[];
}

/** Why `item` is invisible on `page`, or undefined when a reader sees it. */
export function hiddenReason(
  item: Pick<PlacedItem, "x" | "y" | "width" | "size">,
  page: { width: number; height: number },
  drawn: { stamp?: unknown; optionalContentOff?: boolean } = {},
): HiddenReason | undefined {
  if (typeof drawn.stamp === "string" && PDFJS_STAMPS.has(drawn.stamp)) {
    return drawn.stamp as HiddenReason;
  }
  if (drawn.optionalContentOff) return "optional-content-off";
  if (item.size < MIN_VISIBLE_SIZE) return "under-1pt";
  const right = item.x + Math.max(0, item.width);
  const top = item.y - item.size;
  const offPage = right <= 0 || item.x >= page.width || item.y <= 0 || top >= page.height;
  return offPage ? "off-page" : undefined;
}

/**
 * A page whose text is all drawn in render mode 3 (nothing visible besides)
 * is an OCR text layer over a scanned image: its invisible items are the
 * page's text. Returns them, or undefined when the page is not such a layer.
 */
export function invisibleTextLayer(
  visible: readonly PlacedItem[],
  hidden: readonly HiddenItem[],
): HiddenItem[] | undefined {
  if (visible.some((item) => item.text.trim() !== "")) return undefined;
  const layer = hidden.filter((item) => item.reason === "render-mode-3");
  return layer.some((item) => item.text.trim() !== "") ? layer : undefined;
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

/**
 * The page's hidden text for its warning, and apart from it the copies of runs
 * drawn again exactly over themselves: their text shows and is read once, so
 * they are a `pdf-text-redrawn` notice, not text a reader cannot see.
 */
export function hiddenTexts(
  page: number,
  items: readonly HiddenItem[],
): { hidden: HiddenText | undefined; redrawn: HiddenText | undefined } {
  return {
    hidden: hiddenText(
      page,
      items.filter((item) => item.reason !== "redrawn"),
    ),
    redrawn: hiddenText(
      page,
      items.filter((item) => item.reason === "redrawn"),
    ),
  };
}

/** The page's hidden text for its warning, or undefined when it holds only whitespace. */
function hiddenText(page: number, items: readonly HiddenItem[]): HiddenText | undefined {
  const lines = hiddenLines(items);
  if (lines.length === 0) return undefined;
  const reasons = [...new Set(items.map((item) => item.reason))].sort();
  return { page, lines, reasons };
}

/** The lines quoted, cut at MAX_QUOTED_CHARS. */
function quote(lines: readonly string[]): string {
  const quoted = lines.map((line) => `"${line}"`).join(", ");
  return quoted.length > MAX_QUOTED_CHARS
    ? `${quoted.slice(0, MAX_QUOTED_CHARS)}... (${lines.length} lines)`
    : quoted;
}

export function hiddenTextMessage({ page, lines, reasons }: HiddenText): string {
  const shown = quote(lines);
  const why = reasons.map((reason) => REASONS[reason]).join(", ");
  return `Unexpected text on page ${page} that a reader cannot see (${why}), expected visible text; not read: ${shown}`;
}

export function redrawnTextMessage({ page, lines }: HiddenText): string {
  return `Text on page ${page} drawn again exactly over itself (as bold is faked) was read once: ${quote(lines)}`;
}

export function invisibleLayerMessage(page: number): string {
  return `Page ${page} has only invisible text (render mode 3, as an OCR layer over a scan draws it): read as the page's text`;
}
