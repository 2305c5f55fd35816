/**
 * Truncation by content for every publisher profile read by the generic reader
 * (issue 22, item 2): each profile's fixtures cut inside a sentence, a
 * table cut inside a row, a spec cut before the closing its publisher declares
 * (New Hampshire's disclaimer) give `truncated-text`, `partial`, and a diff
 * against the whole spec that is `incomplete`, not a list of removals.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { diffDocuments } from "../pipeline/diff/index.js";
import { isFurniture } from "../pipeline/profiles/generic/furniture.js";
import type { PublisherProfile } from "../pipeline/profiles/generic/profile.js";
import { PUBLISHERS } from "../pipeline/profiles/publishers/index.js";
import { ingestAll } from "../pipeline/run.js";
import type { SpecDocument } from "../schemas/index.js";
import { fixture } from "./helpers.js";

/** The document the end of `text` belongs to: the last class of a page of several. */
async function read(text: string, path: string): Promise<SpecDocument> {
  const result = await ingestAll(new TextEncoder().encode(text), path);
  if (result.status === "failed") throw new Error(`${path}: ${result.error.message}`);
  const last = result.documents.at(-1);
  if (!last) throw new Error(`${path}: no document`);
  return last.document;
}

/** Asserts the cut reads as one: one `truncated-text` error, `partial`, the diff `incomplete`. */
async function expectCut(text: string, cut: string, path: string, words: RegExp): Promise<void> {
  const original = await read(text, path);
  expect(original.diagnostics.map((d) => d.code)).not.toContain("truncated-text");
  const document = await read(cut, path);
  expect(document.source.profile).toBe(original.source.profile);
  expect(document.status).toBe("partial");
  const found = document.diagnostics.filter((d) => d.code === "truncated-text");
  expect(found).toHaveLength(1);
  expect(found[0]?.severity).toBe("error");
  expect(found[0]?.message).toMatch(words);
  const diff = diffDocuments(original, document).documents[0];
  expect(diff?.status).toBe("incomplete");
  expect(diff?.incomplete?.join(" ")).toMatch(/after is partial .*truncated-text/);
}

/** A fixture's text or page files (PDFs are cut in their text twins). */
function fixturesOf(name: string): string[] {
  const root = fixture(`publishers/${name}`);
  const found: string[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && /\.(?:txt|html)$/.test(entry.name))
      found.push(join(entry.parentPath, entry.name));
  }
  return found.sort();
}

const HTML_TEXT = /<(?:p|li|td)\b[^>]*>([^<]+)/g;
const CUT_WORD = 6;

/**
 * Where to cut a fixture inside a sentence of its content: three letters into the seventh word of
 * its last line of prose of at least nine words (a text line, or a page's paragraph) that is no
 * page furniture, so six whole words stand before the cut and a class spec above it.
 */
function cutInsideSentence(text: string, html: boolean, profile: PublisherProfile): string {
  const candidates = html
    ? [...text.matchAll(HTML_TEXT)].map((match) => ({
        at: (match.index ?? 0) + match[0].length - (match[1] ?? "").length,
        prose: match[1] ?? "",
      }))
    : [...text.matchAll(/^.+$/gm)].map((match) => ({ at: match.index ?? 0, prose: match[0] }));
  const last = candidates
    .filter(({ prose }) => {
      // The entities a footer prints ("&middot;") decoded, as the page shows it.
      const words = prose
        .replace(/&middot;/g, "·")
        .replace(/&amp;/g, "&")
        .trim()
        .split(/\s+/);
      return words.length >= 9 && !/[\t|]/.test(prose) && !isFurniture(profile, words.join(" "));
    })
    .at(-1);
  if (!last) throw new Error("no prose to cut");
  const word = [...last.prose.matchAll(/\S+/g)][CUT_WORD];
  if (!word || word.index === undefined) throw new Error("a line of fewer than seven words");
  return text.slice(0, last.at + word.index + Math.min(3, word[0].length - 1));
}

const CASES = PUBLISHERS.flatMap((profile) =>
  fixturesOf(profile.name).map(
    (path) => [profile.name, relative(fixture(""), path), profile] as const,
  ),
);

describe("every publisher's fixture cut inside a sentence", () => {
  it("covers every publisher profile, the generic one included, in text and page form", () => {
    const names = new Set(CASES.map(([name]) => name));
    expect([...names].sort()).toEqual(PUBLISHERS.map((profile) => profile.name).sort());
    expect(CASES.some(([, path]) => path.endsWith(".html"))).toBe(true);
    expect(CASES.some(([, path]) => path.endsWith(".txt"))).toBe(true);
  });

  it.each(CASES)("%s: %s", async (_name, path, profile) => {
    const text = readFileSync(fixture(path), "utf8");
    const cut = cutInsideSentence(text, path.endsWith(".html"), profile);
    await expectCut(text, cut, path, /^Unexpected end of the class spec inside a sentence/);
  });
});

describe("a table cut inside a row", () => {
  const path = "publishers/generic/harlow-county-road-maintenance-worker.txt";
  const text = readFileSync(fixture(path), "utf8");
  // The county's spec with a table of the equipment its workers run, as some counties print one.
  const rows = [
    ["Equipment", "Licence", "Training"],
    ["Dump truck", "Class B", "Two weeks on the yard"],
    ["Motor grader", "Class B", "Four weeks with a crew leader"],
  ];
  const table = (cells: (row: string[]) => string) => rows.map(cells).join("\n");
  const withTable = (body: string) =>
    text.replace("Adopted: 5/12/1971", `EQUIPMENT OPERATED\n${body}\n\nAdopted: 5/12/1971`);

  it("text export: the last row stops after its second cell", async () => {
    const whole = withTable(table((row) => row.join("\t")));
    const cut = whole.slice(
      0,
      whole.indexOf("Motor grader\tClass B") + "Motor grader\tClass B".length,
    );
    await expectCut(whole, cut, path, /inside a table row of 2 cells under 3 headings/);
  });

  it("text export: the last row full, its last cell cut inside a sentence", async () => {
    const whole = withTable(table((row) => row.join("\t")));
    const cut = whole.slice(0, whole.indexOf("with a crew leader") + "with a cr".length);
    await expectCut(whole, cut, path, /inside the last cell of a table row/);
  });

  it("markdown: the last row stops after its second cell", async () => {
    const markdown = text.replace("Adopted: 5/12/1971", "");
    const pipes = (row: string[]) => `| ${row.join(" | ")} |`;
    const body = [pipes(rows[0] ?? []), "| --- | --- | --- |", ...rows.slice(1).map(pipes)];
    const whole = withTable(body.join("\n"));
    const cut = whole.slice(0, whole.indexOf("| Motor grader | Class B |") + 26);
    await expectCut(
      whole,
      cut,
      path.replace(".txt", ".md"),
      /inside a table row of 2 cells under 3 headings/,
    );
    expect(markdown).not.toContain("Adopted");
  });
});

describe("a web page's table cut inside a row", () => {
  const path = "publishers/texas/water-rights-analyst-ii.html";
  const text = readFileSync(fixture(path), "utf8");
  // The page with a schedule table above its licensure section, as some agencies print one.
  const table = [
    "<h2>WORK SCHEDULE</h2>",
    "<table><tr><th>Season</th><th>Days</th><th>Hours</th></tr>",
    "<tr><td>Field season</td><td>Monday to Thursday</td><td>Ten-hour days</td></tr>",
    "<tr><td>Office season</td><td>Monday to Friday</td><td>Eight-hour days</td></tr></table>",
  ].join("\n");
  const whole = text.replace("<h2>REGISTRATION", `${table}\n<h2>REGISTRATION`);

  it("the last row stops after its second cell", async () => {
    const cell = "<td>Monday to Friday</td>";
    const cut = whole.slice(0, whole.indexOf(cell) + cell.length);
    await expectCut(whole, cut, path, /inside a table row of 2 cells under 3 headings/);
  });
});

describe("a publisher's declared closing", () => {
  it("New Hampshire declares its disclaimer as data", () => {
    const profile = PUBLISHERS.find((candidate) => candidate.name === "new-hampshire");
    expect(profile?.closing?.pattern.test("DISCLAIMER STATEMENT: The supplemental")).toBe(true);
  });

  it.each([
    "publishers/new-hampshire/text/licensing-clerk.txt",
    "publishers/new-hampshire/text/wildlife-habitat-biologist-ii.txt",
  ])("%s cut before its disclaimer, at a sentence's end: still cut", async (path) => {
    const text = readFileSync(fixture(path), "utf8");
    const cut = text.slice(0, text.indexOf("DISCLAIMER STATEMENT:")).trimEnd();
    expect(cut).toMatch(/\.$/);
    await expectCut(
      text,
      cut,
      path,
      /^Unexpected end of the class spec before its closing disclaimer statement/,
    );
  });

  it("a spec that ends on its dates after the disclaimer is whole", async () => {
    const path = "publishers/new-hampshire/text/licensing-clerk.txt";
    const document = await read(readFileSync(fixture(path), "utf8"), path);
    expect(document.diagnostics.map((d) => d.code)).not.toContain("truncated-text");
  });
});
