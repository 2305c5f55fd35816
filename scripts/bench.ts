/**
 * `npm run bench [-- --kentucky 2000 --series 200 --seed 1 --runs 3]`:
 * throughput of the whole CLI on a generated corpus (scripts/corpus-lib.ts),
 * measured as the wall time of a child process, so start-up, reading,
 * parsing, writing and exit all count. Prints a markdown table with the
 * targets of issue 6.
 *
 * Peak RSS comes from `/usr/bin/time -v` when present, else from a small
 * wrapper that runs the CLI in a child and reads its `maxRSS`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { corpus } from "./corpus-lib.js";
import { scriptOptions } from "./options.js";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
const BIN = join(REPO, "bin", "classpec.js");
const GNU_TIME = "/usr/bin/time";
const DEFAULTS = { kentucky: 2000, series: 200, seed: 1, runs: 3 };
const COLD_START_RUNS = 11;
/** Every Nth spec of the "after" catalogue is revised (grade, duties). */
const REVISE_EVERY = 10;
const TARGETS = {
  textDocsPerSecond: 3000,
  diffSeconds: 2,
  coldStartMs: 150,
  peakRssMb: 300,
};
const KIB_PER_MIB = 1024;

interface Timed {
  seconds: number;
  status: number | null;
  stderr: string;
  peakKib?: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Runs `node bin/classpec.js ...args` and times it from spawn to exit. */
function runCli(args: readonly string[], options: { measureRss?: boolean } = {}): Timed {
  const useGnuTime = options.measureRss === true && existsSync(GNU_TIME);
  const command = useGnuTime ? GNU_TIME : process.execPath;
  const argv = useGnuTime ? ["-v", process.execPath, BIN, ...args] : [BIN, ...args];
  const started = process.hrtime.bigint();
  const child = spawnSync(command, argv, {
    cwd: REPO,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, CI: "1" },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const timed: Timed = { seconds, status: child.status, stderr: child.stderr };
  if (useGnuTime) {
    const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr);
    if (match?.[1]) timed.peakKib = Number(match[1]);
  } else if (options.measureRss) {
    const peakKib = peakRssByWrapper(args);
    if (peakKib !== undefined) timed.peakKib = peakKib;
  }
  return timed;
}

/**
 * Without GNU time: the CLI runs inside a small wrapper in the same process,
 * which prints `process.resourceUsage().maxRSS` (KiB, worker threads
 * included) on exit.
 */
function peakRssByWrapper(args: readonly string[]): number | undefined {
  const wrapper = `
    process.argv = ${JSON.stringify([process.execPath, BIN, ...args])};
    process.on("exit", () => process.stderr.write("\\nmaxRSS=" + process.resourceUsage().maxRSS + "\\n"));
    import(${JSON.stringify(new URL(`file://${BIN}`).href)});
  `;
  const child = spawnSync(process.execPath, ["--input-type=module", "-e", wrapper], {
    cwd: REPO,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, CI: "1" },
  });
  const match = /maxRSS=(\d+)/.exec(child.stderr);
  return match?.[1] ? Number(match[1]) : undefined;
}

function writeCorpus(
  folder: string,
  options: { kentucky: number; series: number; seed: number; reviseEvery?: number },
): void {
  for (const file of corpus(options)) {
    const sub = join(folder, file.folder);
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, file.name), file.text);
  }
}

function check(label: string, timed: Timed, allowed: readonly number[] = [0]): void {
  if (timed.status === null || !allowed.includes(timed.status)) {
    throw new Error(
      `${label} exited ${timed.status}: ${timed.stderr.split("\n").slice(0, 5).join("\n")}`,
    );
  }
}

interface Row {
  measure: string;
  value: string;
  target: string;
  met: string;
}

function row(measure: string, value: string, target: string, met: boolean | undefined): Row {
  return { measure, value, target, met: met === undefined ? "-" : met ? "yes" : "**no**" };
}

function table(rows: readonly Row[]): string {
  const lines = ["| measure | value | target | met |", "| --- | --- | --- | --- |"];
  for (const entry of rows)
    lines.push(`| ${entry.measure} | ${entry.value} | ${entry.target} | ${entry.met} |`);
  return `${lines.join("\n")}\n`;
}

/** Best of `runs` ingests of `folder` into fresh output folders (the first run also warms the disk cache). */
function ingestThroughput(folder: string, work: string, runs: number, label: string): Timed {
  const results: Timed[] = [];
  for (let run = 0; run < runs; run++) {
    const out = join(work, `out-${label}-${run}`);
    const timed = runCli(["ingest", folder, "--out", out, "-q"], { measureRss: run === 0 });
    check(`ingest ${label}`, timed);
    results.push(timed);
    rmSync(out, { recursive: true, force: true });
  }
  const best = results.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  const peakKib = results[0]?.peakKib;
  return peakKib === undefined ? best : { ...best, peakKib };
}

function diffTime(work: string, before: string, after: string): Timed | undefined {
  const help = runCli(["diff", "--help"]);
  if (help.status !== 0) return undefined;
  const beforeJson = join(work, "diff-before");
  const afterJson = join(work, "diff-after");
  check("ingest before", runCli(["ingest", before, "--out", beforeJson, "-q"]));
  check("ingest after", runCli(["ingest", after, "--out", afterJson, "-q"]));
  // Exit 1 is allowed: it only says a side had a problem worth a look, the timing stands.
  const timed = runCli(["diff", beforeJson, afterJson, "--format", "json"]);
  check("diff", timed, [0, 1]);
  return timed;
}

function main(): void {
  const { kentucky, series, seed, runs } = scriptOptions("bench", DEFAULTS, {});
  const work = mkdtempSync(join(tmpdir(), "classpec-bench-"));
  try {
    const before = join(work, "before");
    const after = join(work, "after");
    writeCorpus(before, { kentucky, series, seed });
    writeCorpus(after, { kentucky, series: 0, seed, reviseEvery: REVISE_EVERY });

    const text = ingestThroughput(join(before, "kentucky"), work, runs, "text");
    const seriesRun = ingestThroughput(join(before, "iowa"), work, runs, "series");
    const diff = diffTime(work, join(before, "kentucky"), join(after, "kentucky"));
    const cold = Array.from({ length: COLD_START_RUNS }, () => {
      const timed = runCli(["--version"]);
      check("--version", timed);
      return timed.seconds * 1000;
    });

    const textRate = kentucky / text.seconds;
    const seriesRate = series / seriesRun.seconds;
    const coldMs = median(cold);
    const peakMb = text.peakKib === undefined ? undefined : text.peakKib / KIB_PER_MIB;
    const rows = [
      row(
        `Kentucky text specs, \`ingest\` ${kentucky} files (wall time ${text.seconds.toFixed(2)} s)`,
        `${textRate.toFixed(0)} docs/s`,
        `>= ${TARGETS.textDocsPerSecond} docs/s`,
        textRate >= TARGETS.textDocsPerSecond,
      ),
      row(
        `Iowa series guidelines, \`ingest\` ${series} files (wall time ${seriesRun.seconds.toFixed(2)} s)`,
        `${seriesRate.toFixed(0)} docs/s`,
        "-",
        undefined,
      ),
      diff
        ? row(
            `\`diff\` of two ${kentucky}-spec JSON catalogues (1 in ${REVISE_EVERY} revised)`,
            `${diff.seconds.toFixed(2)} s`,
            `< ${TARGETS.diffSeconds} s`,
            diff.seconds < TARGETS.diffSeconds,
          )
        : row(
            `\`diff\` of two ${kentucky}-spec catalogues`,
            "not yet available",
            `< ${TARGETS.diffSeconds} s`,
            undefined,
          ),
      row(
        `\`classpec --version\` cold start (median of ${COLD_START_RUNS})`,
        `${coldMs.toFixed(0)} ms`,
        `< ${TARGETS.coldStartMs} ms`,
        coldMs < TARGETS.coldStartMs,
      ),
      row(
        `peak RSS, \`ingest\` of ${kentucky} text specs`,
        peakMb === undefined ? "unavailable" : `${peakMb.toFixed(0)} MB`,
        `< ${TARGETS.peakRssMb} MB`,
        peakMb === undefined ? undefined : peakMb < TARGETS.peakRssMb,
      ),
    ];
    process.stdout.write(
      `Node ${process.version}, ${availableParallelism()} cores, best of ${runs} runs, corpus seed ${seed}\n\n`,
    );
    process.stdout.write(table(rows));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
