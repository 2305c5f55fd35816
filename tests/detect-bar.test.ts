/**
 * Detection tells each profile the score it must beat, so a profile that
 * cannot win stops testing its markers (issue 26 item 3). The winner and the
 * refusal's message must be those of scoring every profile in full: checked
 * on every text, markdown and HTML fixture (the bad ones included), and the
 * saving counted in marker tests, not time.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detect, scoreLandmarks } from "../pipeline/detect/index.js";
import { extract } from "../pipeline/extract/index.js";
import { DocFile } from "../pipeline/file.js";
import { load } from "../pipeline/load/index.js";
import { PROFILES } from "../pipeline/profiles/index.js";
import type { Extracted, ProfileEntry } from "../pipeline/types.js";
import { fixture } from "./helpers.js";

const FIXTURES = readdirSync(fixture(""), { recursive: true, encoding: "utf8" })
  .map((name) => name.split("\\").join("/"))
  .filter((name) => /\.(txt|md|html?)$/.test(name) && !/(^|\/)README\.md$/.test(name))
  .sort();

/** The registry with every bar dropped: each profile scored in full, as before the bar. */
const UNBARRED: ProfileEntry[] = PROFILES.map((entry) => ({
  ...entry,
  detect: (extracted: Extracted) => entry.detect(extracted),
}));

async function extracted(name: string): Promise<Extracted | undefined> {
  const file = new DocFile(name);
  const source = load(new Uint8Array(readFileSync(fixture(name))), file);
  return source && (await extract(source, file));
}

function decision(text: Extracted, profiles: readonly ProfileEntry[]): string {
  const file = new DocFile("x");
  const winner = detect(text, profiles, file);
  return winner ? winner.name : (file.fatal?.message ?? "no message");
}

describe("detection with a bar to beat", () => {
  it("covers fixtures of several families, refusals included", () => {
    expect(FIXTURES.length).toBeGreaterThan(40);
    expect(FIXTURES.some((name) => name.startsWith("bad/"))).toBe(true);
  });

  it.each(FIXTURES)(
    "%s: the same winner, or the same refusal, as scoring in full",
    async (name) => {
      const text = await extracted(name);
      if (!text) return; // refused before detection (empty, binary): nothing to compare
      expect(decision(text, PROFILES)).toBe(decision(text, UNBARRED));
    },
  );

  const landmarks = ["A", "B", "C", "D"].map((letter, index) => ({
    name: letter,
    weight: index === 0 ? 2 : 1,
    pattern: {
      test: (text: string): boolean => {
        tests.push(letter);
        return text.includes(letter);
      },
    },
  }));
  const tests: string[] = [];

  it("tests no marker when even all of them could not beat the bar", () => {
    tests.length = 0;
    const result = scoreLandmarks("ABCD", landmarks, { score: 1, winsTies: false });
    expect(tests).toEqual([]);
    expect(result.score).toBeLessThan(1);
  });

  it("stops at the first missing marker when only a full score wins", () => {
    tests.length = 0;
    const result = scoreLandmarks("ACD", landmarks, { score: 1, winsTies: true });
    expect(tests).toEqual(["A", "B"]);
    expect(result.score).toBeLessThan(1);
  });

  it("scores in full, with every missing marker named, when it can still win", () => {
    tests.length = 0;
    const result = scoreLandmarks("AC", landmarks, { score: 0.5, winsTies: false });
    expect(tests).toEqual(["A", "B", "C", "D"]);
    expect(result).toEqual({ score: 3 / 5, reasons: ["no B", "no D"] });
  });

  it("builds a lazy text only when a marker is tested", () => {
    let built = 0;
    const text = (): string => {
      built++;
      return "ABCD";
    };
    scoreLandmarks(text, landmarks, { score: 1, winsTies: false });
    expect(built).toBe(0);
    expect(scoreLandmarks(text, landmarks).score).toBe(1);
    expect(built).toBe(1);
  });
});
