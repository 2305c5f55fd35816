/**
 * The conservation stage (issue 11): every word and number of the input is
 * in a value, a notice, `unmapped` or the profile's label vocabulary, or the
 * document carries `text-dropped` and is partial.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { canonicalNumber, tokensOf } from "../pipeline/conserve/tokens.js";
import { PROFILES } from "../pipeline/profiles/index.js";
import { kentucky } from "../pipeline/profiles/kentucky/index.js";
import { ingest } from "../pipeline/run.js";
import type { Profile } from "../pipeline/types.js";
import { fixture, ingestPath, SHARED } from "./helpers.js";

/** Every readable input in fixtures/ (bad inputs that must fail are left out) and both seeds. */
const INPUTS = [
  ...readdirSync(fixture(""), { recursive: true, encoding: "utf8" })
    .map((name) => name.split("\\").join("/"))
    .filter((name) => /\.(txt|md|html?|pdf)$/.test(name) && !/(^|\/)README\.md$/.test(name))
    .filter((name) => !name.startsWith("bad/") || name === "bad/windows-1252-smart-quotes.txt")
    .map((name) => fixture(name)),
  `${SHARED}/seeds/000_1ec98876241d0fee.txt`,
  `${SHARED}/seeds/003_01482bd791b1891c.txt`,
].sort();

describe("tokens compare by value", () => {
  it("numbers by value, thousands separators and trailing zeros ignored", () => {
    expect(tokensOf("$13.581-$17.990 - Hourly")).toEqual(["13.581", "17.99", "hourly"]);
    expect(tokensOf("$2,206.92")).toEqual(tokensOf("2206.920"));
    expect(canonicalNumber("0037.50")).toBe("37.5");
    expect(tokensOf("13.581-17.990")).toEqual(["13.581", "17.99"]);
    expect(tokensOf("1,2 and kar/101/001")).toEqual(["1", "2", "and", "kar", "101", "1"]);
  });

  it("dates by value, US and ISO alike", () => {
    expect(tokensOf("07/01/1993")).toEqual(["1993-07-01"]);
    expect(tokensOf("7/1/1993")).toEqual(tokensOf("1993-07-01"));
  });

  it("words without case, accents or punctuation; a value glued to its label splits", () => {
    expect(tokensOf("Résumé, “BACHELOR’S”")).toEqual(["resume", "bachelor", "s"]);
    expect(tokensOf("73040V000101Job Code:")).toEqual(["73040v000101", "job", "code"]);
    expect(tokensOf("SYSTEMSJob Group:")).toEqual(["systems", "job", "group"]);
  });

  it("ASCII text (scanned) gives the tokens the Unicode path (split) gives", () => {
    // A no-break space is a separator that makes a line non-ASCII and adds no token.
    const unicodePath = (text: string) => tokensOf(`${text}\u00a0`);
    const tricky = [
      "007 0.50 00 -0- a.b. e.g., U.S. 12/31/1999 1999-12-31 x/ /y $1,000.00-$2,000",
      // Glued words: split before a capital opening a lowercase word after a capital or a digit.
      "SYSTEMSJob 73040V000101Job A.BCd-EFg 9Ab1Cd2EFgh ABc",
    ];
    const lines = INPUTS.filter((path) => path.endsWith(".txt")).flatMap((path) =>
      readFileSync(path, "utf8").split(/\r?\n/),
    );
    for (const line of [...tricky, ...lines].filter((text) => !/[^ -~\t]/.test(text))) {
      expect(tokensOf(line), line).toEqual(unicodePath(line));
    }
    expect(tokensOf(tricky[0] as string)).toEqual([
      ...["7", "0.5", "0", "0", "a", "b", "e", "g", "u", "s", "1999-12-31", "1999-12-31"],
      ...["x", "y", "1000", "2000"],
    ]);
    expect(tokensOf(tricky[1] as string)).toEqual([
      ...["systems", "job", "73040v000101", "job", "a", "b", "cd", "e", "fg"],
      ...["9", "ab1", "cd2e", "fgh", "a", "bc"],
    ]);
  });
});

describe("every fixture conserves its text", () => {
  it("covers every family and format", () => {
    for (const ending of [".txt", ".md", ".html", ".pdf"])
      expect(INPUTS.some((path) => path.endsWith(ending))).toBe(true);
  });

  it.each(INPUTS)("%s", async (path) => {
    const result = await ingestPath(path);
    expect(result.status).not.toBe("failed");
    const dropped = result.messages.filter((message) => message.code === "text-dropped");
    expect(dropped.map((message) => message.message)).toEqual([]);
  });
});

/** Kentucky, with a reader that loses the second duty without a word. */
const dropping: Profile<"class-spec"> = {
  ...kentucky,
  interpret: (extracted, file) => {
    const interpretation = kentucky.interpret(extracted, file);
    if (!interpretation) return interpretation;
    return {
      ...interpretation,
      body: {
        ...interpretation.body,
        duties: interpretation.body.duties.filter((duty) => !duty.text.startsWith("Modifies")),
      },
    };
  },
};

describe("the check can fail", () => {
  const seed = readFileSync(fixture("kentucky/seed-production-specialist-ii.txt"));

  it("a reader that drops a duty: text-dropped names the line, the document is partial", async () => {
    const result = await ingest(new Uint8Array(seed), "seed.txt", { profiles: [dropping] });
    expect(result.status).toBe("partial");
    const dropped = result.messages.filter((message) => message.code === "text-dropped");
    expect(dropped).toHaveLength(1);
    expect(dropped[0]?.severity).toBe("error");
    // "Modifies jobstreams to improve throughput." sits on lines 75 and 76 of the seed. Every word
    // is named, "to" too, though other duties hold a "to": they hold it for their own lines.
    expect(dropped[0]?.message).toContain(
      'line 75: "modifies jobstreams to improve"; line 76: "throughput"',
    );
    expect(dropped[0]?.place?.startLine).toBe(75);
    if (result.status !== "failed")
      expect(result.document.diagnostics.map((d) => d.code)).toContain("text-dropped");
  });

  it("the same reader without the drop conserves", async () => {
    const result = await ingest(new Uint8Array(seed), "seed.txt", { profiles: [kentucky] });
    expect(result.status).toBe("complete");
  });

  it("a changed number is caught by value: 17.990 held as 17.98 is a drop", async () => {
    const changed: Profile<"class-spec"> = {
      ...kentucky,
      interpret: (extracted, file) => {
        const interpretation = kentucky.interpret(extracted, file);
        if (!interpretation) return interpretation;
        const ranges = interpretation.body.pay.ranges.map((range) =>
          range.mid === 17.99 ? { ...range, mid: 17.98 } : range,
        );
        const pay = { ...interpretation.body.pay, ranges };
        return { ...interpretation, body: { ...interpretation.body, pay } };
      },
    };
    const result = await ingest(new Uint8Array(seed), "seed.txt", { profiles: [changed] });
    const dropped = result.messages.find((message) => message.code === "text-dropped");
    expect(dropped?.message).toMatch(/line 10: "17\.99"/);
  });

  it("every registered profile declares its vocabulary", async () => {
    for (const entry of PROFILES) expect((await entry.load()).vocabulary.length).toBeGreaterThan(0);
  });
});
