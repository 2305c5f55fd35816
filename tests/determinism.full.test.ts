/**
 * Determinism (issue 6): the same input gives byte-identical JSON whatever
 * the run, the order of the arguments, the order or folder the files are
 * read in, and whether the batch runs on one thread or on the worker pool;
 * the messages (stdout, stderr) are identical too. Every fixture family:
 * Kentucky text exports, Iowa series (text, markdown and Word HTML in
 * sub-folders) and the PDFs of both producers.
 *
 * The built CLI runs as a child process (tests/child.ts): the pool only
 * runs compiled JavaScript, and a fresh process per run means no state is
 * shared between the runs compared.
 */
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { serialize } from "../pipeline/emit/index.js";
import { corpus } from "../scripts/corpus-lib.js";
import { BUILT, type Exit, killChildren, readTree, runCli, treeDifferences } from "./child.js";
import { REPO } from "./helpers.js";

const FAMILIES = ["fixtures/kentucky", "fixtures/iowa", "fixtures/pdf"];
/** Output folders the fixture families must fill: a walk that missed one would compare nothing. */
const EXPECTED_FOLDERS = [
  "",
  "markdown",
  "text-export",
  "word-html",
  "libreoffice",
  "pdf-lib",
  "natural/libreoffice",
  "natural/pdf-lib",
];
const RUN_TIMEOUT_MS = 120_000;

const scratches: string[] = [];

function scratch(): string {
  const folder = mkdtempSync(join(tmpdir(), "classpec-determinism-"));
  scratches.push(folder);
  return folder;
}

/** Every document under `folder` (fixture notes like README.md are not documents), sorted. */
function documentFiles(folder: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(folder).sort()) {
    const path = `${folder}/${name}`;
    if (statSync(join(REPO, path)).isDirectory()) found.push(...documentFiles(path));
    else if (!/^readme/i.test(name)) found.push(path);
  }
  return found;
}

/** `classpec ingest <args> --out <out> --reporter json` from `cwd`, single-threaded unless `threads`. */
async function ingest(
  args: readonly string[],
  out: string,
  options: { cwd?: string; threads?: string; reporter?: string } = {},
): Promise<Exit> {
  const { cwd = REPO, threads = "1", reporter = "json" } = options;
  return runCli(["ingest", ...args, "--out", out, "--reporter", reporter], {
    cwd,
    env: { CLASSPEC_THREADS: threads },
    timeoutMs: RUN_TIMEOUT_MS,
  });
}

/** Input path → the bytes written for it, from a `--reporter json` run's outcome lines. */
function sourcePathOf(json: string): string {
  return (JSON.parse(json) as { source: { path: string } }).source.path;
}

function documentsByInput(exit: Exit, out: string): Map<string, string> {
  const tree = readTree(out);
  const documents = new Map<string, string>();
  for (const line of exit.stdout.split("\n")) {
    if (!line.startsWith('{"path"')) continue;
    const outcome = JSON.parse(line) as { path: string; output?: string };
    if (outcome.output === undefined) continue;
    const text = tree.get(outcome.output);
    if (text === undefined) throw new Error(`${outcome.output} reported but not written`);
    documents.set(outcome.path, text);
  }
  return documents;
}

/** Same exit code, same messages, same files with the same bytes. */
function expectSameRun(
  actual: { exit: Exit; out: string },
  expected: { exit: Exit; out: string },
): void {
  expect(actual.exit.code).toBe(expected.exit.code);
  expect(actual.exit.stderr).toBe(expected.exit.stderr);
  expect(actual.exit.stdout).toBe(expected.exit.stdout);
  expect(treeDifferences(readTree(actual.out), readTree(expected.out))).toEqual([]);
}

/** A shuffle from a fixed seed: a different order, the same one on every run of the test. */
function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  let state = 20_240_601;
  for (let index = out.length - 1; index > 0; index--) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    const other = state % (index + 1);
    [out[index], out[other]] = [out[other] as T, out[index] as T];
  }
  return out;
}

afterEach(() => {
  killChildren();
});

afterAll(() => {
  for (const folder of scratches) rmSync(folder, { recursive: true, force: true });
});

describe.skipIf(!BUILT)("the same input gives the same bytes", () => {
  /** The reference: the three families as folder arguments, single-threaded. */
  let reference: { exit: Exit; out: string };
  let byInput = new Map<string, string>();

  beforeAll(async () => {
    const out = join(scratch(), "out");
    reference = { exit: await ingest(FAMILIES, out), out };
    expect(reference.exit.stderr).toBe("");
    expect(reference.exit.code).toBe(0);
    byInput = documentsByInput(reference.exit, out);
    const written = [...byInput.keys()].sort();
    // Every document of every family was written (the walk skips only the README notes).
    expect(written).toEqual(FAMILIES.flatMap(documentFiles).sort());
    const folders = new Set([...readTree(out).keys()].map((path) => path.replace(/\/?[^/]+$/, "")));
    expect([...folders].sort()).toEqual([...EXPECTED_FOLDERS].sort());
  }, RUN_TIMEOUT_MS);

  it("a second run: byte-identical files and messages", async () => {
    const out = join(scratch(), "out");
    expectSameRun({ exit: await ingest(FAMILIES, out), out }, reference);
  });

  it("the folders in another order: byte-identical files and messages", async () => {
    const out = join(scratch(), "out");
    expectSameRun({ exit: await ingest([...FAMILIES].reverse(), out), out }, reference);
  });

  it("every file named on its own, in two orders: the same files and messages, each document as in the folder run", async () => {
    // Named files all go to the top of --out, so the text and PDF of one spec (and the markdown
    // and HTML of one series) claim the same output file: the first in path order must win
    // whatever the order of the arguments, the other failing with duplicate-id.
    const files = FAMILIES.flatMap(documentFiles);
    const sortedOut = join(scratch(), "out");
    const sorted = { exit: await ingest(files, sortedOut), out: sortedOut };
    const shuffledOut = join(scratch(), "out");
    const reordered = { exit: await ingest(shuffled(files), shuffledOut), out: shuffledOut };
    expectSameRun(reordered, sorted);

    expect(sorted.exit.code).toBe(1);
    expect(sorted.exit.stderr).toMatch(/: duplicate-id: /);
    const documents = documentsByInput(sorted.exit, sortedOut);
    expect(documents.size).toBeGreaterThan(0);
    // The same bytes as the folder run wrote but for source.path: a named file's root is its own
    // folder (its base name), a folder argument's is that folder.
    for (const [path, text] of documents) {
      const document = JSON.parse(text) as { source: { path: string } };
      expect(document.source.path).toBe(basename(path));
      document.source.path = sourcePathOf(byInput.get(path) ?? "");
      expect(serialize(document), path).toBe(byInput.get(path));
    }
  });

  it("the files copied under other names into other sub-folders, read in reverse order: the same documents but for source.path", async () => {
    // source.path records where a document was read from (the input's path below the folder
    // argument): it must be the copy's path, so it is the one field that differs and
    // is compared on its own; everything else must be byte-identical. File extensions are
    // kept: an extension is a format hint for text (.md, .html), i.e. part of the input.
    const root = scratch();
    const files = FAMILIES.flatMap(documentFiles);
    const copies = new Map<string, string>(); // copy path (relative to root) → original path
    files.forEach((path, index) => {
      // Reverse order, varying depth, one file per folder (two copies of one id in one folder
      // would be a duplicate-id); names that say nothing of the original.
      const rank = String(files.length - index).padStart(3, "0");
      const folder = ["copies", `${rank}-batch`, ...Array.from({ length: index % 3 }, () => "sub")];
      mkdirSync(join(root, ...folder), { recursive: true });
      const copy = [...folder, `copy of document ${rank}${extname(path)}`].join("/");
      copyFileSync(join(REPO, path), join(root, copy));
      copies.set(copy, path);
    });
    const out = join(root, "out");
    const exit = await ingest(["copies"], out, { cwd: root });
    expect(exit.stderr).toBe("");
    expect(exit.code).toBe(0);
    const documents = documentsByInput(exit, out);
    expect([...documents.keys()].sort()).toEqual([...copies.keys()].sort());
    for (const [copy, text] of documents) {
      const original = copies.get(copy) ?? "";
      const document = JSON.parse(text) as { source: { path: string } };
      expect(document.source.path).toBe(copy.replace(/^copies\//, ""));
      // Re-serializing is exact (keys in order, numbers as written), so a comparison of the
      // bytes with only source.path put back compares every other byte.
      expect(serialize(document)).toBe(text);
      document.source.path = sourcePathOf(byInput.get(original) ?? "");
      expect(serialize(document), copy).toBe(byInput.get(original));
    }
  });

  it("on the worker pool (CLASSPEC_THREADS=2) and on one thread: byte-identical files, identical stdout and stderr", async () => {
    // With failures (fixtures/bad), warnings and a generated batch large enough to keep
    // 16 tasks in flight: outcomes complete out of order on the pool, yet are reported in order.
    const root = scratch();
    const generated = join(root, "generated");
    mkdirSync(generated);
    for (const file of corpus({ kentucky: 150, series: 10, seed: 3 })) {
      writeFileSync(join(generated, file.name), file.text);
    }
    // crowded-page.pdf only costs time (~3 s per run): its 20,000 items are read before it fails.
    const args = [
      ...FAMILIES,
      "fixtures/bad",
      generated,
      "--exclude",
      "fixtures/bad/pdf/crowded-page.pdf",
    ];
    const runs: Array<{ exit: Exit; out: string }> = [];
    for (const [threads, reporter] of [
      ["1", "pretty"],
      ["2", "pretty"],
      ["1", "json"],
      ["2", "json"],
    ] as const) {
      const out = join(root, `out-${threads}-${reporter}`);
      runs.push({ exit: await ingest(args, out, { threads, reporter }), out });
    }
    const [single, pooled, singleJson, pooledJson] = runs;
    if (!single || !pooled || !singleJson || !pooledJson) throw new Error("four runs expected");
    expect(single.exit.code).toBe(1); // fixtures/bad
    expect(single.exit.stderr).toMatch(/: pdf-encrypted: /);
    expectSameRun(pooled, single);
    expectSameRun(pooledJson, singleJson);
    expect(treeDifferences(readTree(pooled.out), readTree(singleJson.out))).toEqual([]);
  });
});
