/**
 * Regexes rewritten to be linear (tests/redos.full.test.ts) behave exactly as
 * the patterns they replace: the old pattern is the oracle here, run on every
 * string of a small alphabet up to a length (whitespace runs, line breaks,
 * repeated openers: the inputs where leftmost-match backtracking is subtle).
 * No stopwatch: the analyser proves the new ones linear.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { shortHeading } from "../pipeline/diff/labels.js";
import { declaredCharset } from "../pipeline/load/decode.js";
import { trailingLeadIn } from "../pipeline/profiles/iowa/layout.js";
import { parseJobGroup } from "../pipeline/profiles/kentucky/header.js";
import { fieldCapture } from "../pipeline/rules/credentials.js";
import {
  areaAfterExperience,
  areaBeforeExperience,
  areaToEnd,
} from "../pipeline/rules/experience-areas.js";
import { substitutesParts } from "../pipeline/rules/substitutes.js";
import { joinLines } from "../pipeline/shared/joined.js";
import { splitSentences } from "../pipeline/shared/sentences.js";
import { REPO } from "./helpers.js";

/**
 * The scanners' work, counted: a step per call into their building blocks
 * (pipeline/rules/scan.ts), per position a table fills and per start a
 * backtracking order yields.
 */
const steps = vi.hoisted(() => ({ count: 0 }));
vi.mock("../pipeline/rules/scan.js", async (importOriginal) => {
  const actual = await importOriginal<Record<string, unknown>>();
  const counted = (value: unknown): unknown => {
    if (typeof value !== "function") return value;
    const original = value as (...args: unknown[]) => unknown;
    if (original.constructor.name === "GeneratorFunction")
      return function* (...args: unknown[]) {
        for (const item of original(...args) as Iterable<unknown>) {
          steps.count++;
          yield item;
        }
      };
    return (...args: unknown[]) => {
      const result = original(...args);
      // A table costs a step per position it fills.
      steps.count += Array.isArray(result) ? result.length : 1;
      return result;
    };
  };
  return Object.fromEntries(Object.entries(actual).map(([name, value]) => [name, counted(value)]));
});

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

/** The rule patterns the scanners replace, each reduced to what its caller reads. */
const OLD_RULES: ReadonlyArray<{
  name: string;
  scanner: (text: string) => unknown;
  old: (text: string) => unknown;
  alphabet: readonly string[];
  /** A long input with no ending: each opener's lazy capture runs to a line break and fails. */
  adversarial: (repeats: number) => string;
}> = [
  {
    name: "field of a degree",
    scanner: fieldCapture,
    old: (text) =>
      /\b(?:degree|certificate|diploma|coursework|course work|major study)\s+(?:in|with a major in)\s+(.+?)(?=\s+(?:will|may|can|shall|from|is|are)\b|[.;]|$)/i.exec(
        text,
      )?.[1],
    alphabet: ["Degree", " in", " ", "\n", "a", ".", " will", "\u00a0"],
    adversarial: (repeats) => `${"degree in a ".repeat(repeats)}\nx`,
  },
  {
    name: "X will substitute for Y",
    scanner: substitutesParts,
    old: (text) => {
      const match =
        /^(.*?\S)\s+(?:will|may|can|shall)\s+(?:be\s+)?substitut(?:e|ed)\s+for\s+(.*?\S)(?:[,]?\s+on\s+an?\s+([a-z]+-for-[a-z]+)\s+basis)?\s*[.;]?$/i.exec(
          text,
        );
      return match ? { subject: match[1], target: match[2] } : undefined;
    },
    alphabet: ["x", " ", "\n", " will substitute", " for", ".", ", on a year-for-year basis"],
    adversarial: (repeats) => `${"x will substitute for ".repeat(repeats)}x\nx`,
  },
  {
    name: "experience in X",
    scanner: areaAfterExperience,
    old: (text) => {
      const match =
        /\bexperience\s+(?:(?:in|with|as)\s+(?:an?\s+)?(.+?)|([a-z]+ing\s+.+?))(?=,?\s+(?:including|of which|with at least|will|may|can|shall|which|that|is|are)\b|[.;]|$)/i.exec(
          text,
        );
      return match?.[1] ?? match?.[2];
    },
    alphabet: ["Experience", " in", " ", "\n", " an", " doing", ".", ", will"],
    adversarial: (repeats) => `${"experience in a ".repeat(repeats)}\nx`,
  },
  {
    name: "years of X experience",
    scanner: areaBeforeExperience,
    old: (text) =>
      /\b(?:years?|months?)\s+of\s+(?:(?:full-time|part-time|professional|progressively responsible|paid)\s+)*(.{1,200}?)\s+experience\b/i.exec(
        text,
      )?.[1],
    alphabet: ["years of", " ", "\n", "paid ", "a", " experience", "\u2028", "s"],
    adversarial: (repeats) => "years of paid ".repeat(repeats),
  },
  {
    name: "experience in X to the end",
    scanner: areaToEnd,
    old: (text) => /\bexperience\s+(?:in|with|as)\s+(.+)$/i.exec(text)?.[1],
    alphabet: ["experience", " As", " ", "\n", "a", "\r"],
    adversarial: (repeats) => `${"experience in a ".repeat(repeats)}\nx`,
  },
];

/** Longer words the small alphabets leave out, each once in a short frame. */
const RARE_WORDS = [
  "certificate",
  "diploma",
  "coursework",
  "course work",
  "course wor\u212a",
  "with a major in",
  "may",
  "can",
  "shall",
  "from",
  "is",
  "island",
  "are",
  ";",
  "months",
  "month",
  "year",
  "full-time",
  "Part-Time",
  "professional",
  "progressively responsible",
  "with",
  "as",
  "including",
  "of which",
  "with at least",
  "which",
  "that",
  "operating",
  "ing",
  "be substituted",
  "substitutes",
  "on an hour-for-hour basis",
  "\u00a0",
  "\u2029",
];

/**
 * Length of the exhaustive strings: every string up to 6 letters is about a
 * million per rule, minutes of CPU, so `npm test` checks up to 4 (every
 * shape of a short sentence) and `npm run test:full` up to 6.
 */
const EXHAUSTIVE_LENGTH = process.env.CLASSPEC_TESTS === "full" ? 6 : 4;
/** As EXHAUSTIVE_LENGTH, for the strings around each rare word. */
const FRAMED_LENGTH = process.env.CLASSPEC_TESTS === "full" ? 4 : 3;

function* framed(alphabet: readonly string[]): Generator<string> {
  for (const rare of RARE_WORDS)
    for (const text of strings([...alphabet.slice(0, 5), rare], FRAMED_LENGTH)) yield text;
}

function* filesUnder(folder: string): Generator<string> {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(stringsIn);
  return [];
}

/** Every text, paragraph, line and sentence of the fixtures, and every string of the goldens (PDF text included). */
function fixtureSentences(): Set<string> {
  const texts: string[] = [];
  for (const path of filesUnder(join(REPO, "fixtures")))
    if (/\.(?:txt|md|html?)$/.test(path)) texts.push(readFileSync(path, "utf8"));
  for (const path of filesUnder(join(REPO, "output")))
    if (path.endsWith(".json")) texts.push(...stringsIn(JSON.parse(readFileSync(path, "utf8"))));
  const sentences = new Set<string>();
  for (const text of texts)
    for (const chunk of [text, ...text.split(/\n\s*\n/), ...text.split("\n")])
      for (const sentence of [chunk, ...splitSentences(chunk)]) {
        sentences.add(sentence);
        sentences.add(sentence.trim());
      }
  return sentences;
}

describe("rule scanners agree with the regexes they replace", () => {
  const sentences = fixtureSentences();

  it("reads thousands of fixture sentences", () => {
    expect(sentences.size).toBeGreaterThan(5000);
  });

  for (const { name, scanner, old, alphabet } of OLD_RULES) {
    it(`${name}: every short string over its alphabet`, () => {
      for (const text of strings(alphabet, EXHAUSTIVE_LENGTH))
        expect(scanner(text), JSON.stringify(text)).toEqual(old(text));
      for (const text of framed(alphabet))
        expect(scanner(text), JSON.stringify(text)).toEqual(old(text));
    });

    it(`${name}: every fixture sentence`, () => {
      let matched = 0;
      for (const sentence of sentences) {
        const expected = old(sentence);
        if (expected !== undefined) matched++;
        expect(scanner(sentence), JSON.stringify(sentence)).toEqual(expected);
      }
      expect(matched).toBeGreaterThan(0);
    });
  }
});

describe("rule scanners are linear", () => {
  function work(scanner: (text: string) => unknown, text: string): number {
    steps.count = 0;
    scanner(text);
    return steps.count;
  }

  for (const { name, scanner, adversarial } of OLD_RULES)
    it(`${name}: doubling an input with no ending doubles the work`, () => {
      const repeats = 25_000;
      const single = work(scanner, adversarial(repeats));
      const double = work(scanner, adversarial(2 * repeats));
      expect(single).toBeGreaterThan(repeats);
      expect(double / single).toBeLessThan(2.1);
      // Per character, a bounded number of steps: the old regexes tried the rest of the text per opener.
      expect(double / adversarial(2 * repeats).length).toBeLessThan(20);
    });
});
