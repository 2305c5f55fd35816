/** Plain text -> lines. A form feed starts a new page. */
import type { Line } from "../types.js";

const FORM_FEED = "\f";

export interface TextLines {
  lines: Line[];
  /** Set only when the text holds form feeds. */
  pages?: number;
}

export function textToLines(text: string): TextLines {
  const paged = text.includes(FORM_FEED);
  const lines: Line[] = [];
  let page = 1;
  const raw = text.split("\n");
  for (let index = 0; index < raw.length; index++) {
    let content = raw[index] ?? "";
    if (paged && content.includes(FORM_FEED)) {
      page += content.split(FORM_FEED).length - 1;
      content = content.replaceAll(FORM_FEED, "");
    }
    const line: Line = { text: content, line: index + 1 };
    if (paged) line.page = page;
    lines.push(line);
  }
  return paged ? { lines, pages: page } : { lines };
}
