/**
 * Atomic output (issue 6): a batch stopped mid-run, by Ctrl-C (SIGINT) or
 * by SIGKILL, single-threaded or on the worker pool, leaves only complete
 * documents in the output folder, each byte-identical to what an
 * uninterrupted run writes; running the same command again completes the
 * folder (and removes the temp files a SIGKILL left).
 *
 * The CLI runs as a child process (tests/child.ts), over ~2,000 generated
 * specs: ~10 s of work on a 2-core machine, so a signal sent once a few
 * dozen documents are written lands far from either end of the run.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { TEMP_PREFIX } from "../pipeline/emit/index.js";
import { corpus } from "../scripts/corpus-lib.js";
import {
  BUILT,
  type Exit,
  killChildren,
  type Running,
  readTree,
  runCli,
  startCli,
  treeDifferences,
  waitForExit,
} from "./child.js";

const KENTUCKY = 1_950;
const SERIES = 50;
const TOTAL = KENTUCKY + SERIES;
/** The signal is sent once this many documents are written: ~2.5% into the run. */
const SIGNAL_AFTER = 50;
const POLL_MS = 10;
/** Bounded waits, generous for a slow shared CI machine (never assertions about speed). */
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 30_000;
const RUN_TIMEOUT_MS = 120_000;

const INTERRUPTED_LINE =
  /^classpec: (.+): interrupted: Stopped by (SIGINT|SIGTERM) after (\d+) of (\d+) inputs; every file written is complete, run again to finish$/;

let root = "";
/** The output folder of an uninterrupted run, file name → bytes. */
let reference = new Map<string, string>();

async function scratch(): Promise<string> {
  return mkdtemp(join(tmpdir(), "classpec-atomic-"));
}

/** The batch's arguments; run from `root`, so every run records the same `source.path`s. */
function ingestArgs(out: string): string[] {
  return ["ingest", "in", "--out", out, "--reporter", "json"];
}

function isTemp(name: string): boolean {
  return name.startsWith(TEMP_PREFIX);
}

/** Polls until `out` holds `count` documents; fails if the run ends first or nothing comes in time. */
async function waitForDocuments(out: string, count: number, run: Running): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    const names = await readdir(out).catch(() => [] as string[]);
    if (names.filter((name) => name.endsWith(".json")).length >= count) return;
    if (run.done()) {
      const exit = await run.exited;
      throw new Error(
        `the batch ended (exit ${exit.code}) before ${count} documents: ${exit.stderr}`,
      );
    }
    if (Date.now() > deadline) throw new Error(`fewer than ${count} documents after 60 s`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Fails, with the reason, when the batch completed before the signal reached it. */
function expectStoppedMidRun(exit: Exit, written: number): void {
  if (exit.code === 0 || written === TOTAL) {
    throw new Error(
      `the batch finished (${written} of ${TOTAL} written) before the signal: inconclusive, make the corpus bigger`,
    );
  }
}

/** Documents in `out` that are not byte-identical to the uninterrupted run's. */
function notAsReference(files: ReadonlyMap<string, string>): string[] {
  return [...files]
    .filter(([name, text]) => reference.get(name) !== text)
    .map(([name]) => name)
    .sort();
}

/** The outputs a `--reporter json` run reported as written. */
function reportedOutputs(stdout: string): string[] {
  return stdout
    .split("\n")
    .filter((line) => line.startsWith('{"path"'))
    .map((line) => (JSON.parse(line) as { output?: string }).output)
    .filter((output): output is string => output !== undefined)
    .sort();
}

/** Runs the batch again into `out` (on as many threads as before): exit 0, and the folder is the uninterrupted run's, byte for byte. */
async function expectRerunCompletes(
  out: string,
  threads: string,
  keep: readonly string[] = [],
): Promise<void> {
  const env = { CLASSPEC_THREADS: threads };
  const rerun = await runCli(ingestArgs(out), { cwd: root, env, timeoutMs: RUN_TIMEOUT_MS });
  expect(rerun.stderr).toBe("");
  expect(rerun.code).toBe(0);
  const files = readTree(out);
  for (const name of keep) files.delete(name);
  expect([...files.keys()].filter(isTemp)).toEqual([]);
  expect(treeDifferences(files, reference)).toEqual([]);
}

afterEach(() => {
  killChildren();
});

afterAll(async () => {
  killChildren();
  if (root !== "") await rm(root, { recursive: true, force: true });
});

describe.skipIf(!BUILT)("a batch stopped mid-run (child process)", () => {
  beforeAll(async () => {
    root = await scratch();
    const input = join(root, "in");
    mkdirSync(input);
    for (const file of corpus({ kentucky: KENTUCKY, series: SERIES, seed: 11 })) {
      writeFileSync(join(input, file.name), file.text);
    }
    const out = join(root, "reference");
    const exit = await runCli(ingestArgs(out), { cwd: root, timeoutMs: RUN_TIMEOUT_MS });
    expect(exit.stderr).toBe("");
    expect(exit.code).toBe(0);
    reference = readTree(out);
    expect(reference.size).toBe(TOTAL);
  }, RUN_TIMEOUT_MS);

  // Exit 128 + the signal's number, as shells expect.
  it.each([
    ["SIGINT", "single-threaded", "1", 130],
    ["SIGTERM", "on the worker pool", "2", 143],
  ] as const)(
    "%s, %s (threads: %s): exit %i, one line, only complete documents; a re-run completes the folder",
    async (stopSignal, _name, threads, code) => {
      const out = join(root, `${stopSignal.toLowerCase()}-${threads}`);
      const run = startCli(ingestArgs(out), { cwd: root, env: { CLASSPEC_THREADS: threads } });
      await waitForDocuments(out, SIGNAL_AFTER, run);
      run.child.kill(stopSignal);
      // Bounded: a stop that hangs (a worker never destroyed) fails here.
      const exit = await waitForExit(run, STOP_TIMEOUT_MS, `the batch after ${stopSignal}`);
      const files = readTree(out);
      const names = [...files.keys()];
      expectStoppedMidRun(exit, names.length);

      expect(exit.code).toBe(code);
      const lines = exit.stderr.split("\n").filter((line) => line !== "");
      expect(lines).toHaveLength(1);
      const [, folder, signal, done, total] = INTERRUPTED_LINE.exec(lines[0] ?? "") ?? [];
      expect({ folder, signal, total: Number(total) }).toEqual({
        folder: out,
        signal: stopSignal,
        total: TOTAL,
      });
      // No temp file, nothing but documents, each one complete and as an uninterrupted run writes it.
      expect(names.filter((name) => !name.endsWith(".json"))).toEqual([]);
      expect(notAsReference(files)).toEqual([]);
      for (const text of files.values()) expect(() => JSON.parse(text)).not.toThrow();
      // Every document written was reported, and every one reported was written.
      expect(Number(done)).toBe(names.length);
      expect(reportedOutputs(exit.stdout)).toEqual([...names].sort());

      await expectRerunCompletes(out, threads);
    },
    2 * RUN_TIMEOUT_MS,
  );

  it(
    "SIGKILL: every document present is complete; a re-run removes stale temp files and completes the folder",
    async () => {
      const out = join(root, "sigkill");
      const run = startCli(ingestArgs(out), { cwd: root });
      await waitForDocuments(out, SIGNAL_AFTER, run);
      run.child.kill("SIGKILL");
      const exit = await waitForExit(run, STOP_TIMEOUT_MS, "the batch after SIGKILL");
      const files = readTree(out);
      const documents = new Map([...files].filter(([name]) => name.endsWith(".json")));
      expectStoppedMidRun(exit, documents.size);

      expect(exit.signal).toBe("SIGKILL");
      // Besides documents, only the killed writer's temp files (a write cut between write and rename).
      const pid = run.child.pid ?? 0;
      const others = [...files.keys()].filter((name) => !documents.has(name));
      expect(others.filter((name) => !name.startsWith(`${TEMP_PREFIX}${pid}-`))).toEqual([]);
      expect(notAsReference(documents)).toEqual([]);
      for (const text of documents.values()) expect(() => JSON.parse(text)).not.toThrow();
      // Reported (stdout is written synchronously to a pipe) implies written.
      const reported = reportedOutputs(exit.stdout);
      expect(reported.filter((name) => !documents.has(name))).toEqual([]);

      // Whether or not the kill cut a write, the re-run meets a stale temp file (half a document,
      // from the dead process) and one of a live writer (this test process), which it must keep.
      const stale = `${TEMP_PREFIX}${pid}-0123456789ab`;
      const live = `${TEMP_PREFIX}${process.pid}-0123456789ab`;
      const half = (reference.values().next().value ?? "").slice(0, 100);
      writeFileSync(join(out, stale), half);
      writeFileSync(join(out, live), half);
      await expectRerunCompletes(out, "1", [live]);
      expect(await readFile(join(out, live), "utf8")).toBe(half);
    },
    2 * RUN_TIMEOUT_MS,
  );
});
