/**
 * CLI conventions users know from eslint, tsc and prettier (issue 15): "did
 * you mean", validate over folders with a summary, -q and reporters, GitHub
 * annotations for whole-file failures, --strict, --dry-run, paths as given,
 * and a progress line only on a terminal's stderr.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArgs } from "../pipeline/cli/args.js";
import { COMMANDS } from "../pipeline/cli/main.js";
import { createProgress, progressLine } from "../pipeline/cli/progress.js";
import { closest } from "../pipeline/cli/suggest.js";
import { fixture, REPO, run } from "./helpers.js";

const PARTIAL = "fixtures/kentucky/office-support-assistant-partial.txt";
const GOOD = "fixtures/kentucky/accountant-iii.txt";

function scratch(): string {
  return mkdtempSync(join(tmpdir(), "classpec-conventions-"));
}

describe("did you mean", () => {
  it.each([
    [["injest", "x"], "Did you mean 'ingest'?"],
    [["valdiate", "x"], "Did you mean 'validate'?"],
    [["ingest", "x", "--ouy", "o"], "Did you mean '--out'?"],
    [["ingest", "x", "--dryrun"], "Did you mean '--dry-run'?"],
    [["ingest", "x", "--reporterr", "json"], "Did you mean '--reporter'?"],
    [["diff", "a", "b", "--fail-onn", "major"], "Did you mean '--fail-on'?"],
  ])("%j", (argv, suggestion) => {
    const parsed = parseArgs(argv, COMMANDS);
    expect(parsed.kind).toBe("usage-error");
    if (parsed.kind === "usage-error") expect(parsed.message.endsWith(suggestion)).toBe(true);
  });

  it("suggests nothing when nothing is close, or the name is too short to guess", () => {
    expect(closest("frobnicate", ["ingest", "validate", "diff"])).toBeUndefined();
    expect(closest("-x", ["-o", "-q"])).toBeUndefined();
    expect(closest("dif", ["ingest", "validate", "diff"])).toBe("diff");
  });

  it("the usage error exits 2 and names the help", async () => {
    const result = await run(["injest", "x"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "classpec: Unknown command 'injest', expected one of: ingest, validate, diff, qualify. Did you mean 'ingest'?\nRun 'classpec --help' for usage.\n",
    );
  });
});

describe("validate: folders, summary, -q, reporters", () => {
  function tree(): string {
    const folder = scratch();
    mkdirSync(join(folder, "out", "nested"), { recursive: true });
    copyFileSync(
      join(REPO, "output/kentucky/us-ky.class.20001499.json"),
      join(folder, "out", "a.json"),
    );
    const document = JSON.parse(
      readFileSync(join(REPO, "output/kentucky/us-ky.class.20000618.json"), "utf8"),
    );
    writeFileSync(
      join(folder, "out", "nested", "b.json"),
      JSON.stringify({ ...document, extra: 1 }),
    );
    writeFileSync(join(folder, "out", "notes.txt"), "not JSON, not looked at");
    return folder;
  }

  it("walks a folder for .json, prints each verdict and a summary line", async () => {
    const cwd = tree();
    const result = await run(["validate", "out"], { cwd });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      "out/a.json: valid\nclasspec: 1 valid, 1 invalid (2 files checked)\n",
    );
    expect(result.stderr).toBe(
      'classpec: out/nested/b.json: schema-invalid: /: Unrecognized key: "extra" (unrecognized_keys)\n',
    );
  });

  it("-q prints only errors and the summary", async () => {
    const result = await run(["validate", "out", "-q"], { cwd: tree() });
    expect(result.stdout).toBe("classpec: 1 valid, 1 invalid (2 files checked)\n");
  });

  it("--reporter json: one object per file, then the summary", async () => {
    const result = await run(["validate", "out", "--reporter", "json"], { cwd: tree() });
    const lines = result.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines).toEqual([
      { path: "out/a.json", valid: true, errors: [] },
      {
        path: "out/nested/b.json",
        valid: false,
        errors: [{ code: "schema-invalid", pointer: "", message: 'Unrecognized key: "extra"' }],
      },
      { summary: { valid: 1, invalid: 1, skipped: 0, folderProblems: 0 } },
    ]);
  });

  it("--reporter github annotates each error, whole-file ones included", async () => {
    const cwd = tree();
    writeFileSync(join(cwd, "broken.json"), "{ nope");
    const result = await run(["validate", "out", "broken.json", "--reporter", "github"], { cwd });
    expect(result.stderr).toContain(
      '::error file=out/nested/b.json,title=schema-invalid::/: Unrecognized key: "extra" (unrecognized_keys)',
    );
    expect(result.stderr).toMatch(/^::error file=broken\.json,title=invalid-json::/m);
  });

  it("names a diff report as what it is instead of a document without a kind", async () => {
    const cwd = scratch();
    const report = await run(
      [
        "diff",
        fixture("revisions/kentucky/grade-change/before.txt"),
        fixture("revisions/kentucky/grade-change/after.txt"),
        "--format",
        "json",
      ],
      { cwd },
    );
    writeFileSync(join(cwd, "diff.json"), report.stdout);
    const result = await run(["validate", "diff.json"], { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      "classpec: diff.json: not-a-document: Unexpected classpec diff report, expected a spec document made by 'classpec ingest'\n",
    );
  });

  it("JSON Lines: a line that is not JSON is one invalid-json, the other lines are checked", async () => {
    const cwd = scratch();
    const ingested = await run(["ingest", fixture("kentucky"), "--out", "-"], { cwd });
    const [first, second, third] = ingested.stdout.split("\n");
    // A blank line between: the line named is the file's own line number.
    writeFileSync(join(cwd, "m2.jsonl"), `${first}\n\n${second}\ngarbage\n${third}\n`);
    const result = await run(["validate", "m2.jsonl", "-q"], { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `classpec: m2.jsonl#line 4: invalid-json: Unexpected token 'g', "garbage" is not valid JSON\n`,
    );
    expect(result.stdout).toBe("classpec: 3 valid, 1 invalid (4 files checked)\n");
    // Cut off mid-way: the position is counted in that line, not as "line 1" of the file.
    writeFileSync(join(cwd, "m3.jsonl"), `${first}\n${second?.slice(0, 40)}`);
    const cut = await run(["validate", "m3.jsonl", "-q"], { cwd });
    expect(cut.stderr).toMatch(/^classpec: m3\.jsonl#line 2: invalid-json: .* \(column 41\)\n$/);
    expect(cut.stdout).toBe("classpec: 1 valid, 1 invalid (2 files checked)\n");
  });

  it("a broken pretty-printed document stays one invalid-json, its own line and column", async () => {
    const cwd = scratch();
    const pretty = readFileSync(join(REPO, "output/kentucky/us-ky.class.20001499.json"), "utf8");
    // An object alone on its line (the empty one in x) makes no JSON Lines: it is indented.
    const broken = pretty
      .replace('"kind"', "kind")
      .replace(/\n\}\n$/, ',\n  "x": [\n    {}\n  ]\n}\n');
    expect(broken).not.toBe(pretty);
    writeFileSync(join(cwd, "pretty.json"), broken);
    const result = await run(["validate", "pretty.json"], { cwd });
    expect(result.stderr).toMatch(
      /^classpec: pretty\.json: invalid-json: Expected double-quoted property name in JSON at position \d+ \(line \d+ column \d+\)\n$/,
    );
    expect(result.stdout).toBe("classpec: 0 valid, 1 invalid (1 file checked)\n");
  });

  it("JSON Lines with a pretty-printed document appended is one invalid-json, not one a line", async () => {
    const cwd = scratch();
    const ingested = await run(["ingest", fixture("kentucky"), "--out", "-"], { cwd });
    const [first, second] = ingested.stdout.split("\n");
    const pretty = readFileSync(join(REPO, "output/kentucky/us-ky.class.20001499.json"), "utf8");
    writeFileSync(join(cwd, "mixed.jsonl"), `${first}\n${second}\n${pretty}`);
    const result = await run(["validate", "mixed.jsonl"], { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^classpec: mixed\.jsonl: invalid-json: [^\n]*\n$/);
    expect(result.stdout).toBe("classpec: 0 valid, 1 invalid (1 file checked)\n");
  });

  it("a folder without .json files is an error, not a pass", async () => {
    const cwd = scratch();
    mkdirSync(join(cwd, "empty"));
    const result = await run(["validate", "empty"], { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^classpec: empty: no-documents: /);
    // No file was checked: the folder is not counted as an invalid file.
    expect(result.stdout).toBe(
      "classpec: 0 valid, 0 invalid (0 files checked); 1 folder without documents\n",
    );
  });
  it("a folder (or glob) of only skipped files checked nothing: no-documents, saying what was skipped", async () => {
    const cwd = scratch();
    const out = join(cwd, "vr");
    await run(["ingest", GOOD, "--out", out, "--provenance", "sidecar", "-q"]);
    rmSync(join(out, "us-ky.class.20000618.json"));
    const report = await run([
      "diff",
      fixture("revisions/kentucky/grade-change/before.txt"),
      fixture("revisions/kentucky/grade-change/after.txt"),
      "--format",
      "json",
    ]);
    writeFileSync(join(out, "diff.json"), report.stdout);
    const result = await run(["validate", "vr", "-q"], { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      "classpec: vr: no-documents: This folder holds no document to check: 2 files skipped, 1 classpec diff report and 1 provenance sidecar, none a spec document made by 'classpec ingest'\n",
    );
    expect(result.stdout).toBe(
      "classpec: 0 valid, 0 invalid (0 files checked, 2 skipped as not documents); 1 folder without documents\n",
    );
    const glob = await run(["validate", "vr/*.json", "-q"], { cwd });
    expect(glob.code).toBe(1);
    expect(glob.stderr).toMatch(
      /^classpec: vr\/\*\.json: no-documents: The files this pattern matches hold no document to check: 2 files skipped/,
    );
    // One document beside them is a pass again: the skipped files are notes, not failures.
    copyFileSync(join(REPO, "output/kentucky/us-ky.class.20000618.json"), join(out, "a.json"));
    const beside = await run(["validate", "vr", "-q"], { cwd });
    expect(beside.code).toBe(0);
    expect(beside.stdout).toBe(
      "classpec: 1 valid, 0 invalid (1 file checked, 2 skipped as not documents)\n",
    );
  });
});

describe("ingest conventions", () => {
  it("--reporter github annotates whole-file failures too", async () => {
    const cwd = scratch();
    writeFileSync(join(cwd, "empty.txt"), "");
    copyFileSync(fixture("kentucky/accountant-iii.txt"), join(cwd, "a.txt"));
    copyFileSync(fixture("kentucky/accountant-iii.txt"), join(cwd, "b.txt"));
    const result = await run(
      ["ingest", "empty.txt", "missing.txt", "a.txt", "b.txt", "--dry-run", "--reporter", "github"],
      { cwd },
    );
    expect(result.code).toBe(1);
    for (const [file, code] of [
      ["empty.txt", "empty-input"],
      ["missing.txt", "not-found"],
      ["b.txt", "duplicate-id"],
    ] as const) {
      expect(result.stderr).toMatch(
        new RegExp(`^::error file=${file.replace(".", "\\.")},title=${code}::`, "m"),
      );
      // The annotation only: one line per problem per reporter.
      expect(result.stderr).not.toMatch(
        new RegExp(`^classpec: ${file.replace(".", "\\.")}: ${code}: `, "m"),
      );
    }
  });

  it("--strict: a partial document exits 1 (it is written all the same)", async () => {
    const out = scratch();
    expect((await run(["ingest", PARTIAL, "--out", out, "-q"])).code).toBe(0);
    const strict = await run(["ingest", PARTIAL, "--out", out, "-q", "--strict"]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain("1 document written (0 complete, 1 partial)");
    expect((await run(["ingest", GOOD, "--out", out, "-q", "--strict"])).code).toBe(0);
  });

  it("--dry-run says what it would write, and writes nothing", async () => {
    const result = await run(["ingest", GOOD, PARTIAL, "--dry-run"]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines).toEqual([
      "would write us-ky.class.20000618.json (complete)",
      "would write us-ky.class.20000104.json (partial)",
      "classpec: 2 documents would be written (1 complete, 1 partial), 0 failed; 0 warnings, 1 error",
    ]);
  });

  it("names inputs as given: an absolute path stays absolute, a relative one relative", async () => {
    const absolute = join(REPO, "fixtures/bad/empty.txt");
    const result = await run([
      "ingest",
      absolute,
      "./fixtures/bad//whitespace-only.txt",
      "--dry-run",
    ]);
    expect(result.stderr).toContain(`classpec: ${absolute}: empty-input: `);
    expect(result.stderr).toContain("classpec: fixtures/bad/whitespace-only.txt: empty-input: ");
    const json = await run(["ingest", absolute, "--dry-run", "--reporter", "json"]);
    expect(JSON.parse(json.stdout.split("\n")[0] ?? "")).toMatchObject({ path: absolute });
  });

  it("no progress line unless stderr is a terminal, and never in CI", async () => {
    for (const [stderrIsTTY, env] of [
      [false, {}],
      [true, { CI: "true" }],
    ] as const) {
      let stderr = "";
      const { main } = await import("../pipeline/cli/main.js");
      await main(["ingest", "fixtures/kentucky", "--dry-run", "-q"], {
        stdout: () => {},
        stderr: (text) => {
          stderr += text;
        },
        cwd: REPO,
        isTTY: true,
        stderrIsTTY,
        env,
      });
      expect(stderr).not.toMatch(/\r|docs\/s/);
    }
  });
});

describe("the progress line", () => {
  /** A batch of `total` documents, each taking `each` ms on a fake clock. */
  function simulate(total: number, each: number, others: ReadonlyMap<number, string> = new Map()) {
    let clock = 0;
    let screen = "";
    const write = (text: string) => {
      screen += text;
    };
    const progress = createProgress(total, write, { enabled: true, now: () => clock });
    for (let done = 1; done <= total; done++) {
      clock += each;
      const other = others.get(done);
      if (other !== undefined) {
        progress.clear();
        write(other);
      }
      progress.update(done);
    }
    progress.clear();
    return screen;
  }

  it("shows count, rate and time left on a long run, and is cleared at the end", () => {
    const screen = simulate(100, 50); // 5 s in all
    expect(screen).toContain("\r\u001b[K[  5/100] 20.0 docs/s, 5 s left");
    expect(screen).toContain("\r\u001b[K[ 99/100] 20.0 docs/s, 1 s left");
    expect(screen.endsWith("\r\u001b[K")).toBe(true);
  });

  it("measures the rate after the first document (start-up and warm-up left out)", () => {
    let clock = 0;
    let screen = "";
    const progress = createProgress(
      100,
      (text) => {
        screen += text;
      },
      { enabled: true, now: () => clock },
    );
    clock = 1_000; // the first document pays for start-up
    progress.update(1);
    for (let done = 2; done <= 5; done++) {
      clock += 50;
      progress.update(done);
    }
    // Not the 4 docs/s that counting the first second would give.
    expect(screen.startsWith("\r\u001b[K[  2/100] 20.0 docs/s, 5 s left")).toBe(true);
  });

  it("stays away from a run expected to end within 2 s", () => {
    expect(simulate(100, 10)).toBe(""); // 1 s in all
  });

  it("clears its line before other output, then draws again", () => {
    const screen = simulate(100, 50, new Map([[40, "classpec: x.txt: empty-input: ...\n"]]));
    const cleared = "\r\u001b[K";
    const at = screen.indexOf("classpec: x.txt");
    expect(screen.slice(0, at).endsWith(`s left${cleared}`)).toBe(true);
    expect(
      screen.slice(at).startsWith(`classpec: x.txt: empty-input: ...\n${cleared}[ 40/100]`),
    ).toBe(true);
  });

  it("formats minutes", () => {
    expect(progressLine(10, 1000, 1)).toBe("[  10/1000] 1.0 docs/s, 16 min 30 s left");
  });
});
