/**
 * Truncation by content (issue 22): a spec cut short is `partial` with
 * `truncated-text`, whatever its headings say, and a diff against it is
 * `incomplete` instead of listing the lost sections as removed. The shared
 * check (pipeline/shared/truncation) is what any profile calls.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { diffDocuments } from "../pipeline/diff/index.js";
import { ingest } from "../pipeline/run.js";
import { cutAtEnd, rowShorterThanHeader } from "../pipeline/shared/truncation.js";
import type { SpecDocument } from "../schemas/index.js";
import { fixture, SHARED } from "./helpers.js";

describe("the shared check", () => {
  it("a paragraph that stops inside a word or a sentence is cut; a sentence or a heading is not", () => {
    expect(cutAtEnd("Assists staff with the administration and adminis-")?.kind).toBe("mid-word");
    expect(
      cutAtEnd(
        "Upon appointment, employees in this class may be required to maintain a valid driver's license and required to drive",
      )?.kind,
    ).toBe("mid-sentence");
    expect(
      cutAtEnd("Upon appointment, employees in this class may be required to maintain a licence."),
    ).toBeUndefined();
    expect(cutAtEnd("SPECIAL REQUIREMENTS")).toBeUndefined();
    expect(cutAtEnd("Maintains records (see the manual)")).toBeUndefined();
    // Short, but a heading's last word is capitalised and none ends on a comma.
    expect(cutAtEnd("Employees answer routine")?.kind).toBe("mid-sentence");
    expect(cutAtEnd("Ability to interpret technical data,")?.kind).toBe("mid-sentence");
    expect(cutAtEnd("Class Distinctions")).toBeUndefined();
    expect(cutAtEnd("Revised: 3/1994")).toBeUndefined();
  });

  it("a row with fewer filled cells than its header is short", () => {
    expect(rowShorterThanHeader(["A", "B", "C"], ["x", "y"])).toBe(true);
    expect(rowShorterThanHeader(["A", "B", "C"], ["x", "", "y"])).toBe(true);
    expect(rowShorterThanHeader(["A", "B"], ["x", "y"])).toBe(false);
  });
});

async function read(bytes: string, path: string): Promise<SpecDocument> {
  const result = await ingest(new TextEncoder().encode(bytes), path);
  if (result.status === "failed") throw new Error(`${path}: ${result.error.message}`);
  return result.document;
}

function expectCut(document: SpecDocument, original: SpecDocument, words: RegExp): void {
  expect(document.status).toBe("partial");
  const cut = document.diagnostics.filter((diagnostic) => diagnostic.code === "truncated-text");
  expect(cut).toHaveLength(1);
  expect(cut[0]?.severity).toBe("error");
  expect(cut[0]?.message).toMatch(words);
  const diff = diffDocuments(original, document).documents[0];
  expect(diff?.status).toBe("incomplete");
  expect(diff?.incomplete?.join(" ")).toMatch(/after is partial .*truncated-text/);
}

/** Where a Kentucky spec's closing statement starts. */
const CLOSING = /^\s*THE COMMONWEALTH OF KENTUCKY DOES NOT DISCRIMINATE/m;
const KENTUCKY = readdirSync(fixture("kentucky"))
  .filter((name) => name.endsWith(".txt"))
  .sort();

describe("a Kentucky spec cut before its closing statement", () => {
  it.each(KENTUCKY)("%s: cut inside a word of its last paragraph", async (name) => {
    const text = readFileSync(fixture(`kentucky/${name}`), "utf8");
    const original = await read(text, name);
    expect(original.diagnostics.map((d) => d.code)).not.toContain("truncated-text");
    const closing = CLOSING.exec(text)?.index ?? text.length;
    const body = text.slice(0, closing).trimEnd();
    // Three letters into the last word of at least six: "...maintain a valid driver's lic".
    const word = [...body.matchAll(/[A-Za-z]{6,}/g)].at(-1);
    if (!word || word.index === undefined) throw new Error(`${name}: no long word to cut`);
    const cut = body.slice(0, word.index + 3);
    if (original.status === "partial") {
      // A spec already missing a required section and cut short too is refused whole.
      const result = await ingest(new TextEncoder().encode(cut), name);
      expect(result.status === "failed" && result.error.code).toBe("truncated-input");
      return;
    }
    expectCut(await read(cut, name), original, /inside a sentence \(".+"\) before its closing/);
  });

  it('the seed cut at "Upon appointm" is partial and the diff incomplete (not 16 removals)', async () => {
    const text = readFileSync(`${SHARED}/seeds/000_1ec98876241d0fee.txt`, "utf8");
    const original = await read(text, "seed.txt");
    const cut = text.slice(0, text.indexOf("Upon appointment") + "Upon appointm".length);
    const truncated = await read(cut, "seed.txt");
    expectCut(truncated, original, /inside a sentence \("…?.*Upon appointm"\)/);
  });

  it("cut at the end of a sentence: still cut, the closing statement is missing", async () => {
    const text = readFileSync(fixture("kentucky/seed-production-specialist-ii.txt"), "utf8");
    const original = await read(text, "seed.txt");
    const truncated = await read(text.slice(0, CLOSING.exec(text)?.index), "seed.txt");
    expectCut(truncated, original, /^Unexpected end of the spec before its closing/);
  });
});

describe("an Iowa series cut short", () => {
  const path = fixture("iowa/seed-information-technology-specialist.txt");
  const text = readFileSync(path, "utf8");

  it("inside a chart row: the row is shorter than its header", async () => {
    const original = await read(text, "iowa.txt");
    // The last chart's row, cut inside its second cell.
    const row = text.lastIndexOf("\n<p>n/a</p>\t") + 1;
    const second = text.indexOf("\t", row) + 1;
    const truncated = await read(text.slice(0, text.indexOf(" ", second + 20)), "iowa.txt");
    expectCut(truncated, original, /inside a table row of 2 cells under 5 headings/);
  });

  it("inside a word of a chart's last cell, the row full (once `complete`)", async () => {
    const original = await read(text, "iowa.txt");
    const cut = text.slice(
      0,
      text.indexOf("align security initiati") + "align security initi".length,
    );
    expectCut(await read(cut, "iowa.txt"), original, /inside the last cell of a table row/);
  });

  it("inside a chart's row of level headings, before its cells (once `complete`)", async () => {
    const original = await read(text, "iowa.txt");
    const header = text.lastIndexOf("\nITS 1 – Trainee\t") + 1;
    const cut = text.slice(0, text.indexOf("\t", header) + "\tITS 2 – ".length);
    expectCut(await read(cut, "iowa.txt"), original, /inside a chart, after its level headings/);
  });

  it("inside a sentence of prose", async () => {
    const original = await read(text, "iowa.txt");
    const concept = text.indexOf("Once the area(s) of work");
    const truncated = await read(
      text.slice(0, concept + "Once the area(s) of work within".length),
      "iowa.txt",
    );
    expectCut(truncated, original, /inside a sentence/);
  });
});
