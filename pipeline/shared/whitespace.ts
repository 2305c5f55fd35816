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
