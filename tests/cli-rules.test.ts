/**
 * One set of CLI rules for every command (issue 25), as a table: each bad
 * invocation exits 2 with the same two lines (what is wrong, where the usage
 * is), and a near miss of an option, a value or an id is named.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

const scratch = mkdtempSync(join(tmpdir(), "classpec-rules-"));
const A_FILE = join(scratch, "a-file.json");
writeFileSync(A_FILE, "{}");

/** argv, the help hint's command, and what the first line must say. */
const BAD: ReadonlyArray<readonly [string[], string | undefined, RegExp]> = [
  [[], undefined, /^Missing command, expected one of: ingest, validate, diff, qualify\.$/],
  [["injest", "x"], undefined, /^Unknown command 'injest'.* Did you mean 'ingest'\?$/],
  [["ingest"], "ingest", /^Missing <files\|dirs\|globs\|-\.\.\.> for 'ingest'$/],
  [["ingest", "x"], "ingest", /^Missing --out DIR/],
  [["ingest", "x", "--ouy", "o"], "ingest", /Did you mean '--out'\?$/],
  [["ingest", "x", "--dryrun"], "ingest", /Did you mean '--dry-run'\?$/],
  [["ingest", "x", "--dry-run", "--reporter", "jsn"], "ingest", /Did you mean 'json'\?$/],
  [["ingest", "x", "--dry-run", "--max-bytes", "lots"], "ingest", /'--max-bytes'/],
  [["ingest", "x", "--dry-run", "--ignore", "nonsense"], "ingest", /'--ignore', expected CODE@ID/],
  [
    ["ingest", "x", "--out", A_FILE],
    "ingest",
    /^Unexpected file .* for '--out', expected a folder/,
  ],
  [["validate"], "validate", /^Missing <json\|dirs\|globs\|-\.\.\.> for 'validate'$/],
  [["validate", "x", "--reporter", "prety"], "validate", /Did you mean 'pretty'\?$/],
  [["validate", "x", "--exlude", "y"], "validate", /Did you mean '--exclude'\?$/],
  [["validate", "x", "--quiet=1"], "validate", /^Option '--quiet' takes no value$/],
  [["diff"], "diff", /^Missing <before> <after> for 'diff'$/],
  [["diff", "a"], "diff", /^Missing <after> for 'diff' \(got <before> 'a'\)$/],
  [["diff", "a", "b", "c"], "diff", /^Too many arguments for 'diff', expected at most 2$/],
  [["diff", "a", "b", "--format", "mdd"], "diff", /Did you mean 'md'\?$/],
  [["diff", "a", "b", "--fail-on", "majr"], "diff", /Did you mean 'major'\?$/],
  [["diff", "a", "b", "--sevrity", "x=major"], "diff", /Did you mean '--severity'\?$/],
  [
    ["diff", "a", "b", "--severity", "title-chnged=minor"],
    "diff",
    /^Unknown change id 'title-chnged'.* Did you mean 'title-changed'\?$/,
  ],
  [
    ["diff", "a", "b", "--severity", "title-changed=majr"],
    "diff",
    /^Unknown level 'majr'.* Did you mean 'major'\?$/,
  ],
  [
    ["diff", "a", "b", "--out", scratch],
    "diff",
    /^Unexpected folder .* for '--out', expected a file/,
  ],
  [["diff", "-", "-"], "diff", /^Only one side of 'diff' can be read from stdin/],
];

describe("usage errors: exit 2, one line saying what is wrong, one naming the help", () => {
  it.each(BAD)("%j", async (argv, command, first) => {
    const result = await run(argv, { cwd: scratch });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    const lines = result.stderr.split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^classpec: /);
    expect(lines[0]?.slice("classpec: ".length)).toMatch(first);
    expect(lines[1]).toBe(`Run 'classpec ${command ? `${command} ` : ""}--help' for usage.`);
  });
});

describe("one line per problem per reporter", () => {
  it.each(["pretty", "github"])(
    "ingest --reporter %s: a missing file is said once",
    async (reporter) => {
      const result = await run(["ingest", "missing.txt", "--dry-run", "--reporter", reporter], {
        cwd: scratch,
      });
      expect(result.code).toBe(1);
      const said = result.stderr.split("\n").filter((line) => line.includes("missing.txt"));
      expect(said).toHaveLength(1);
      expect(said[0]).toMatch(
        reporter === "github"
          ? /^::error file=missing\.txt/
          : /^classpec: missing\.txt: not-found: /,
      );
    },
  );

  it.each(["pretty", "github"])(
    "validate --reporter %s: a broken file is said once",
    async (reporter) => {
      const result = await run(["validate", A_FILE, "--reporter", reporter], { cwd: scratch });
      expect(result.code).toBe(1);
      const said = result.stderr.split("\n").filter((line) => line !== "");
      expect(said).toHaveLength(1);
      expect(said[0]).toMatch(
        reporter === "github" ? /^::error file=/ : /^classpec: .*: schema-invalid: /,
      );
    },
  );
});

describe("diff says which format it picked when it picked by the terminal", () => {
  it.each([
    [true, "markdown, as stdout is a terminal"],
    [false, "JSON, as stdout is not a terminal"],
  ])("isTTY %s", async (isTTY, said) => {
    const result = await run(["diff", "output/kentucky", "output/kentucky"], { isTTY });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`classpec: diff: writing ${said}; --format`);
    const explicit = await run(["diff", "output/kentucky", "output/kentucky", "--format", "md"]);
    expect(explicit.stderr).not.toContain("classpec: diff: writing");
  });
});
