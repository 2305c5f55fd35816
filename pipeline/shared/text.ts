/** Text cleanup shared by every profile: prose fields hold clean text (docs/architecture.md). */
import { joinLines } from "./joined.js";

export { collapseWhitespace } from "./whitespace.js";

/**
 * Joins hard-wrapped lines of one paragraph, repairing words and URLs that
 * the wrap broke (see `joinLines`).
 */
export function joinWrapped(lines: readonly string[]): string {
  return joinLines(lines.map((text, index) => ({ text, line: index + 1 }))).text;
}

/**
 * Unplaced text as prose: `unmapped` keeps its input's line breaks, so a word
 * hyphenated at a PDF line end is two pieces until the wrap is repaired.
 */
export function unwrapped(text: string): string {
  return joinWrapped(text.split("\n"));
}

/** Paragraphs (runs of non-blank lines) -> clean paragraphs. */
export function paragraphs(lines: readonly string[]): string[] {
  const out: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line.trim() === "") {
      if (current.length > 0) out.push(joinWrapped(current));
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) out.push(joinWrapped(current));
  return out.filter((paragraph) => paragraph !== "");
}

/** Paragraphs separated by one blank line, the prose form of docs/architecture.md. */
export function prose(lines: readonly string[]): string | null {
  const parts = paragraphs(lines);
  return parts.length === 0 ? null : parts.join("\n\n");
}

/**
 * `text` without any of `characters` at either end. A loop, not a regex: a
 * pattern anchored at `$` retries every start of a long run (quadratic).
 */
export function trimCharacters(text: string, characters: ReadonlySet<string>): string {
  let start = 0;
  let end = text.length;
  while (start < end && characters.has(text[start] ?? "")) start++;
  while (end > start && characters.has(text[end - 1] ?? "")) end--;
  return text.slice(start, end);
}

/** `text` without a run of any of `characters` at its end (a loop, for the reason above). */
export function trimEnd(text: string, characters: string): string {
  let end = text.length;
  while (end > 0 && characters.includes(text[end - 1] ?? "")) end--;
  return text.slice(0, end);
}

/** URL-safe slug: lowercase ASCII letters, digits and single hyphens. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+/, "")
    .replace(TRAILING_DASHES, "");
}

/**
 * Dashes at the end of a string. A lookbehind anchors the run at its start, so
 * a long run of dashes in the middle is skipped in one step instead of being
 * re-scanned from each of its dashes (`-+$` alone is quadratic there).
 */
export const TRAILING_DASHES = /(?<!-)-+$/;

/** Typographic quotes and dashes -> their plain forms, for matching only. */
export function plainPunctuation(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201a\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, "-")
    .replace(/\u00a0/g, " ");
}

/** "1 file", "2 files": a count with its noun, plural when the count is not one. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
