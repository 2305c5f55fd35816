/**
 * The hostile-input suite (README "Security"): crafted inputs, made at test
 * time, run through the built CLI as a child process with small budgets.
 * Each must end as a coded one-line error for its own file while the rest
 * of the batch is written, within bounded memory, and a signal must stop a
 * run at once even while a worker is stuck in a document.
 */
import { spawn } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { flateBombPdf, runawayPdf } from "../scripts/hostile-pdf.js";
import { BIN, BUILT, type Exit, killChildren, startCli, waitForExit } from "./child.js";
import { fixture } from "./helpers.js";
import { hugeIowaSeries } from "./hostile/text.js";

/** Hang guards, far above what each run needs: a hang fails the test instead of stalling the suite. */
const RUN_GUARD_MS = 90_000;
const STOP_GUARD_MS = 15_000;
/** PDF caps out of the way, for the tests of what stops a document when no cap does. */
const NO_PDF_CAPS = {
  CLASSPEC_PDF_MAX_OPERATORS: "1000000000",
  CLASSPEC_PDF_MAX_STREAM_MB: "1000000",
};
const BUDGETS = { CLASSPEC_TIMEOUT_MS: "3000", CLASSPEC_MAX_MEMORY_MB: "256", ...NO_PDF_CAPS };

let root = "";
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "classpec-hostile-"));
});
afterAll(() => {
  if (root !== "") rmSync(root, { recursive: true, force: true });
});
afterEach(killChildren);

/** A folder holding `files` and one good spec (the seed's text export), and an empty output folder. */
function batch(name: string, files: Record<string, Uint8Array | string>): string {
  const folder = join(root, name);
  const input = join(folder, "in");
  mkdirSync(input, { recursive: true });
  for (const [file, bytes] of Object.entries(files)) writeFileSync(join(input, file), bytes);
  writeFileSync(join(input, "zz-good.txt"), readFileSync(fixture("kentucky/accountant-iii.txt")));
  return folder;
}

const TIME = "/usr/bin/time";
const GIB_KB = 1024 * 1024;

/** `classpec ingest <input> --out <out>` under /usr/bin/time -v: its exit and its peak resident memory. */
async function ingestMeasured(
  folder: string,
  env: Record<string, string> = BUDGETS,
): Promise<Exit & { peakKb: number }> {
  const child = spawn(TIME, ["-v", process.execPath, BIN, "ingest", "in", "--out", "out"], {
    cwd: folder,
    env: { ...process.env, CI: "1", CLASSPEC_THREADS: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (text: string) => {
    stdout += text;
  });
  child.stderr.setEncoding("utf8").on("data", (text: string) => {
    stderr += text;
  });
  const exit = await waitForExit(
    {
      child,
      exited: new Promise((resolve) =>
        child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })),
      ),
      done: () => child.exitCode !== null,
    },
    RUN_GUARD_MS,
    `classpec ingest ${folder}`,
  );
  // time -v appends its report to stderr; the tool's own lines come first.
  const report = exit.stderr.indexOf("\tCommand being timed:");
  const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(exit.stderr);
  const code = /Exit status: (\d+)/.exec(exit.stderr);
  return {
    ...exit,
    code: code ? Number(code[1]) : exit.code,
    stderr: report >= 0 ? exit.stderr.slice(0, report) : exit.stderr,
    peakKb: Number(peak?.[1] ?? Number.NaN),
  };
}

/** `path: code` for every error line. */
function errorCodes(stderr: string): string[] {
  return stderr
    .split("\n")
    .filter((line) => line.startsWith("classpec: "))
    .map((line) => line.split(": ").slice(1, 3).join(": "));
}

describe.skipIf(!BUILT || !existsSync(TIME))("hostile inputs (built CLI, small budgets)", () => {
  it(
    "a PDF of 20 MB of q Q operators: timeout for it, the other file is written, peak memory under 1 GiB",
    async () => {
      const folder = batch("runaway", { "runaway.pdf": runawayPdf(20) });
      const exit = await ingestMeasured(folder);
      expect(errorCodes(exit.stderr)).toEqual(["in/runaway.pdf: timeout"]);
      expect(exit.code).toBe(1);
      expect(readdirSync(join(folder, "out"))).toEqual(["us-ky.class.20000618.json"]);
      expect(exit.peakKb).toBeLessThan(GIB_KB);
    },
    RUN_GUARD_MS,
  );

  it(
    "memory bombs (a doubly deflated PDF, 8 MiB of markdown prose): too-much-memory for each, the other file is written, peak memory under 1 GiB",
    async () => {
      const folder = batch("memory", {
        "flate-bomb.pdf": await flateBombPdf(768),
        "huge-series.md": hugeIowaSeries(8),
      });
      // Time enough that only memory can stop them.
      const exit = await ingestMeasured(folder, {
        CLASSPEC_TIMEOUT_MS: "80000",
        CLASSPEC_MAX_MEMORY_MB: "128",
        ...NO_PDF_CAPS,
      });
      expect(errorCodes(exit.stderr)).toEqual([
        "in/flate-bomb.pdf: too-much-memory",
        "in/huge-series.md: too-much-memory",
      ]);
      expect(readdirSync(join(folder, "out"))).toEqual(["us-ky.class.20000618.json"]);
      expect(exit.peakKb).toBeLessThan(GIB_KB);
    },
    RUN_GUARD_MS,
  );

  it(
    "the same PDFs under the default caps (no override): pdf-too-many-operators and pdf-too-large-stream, the other file is written",
    async () => {
      const folder = batch("caps", {
        "flate-bomb.pdf": await flateBombPdf(768),
        "runaway.pdf": runawayPdf(20),
      });
      // Budgets far out of the way: only the caps can stop these.
      const exit = await ingestMeasured(folder, {
        CLASSPEC_TIMEOUT_MS: "80000",
        CLASSPEC_MAX_MEMORY_MB: "768",
      });
      expect(errorCodes(exit.stderr)).toEqual([
        "in/flate-bomb.pdf: pdf-too-large-stream",
        "in/runaway.pdf: pdf-too-many-operators",
      ]);
      expect(exit.code).toBe(1);
      expect(readdirSync(join(folder, "out"))).toEqual(["us-ky.class.20000618.json"]);
      expect(exit.peakKb).toBeLessThan(GIB_KB);
    },
    RUN_GUARD_MS,
  );

  it(
    "diff with a runaway PDF as one side: timeout for that side, no report, exit 1",
    async () => {
      const folder = batch("diff-runaway", { "runaway.pdf": runawayPdf(20) });
      const run = startCli(["diff", "in/runaway.pdf", "in/zz-good.txt"], {
        cwd: folder,
        env: BUDGETS,
      });
      const exit = await waitForExit(run, RUN_GUARD_MS, "classpec diff");
      expect(exit.code).toBe(1);
      expect(errorCodes(exit.stderr)).toEqual([
        "in/runaway.pdf: timeout",
        "diff: the comparison could not be made; no report was written",
      ]);
      expect(exit.stdout).toBe("");
    },
    RUN_GUARD_MS,
  );

  it.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)(
    "%s while a worker is stuck in a runaway PDF: exit %i, one line",
    async (stopSignal, code) => {
      const folder = batch(`stop-${stopSignal}`, { "runaway.pdf": runawayPdf(20) });
      const run = startCli(["ingest", "in", "--out", "out"], {
        cwd: folder,
        env: { CLASSPEC_TIMEOUT_MS: "600000", ...NO_PDF_CAPS },
      });
      // The worker is started and deep in the PDF well before this (no timing is asserted).
      await new Promise((resolve) => setTimeout(resolve, 1500));
      run.child.kill(stopSignal);
      const exit = await waitForExit(run, STOP_GUARD_MS, `classpec after ${stopSignal}`);
      expect(exit.code).toBe(code);
      expect(errorCodes(exit.stderr)).toEqual(["out: interrupted"]);
    },
    RUN_GUARD_MS,
  );
});
