/** Input folders never lead out of themselves through symbolic links unless asked to. */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { collectInputs, readInput } from "../pipeline/batch/inputs.js";
import { fixture, REPO, run } from "./helpers.js";

function tree(): { root: string; input: string } {
  const root = mkdtempSync(join(tmpdir(), "classpec-links-"));
  const input = join(root, "in");
  const elsewhere = join(root, "elsewhere");
  mkdirSync(join(input, "sub"), { recursive: true });
  mkdirSync(elsewhere);
  copyFileSync(fixture("kentucky/accountant-iii.txt"), join(input, "sub", "accountant.txt"));
  copyFileSync(
    fixture("kentucky/chief-information-security-officer.txt"),
    join(elsewhere, "ciso.txt"),
  );
  symlinkSync(join(elsewhere, "ciso.txt"), join(input, "outside.txt"));
  symlinkSync(elsewhere, join(input, "outside-folder"));
  symlinkSync(join(input, "sub", "accountant.txt"), join(input, "inside.txt"));
  return { root, input };
}

describe("symbolic links in an input folder", () => {
  it("a link out of the folder (file or folder) is skipped with a warning; a link inside is read", async () => {
    const { root } = tree();
    const result = await run(["ingest", "in", "--dry-run"], { cwd: root });
    const lines = result.stderr.split("\n").filter((line) => line.startsWith("classpec: "));
    expect(lines.map((line) => line.split(": ").slice(1, 3).join(": "))).toEqual([
      "in/outside-folder: symlink-outside",
      "in/outside.txt: symlink-outside",
    ]);
    // Not failures: the two documents inside (one through a link) are read, exit 0.
    expect(result.stdout).toMatch(
      /2 documents would be written \(2 complete, 0 partial\), 0 failed; 2 warnings/,
    );
    expect(result.code).toBe(0);
  });

  it("--follow-symlinks reads them", async () => {
    const { root } = tree();
    const result = await run(["ingest", "in", "--dry-run", "--follow-symlinks"], { cwd: root });
    expect(result.stderr).not.toMatch(/symlink-outside/);
    expect(result.stdout).toMatch(/4 documents would be written/);
  });
});

describe("a link back to a folder being read", () => {
  it("is skipped with a warning, counted as one, and the exit code follows the rest of the batch", async () => {
    const root = mkdtempSync(join(tmpdir(), "classpec-loop-"));
    mkdirSync(join(root, "loop"));
    copyFileSync(fixture("kentucky/accountant-iii.txt"), join(root, "loop", "a.txt"));
    symlinkSync(".", join(root, "loop", "self"));
    const result = await run(["ingest", "loop", "--out", "-", "--follow-symlinks"], { cwd: root });
    expect(result.stderr).toBe(
      "classpec: loop/self: symlink-loop: Unexpected folder that links back to a folder being read, skipped it\n" +
        "classpec: 1 document written (1 complete, 0 partial), 0 failed; 1 warning, 0 errors\n",
    );
    expect(result.code).toBe(0);
    // The folder's one document, read once (not again through the loop).
    expect(JSON.parse(result.stdout).source.path).toBe("a.txt");
  });

  it("validate notes it as skipped and judges the folder by its documents", async () => {
    const root = mkdtempSync(join(tmpdir(), "classpec-loop-"));
    mkdirSync(join(root, "loop"));
    copyFileSync(
      join(REPO, "output/kentucky/us-ky.class.20001499.json"),
      join(root, "loop", "a.json"),
    );
    symlinkSync(".", join(root, "loop", "self"));
    const result = await run(["validate", "loop"], { cwd: root });
    expect(result.stdout).toBe(
      "loop/self: skipped, symlink-loop: Unexpected folder that links back to a folder being read, skipped it\n" +
        "loop/a.json: valid\n" +
        "classpec: 1 valid, 0 invalid (1 file checked)\n",
    );
    expect(result.code).toBe(0);
  });

  it("a folder whose only content is the loop has nothing to read: no-documents says so", async () => {
    const root = mkdtempSync(join(tmpdir(), "classpec-loop-"));
    mkdirSync(join(root, "loop"));
    symlinkSync(".", join(root, "loop", "self"));
    const result = await run(["ingest", "loop", "--dry-run"], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "classpec: loop: no-documents: Unexpected folder with no document to read (skipped 1 entry a link back to a folder being read), ",
    );
  });
});

describe("diff and symbolic links", () => {
  it("a skipped link is said once and the rest of the report is still made; --follow-symlinks reads it", async () => {
    const { root } = tree();
    const skipped = await run(["diff", "in", "in", "--format", "json"], { cwd: root });
    expect(skipped.code).toBe(0);
    expect(skipped.stderr.match(/in\/outside\.txt: symlink-outside/g)).toHaveLength(1);
    // The accountant twice (in sub/ and through the inside link) is one document.
    expect(JSON.parse(skipped.stdout).documents).toHaveLength(1);
    const followed = await run(["diff", "in", "in", "--format", "json", "--follow-symlinks"], {
      cwd: root,
    });
    expect(followed.code).toBe(0);
    expect(followed.stderr).not.toMatch(/symlink-outside/);
    expect(JSON.parse(followed.stdout).documents).toHaveLength(2);
  });
});

describe("a file swapped after the walk", () => {
  it("is not read through the link it became: input-changed", async () => {
    const { root } = tree();
    const { inputs } = await collectInputs(["in"], root);
    const accountant = inputs.find((found) => found.path === "in/sub/accountant.txt");
    if (!accountant) throw new Error("the walk found no accountant.txt");
    expect(Buffer.isBuffer(readInput(accountant.absolute, undefined, accountant.identity))).toBe(
      true,
    );
    rmSync(accountant.absolute);
    symlinkSync(join(root, "elsewhere", "ciso.txt"), accountant.absolute);
    expect(readInput(accountant.absolute, undefined, accountant.identity)).toEqual({
      code: "input-changed",
      message: expect.stringContaining("swapped for a symbolic link"),
    });
  });
});

describe("the output folder", () => {
  it("a link inside --out is never written through; the other documents are written", async () => {
    const { root } = tree();
    const out = join(root, "out");
    const elsewhere = join(root, "target");
    mkdirSync(out);
    mkdirSync(elsewhere);
    symlinkSync(elsewhere, join(out, "sub"));
    const result = await run(["ingest", "in", "--out", "out"], { cwd: root });
    expect(result.stderr).toMatch(/in\/sub\/accountant\.txt: output-symlink/);
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(readdirSync(out).filter((name) => name.endsWith(".json"))).toHaveLength(1);
    expect(result.code).toBe(1);
  });

  it("a folder named like a stale temp file is named and left alone, and the run goes on", async () => {
    const { root } = tree();
    const out = join(root, "out");
    mkdirSync(join(out, ".classpec-tmp-old"), { recursive: true });
    const result = await run(["ingest", "in", "--out", "out"], { cwd: root });
    expect(result.stderr).toMatch(/out\/\.classpec-tmp-old: stale-temp-skipped/);
    expect(result.stderr).not.toMatch(/internal|EISDIR/);
    expect(result.code).toBe(0);
    expect(readdirSync(join(out, "sub")).filter((name) => name.endsWith(".json"))).toHaveLength(1);
  });
});
