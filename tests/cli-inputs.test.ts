/**
 * The one input walker of ingest, validate and diff (issue 25): globs, `-`
 * for stdin, `--out -`, `--exclude` globs, and `source.path` relative to the
 * input's root so the bytes never depend on the working directory.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { revisionPairs } from "../pipeline/check/revisions.js";
import { fixture, REPO, run } from "./helpers.js";

const SPEC = "kentucky/accountant-iii.txt";
const OUTPUT_NAME = "us-ky.class.20000618.json";

function scratch(): string {
  return mkdtempSync(join(tmpdir(), "classpec-inputs-"));
}

/** A tree with the spec at docs/x.txt and alt/deep/x.txt. */
function tree(): string {
  const root = scratch();
  for (const folder of ["docs", "alt/deep"]) {
    mkdirSync(join(root, folder), { recursive: true });
    copyFileSync(fixture(SPEC), join(root, folder, "x.txt"));
  }
  return root;
}

async function ingestedBytes(args: string[], cwd: string): Promise<string> {
  const out = scratch();
  const result = await run(["ingest", ...args, "--out", out], { cwd });
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return readFileSync(join(out, OUTPUT_NAME), "utf8");
}

describe("source.path is relative to the input's root, never to the cwd", () => {
  it("one file named from three places and by absolute path: byte-identical JSON", async () => {
    const root = tree();
    const runs = [
      await ingestedBytes(["docs/x.txt"], root),
      await ingestedBytes(["alt/deep/x.txt"], root),
      await ingestedBytes(["x.txt"], join(root, "docs")),
      await ingestedBytes(["../docs/x.txt"], join(root, "alt")),
      await ingestedBytes([join(root, "docs", "x.txt")], REPO),
    ];
    expect(JSON.parse(runs[0] ?? "").source.path).toBe("x.txt");
    for (const bytes of runs) expect(bytes).toBe(runs[0]);
  });

  it("a folder argument: the path below that folder, whatever the cwd", async () => {
    const root = tree();
    const fromRoot = scratch();
    await run(["ingest", "alt", "--out", fromRoot], { cwd: root });
    const fromInside = scratch();
    await run(["ingest", ".", "--out", fromInside], { cwd: join(root, "alt") });
    const written = readFileSync(join(fromRoot, "deep", OUTPUT_NAME), "utf8");
    expect(JSON.parse(written).source.path).toBe("deep/x.txt");
    expect(readFileSync(join(fromInside, "deep", OUTPUT_NAME), "utf8")).toBe(written);
  });
});

describe("globs and --exclude", () => {
  it("a quoted glob is expanded, its fixed folders being the root", async () => {
    const root = tree();
    const out = scratch();
    const result = await run(["ingest", "alt/**/*.txt", "--out", out], { cwd: root });
    expect(result.code).toBe(0);
    expect(readdirSync(join(out, "deep"))).toEqual([OUTPUT_NAME]);
    const written = JSON.parse(readFileSync(join(out, "deep", OUTPUT_NAME), "utf8"));
    expect(written.source.path).toBe("deep/x.txt");
  });

  it("a glob that matches nothing is one not-found line", async () => {
    const result = await run(["ingest", "docs/*.pdf", "--dry-run"], { cwd: tree() });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("classpec: docs/*.pdf: not-found: No file matches this pattern\n");
  });

  it("--exclude takes a glob as well as a path", async () => {
    const result = await run(["ingest", ".", "--dry-run", "--exclude", "**/deep/*.txt"], {
      cwd: tree(),
    });
    expect(result.stdout).toContain("would write docs/us-ky.class.20000618.json");
    expect(result.stdout).toContain("1 document would be written");
  });
});

describe("stdin and stdout", () => {
  it("ingest - reads stdin; --out - writes the one document's JSON to stdout", async () => {
    const bytes = readFileSync(fixture(SPEC));
    const result = await run(["ingest", "-", "--out", "-"], { stdin: bytes });
    expect(result.code).toBe(0);
    const document = JSON.parse(result.stdout);
    expect(document.source.path).toBe("-");
    expect(document.id).toBe("us-ky/class/20000618");
    // Everything but the document goes to stderr.
    expect(result.stderr).toMatch(/^classpec: 1 document written/);
  });

  it("several inputs with --out -: JSON Lines in input order, no folder named '-'", async () => {
    const root = tree();
    const result = await run(["ingest", "docs", "alt", "--out", "-"], { cwd: root });
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines.map((line) => JSON.parse(line).source.path)).toEqual(["deep/x.txt", "x.txt"]);
    expect(readdirSync(root).sort()).toEqual(["alt", "docs"]);
  });

  it("validate - checks a document from stdin", async () => {
    const document = readFileSync(join(REPO, "output/kentucky", OUTPUT_NAME));
    const result = await run(["validate", "-"], { stdin: document });
    expect(result.stdout).toBe("-: valid\nclasspec: 1 valid, 0 invalid (1 file checked)\n");
    expect(result.code).toBe(0);
  });
});

describe("validate on the repository's own output", () => {
  it("exits 0: diff reports found in the folders are skipped with a note", async () => {
    const result = await run(["validate", "output", "-q"]);
    expect(result.stderr).toBe("");
    // Skipped: the golden diff report (diff.json) of every revision pair.
    const reports = (await revisionPairs(process.cwd())).length;
    expect(result.stdout).toMatch(
      new RegExp(
        `^classpec: \\d+ valid, 0 invalid \\(\\d+ files checked, ${reports} skipped as not documents\\)\n$`,
      ),
    );
    expect(result.code).toBe(0);
  });

  it("a diff report named on its own is still not a document", async () => {
    const result = await run(["validate", "output/revisions/kentucky/grade-change/diff.json"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/: not-a-document: /);
  });
});

describe("--provenance", () => {
  it("none: an empty provenance; sidecar: the same document, its provenance beside it", async () => {
    const root = tree();
    const full = scratch();
    await run(["ingest", "docs", "--out", full], { cwd: root });
    const none = scratch();
    await run(["ingest", "docs", "--out", none, "--provenance", "none"], { cwd: root });
    const sidecar = scratch();
    const result = await run(["ingest", "docs", "--out", sidecar, "--provenance", "sidecar"], {
      cwd: root,
    });
    expect(result.code).toBe(0);
    const document = JSON.parse(readFileSync(join(full, OUTPUT_NAME), "utf8"));
    expect(Object.keys(document.provenance).length).toBeGreaterThan(10);
    const left = JSON.parse(readFileSync(join(none, OUTPUT_NAME), "utf8"));
    expect(left).toEqual({ ...document, provenance: {} });
    expect(readFileSync(join(sidecar, OUTPUT_NAME), "utf8")).toBe(
      readFileSync(join(none, OUTPUT_NAME), "utf8"),
    );
    const beside = JSON.parse(
      readFileSync(join(sidecar, "us-ky.class.20000618.provenance.json"), "utf8"),
    );
    expect(beside).toEqual({ id: document.id, provenance: document.provenance });
    // The folder validates: the document is valid without provenance, the sidecar is no document.
    const validated = await run(["validate", sidecar]);
    expect(validated.stdout).toMatch(
      /1 valid, 0 invalid \(1 file checked, 1 skipped as not documents\)/,
    );
    expect(validated.code).toBe(0);
    // Named on its own, a sidecar is refused as what it is, as a diff report is; renamed too.
    const named = await run(["validate", "us-ky.class.20000618.provenance.json"], {
      cwd: sidecar,
    });
    expect(named.code).toBe(1);
    expect(named.stderr).toBe(
      "classpec: us-ky.class.20000618.provenance.json: not-a-document: Unexpected provenance sidecar (--provenance sidecar), expected a spec document made by 'classpec ingest'\n",
    );
    copyFileSync(
      join(sidecar, "us-ky.class.20000618.provenance.json"),
      join(sidecar, "renamed.json"),
    );
    const renamed = await run(["validate", "renamed.json"], { cwd: sidecar });
    expect(renamed.stderr).toMatch(
      /^classpec: renamed\.json: not-a-document: Unexpected provenance sidecar/,
    );
  });

  it("sidecar needs a folder to write in", async () => {
    const result = await run(["ingest", "x", "--out", "-", "--provenance", "sidecar"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/needs --out DIR/);
  });
});
