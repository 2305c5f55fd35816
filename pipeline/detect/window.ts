/**
 * The lines detectors read, joined once per document. Kentucky reads the first 400 lines,
 * the publishers as data 600, Iowa 2000: each a prefix of the same lines, so the longest is
 * joined once and the others are cut from it (joining them again was about 1% of a Kentucky
 * ingest, for a document shorter than any window: the same text three times).
 */
import type { Extracted } from "../types.js";

/** The most lines joined and kept; a longer window is joined afresh. */
const KEPT_LINES = 2000;

const joined = new WeakMap<Extracted, string>();

/** The first `count` lines of the document, joined by "\n" (`lines.slice(0, count)` joined). */
export function windowOf(extracted: Extracted, count: number): string {
  const { lines } = extracted;
  if (count > KEPT_LINES) return join(lines, count);
  let text = joined.get(extracted);
  if (text === undefined) {
    text = join(lines, KEPT_LINES);
    joined.set(extracted, text);
  }
  if (count >= lines.length) return text;
  // Where the first `count` lines end: their lengths and the breaks between them.
  let end = count - 1;
  for (let index = 0; index < count; index++) end += lines[index]?.text.length ?? 0;
  return text.slice(0, Math.max(0, end));
}

function join(lines: Extracted["lines"], count: number): string {
  return lines
    .slice(0, count)
    .map((line) => line.text)
    .join("\n");
}
