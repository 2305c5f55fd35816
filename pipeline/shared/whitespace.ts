/** Whitespace collapsed: every run of it one space, none at either end. */

/**
 * What collapsing changes: a run of two or more whitespace characters, or one
 * that is not a plain space. A lone space (nearly every one in prose) is no
 * match, so a line that is already clean is returned without being copied.
 */
const COLLAPSIBLE = /\s{2,}|[^\S ]/g;

export function collapseWhitespace(text: string): string {
  return text.replace(COLLAPSIBLE, " ").trim();
}

const SPACE = /\s/;

/** Whether the one character at `index` is white space (`\s`); false past either end. */
export function isSpaceAt(text: string, index: number): boolean {
  return index >= 0 && index < text.length && SPACE.test(text.charAt(index));
}

/** Where the run of white space ending just before `end` starts (`end` when there is none). */
export function spaceRunStart(text: string, end: number): number {
  let start = end;
  while (isSpaceAt(text, start - 1)) start--;
  return start;
}

/** Where the run of white space starting at `start` ends (`start` when there is none). */
export function spaceRunEnd(text: string, start: number): number {
  let end = start;
  while (isSpaceAt(text, end)) end++;
  return end;
}
