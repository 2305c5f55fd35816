/**
 * A page of several classes cut short or printed out of shape (docs/multi-class.md):
 * the classes the cut lost are an incomplete comparison, not removals; classes
 * the reader could not find are named, and the page is not `complete`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diffSides } from "../pipeline/diff/index.js";
import { ingestAll } from "../pipeline/run.js";
import type { SpecDocument } from "../schemas/index.js";
import { REPO, run } from "./helpers.js";

const SERIES = "fixtures/publishers/illinois/text/waterways-technician-series.txt";
const WHOLE = readFileSync(join(REPO, SERIES), "utf8");

async function documentsOf(text: string, name: string): Promise<SpecDocument[]> {
  const result = await ingestAll(new TextEncoder().encode(text), name);
  if (result.status === "failed") throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.documents.map(({ document }) => document);
}

/** The page cut mid-word inside class I's first duty: its title stays, class II's is lost. */
function cutInClassOne(): string {
  const duty = WHOLE.indexOf(
    "reports erosion",
    WHOLE.indexOf("WATERWAYS TECHNICIAN I\n\nDISTINGUISHING"),
  );
  expect(duty).toBeGreaterThan(0);
  return WHOLE.slice(0, duty + "reports ero".length);
}

describe("a page of several classes cut short", () => {
  it("diffs the classes past the cut as incomplete, not removed", async () => {
    const whole = await documentsOf(WHOLE, "series.txt");
    const cut = await documentsOf(cutInClassOne(), "series-cut.txt");
    expect(
      cut.some((document) => document.diagnostics.some((d) => d.code === "truncated-text")),
    ).toBe(true);
    for (const [before, after, lost] of [
      [whole, cut, "removed"],
      [cut, whole, "added"],
    ] as const) {
      const report = diffSides(before, after, { filesNamed: true });
      const byId = new Map(report.documents.map((document) => [document.id, document]));
      expect([...byId.keys()]).toEqual([
        "us-il/class/49208",
        "us-il/class/49211",
        "us-il/class/49212",
      ]);
      for (const id of ["us-il/class/49211", "us-il/class/49212"]) {
        const entry = byId.get(id);
        expect(entry?.status).toBe("incomplete");
        expect(entry?.changes).toEqual([]);
        expect(entry?.incomplete?.[0]).toContain(`not reported as ${lost}`);
      }
      expect(report.summary.major).toBe(0);
      expect(report.summary.incomplete).toBe(3);
    }
  });

  it("still reports a class removed from a whole page", async () => {
    const whole = await documentsOf(WHOLE, "series.txt");
    const fewer = whole.filter((document) => document.id !== "us-il/class/49212");
    const report = diffSides(whole, fewer, { filesNamed: true });
    expect(report.documents.find((d) => d.id === "us-il/class/49212")?.status).toBe("removed");
  });
});

describe("a page of several classes whose titles are not printed in order", () => {
  const one = "WATERWAYS TECHNICIAN I\n\nDISTINGUISHING";
  const two = "WATERWAYS TECHNICIAN II\n\nDISTINGUISHING";
  const footer = "Illinois Department of Central Management Services";
  const [a, b, c] = [WHOLE.indexOf(one), WHOLE.indexOf(two), WHOLE.indexOf(footer)];
  const shapes = {
    "class I and II swapped":
      WHOLE.slice(0, a) + WHOLE.slice(b, c) + WHOLE.slice(a, b) + WHOLE.slice(c),
    "class I's title missing":
      WHOLE.slice(0, a) + WHOLE.slice(a + "WATERWAYS TECHNICIAN I\n\n".length),
  };

  it.each(Object.entries(shapes))("%s: partial, naming the classes not read", async (_, text) => {
    expect([a, b, c].every((at) => at > 0)).toBe(true);
    const documents = await documentsOf(text, "series.txt");
    expect(documents).toHaveLength(1);
    const [document] = documents as [SpecDocument];
    expect(document.id).toBe("us-il/class/49208");
    expect(document.status).toBe("partial");
    const unread = document.diagnostics.filter((d) => d.code === "classes-unread");
    expect(unread).toHaveLength(1);
    expect(unread[0]?.severity).toBe("error");
    expect(unread[0]?.message).toContain("WATERWAYS TECHNICIAN I (49211)");
    expect(unread[0]?.message).toContain("WATERWAYS TECHNICIAN II (49212)");
  });

  it("the page as published is split, with no classes-unread", async () => {
    const documents = await documentsOf(WHOLE, "series.txt");
    expect(documents).toHaveLength(3);
    for (const document of documents)
      expect(document.diagnostics.map((d) => d.code)).not.toContain("classes-unread");
  });
});

describe("two classes of one page with one id", () => {
  it("names both classes <file>#<id>, with which class of the page each is", async () => {
    const folder = mkdtempSync(join(tmpdir(), "classpec-dup-"));
    try {
      // Class II printed with class I's position code.
      const text = WHOLE.replace(
        "WATERWAYS TECHNICIAN II\t49212",
        "WATERWAYS TECHNICIAN II\t49211",
      );
      expect(text).not.toBe(WHOLE);
      writeFileSync(join(folder, "series.txt"), text);
      const result = await run(["ingest", "series.txt", "--out", "out"], { cwd: folder });
      const line = result.stderr.split("\n").find((said) => said.includes("duplicate-id"));
      expect(line).toMatch(/^classpec: series\.txt#us-il\/class\/49211: duplicate-id: /);
      expect(line).toContain("(class 3 of 3 of its page)");
      expect(line).toContain(
        "also made from series.txt#us-il/class/49211 (class 2 of 3 of its page)",
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
