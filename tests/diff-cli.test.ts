/** `classpec diff` through the CLI entry point: formats, the gate, folders, and sides that cannot be read. */
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serialize } from "../pipeline/emit/index.js";
import { runDiff as run, specBody, specDoc, withGrade, withJobNumber } from "./diff-helpers.js";

const PAIR = "fixtures/revisions/kentucky/seed-revision";
const BEFORE = `${PAIR}/before.txt`;
const AFTER = `${PAIR}/after.txt`;

let temp = "";
beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), "classpec-diff-"));
});
afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});

describe("classpec diff", () => {
  it("prints JSON when stdout is not a terminal", async () => {
    const result = await run([BEFORE, AFTER]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.summary).toEqual({
      major: 2,
      minor: 2,
      editorial: 0,
      total: 4,
      parseDifferences: 0,
      incomplete: 0,
      doubts: 0,
    });
    expect(report.before).toBe(BEFORE);
  });

  it("prints markdown on a terminal, and honours --format", async () => {
    expect((await run([BEFORE, AFTER], { isTTY: true })).stdout).toMatch(/^# classpec diff\n/);
    expect((await run([BEFORE, AFTER, "--format", "html"])).stdout).toMatch(/^<!doctype html>/);
  });

  it("--fail-on exits 1 at or above its level, 0 below", async () => {
    const major = await run([BEFORE, AFTER, "--fail-on", "major"]);
    expect(major.code).toBe(1);
    expect(major.stderr).toContain("fail-on: 2 change(s) at or above major");
    const punctuation = "fixtures/revisions/kentucky/punctuation-only";
    expect(
      (await run([`${punctuation}/before.txt`, `${punctuation}/after.txt`, "--fail-on", "minor"]))
        .code,
    ).toBe(0);
    expect(
      (
        await run([
          `${punctuation}/before.txt`,
          `${punctuation}/after.txt`,
          "--fail-on",
          "editorial",
        ])
      ).code,
    ).toBe(1);
  });

  it("a side that cannot be read is an error, never 'no changes'", async () => {
    const bad = join(temp, "empty.txt");
    await writeFile(bad, "");
    for (const argv of [
      [BEFORE, bad],
      [BEFORE, join(temp, "missing.txt")],
    ]) {
      const result = await run(argv);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe("");
      expect(result.stderr).toMatch(/^classpec: .+: [a-z-]+: .+$/m);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it("a JSON side must validate as a SpecDocument", async () => {
    const invalid = join(temp, "invalid.json");
    await writeFile(
      invalid,
      JSON.stringify({ schemaVersion: "1.0.0", kind: "class-spec", id: "nope" }),
    );
    const result = await run([BEFORE, invalid]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("schema-invalid");
  });

  it("usage errors exit 2", async () => {
    expect((await run([BEFORE])).code).toBe(2);
    expect((await run([BEFORE, AFTER, "--format", "pdf"])).code).toBe(2);
    expect((await run([BEFORE, AFTER, "--fail-on", "huge"])).code).toBe(2);
  });

  it("pairs folders of JSON outputs by id, a spec on one side being one add", async () => {
    const before = join(temp, "before");
    const after = join(temp, "after");
    await mkdir(before, { recursive: true });
    await mkdir(after, { recursive: true });
    await writeFile(join(before, "a.json"), serialize(specDoc()));
    await writeFile(join(after, "a.json"), serialize(specDoc(withGrade(specBody(), "12"))));
    await writeFile(
      join(after, "b.json"),
      serialize(specDoc(withJobNumber(specBody(), "20001500"))),
    );
    await writeFile(join(after, "README.md"), "# notes, not a document\n");
    const result = await run([before, after, "--format", "json"]);
    expect(result.stderr).toBe("");
    const report = JSON.parse(result.stdout);
    expect(
      report.documents.map((document: { id: string; status: string }) => [
        document.id,
        document.status,
      ]),
    ).toEqual([
      ["us-ky/class/20001499", "changed"],
      ["us-ky/class/20001500", "added"],
    ]);
  });

  it("mixes a raw document with a JSON output, and writes --out atomically in the format of its extension", async () => {
    const json = join(temp, "before-output.json");
    const ingested = await run([BEFORE, BEFORE]);
    expect(JSON.parse(ingested.stdout).summary.total).toBe(0);
    const { ingest } = await import("../pipeline/run.js");
    const result = await ingest(await readFile(BEFORE), BEFORE);
    if (result.status === "failed") throw new Error(result.error.message);
    await writeFile(json, serialize(result.document));
    const out = join(temp, "report.html");
    const written = await run([json, AFTER, "--out", out]);
    expect(written.code).toBe(0);
    expect(written.stdout).toBe("");
    expect(await readFile(out, "utf8")).toMatch(/^<!doctype html>/);
  });
});
