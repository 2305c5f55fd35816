/**
 * Text from a file name or a document, made safe to show on a terminal or in
 * a CI log: control characters (an escape sequence, a carriage return, a
 * newline that would start a forged line), line and paragraph separators and
 * bidirectional overrides are shown as escapes instead of acting.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

export function visible(text: string): string {
  return text.replace(
    INVISIBLE,
    (char) =>
      NAMED[char] ??
      (char.charCodeAt(0) <= 0xff
        ? `\\x${char.charCodeAt(0).toString(16).padStart(2, "0")}`
        : `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`),
  );
}

/**
 * A multi-line report (markdown) shown as `visible` shows one line, but
 * keeping its line breaks and tabs: document text cannot move the cursor,
 * clear the screen or reorder what a reviewer reads.
 */
export function visibleLines(text: string): string {
  return text.replace(INVISIBLE, (char) => (char === "\n" || char === "\t" ? char : visible(char)));
}

/**
 * JSON text with what `JSON.stringify` leaves raw (DEL, C1 controls, line and
 * paragraph separators, bidirectional overrides) written as `\uXXXX`
 * escapes: the same JSON value, nothing invisible on a terminal.
 */
export function jsonVisible(json: string): string {
  return json.replace(
    RAW_IN_JSON,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

const RAW_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** A workflow-command message (GitHub Actions): `%`, CR and LF escaped, nothing invisible. */
export function githubData(text: string): string {
  return visible(text).replace(/%/g, "%25");
}

/** A workflow-command property value: as data, and `:` and `,` too (they end a property). */
export function githubProperty(text: string): string {
  return githubData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
