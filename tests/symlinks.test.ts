/** Input folders never lead out of themselves through symbolic links unless asked to. */
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, run } from "./helpers.js";

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
