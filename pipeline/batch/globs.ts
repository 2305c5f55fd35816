/**
 * Glob patterns as input arguments and `--exclude` values, for shells (and
 * CI configs) that pass `'fixtures/**\/*.txt'` through unexpanded. Only the
 * common syntax: `*` and `?` within a segment, `**` across segments, `[abc]`
 * classes and `{a,b}` alternatives. A pattern matches files, never folders.
 */

const GLOB_CHARACTERS = /[*?[{]/;

export function isGlob(text: string): boolean {
  return GLOB_CHARACTERS.test(text);
}

/**
 * The folder a pattern's matches are found under (its leading segments
 * without a glob character, "." when there are none) and the rest of the
 * pattern, matched against paths relative to that folder.
 */
export function splitGlob(pattern: string): { base: string; rest: string } {
  const segments = pattern.split("/");
  const firstGlob = segments.findIndex(isGlob);
  const fixed = segments.slice(0, firstGlob);
  const base = fixed.length === 0 ? "." : fixed.join("/") || "/";
  return { base, rest: segments.slice(firstGlob).join("/") };
}

/** A pattern as a test of `/`-separated relative paths. */
export function globMatcher(pattern: string): (path: string) => boolean {
  const regex = new RegExp(`^${globSource(pattern)}$`);
  return (path) => regex.test(path);
}

function globSource(pattern: string): string {
  let source = "";
  let alternatives = 0;
  for (let index = 0; index < pattern.length; index++) {
    const character = pattern[index] ?? "";
    if (character === "*" && pattern[index + 1] === "*") {
      const slashAfter = pattern[index + 2] === "/";
      // `**/` is any number of whole folders (none too); a final `**` is anything below.
      source += slashAfter ? "(?:[^/]+/)*" : ".*";
      index += slashAfter ? 2 : 1;
    } else if (character === "*") {
      source += "[^/]*";
    } else if (character === "?") {
      source += "[^/]";
    } else if (character === "[") {
      const close = pattern.indexOf("]", index + 2);
      if (close === -1) {
        source += "\\[";
      } else {
        const body = pattern
          .slice(index + 1, close)
          .replace(/^!/, "^")
          .replace(/\\/g, "\\\\");
        source += `[${body}]`;
        index = close;
      }
    } else if (character === "{") {
      alternatives++;
      source += "(?:";
    } else if (character === "}" && alternatives > 0) {
      alternatives--;
      source += ")";
    } else if (character === "," && alternatives > 0) {
      source += "|";
    } else {
      source += character.replace(/[.+^$()|\\\]{}]/g, "\\$&");
    }
  }
  return source + ")".repeat(alternatives);
}
