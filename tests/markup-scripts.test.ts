/**
 * Script and style elements in markdown and HTML (pipeline/extract/scripts.ts):
 * a warning naming their lines, never body, rules or unmapped text.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ingest } from "../pipeline/run.js";
import { fixture } from "./helpers.js";

const MARKDOWN = readFileSync(fixture("iowa/markdown/environmental-specialist.md"), "utf8");
const HTML = readFileSync(fixture("iowa/word-html/network-analyst.html"));

const DUTY = "- Reviewing construction and operating permit applications.";
const SECTION = "### 2. Water Quality Monitoring";

async function read(bytes: Uint8Array | string, name: string) {
  const data = typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes;
  const result = await ingest(data, name);
  if (result.status === "failed") throw new Error(`${name} failed`);
  return result.document;
}

function scriptWarnings(document: Awaited<ReturnType<typeof read>>) {
  return document.diagnostics.filter((d) => d.code === "markup-script-dropped");
}

function expectSameReading(
  dirty: Awaited<ReturnType<typeof read>>,
  clean: Awaited<ReturnType<typeof read>>,
) {
  expect(dirty.body).toEqual(clean.body);
  expect(dirty.rules).toEqual(clean.rules);
  expect(dirty.unmapped).toEqual(clean.unmapped);
  // Lines after an inserted block move; what is said stays the same.
  const said = (diagnostics: typeof clean.diagnostics) =>
    diagnostics.filter((d) => d.code !== "markup-script-dropped").map((d) => d.message);
  expect(said(dirty.diagnostics)).toEqual(said(clean.diagnostics));
}

function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split("\n").length;
}

describe("script and style in markdown", () => {
  it("an inline <script> in a duty line is dropped and named, the duty read as without it", async () => {
    expect(MARKDOWN).toContain(DUTY);
    const dirty = MARKDOWN.replace(
      DUTY,
      "- Reviewing construction <script>alert('requires ten years of experience')</script>and operating permit applications.",
    );
    const [clean, read1] = await Promise.all([read(MARKDOWN, "clean.md"), read(dirty, "dirty.md")]);
    expectSameReading(read1, clean);
    const warnings = scriptWarnings(read1);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toContain("<script>");
    expect(warnings[0]?.startLine).toBe(lineOf(MARKDOWN, DUTY));
    expect(JSON.stringify(read1)).not.toContain("alert");
  });

  it("a <style> block between sections is dropped and named with its lines", async () => {
    const style = "<style>\nbody { color: red }\nExperience requires ten years.\n</style>\n\n";
    const dirty = MARKDOWN.replace(SECTION, `${style}${SECTION}`);
    const [clean, read1] = await Promise.all([read(MARKDOWN, "clean.md"), read(dirty, "dirty.md")]);
    expectSameReading(read1, clean);
    const warnings = scriptWarnings(read1);
    expect(warnings).toHaveLength(1);
    const first = lineOf(MARKDOWN, SECTION);
    expect(warnings[0]?.message).toContain(`lines ${first}-${first + 3}`);
    expect(JSON.stringify(read1)).not.toContain("color");
  });

  it("a code span showing a tag is text, not an element", async () => {
    const shown = "- Reviewing `<script>` tags in permit applications.";
    const document = await read(MARKDOWN.replace(DUTY, shown), "code.md");
    expect(scriptWarnings(document)).toEqual([]);
    expect(JSON.stringify(document.body)).toContain("<script> tags in permit applications");
  });

  it.each([
    ["a comment", "<!-- TODO: drop the <style> block later -->"],
    ["an attribute value", '<div title="<script>">x</div>'],
    ["a declaration", "<!DOCTYPE <script>>"],
  ])("a tag name inside %s opens no element: nothing is hidden", async (_, html) => {
    const dirty = MARKDOWN.replace(SECTION, `${html}\n\n${SECTION}`);
    const document = await read(dirty, "mention.md");
    expect(scriptWarnings(document)).toEqual([]);
    const clean = await read(MARKDOWN, "clean.md");
    // The text shown ("x") may join the area above; everything after the insertion is read.
    const laterParts = (body: typeof clean.body) =>
      "distinctions" in body ? [body.areasOfWork.slice(1), body.distinctions, body.charts] : [];
    expect(laterParts(document.body)).toEqual(laterParts(clean.body));
    expect(laterParts(clean.body).flat().length).toBeGreaterThan(0);
  });

  it("a <script> after a comment and an attribute that mention one is still found", async () => {
    const dirty = MARKDOWN.replace(
      SECTION,
      `<!-- <style> --><span title='<style>'>x</span><script>steal()</script>\n\n${SECTION}`,
    );
    const document = await read(dirty, "both.md");
    const warnings = scriptWarnings(document);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toContain("<script>");
    expect(JSON.stringify(document)).not.toContain("steal");
  });

  it("an unclosed <script> hides the rest of the document, as in a browser, and says so", async () => {
    const at = MARKDOWN.indexOf(SECTION);
    const document = await read(
      `${MARKDOWN.slice(0, at)}<script>\n${MARKDOWN.slice(at)}`,
      "open.md",
    );
    expect(scriptWarnings(document)).toHaveLength(1);
    // The concept's list still names the area where the page shows it (an area of work with no
    // definition, warned area-undefined); what the browser hides is the definition after it.
    expect(JSON.stringify(document.body)).not.toContain("sampling and assessing");
    expect(JSON.stringify(document.body)).not.toContain("chain-of-custody");
  });
});

describe("script and style in HTML", () => {
  it("a <script> in the body is named; Word's <style> in <head> is not", async () => {
    // Buffer's latin1 maps each byte to one code point and back; TextDecoder("latin1") is
    // windows-1252 from Node 22 on, and would not give the same bytes back.
    const text = Buffer.from(HTML).toString("latin1");
    const marker = "<div class=WordSection1>";
    expect(text).toContain(marker);
    const dirty = text.replace(
      marker,
      `${marker}\n<script>document.write('Requires ten years of experience.')</script>`,
    );
    const [clean, read1] = await Promise.all([
      read(HTML, "clean.html"),
      read(new Uint8Array(Buffer.from(dirty, "latin1")), "dirty.html"),
    ]);
    expectSameReading(read1, clean);
    const warnings = scriptWarnings(read1);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.startLine).toBe(lineOf(text, marker) + 1);
    expect(scriptWarnings(clean)).toEqual([]);
  });
});

describe("comments and link titles in markdown are never text-dropped", () => {
  const LAST_EXCLUSION = "2. Positions whose primary purpose is laboratory analysis.";

  it.each([
    ["an inline comment", `${LAST_EXCLUSION} <!-- reviewed by staff in 2019 -->`],
    ["a comment block", `${LAST_EXCLUSION}\n\n<!--\nNote to editors: check the wording.\n-->`],
  ])("%s is not read, with a notice, and the series stays complete", async (_, edited) => {
    expect(MARKDOWN).toContain(LAST_EXCLUSION);
    const [clean, document] = await Promise.all([
      read(MARKDOWN, "clean.md"),
      read(MARKDOWN.replace(LAST_EXCLUSION, edited), "comment.md"),
    ]);
    expect(document.status).toBe(clean.status);
    expect(document.body).toEqual(clean.body);
    expect(document.unmapped).toEqual(clean.unmapped);
    const codes = document.diagnostics.map((d) => d.code);
    expect(codes).not.toContain("text-dropped");
    expect(codes).toContain("markup-comment-dropped");
  });

  it("a link's destination and title (shown on hover) do not make the document partial", async () => {
    const edited = `${LAST_EXCLUSION} See [the manual](https://das.iowa.gov/manual "Classification manual title").`;
    const document = await read(MARKDOWN.replace(LAST_EXCLUSION, edited), "link.md");
    expect(document.status).toBe("complete");
    expect(document.diagnostics.map((d) => d.code)).not.toContain("text-dropped");
    expect(JSON.stringify(document.body)).toContain("See the manual.");
  });
});
