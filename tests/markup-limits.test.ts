/** Markdown and HTML the parsers are super-linear or recursive on: refused with a code, never `internal`. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  htmlProblem,
  MAX_ANGLES_PER_PARAGRAPH,
  MAX_BRACKETS_PER_PARAGRAPH,
  MAX_CONTAINER_MARKERS,
  MAX_EMPHASIS_MARKS_PER_PARAGRAPH,
  MAX_HTML_DEPTH,
  MAX_NESTING_COLUMNS,
  markdownProblem,
} from "../pipeline/extract/markup-limits.js";
import { ingest } from "../pipeline/run.js";
import { fixture } from "./helpers.js";

const SERIES = readFileSync(fixture("iowa/seed-information-technology-specialist.txt"), "utf8");

/** The Iowa seed with `hostile` as one more paragraph of its concept. */
function seedWith(hostile: string): string {
  const at = SERIES.indexOf("\n\n", SERIES.indexOf("Concept"));
  return `${SERIES.slice(0, at)}\n\n${hostile}\n${SERIES.slice(at)}`;
}

async function codeOf(text: string, path: string): Promise<string> {
  const result = await ingest(new Uint8Array(Buffer.from(text)), path);
  return result.status === "failed" ? result.error.code : result.status;
}

describe("markdown pre-scan", () => {
  it.each([
    ["emphasis openers (*a)", "*a".repeat(MAX_EMPHASIS_MARKS_PER_PARAGRAPH + 1)],
    ["strikethrough openers (~a)", "~a".repeat(MAX_EMPHASIS_MARKS_PER_PARAGRAPH + 1)],
    ["link destinations ([a](<)", "[a](<".repeat(MAX_BRACKETS_PER_PARAGRAPH)],
    ["closing brackets", "]".repeat(MAX_BRACKETS_PER_PARAGRAPH + 1)],
    ["comment openers (<!--)", "<!--".repeat(MAX_ANGLES_PER_PARAGRAPH + 1)],
    ["blockquote nesting", `${">".repeat(MAX_NESTING_COLUMNS + 1)} deep`],
  ])("%s past its limit: markdown-too-complex", async (_name, hostile) => {
    expect(markdownProblem(seedWith(hostile))?.code).toBe("markdown-too-complex");
    expect(await codeOf(seedWith(hostile), "series.md")).toBe("markdown-too-complex");
  });

  it.each([
    ["bullets", "- - - - - - - - x\n"],
    ["numbers", "1. 1. 1. 1. 1. x\n"],
    ["quotes and bullets", "> - > - > - x\n"],
  ])("one-line nested %s (20 KB, and 40 KB) are refused before parsing", async (_name, line) => {
    // micromark is quadratic in containers closed: 20 KB of these took seconds, 40 KB four times as long.
    for (const size of [20_000, 40_000]) {
      const text = seedWith(line.repeat(Math.ceil(size / line.length)));
      expect(markdownProblem(text)?.message).toContain(
        `more than ${MAX_CONTAINER_MARKERS} list or quote markers`,
      );
      expect(await codeOf(text, "series.md")).toBe("markdown-too-complex");
    }
  });

  it("a long list of real length and a few nested levels pass", () => {
    const list = Array.from({ length: 300 }, (_, n) => `${n + 1}. Duty ${n}\n   - detail\n`).join(
      "",
    );
    expect(markdownProblem(seedWith(list))).toBeUndefined();
    // A dash inside a line, or a number not followed by a space, is no marker.
    expect(markdownProblem(seedWith("-x 1.5 -\n".repeat(5000)))).toBeUndefined();
  });

  it("the same constructs spread over paragraphs, under the limits, are read", async () => {
    const spread = Array.from({ length: 4 }, () => "*a".repeat(1000)).join("\n\n");
    expect(markdownProblem(seedWith(spread))).toBeUndefined();
    expect(markdownProblem(SERIES)).toBeUndefined();
  });

  it("names the limit and the line", () => {
    expect(markdownProblem(`# T\n\n${"[".repeat(MAX_BRACKETS_PER_PARAGRAPH + 1)}\n`)).toEqual({
      code: "markdown-too-complex",
      message: `Unexpected markdown with more than ${MAX_BRACKETS_PER_PARAGRAPH} brackets in one paragraph (by line 3), expected a class spec`,
    });
  });
});

describe("HTML pre-scan", () => {
  it("deep nesting: html-too-complex, not internal", async () => {
    const deep = `<html><body>${"<div>".repeat(MAX_HTML_DEPTH + 1)}x</body></html>`;
    expect(htmlProblem(deep)?.code).toBe("html-too-complex");
    expect(await codeOf(deep, "deep.html")).toBe("html-too-complex");
  });

  it("unclosed <p> and <li> (as Word writes them) are not nesting", () => {
    const flat = `<html><body>${"<p>para <li>item ".repeat(5 * MAX_HTML_DEPTH)}</body></html>`;
    expect(htmlProblem(flat)).toBeUndefined();
  });

  it.each(["environmental-specialist.html", "grants-management-specialist.html"])(
    "the fixture %s passes",
    (name) => {
      expect(htmlProblem(readFileSync(fixture(`iowa/word-html/${name}`), "utf8"))).toBeUndefined();
    },
  );
});
