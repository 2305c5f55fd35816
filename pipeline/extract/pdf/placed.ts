/** A text item where the page draws it: what line rebuilding and the hidden-text rule read. */
export interface PlacedItem {
  text: string;
  /** Left edge of the text. */
  x: number;
  /** Baseline, measured down from the top of the page. */
  y: number;
  /** Advance width of the text. */
  width: number;
  /** Font size (the text matrix's vertical scale). */
  size: number;
  /** pdfjs's name of the font it is drawn in, to match it to the glyphs drawn (text-mismatch.ts). */
  font?: string | undefined;
  /** Its place in the page's text content, which is drawing order (painted.ts matches it to the glyphs drawn). */
  order: number;
  /**
   * The baseline's unit direction in page space, when the text is not drawn left to right
   * (rotated): its glyph box is then the rotated quad (ink-boxes.ts). Undefined: (1, 0).
   */
  direction?: readonly [number, number] | undefined;
}
