/**
 * Both sides of a catalogue diff read together (batch/sides.ts `loadSides`):
 * a file whose bytes equal one already read and valid is that document,
 * parsed and validated once, and the diff tells it unchanged without
 * comparing it. What must not change with the short cut: an invalid file is
 * refused on each side it is on, a file that differs only in layout is still
 * read and compared, and an unchanged partial document is still incomplete.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSides } from "../pipeline/batch/sides.js";
import { diffSides } from "../pipeline/diff/index.js";
import { serialize } from "../pipeline/emit/index.js";
import type { SpecDocument } from "../schemas/index.js";
import { specBody, specDoc, withGrade } from "./diff-helpers.js";

let temp = "";
beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), "classpec-load-sides-"));
});
afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});

async function folder(name: string, files: Record<string, string>): Promise<string> {
  const root = join(temp, name);
  await mkdir(root, { recursive: true });
  for (const [path, text] of Object.entries(files)) await writeFile(join(root, path), text);
  return root;
}

const kept = specDoc(specBody({ codes: [{ scheme: "job-number", value: "20001001" }] }));
const graded = specDoc(specBody({ codes: [{ scheme: "job-number", value: "20001002" }] }));
const partial = specDoc(specBody({ codes: [{ scheme: "job-number", value: "20001003" }] }), [], {
  status: "partial",
  diagnostics: [
    {
      severity: "error",
      code: "missing-section",
      message: "Unexpected spec without its CHARACTERISTICS OF THE JOB section, expected one",
    },
  ],
});
/** Claims to be a document (so a folder side must read it) and fails the schema: no title. */
const invalid = `${JSON.stringify({ ...specDoc(), id: "us-ky/class/20001004", title: 7 }, null, 2)}\n`;

function byId(documents: ReadonlyArray<{ document: SpecDocument }>, id: string) {
  return documents.find((loaded) => loaded.document.id === id)?.document;
}

describe("loadSides: byte-identical files read once", () => {
  it("gives a file equal on both sides one document object, and a changed one two", async () => {
    const before = await folder("same-before", {
      "a.json": serialize(kept),
      "b.json": serialize(graded),
      "c.json": serialize(partial),
    });
    const after = await folder("same-after", {
      "a.json": serialize(kept),
      "b.json": serialize({ ...graded, body: withGrade(graded.body, "99") }),
      "c.json": serialize(partial),
    });
    const [was, now] = await loadSides(before, after, temp);
    expect([...was.problems, ...now.problems]).toEqual([]);
    expect(byId(now.documents, kept.id)).toBe(byId(was.documents, kept.id));
    expect(byId(now.documents, graded.id)).not.toBe(byId(was.documents, graded.id));
    // Each side keeps its own file's path.
    expect(now.documents.map((loaded) => loaded.path).sort()).toEqual(
      ["a.json", "b.json", "c.json"].map((name) => join(after, name)),
    );

    const report = diffSides(
      was.documents.map((loaded) => loaded.document),
      now.documents.map((loaded) => loaded.document),
      { filesNamed: false },
    );
    const status = Object.fromEntries(report.documents.map((entry) => [entry.id, entry.status]));
    expect(status).toEqual({
      [kept.id]: "unchanged",
      [graded.id]: "changed",
      // Unchanged, and still not to be trusted: the short cut keeps what the documents say of themselves.
      [partial.id]: "incomplete",
    });
    const incomplete = report.documents.find((entry) => entry.id === partial.id);
    expect(incomplete?.changes).toEqual([]);
    expect(incomplete?.incomplete).toEqual([
      "before is partial (1 error diagnostic: missing-section)",
      "after is partial (1 error diagnostic: missing-section)",
    ]);
  });

  it("refuses an invalid file on each side it is on, however often its bytes recur", async () => {
    const before = await folder("invalid-before", {
      "a.json": serialize(kept),
      "d.json": invalid,
    });
    const after = await folder("invalid-after", { "a.json": serialize(kept), "d.json": invalid });
    const [was, now] = await loadSides(before, after, temp);
    for (const [side, root] of [
      [was, before],
      [now, after],
    ] as const) {
      expect(side.problems.map((problem) => [problem.path, problem.code])).toEqual([
        [join(root, "d.json"), "schema-invalid"],
      ]);
      expect(side.documents.map((loaded) => loaded.document.id)).toEqual([kept.id]);
    }
  });

  it("reads a file that differs only in layout on its own, and finds no change in it", async () => {
    const before = await folder("layout-before", { "a.json": serialize(kept) });
    const after = await folder("layout-after", { "a.json": JSON.stringify(kept) });
    const [was, now] = await loadSides(before, after, temp);
    const [a] = was.documents;
    const [b] = now.documents;
    expect(a?.document).not.toBe(b?.document);
    expect(b?.document).toEqual(a?.document);
    const report = diffSides([a?.document ?? kept], [b?.document ?? kept], { filesNamed: false });
    expect(report.documents.map((entry) => entry.status)).toEqual(["unchanged"]);
  });
});
