/** The CLI as users meet it: bad input, exit codes, help, validate, reporters. */
import { execFileSync, spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { fixture, REPO, run } from "./helpers.js";

const ERROR_LINE = /^classpec: (.+?): ([a-z][a-z0-9-]*): (.+)$/;

function scratch(): string {
  return mkdtempSync(join(tmpdir(), "classpec-cli-"));
}

describe("ingest: bad input", () => {
  it.each([
    ["empty.txt", "empty-input"],
    ["whitespace-only.txt", "empty-input"],
    ["binary.dat", "binary-input"],
    ["image.png", "binary-input"],
    ["unknown-family.txt", "unknown-family"],
    ["truncated-kentucky.txt", "truncated-input"],
  ])("%s: one coded line, exit 1, no output, the rest of the batch written", async (name, code) => {
    const out = scratch();
    const result = await run([
      "ingest",
      `fixtures/bad/${name}`,
      "fixtures/kentucky/accountant-iii.txt",
      "--out",
      out,
    ]);
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(ERROR_LINE);
    expect(ERROR_LINE.exec(lines[0] ?? "")?.slice(1, 3)).toEqual([`fixtures/bad/${name}`, code]);
    expect(readdirSync(out)).toEqual(["us-ky.class.20000618.json"]);
  });

  it("a document that is no class spec: says what was looked for and what was found", async () => {
    const result = await run(["ingest", fixture("bad/unknown-family.txt"), "--dry-run"]);
    expect(result.stderr).toMatch(
      /unknown-family: Unexpected document that is no class spec \(looked for .+; found .+/,
    );
  });

  it("reports a missing path and goes on", async () => {
    const out = scratch();
    const result = await run([
      "ingest",
      "no/such/file.txt",
      fixture("kentucky/accountant-iii.txt"),
      "--out",
      out,
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("classpec: no/such/file.txt: not-found: No such file or folder\n");
    expect(readdirSync(out)).toHaveLength(1);
  });
});

describe("ingest: folders and reporters", () => {
  it("mirrors input folders under --out and names files after ids", async () => {
    const out = scratch();
    const result = await run(["ingest", "fixtures/kentucky", "--out", out, "-q"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      "classpec: 12 documents written (11 complete, 1 partial), 0 failed; 11 warnings, 1 error\n",
    );
    expect(readdirSync(out).sort()).toContain("us-ky.class.20001499.json");
  });

  it("prints NDJSON with --reporter json", async () => {
    const result = await run([
      "ingest",
      "fixtures/kentucky/social-service-clinician-i.txt",
      "--dry-run",
      "--reporter",
      "json",
    ]);
    const [first, summary] = result.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(first).toMatchObject({
      path: "fixtures/kentucky/social-service-clinician-i.txt",
      status: "complete",
    });
    expect(first.diagnostics.map((d: { code: string }) => d.code)).toEqual([
      "salary-inconsistent",
      "date-order",
    ]);
    expect(summary).toEqual({
      summary: { complete: 1, partial: 0, failed: 0, warnings: 2, errors: 0, dryRun: true },
    });
  });

  it("names both places of a consistency warning in every reporter", async () => {
    const input = "fixtures/kentucky/social-service-clinician-i.txt";
    const pretty = await run(["ingest", input, "--dry-run"]);
    // Grouped by file as eslint's stylish: the name, then one line per message.
    expect(pretty.stderr).toMatch(new RegExp(`^${input}\n  \\d+  warning  Unexpected `));
    expect(pretty.stderr).toContain(
      `  22  warning  Unexpected revision date 2004-11-01 before the established date 2010-03-15, expected it on or after (see line 20 /body/dates/established/date)  date-order\n`,
    );
    const json = await run(["ingest", input, "--dry-run", "--reporter", "json"]);
    const [first] = json.stdout.split("\n").map((line) => (line ? JSON.parse(line) : undefined));
    expect(first.diagnostics[1]).toEqual({
      severity: "warning",
      code: "date-order",
      message:
        "Unexpected revision date 2004-11-01 before the established date 2010-03-15, expected it on or after",
      pointer: "/body/dates/revised/date",
      startLine: 22,
      related: [{ startLine: 20, pointer: "/body/dates/established/date" }],
    });
  });

  it("prints workflow commands with --reporter github", async () => {
    const result = await run([
      "ingest",
      "fixtures/kentucky/social-service-clinician-i.txt",
      "--dry-run",
      "--reporter",
      "github",
    ]);
    expect(result.stderr).toContain(
      "::warning file=fixtures/kentucky/social-service-clinician-i.txt,line=22,title=date-order::Unexpected revision date",
    );
  });

  it("refuses to write when two inputs share an id, keeping the first", async () => {
    const folder = scratch();
    copyFileSync(fixture("kentucky/accountant-iii.txt"), join(folder, "a.txt"));
    copyFileSync(fixture("kentucky/accountant-iii.txt"), join(folder, "b.txt"));
    const out = scratch();
    const result = await run(["ingest", ".", "--out", out], { cwd: folder });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^classpec: b\.txt: duplicate-id: .*also made from a\.txt/m);
    expect(
      JSON.parse(readFileSync(join(out, "us-ky.class.20000618.json"), "utf8")).source.path,
    ).toBe("a.txt");
  });
});

describe("usage", () => {
  it("exits 2 on a usage error and names the help", async () => {
    const result = await run(["ingest", "x"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Missing --out DIR");
    expect((await run(["nope"])).code).toBe(2);
  });

  it("has --help on every command and --version", async () => {
    for (const command of ["ingest", "validate", "diff"]) {
      const result = await run([command, "--help"]);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^Usage: classpec /);
    }
    const ingestHelp = (await run(["ingest", "--help"])).stdout;
    expect(ingestHelp).toContain("CLASSPEC_THREADS=N");
    expect(ingestHelp).toContain("130 / 143 stopped by Ctrl-C / SIGTERM");
    const version = await run(["--version"]);
    expect(version.stdout).toBe(
      `${JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")).version}\n`,
    );
  });
});

describe("validate", () => {
  let good: string;
  beforeAll(() => {
    good = join(REPO, "output/kentucky/us-ky.class.20001499.json");
  });

  it("accepts committed output and names each error of a broken file by JSON pointer", async () => {
    const folder = scratch();
    const document = JSON.parse(readFileSync(good, "utf8"));
    document.body.pay.ranges[1].min = "a lot";
    delete document.body.codes;
    const broken = join(folder, "broken.json");
    writeFileSync(broken, JSON.stringify(document));
    writeFileSync(join(folder, "not.json"), "{ nope");
    const result = await run(["validate", good, "broken.json", "not.json"], { cwd: folder });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("us-ky.class.20001499.json: valid");
    const errors = result.stderr.trim().split("\n");
    expect(errors).toContain(
      "classpec: broken.json: schema-invalid: /body/pay/ranges/1/min: Invalid input: expected number, received string (invalid_type)",
    );
    expect(
      errors.some((line) =>
        line.startsWith("classpec: broken.json: schema-invalid: /body/codes: "),
      ),
    ).toBe(true);
    expect(errors.some((line) => /^classpec: not\.json: invalid-json: /.test(line))).toBe(true);
  });
});

describe("the installed binary", () => {
  it("runs from bin/, prints no stack trace for bad input, exits 1", () => {
    const result = spawnSync(
      process.execPath,
      [join(REPO, "bin/classpec.js"), "ingest", "fixtures/bad/binary.dat", "--dry-run"],
      {
        cwd: REPO,
        encoding: "utf8",
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      "classpec: fixtures/bad/binary.dat: binary-input: Unexpected binary content, expected text, HTML, markdown or PDF\n",
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("prints its version", () => {
    const output = execFileSync(process.execPath, [join(REPO, "bin/classpec.js"), "--version"], {
      encoding: "utf8",
    });
    expect(output).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe("atomic writes", () => {
  it("leaves no temporary files behind", async () => {
    const out = scratch();
    mkdirSync(join(out, "nested"), { recursive: true });
    await run(["ingest", "fixtures/kentucky", "--out", join(out, "nested"), "-q"]);
    expect(readdirSync(join(out, "nested")).filter((name) => name.startsWith(".")).length).toBe(0);
    expect(existsSync(join(out, "nested", "us-ky.class.20004417.json"))).toBe(true);
  });
});
