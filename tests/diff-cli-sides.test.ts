/**
 * `classpec diff` reads what `ingest` writes (issue 13), and the change
 * catalogue flags (issue 10): --list-changes, --severity, --allow-incomplete,
 * --exclude; the diff page's change table is the catalogue's.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { revisionPairs } from "../pipeline/check/revisions.js";
import { CHANGE_CATALOGUE } from "../pipeline/diff/index.js";
import { serialize } from "../pipeline/emit/index.js";
import { renderChangeTable, withChangeTable } from "../pipeline/report/change-catalogue.js";
import { specBody, specDoc, withGrade } from "./diff-helpers.js";
import { run as runCli } from "./helpers.js";

const run = (argv: string[]) => runCli(["diff", ...argv]);

let temp = "";
beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), "classpec-diff-sides-"));
});
afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});

async function folder(name: string, files: Record<string, string>): Promise<string> {
  const root = join(temp, name);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(root, path, ".."), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

describe("diff reads what ingest writes", () => {
  it("the repository's own output/ against itself: exit 0, no changes, nothing unreadable", async () => {
    // A publisher's page and its saved text are one class read twice (same id, their own page
    // chrome unmapped): one side holds one reading of an id, so the twins beside the HTML stay out.
    const twins = ["--exclude", "output/publishers/*/text", "--exclude", "output/publishers/*/pdf"];
    const result = await run(["output/", "output/", "--format", "json", ...twins]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.summary.total).toBe(0);
    expect(report.summary.parseDifferences).toBe(0);
    // Reports and one spec ingested from several formats are not problems.
    expect(result.stderr).not.toMatch(/duplicate-id|unknown-family|schema-invalid/);
    const ids = new Set<string>();
    for (const path of (await import("node:fs")).readdirSync("output/kentucky"))
      ids.add(`us-ky/class/${path.replace(/^us-ky\.class\.|\.json$/g, "")}`);
    for (const id of ids)
      expect(report.documents.some((document: { id: string }) => document.id === id)).toBe(true);
  });

  it("one revision exported in two formats (markdown, Word HTML) compares as no change", async () => {
    const result = await run([
      "fixtures/iowa/markdown/environmental-specialist.md",
      "fixtures/iowa/word-html/environmental-specialist.html",
      "--format",
      "json",
      "--fail-on",
      "editorial",
    ]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.summary).toMatchObject({ total: 0, parseDifferences: 0, incomplete: 0 });
  });

  it("one id under two sub-folders: alike is one document, different is an error naming both files", async () => {
    const alike = await folder("alike", {
      "text/a.json": serialize(specDoc()),
      "pdf/a.json": serialize(specDoc()),
    });
    const same = await run([alike, alike, "--format", "json"]);
    expect(same.code).toBe(0);
    expect(JSON.parse(same.stdout).documents).toHaveLength(1);

    const differ = await folder("differ", {
      "pdf/a.json": serialize(specDoc(withGrade(specBody(), "12"))),
      "text/a.json": serialize(specDoc()),
    });
    const result = await run([alike, differ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    // Named as the user gave the folder (absolute here), wherever the working directory is.
    const pdf = `${differ}/pdf/a.json`;
    const text = `${differ}/text/a.json`;
    expect(result.stderr).toContain(`duplicate-id: Unexpected second document with id`);
    expect(result.stderr).toContain(pdf);
    expect(result.stderr).toContain(text);

    // --exclude, as in ingest, leaves one of them out.
    const excluded = await run([
      alike,
      differ,
      "--exclude",
      join(differ, "pdf"),
      "--format",
      "json",
    ]);
    expect(excluded.code).toBe(0);
    expect(JSON.parse(excluded.stdout).summary.total).toBe(0);
  });

  it("beside outputs, reports, READMEs and JSON that is no document are skipped", async () => {
    const side = await folder("with-reports", {
      "a.json": serialize(specDoc()),
      "README.md": "# Outputs\n\nNot a document.\n",
      "revisions/diff.md": "# classpec diff\n\nNo changes.\n",
      "revisions/diff.json": JSON.stringify({ summary: { total: 0 }, documents: [] }),
      "report.html": "<!doctype html><p>report</p>",
    });
    const result = await run([side, side, "--format", "json"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).documents).toHaveLength(1);
  });
});

describe("incomplete comparisons and the gate", () => {
  const pair = "fixtures/revisions/kentucky/partial-side";

  it("--fail-on fails on an incomplete comparison, with a line on stderr, unless --allow-incomplete", async () => {
    const gated = await run([`${pair}/before.json`, `${pair}/after.json`, "--fail-on", "major"]);
    expect(gated.code).toBe(1);
    expect(gated.stderr).toContain(
      `classpec: ${pair}/after.json: incomplete: Comparison incomplete: after is partial`,
    );
    expect(gated.stderr).toContain("fail-on: 1 incomplete comparison(s)");
    const allowed = await run([
      `${pair}/before.json`,
      `${pair}/after.json`,
      "--fail-on",
      "major",
      "--allow-incomplete",
    ]);
    expect(allowed.code).toBe(0);
    expect(JSON.parse(allowed.stdout).documents[0].status).toBe("incomplete");
  });

  it("without --fail-on an incomplete comparison still exits 0 but says so on stderr", async () => {
    const result = await run([`${pair}/before.json`, `${pair}/after.json`]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/: incomplete: /);
  });
});

describe("the change catalogue", () => {
  it("--list-changes lists every change id the golden diffs hold, with severity and meaning", async () => {
    const result = await run(["--list-changes"]);
    expect(result.code).toBe(0);
    const listed = new Map(
      result.stdout
        .trim()
        .split("\n")
        .slice(1)
        .map((line) => line.split(/\s+/) as [string, string]),
    );
    expect(listed.size).toBe(CHANGE_CATALOGUE.length);
    expect(listed.get("unmapped-changed")).toBe("minor");
    expect(listed.get("parse-difference")).toBe("info");
    for (const pair of await revisionPairs(process.cwd())) {
      const golden = JSON.parse(await readFile(`output/revisions/${pair.name}/diff.json`, "utf8"));
      for (const document of golden.documents)
        for (const change of [...document.changes, ...document.parseDifferences])
          expect(listed.has(change.ruleId), `${change.ruleId} in ${pair.name}`).toBe(true);
    }
  });

  it("the diff page's change table is the catalogue's", async () => {
    const readme = await readFile("docs/diff.md", "utf8");
    expect(readme).toContain(renderChangeTable());
    expect(withChangeTable(readme)).toBe(readme);
    expect(
      withChangeTable(readme.replace("| `grade-changed` | major |", "| `grade-changed` | minor |")),
    ).toBe(readme);
  });

  it("--severity ID=LEVEL overrides a change id's level; unknown ids and levels are usage errors", async () => {
    const pair = "fixtures/revisions/kentucky/grade-change";
    const result = await run([
      `${pair}/before.txt`,
      `${pair}/after.txt`,
      "--severity",
      "grade-changed=minor",
      "--fail-on",
      "major",
    ]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).documents[0].changes[0]).toMatchObject({
      ruleId: "grade-changed",
      severity: "minor",
    });
    const unknown = await run([
      `${pair}/before.txt`,
      `${pair}/after.txt`,
      "--severity",
      "grade=minor",
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown change id 'grade'");
    const level = await run([
      `${pair}/before.txt`,
      `${pair}/after.txt`,
      "--severity",
      "grade-changed=huge",
    ]);
    expect(level.code).toBe(2);
    expect(level.stderr).toContain("Unknown level 'huge'");
  });
});
