/**
 * Which drawing operators show each text item, and where along its baseline
 * each of its characters is (painted.ts). pdfjs's text content gives a run's
 * text and total width; its operator list gives, per `showText`, the glyphs
 * drawn with their Unicode and advance. Both follow the content stream in
 * order, so walking them side by side (spaces aside) ties each item to its
 * operators (to render the page without that item) and each character to its
 * glyph's advance (to judge the glyphs of a partly covered item one by one).
 * When they do not line up (text pdfjs reorders, such as right-to-left
 * runs) the page gets no match and is judged item by item, as before.
 */
import type { PlacedItem } from "./placed.js";

/** What the glyphs drawn say about one item. */
export interface ItemGlyphs {
  /** Operator-list indices of the `showText` operators that draw it. */
  ops: number[];
  /** Each UTF-16 unit of the item's text: its stretch along the baseline, in points from the origin. */
  spans: { from: number; to: number }[];
}

interface Token {
  op: number;
  /** The glyph's text, NFKC-normalised, whitespace removed ("" for a space or an unmapped glyph). */
  text: string;
  advance: number;
  /** Space moved before the glyph by a TJ adjustment, in the same units. */
  gap: number;
}

/** The glyphs of every `showText` operator, in drawing order. */
function tokensOf(list: { fnArray: number[]; argsArray: unknown[] }, showText: number): Token[] {
  const tokens: Token[] = [];
  for (let op = 0; op < list.fnArray.length; op++) {
    if (list.fnArray[op] !== showText) continue;
    const glyphs = (list.argsArray[op] as unknown[] | null)?.[0];
    if (!Array.isArray(glyphs)) continue;
    let gap = 0;
    for (const glyph of glyphs) {
      if (typeof glyph === "number") {
        // A TJ adjustment, in thousandths of the font size: it moves the next glyph back.
        gap -= glyph;
        continue;
      }
      const { unicode, width } = (glyph ?? {}) as { unicode?: unknown; width?: unknown };
      const text = typeof unicode === "string" ? unicode.normalize("NFKC").replace(/\s/g, "") : "";
      const advance = typeof width === "number" && Number.isFinite(width) ? Math.max(0, width) : 0;
      tokens.push({ op, text, advance, gap: Math.max(0, gap) });
      gap = 0;
    }
  }
  return tokens;
}

/**
 * Each item's operators and character stretches, or undefined when the text
 * content and the glyphs drawn do not line up. `items` are all the page's
 * items (read and hidden) with their `order`.
 */
export function matchGlyphs(
  items: readonly PlacedItem[],
  list: { fnArray: number[]; argsArray: unknown[] },
  showText: number,
): Map<PlacedItem, ItemGlyphs> | undefined {
  const tokens = tokensOf(list, showText);
  const ordered = [...items].sort((a, b) => a.order - b.order);
  const matched = new Map<PlacedItem, ItemGlyphs>();
  let next = 0;
  for (const item of ordered) {
    const ops = new Set<number>();
    const advances: Advance[] = [];
    let token: Token | undefined;
    let rest = "";
    for (let index = 0; index < item.text.length; index++) {
      const char = item.text[index] ?? "";
      // Space glyphs (and unmapped ones) have no text: their advance is a space's or a gap's.
      let blank = 0;
      while (rest === "" && next < tokens.length && tokens[next]?.text === "") {
        const skipped = tokens[next++];
        blank += (skipped?.gap ?? 0) + (skipped?.advance ?? 0);
      }
      if (/\s/.test(char)) {
        advances.push({ lead: 0, advance: blank });
        continue;
      }
      const lead = advances.length === 0 ? 0 : blank;
      const wanted = char.normalize("NFKC");
      let advance = 0;
      if (rest === "") {
        token = tokens[next++];
        if (token === undefined) return undefined;
        rest = token.text;
        ops.add(token.op);
        advance = advances.length === 0 ? 0 : token.gap;
      }
      if (!rest.startsWith(wanted)) return undefined;
      rest = rest.slice(wanted.length);
      // A glyph read as several characters (a ligature) shares its advance among them.
      const share = (token?.advance ?? 0) / Math.max(1, token?.text.length ?? 1);
      advances.push({ lead: lead + advance, advance: share });
    }
    if (rest !== "") return undefined;
    matched.set(item, { ops: [...ops], spans: spansOf(item.width, advances) });
  }
  return matched;
}

/** One character's room along the baseline: space moved before it, then its glyph's advance. */
interface Advance {
  lead: number;
  advance: number;
}

/** Advances scaled to the item's width, as stretches from its origin. */
function spansOf(width: number, advances: readonly Advance[]): ItemGlyphs["spans"] {
  const total = advances.reduce((sum, { lead, advance }) => sum + lead + advance, 0);
  const scale = total > 0 ? Math.max(0, width) / total : 0;
  const spans: ItemGlyphs["spans"] = [];
  let at = 0;
  for (const { lead, advance } of advances) {
    at += lead;
    spans.push({ from: at * scale, to: (at + advance) * scale });
    at += advance;
  }
  return spans;
}
