/**
 * Places -> positions in the extracted lines. A place names lines of its
 * source; a PDF numbers lines per page (a place spanning a page break ends on
 * a smaller number than it starts), so positions are counted over the whole
 * document: the index of a line in `extracted.lines`.
 */
import type { Place } from "../../schemas/index.js";
import type { Line } from "../types.js";

/** How many pages on a place may run to find its end line (a paragraph over a page break). */
const PAGES_A_PLACE_SPANS = 3;

export class LineIndex {
  /**
   * A line number alone -> the first and the last position with that number:
   * an HTML source line holding a table row gives one extracted line per
   * cell, all numbered alike. Keyed by the number itself: every line of a
   * document is indexed and most places are looked up, so no key is spelled.
   */
  private readonly first = new Map<number, number>();
  private readonly last = new Map<number, number>();
  /** The same by `page:line`, for the paged sources only. */
  private readonly firstPaged = new Map<string, number>();
  private readonly lastPaged = new Map<string, number>();

  constructor(lines: readonly Line[]) {
    for (let position = 0; position < lines.length; position++) {
      const line = lines[position] as Line;
      if (!this.first.has(line.line)) this.first.set(line.line, position);
      this.last.set(line.line, position);
      if (line.page === undefined) continue;
      const paged = `${line.page}:${line.line}`;
      if (!this.firstPaged.has(paged)) this.firstPaged.set(paged, position);
      this.lastPaged.set(paged, position);
    }
  }

  /** The first and last position `place` covers; undefined when it names no extracted line. */
  span(place: Place): readonly [number, number] | undefined {
    const start =
      (place.page === undefined
        ? undefined
        : this.firstPaged.get(`${place.page}:${place.startLine}`)) ??
      this.first.get(place.startLine);
    if (start === undefined) return undefined;
    const endLine = place.endLine ?? place.startLine;
    if (place.page === undefined) {
      const end = this.last.get(endLine);
      return [start, end !== undefined && end >= start ? end : start];
    }
    for (let page = place.page; page <= place.page + PAGES_A_PLACE_SPANS; page++) {
      const end = this.lastPaged.get(`${page}:${endLine}`);
      if (end !== undefined && end >= start) return [start, end];
    }
    return [start, start];
  }
}
