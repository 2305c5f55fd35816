/**
 * Regexes rewritten to be linear (tests/redos.full.test.ts) behave exactly as
 * the patterns they replace: the old pattern is the oracle here, run on every
 * string of a small alphabet up to a length (whitespace runs, line breaks,
 * repeated openers: the inputs where leftmost-match backtracking is subtle).
 * No stopwatch: the analyser proves the new ones linear.
 */
import { describe, expect, it } from "vitest";
import { shortHeading } from "../pipeline/diff/labels.js";
import { declaredCharset } from "../pipeline/load/decode.js";
import { trailingLeadIn } from "../pipeline/profiles/iowa/layout.js";
import { parseJobGroup } from "../pipeline/profiles/kentucky/header.js";
import { joinLines } from "../pipeline/shared/joined.js";

/** Every string over `alphabet` of length 0..max. */
function* strings(alphabet: readonly string[], max: number): Generator<string> {
  yield "";
  let level = [""];
  for (let length = 1; length <= max; length++) {
    const next: string[] = [];
    for (const prefix of level) for (const letter of alphabet) next.push(prefix + letter);
    yield* next;
    level = next;
  }
}

describe("rewritten patterns agree with the old ones", () => {
  it("job group '123 - Name'", () => {
    const old = (text: string) => {
      const match = /^(\d+)\s*-\s*(.+)$/.exec(text);
      return match?.[1] && match[2] ? { code: match[1], name: match[2].trim() } : undefined;
    };
    for (const text of strings(["1", " ", "-", "\n", "a", "\u2028"], 6))
      expect(parseJobGroup(text), JSON.stringify(text)).toEqual(old(text));
  });

  it("short chart heading", () => {
    const old = (heading: string) =>
      heading.split(/\s+[\u2013\u2014-]\s+/)[0]?.trim() || heading.trim();
    for (const text of strings(["a", " ", "-", "\u2014", "\n"], 6))
      expect(shortHeading(text), JSON.stringify(text)).toBe(old(text));
  });

  it("'Typical duties include:' closing a paragraph", () => {
    const old = /\s*Typical duties include:?\s*$/i;
    for (const prefix of strings(["a", " ", ".", "\n"], 4))
      for (const suffix of ["", ":", ": ", " \n", ":x"]) {
        const text = `${prefix}Typical duties include${suffix}`;
        const typical = old.exec(text);
        const split = trailingLeadIn(text);
        if (typical)
          expect(split, JSON.stringify(text)).toEqual({
            before: text.slice(0, typical.index).trim(),
            leadIn: typical[0].trim(),
          });
        else expect(split?.leadIn ?? "", JSON.stringify(text)).not.toMatch(/^Typical/i);
      }
  });

  it("declared charset", () => {
    const old = (head: string) => {
      const label = /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w-]{1,40})/i
        .exec(head)?.[1]
        ?.toLowerCase();
      if (label === undefined) return undefined;
      try {
        return new TextDecoder(label).encoding;
      } catch {
        return undefined;
      }
    };
    const pieces = ["<meta ", "charset", "=", " ", '"', "utf-8", "latin1", ">", "x".repeat(199)];
    for (const text of strings(pieces, 5)) {
      const bytes = new TextEncoder().encode(text);
      expect(declaredCharset(bytes), JSON.stringify(text)).toBe(old(text));
    }
  });

  it("a URL cut by the wrap joins its continuation without a space", () => {
    const old = /(?:https?:\/\/|www\.)\S*[./\-_]$/;
    // A continuation opening with a digit: a word hyphen-broken at the wrap joins otherwise.
    for (const word of strings(["www.", "http://", "a", ".", "_"], 4)) {
      if (word === "") continue;
      const lines = [
        { text: word, line: 1 },
        { text: "2gov", line: 2 },
      ];
      const space = old.test(word) ? "" : " ";
      expect(joinLines(lines).text, JSON.stringify(word)).toBe(`${word}${space}2gov`);
    }
  });
});
