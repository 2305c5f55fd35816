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
   * `page:line` and `line` alone -> the first and the last position with that
   * number: an HTML source line holding a table row gives one extracted line
   * per cell, all numbered alike.
   */
  private readonly first = new Map<string, number>();
  private readonly last = new Map<string, number>();

  constructor(lines: readonly Line[]) {
    lines.forEach((line, position) => {
      const alone = String(line.line);
      if (!this.first.has(alone)) this.first.set(alone, position);
      this.last.set(alone, position);
      if (line.page === undefined) return;
      const paged = `${line.page}:${line.line}`;
      if (!this.first.has(paged)) this.first.set(paged, position);
      this.last.set(paged, position);
    });
  }

  private static key(line: number, page: number | undefined): string {
    return page === undefined ? String(line) : `${page}:${line}`;
  }

  /** The first and last position `place` covers; undefined when it names no extracted line. */
  span(place: Place): readonly [number, number] | undefined {
    const start =
      this.first.get(LineIndex.key(place.startLine, place.page)) ??
      this.first.get(String(place.startLine));
    if (start === undefined) return undefined;
    const endLine = place.endLine ?? place.startLine;
    if (place.page === undefined) {
      const end = this.last.get(String(endLine));
      return [start, end !== undefined && end >= start ? end : start];
    }
    for (let page = place.page; page <= place.page + PAGES_A_PLACE_SPANS; page++) {
      const end = this.last.get(LineIndex.key(endLine, page));
      if (end !== undefined && end >= start) return [start, end];
    }
    return [start, start];
  }
}
