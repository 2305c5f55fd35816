/** ingest on inputs that leave nothing to read: an error a CI run sees, not an empty success. */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, run } from "./helpers.js";

const EXPECTED = "expected .txt, .text, .md, .markdown, .html, .htm, .pdf files";

function scratch(): string {
  return mkdtempSync(join(tmpdir(), "classpec-nothing-"));
}

describe("ingest of a folder with nothing to read", () => {
  it("an empty folder is no-documents, exit 1", async () => {
    const cwd = scratch();
    mkdirSync(join(cwd, "emptydir"));
    const result = await run(["ingest", "emptydir", "--out", "ed"], { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `classpec: emptydir: no-documents: Unexpected folder with no document to read (it is empty), ${EXPECTED}\n`,
    );
    expect(result.stdout).toBe(
      "classpec: 0 documents written (0 complete, 0 partial), 1 failed; 0 warnings, 0 errors\n",
    );
  });

  it("a folder of files no document is named like says how many it skipped and why; the other inputs are still written", async () => {
    const cwd = scratch();
    mkdirSync(join(cwd, "onlybin", "deeper"), { recursive: true });
    writeFileSync(join(cwd, "onlybin", "a.dat"), "x");
    writeFileSync(join(cwd, "onlybin", "deeper", "b.png"), "x");
    writeFileSync(join(cwd, "onlybin", ".notes.txt"), "x");
    writeFileSync(join(cwd, "onlybin", "skip.txt"), "x");
    copyFileSync(fixture("kentucky/accountant-iii.txt"), join(cwd, "ok.txt"));
    const result = await run(
      ["ingest", "onlybin", "ok.txt", "--out", "ob", "--exclude", "onlybin/skip.txt"],
      { cwd },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "classpec: onlybin: no-documents: Unexpected folder with no document to read (skipped 2 entries not a document by its name, 1 entry hidden (name starts with a dot), 1 entry matched by --exclude), ",
    );
    expect(result.stdout).toContain("1 document written (1 complete, 0 partial), 1 failed");
  });

  it("a folder holding documents only in a subfolder is not empty", async () => {
    const cwd = scratch();
    mkdirSync(join(cwd, "top", "sub"), { recursive: true });
    copyFileSync(fixture("kentucky/accountant-iii.txt"), join(cwd, "top", "sub", "a.txt"));
    const result = await run(["ingest", "top", "--dry-run"], { cwd });
    expect(result.code).toBe(0);
    expect(result.stderr).not.toContain("no-documents");
  });
});

describe("the output folder is made by the first document written", () => {
  it.each([
    ["a binary file", ["binary.dat"]],
    ["a file that does not exist", ["nonexist.txt"]],
    ["an empty folder", ["emptydir"]],
  ])("every input failing (%s) leaves no folder behind", async (_, inputs) => {
    const cwd = scratch();
    writeFileSync(join(cwd, "binary.dat"), new Uint8Array([0, 1, 2, 0, 255]));
    mkdirSync(join(cwd, "emptydir"));
    const result = await run(["ingest", ...inputs, "--out", "x/y"], { cwd });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("0 documents written");
    expect(existsSync(join(cwd, "x"))).toBe(false);
  });

  it("a folder that exists is left as it was; one document written makes the missing folders", async () => {
    const cwd = scratch();
    mkdirSync(join(cwd, "kept"));
    const failed = await run(["ingest", "nonexist.txt", "--out", "kept"], { cwd });
    expect(failed.code).toBe(1);
    expect(readdirSync(join(cwd, "kept"))).toEqual([]);
    copyFileSync(fixture("kentucky/accountant-iii.txt"), join(cwd, "ok.txt"));
    const written = await run(["ingest", "ok.txt", "nonexist.txt", "--out", "new/deeper"], { cwd });
    expect(written.code).toBe(1);
    expect(readdirSync(join(cwd, "new", "deeper"))).toHaveLength(1);
  });
});
