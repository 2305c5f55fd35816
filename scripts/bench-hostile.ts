/**
 * The hostile rows of `npm run bench` (`--only hostile`): for each kind of
 * crafted input that once stalled a batch or exhausted memory (issue #14),
 * how long classpec takes to exit with its coded error and its peak RSS,
 * under the default budgets, against the cap or budget that stops it.
 *
 * Each input is the only file of an `ingest` run, made at run time, and is
 * run three times under GNU time (`-v`, for the peak RSS); the row shows the
 * median and the range. A run that exits with anything but 1 and one coded
 * error for its file ends the benchmark: the figure would not be the one named.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { flateBombPdf, runawayPdf } from "./hostile-pdf.js";

const GNU_TIME = "/usr/bin/time";
const RUNS = 3;
const KIB = 1024;

interface Hostile {
  name: string;
  file: string;
  bytes: Uint8Array | string;
  /** What stops it, as README "Security" names it. */
  stoppedBy: string;
}

/** The inputs, the worst case of each kind in the hostile-input suite. */
async function inputs(): Promise<Hostile[]> {
  return [
    {
      name: "PDF page of 20 MB of `q Q` (after Flate)",
      file: "runaway.pdf",
      bytes: runawayPdf(20),
      stoppedBy: "1,000,000 operators per page",
    },
    {
      name: "PDF stream deflated twice, 768 MiB inflated",
      file: "flate-bomb.pdf",
      bytes: await flateBombPdf(768),
      stoppedBy: "64 MiB per decoded stream",
    },
    {
      name: "1 MB of `*a` markdown",
      file: "emphasis.md",
      bytes: "*a".repeat(512 * KIB),
      stoppedBy: "5,000 emphasis marks per paragraph (pre-scan)",
    },
    {
      name: "HTML of 100,000 nested `<div>`",
      file: "nested.html",
      bytes: `<html><body>${"<div>".repeat(100_000)}x</body></html>`,
      stoppedBy: "500 elements deep (pre-scan)",
    },
    {
      name: "150 KB of U+2028 in an Iowa-like text",
      file: "separators.txt",
      bytes: `Series Concept\n${"\u2028".repeat(50 * KIB)}\nClasses in the Series\n`,
      stoppedBy: "none needed: linear regexes (family detection)",
    },
  ];
}

interface Measured {
  seconds: number;
  peakKib: number;
  code: string;
}

/** One `classpec ingest <file>` under GNU time: its wall time, peak RSS and the code of its one error. */
function measure(bin: string, folder: string, file: string): Measured {
  rmSync(join(folder, "out"), { recursive: true, force: true });
  const started = process.hrtime.bigint();
  const child = spawnSync(
    GNU_TIME,
    ["-v", process.execPath, bin, "ingest", file, "--out", "out", "-q"],
    { cwd: folder, encoding: "utf8", env: { ...process.env, CI: "1" } },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const errors = child.stderr.split("\n").filter((line) => line.startsWith(`classpec: ${file}: `));
  const code = errors[0]?.split(": ")[2] ?? "";
  const exit = /Exit status: (\d+)/.exec(child.stderr)?.[1] ?? String(child.status);
  if (exit !== "1" || errors.length !== 1)
    throw new Error(
      `bench-hostile: Unexpected exit ${exit} with ${errors.length} errors for ${file}, expected exit 1 and one coded error: ${child.stderr.slice(0, 400)}`,
    );
  const peakKib = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr)?.[1]);
  return { seconds, peakKib, code };
}

function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
}

/** The hostile rows as a markdown table; `work` is a scratch folder. */
export async function hostileTable(bin: string, work: string): Promise<string> {
  if (spawnSync(GNU_TIME, ["--version"], { stdio: "ignore" }).status !== 0)
    return "hostile rows skipped: GNU time (/usr/bin/time) is not installed\n";
  const lines = [
    `| hostile input (one file, default budgets) | size | error | stopped by | time to exit, median of ${RUNS} | range | peak RSS, median |`,
    "| --- | ---: | --- | --- | ---: | ---: | ---: |",
  ];
  for (const input of await inputs()) {
    const folder = join(work, input.file.replace(/\W/g, "-"));
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, input.file), input.bytes);
    const runs = Array.from({ length: RUNS }, () => measure(bin, folder, input.file));
    const seconds = runs.map((run) => run.seconds);
    const size = Buffer.byteLength(input.bytes);
    lines.push(
      `| ${input.name} | ${size >= KIB * KIB ? `${(size / KIB / KIB).toFixed(1)} MB` : `${(size / KIB).toFixed(0)} KB`} | \`${runs[0]?.code}\` | ${input.stoppedBy} | ${median(seconds).toFixed(2)} s | ${Math.min(...seconds).toFixed(2)}–${Math.max(...seconds).toFixed(2)} s | ${(median(runs.map((run) => run.peakKib)) / KIB).toFixed(0)} MB |`,
    );
  }
  return `${lines.join("\n")}\n`;
}
