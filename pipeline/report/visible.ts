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

/** A workflow-command message (GitHub Actions): `%`, CR and LF escaped, nothing invisible. */
export function githubData(text: string): string {
  return visible(text).replace(/%/g, "%25");
}

/** A workflow-command property value: as data, and `:` and `,` too (they end a property). */
export function githubProperty(text: string): string {
  return githubData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
