/**
 * The bad-input catalogue (issue 6): for each kind of input a data
 * maintainer can point classpec at, the behaviour they get. A rejected input
 * gives one line `classpec: <file>: <code>: <message>`, exit 1, no file, and
 * the rest of the batch is still written; an acceptable one parses.
 */
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { outputName } from "../pipeline/emit/index.js";
import { ingest } from "../pipeline/run.js";
import { fixture, run } from "./helpers.js";

const ERROR_LINE = /^classpec: (.+?): ([a-z][a-z0-9-]*): (.+)$/;
const SEED = fixture("kentucky/seed-production-specialist-ii.txt");
const GOOD = fixture("kentucky/accountant-iii.txt");
const GOOD_OUTPUT = "us-ky.class.20000618.json";

function scratch(): string {
  return mkdtempSync(join(tmpdir(), "classpec-robust-"));
}

function seedText(): string {
  return readFileSync(SEED, "utf8");
}

/** Writes `contents` to a temp file and returns its path. */
function temp(name: string, contents: string | Uint8Array): string {
  const path = join(scratch(), name);
  writeFileSync(path, contents);
  return path;
}

/** Ingests `bad` next to a good fixture: asserts one coded line, exit 1, only the good file written. */
async function expectRejected(bad: string, code: string, extra: string[] = []): Promise<string> {
  const out = scratch();
  const result = await run(["ingest", bad, GOOD, "--out", out, ...extra]);
  expect(result.code).toBe(1);
  const lines = result.stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  const match = ERROR_LINE.exec(lines[0] ?? "");
  expect(match?.[2]).toBe(code);
  expect(readdirSync(out)).toEqual([GOOD_OUTPUT]);
  return lines[0] ?? "";
}

async function expectParsed(path: string) {
  const result = await ingest(new Uint8Array(readFileSync(path)), "input.txt");
  if (result.status === "failed") throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.document;
}

function codes(document: { diagnostics: Array<{ code: string }> }): string[] {
  return document.diagnostics.map((diagnostic) => diagnostic.code);
}

describe("rejected inputs: one coded line, exit 1, the rest written", () => {
  it.each([
    ["empty", "", "empty-input"],
    ["whitespace only", " \n\t\n\f  \r\n", "empty-input"],
    [
      "binary noise",
      new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)),
      "binary-input",
    ],
    [
      "a PNG",
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
      "binary-input",
    ],
    ["prose of no family", "Dear reader,\nthis is a letter about nothing.\n", "unknown-family"],
    ["one line of 1 MB", "a".repeat(1 << 20), "unknown-family"],
  ] as const)("%s", async (name, contents, code) => {
    const line = await expectRejected(temp(`${name.replace(/\W+/g, "-")}.txt`, contents), code);
    expect(line).not.toContain("alert");
  });

  it("HTML with only a <script>: unknown-family, and the script named, never read", async () => {
    const bad = temp("only-script.txt", "<html><body><script>alert('x')</script></body></html>");
    const result = await run(["ingest", bad, GOOD, "--out", scratch()]);
    expect(result.code).toBe(1);
    const [error, ...rest] = result.stderr.trim().split("\n");
    expect(ERROR_LINE.exec(error ?? "")?.[2]).toBe("unknown-family");
    // The file's name, then its one message (grouped as eslint's stylish output).
    expect(rest).toHaveLength(2);
    expect(rest[1]).toContain("markup-script-dropped");
    expect(result.stderr).not.toContain("alert");
  });

  it("a file over --max-bytes: too-large", async () => {
    const big = temp("big.txt", seedText().repeat(20));
    await expectRejected(big, "too-large", ["--max-bytes", "50000"]);
  });

  it("a Kentucky spec cut short: truncated-input", async () => {
    await expectRejected(fixture("bad/truncated-kentucky.txt"), "truncated-input");
  });

  it("a missing file: not-found", async () => {
    await expectRejected(join(scratch(), "nope.txt"), "not-found");
  });

  it("an unreadable file: unreadable (chmod 000; as root, a dangling symlink)", async () => {
    const folder = scratch();
    const path = join(folder, "locked.txt");
    copyFileSync(SEED, path);
    chmodSync(path, 0o000);
    // root reads through chmod 000: then test another unreadable kind, a link to nowhere.
    const deniesReads = spawnSync("cat", [path]).status !== 0;
    const target = deniesReads ? path : join(folder, "dangling.txt");
    if (!deniesReads) symlinkSync(join(folder, "gone.txt"), target);
    await expectRejected(target, deniesReads ? "unreadable" : "not-found");
    const out = scratch();
    const walked = await run(["ingest", folder, "--out", out, "--exclude", path]);
    if (!deniesReads) {
      expect(walked.stderr).toMatch(/^classpec: .*dangling\.txt: unreadable: /m);
      expect(walked.code).toBe(1);
    }
  });

  it("a FIFO in a folder is reported, never read (a read would block forever)", async () => {
    const folder = scratch();
    copyFileSync(GOOD, join(folder, "good.txt"));
    const made = spawnSync("mkfifo", [join(folder, "pipe.txt")]).status === 0;
    if (!made) return; // no mkfifo on this system
    const out = scratch();
    const result = await run(["ingest", folder, "--out", out]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/^classpec: .*pipe\.txt: unreadable: Unexpected FIFO/);
    expect(readdirSync(out)).toEqual([GOOD_OUTPUT]);
  });

  it("a symlink loop in an input folder: symlink-loop (a file link to itself fails, a folder link back is skipped), the rest written", async () => {
    const folder = scratch();
    copyFileSync(GOOD, join(folder, "good.txt"));
    mkdirSync(join(folder, "sub"));
    symlinkSync(folder, join(folder, "sub", "loop"));
    symlinkSync(join(folder, "self.txt"), join(folder, "self.txt"));
    const out = scratch();
    const result = await run(["ingest", folder, "--out", out]);
    // Exit 1 for self.txt, which cannot be read; the folder link back only skips a folder read anyway.
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(ERROR_LINE.exec(line)?.[2]).toBe("symlink-loop");
    expect(result.stdout).toMatch(/, 1 failed; 1 warning,/);
    expect(readdirSync(out)).toEqual([GOOD_OUTPUT]);
  });

  it("deeply nested blockquotes: a coded failure for that file, not a crash of the batch", async () => {
    const path = temp("quotes.md", `${">".repeat(10_000)} deep\n`);
    const out = scratch();
    const result = await run(["ingest", path, GOOD, "--out", out]);
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(ERROR_LINE);
    expect(readdirSync(out)).toEqual([GOOD_OUTPUT]);
  });

  // Time is bounded by the worker's deadline in production (hostile.full.test.ts), never by a stopwatch here.
  it("deeply nested markdown lists: a coded failure", async () => {
    const nested = Array.from({ length: 100 }, (_, i) => `${"  ".repeat(i)}- item ${i}`).join("\n");
    await expectRejected(temp("nested.md", `# Title\n\n${nested}\n`), "unknown-family");
  });
});

describe("an output folder that cannot be written", () => {
  it("--out names an existing file: a usage error (exit 2), nothing read", async () => {
    const file = temp("not-a-folder", "x");
    const result = await run(["ingest", GOOD, "--out", file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `classpec: Unexpected file '${file}' for '--out', expected a folder (ingest writes one JSON per input)\nRun 'classpec ingest --help' for usage.\n`,
    );
    expect(result.stdout).toBe("");
  });

  it("--out under a file: one output-unwritable line, exit 1, nothing read", async () => {
    const file = temp("not-a-folder", "x");
    const result = await run(["ingest", GOOD, "--out", join(file, "out")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^classpec: .*not-a-folder\/out: output-unwritable: Cannot write the output here: A file stands where a folder is needed\n$/,
    );
    expect(result.stdout).toBe("");
  });

  it("--out a link to nothing: one output-unwritable line, exit 1, nothing read", async () => {
    const folder = scratch();
    const link = join(folder, "dangling");
    symlinkSync(join(folder, "gone"), link);
    const result = await run(["ingest", GOOD, "--out", link]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^classpec: .*dangling: output-unwritable: Cannot write the output here: .*\n$/,
    );
    expect(result.stdout).toBe("");
  });

  it("a sub-folder taken by a file: write-failed for that document, the rest written", async () => {
    const input = scratch();
    mkdirSync(join(input, "sub"));
    copyFileSync(GOOD, join(input, "top.txt"));
    copyFileSync(SEED, join(input, "sub", "seed.txt"));
    const out = scratch();
    writeFileSync(join(out, "sub"), "a file where the mirrored folder should be");
    const result = await run(["ingest", ".", "--out", out], { cwd: input });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^classpec: sub\/seed\.txt: write-failed: Could not write .*us-ky\.class\.20001499\.json: A file stands where a folder is needed$/m,
    );
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(readdirSync(out).sort()).toEqual(["sub", GOOD_OUTPUT]);
    expect(result.stdout).toContain("1 document written (1 complete, 0 partial), 1 failed");
  });
});

describe("acceptable inputs parse", () => {
  it("NUL bytes inside text: removed, with a warning", async () => {
    const document = await expectParsed(
      temp("nul.txt", seedText().replace("Grade:", "Gr\0ade:\0")),
    );
    expect(document.body).toMatchObject({
      pay: { grades: [expect.objectContaining({ value: "11" })] },
      codes: expect.arrayContaining([
        expect.objectContaining({ scheme: "job-number", value: "20001499" }),
      ]),
    });
    expect(codes(document)).toContain("nul-removed");
  });

  it("invalid UTF-8: decoded as windows-1252, with a warning", async () => {
    const bytes = Buffer.concat([Buffer.from(seedText()), Buffer.from([0xff, 0xfe, 0x0a])]);
    const document = await expectParsed(temp("invalid.txt", bytes));
    expect(codes(document)).toContain("encoding-fallback");
  });

  it.each([
    ["UTF-16 LE with BOM", "utf16le", [0xff, 0xfe]],
    ["UTF-16 BE with BOM", "utf16be", [0xfe, 0xff]],
  ] as const)("%s: same body as the UTF-8 seed", async (_name, encoding, bom) => {
    const little = Buffer.from(seedText(), "utf16le");
    const bytes = encoding === "utf16le" ? little : Buffer.from(little).swap16();
    const document = await expectParsed(
      temp("utf16.txt", Buffer.concat([Buffer.from(bom), bytes])),
    );
    const seed = await expectParsed(SEED);
    expect(document.body).toEqual(seed.body);
  });

  it("Windows-1252 smart quotes in a text export: read as the quotes they are", async () => {
    const document = await expectParsed(fixture("bad/windows-1252-smart-quotes.txt"));
    expect(document.body).toMatchObject({
      codes: expect.arrayContaining([expect.objectContaining({ value: "20001499" })]),
    });
    expect(JSON.stringify(document.body)).toContain("“bachelor’s degree”");
    expect(codes(document)).toContain("encoding-fallback");
  });

  it("a 1 MB line inside a Kentucky spec: parsed", async () => {
    const filler = "years of experience in ".repeat(45_000);
    const text = seedText().replace(
      "Coordinates unit activity with other units.",
      `Coordinates unit activity with other units. ${filler}`,
    );
    const document = await expectParsed(temp("long-line.txt", text));
    expect(document.body).toMatchObject({
      codes: expect.arrayContaining([expect.objectContaining({ value: "20001499" })]),
    });
  });

  it("a spec missing a required section: written as partial with missing-section", async () => {
    const out = scratch();
    const result = await run([
      "ingest",
      fixture("kentucky/office-support-assistant-partial.txt"),
      "--out",
      out,
    ]);
    expect(result.code).toBe(0);
    const [name] = readdirSync(out);
    const document = JSON.parse(readFileSync(join(out, name ?? ""), "utf8"));
    expect(document.status).toBe("partial");
    expect(codes(document)).toContain("missing-section");
  });

  it("a duplicated section: duplicate-section warning, the first read, the second unmapped", async () => {
    const text = seedText().replace(
      "EXPERIENCE:\n\nMust have one year of production support experience.\n",
      "EXPERIENCE:\n\nMust have one year of production support experience.\n\nEXPERIENCE:\n\nMust have nine years of unrelated experience.\n",
    );
    const document = await expectParsed(temp("duplicate.txt", text));
    expect(codes(document)).toContain("duplicate-section");
    expect(document.body).toMatchObject({
      qualifications: {
        minimum: { experience: "Must have one year of production support experience." },
      },
    });
    expect(JSON.stringify(document.unmapped)).toContain("nine years of unrelated");
  });

  it("file names with spaces and non-ASCII characters", async () => {
    const folder = scratch();
    const name = "Spécification — ünïcode name 规格.txt";
    copyFileSync(SEED, join(folder, name));
    const out = scratch();
    const result = await run(["ingest", folder, "--out", out], { cwd: folder });
    expect(result.code).toBe(0);
    const document = JSON.parse(readFileSync(join(out, "us-ky.class.20001499.json"), "utf8"));
    expect(document.source.path).toBe(name);
  });

  it("an HTML document with a <script>: the script's text never reaches the output", async () => {
    const iowa = readFileSync(fixture("iowa/seed-information-technology-specialist.txt"), "utf8");
    const html = `<html><head><script>window.steal("SECRET-SCRIPT")</script></head><body>${iowa
      .split(/\n{2,}/)
      .map((block) => `<p>${block.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`)
      .join("\n")}<script>alert("SECRET-SCRIPT")</script></body></html>`;
    const result = await ingest(new TextEncoder().encode(html), "series.html");
    expect(JSON.stringify(result)).not.toContain("SECRET-SCRIPT");
  });
});

describe("output stays inside --out", () => {
  it.each([
    "../../etc/passwd",
    "us-ky/class/../../../x",
    "/abs/olute",
    "..",
    "a/./b",
    "\0/..\\..",
    "CON",
  ])("outputName(%j) is one plain file name", (id) => {
    const name = outputName(id);
    expect(name).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)*\.json$/);
    expect(name).not.toContain("/");
    expect(name).not.toContain("..");
  });

  it("a job number that is a path: nothing is written outside the output folder", async () => {
    const root = scratch();
    const out = join(root, "a", "b", "out");
    mkdirSync(out, { recursive: true });
    const text = seedText().replace("20001499Job Number:", "../../../escape/x Job Number:");
    const path = join(root, "escape.txt");
    writeFileSync(path, text);
    const result = await run(["ingest", path, GOOD, "--out", out]);
    expect(result.code).toBe(1);
    expect(result.stderr.split("\n")[0]).toMatch(ERROR_LINE);
    expect(readdirSync(root).sort()).toEqual(["a", "escape.txt"]);
    expect(readdirSync(join(root, "a", "b"))).toEqual(["out"]);
    expect(readdirSync(out)).toEqual([GOOD_OUTPUT]);
  });
});
