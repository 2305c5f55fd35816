/**
 * `npm run bench`: each figure of classpec as a ratio to its floor measured
 * in the same run, in alternating rounds (classpec first in even rounds, the
 * floor first in odd ones), reported as the median ratio and its range. On a
 * shared machine absolute times swing with the load; the ratio of two runs
 * made seconds apart holds much better.
 *
 *   npm run bench [-- --kentucky 2000 --series 200 --pdfs 300 --rounds 5 --starts 5
 *                     --generic 2000 --only text,generic,iowa,pdf,start,diff,qualify,hostile
 *                     --baseline <another checkout>/bin/classpec.js]
 *
 * `--baseline`: the text and diff rows also run that build of classpec in
 * every round (before this code in odd rounds, after it in even ones), and a
 * second table gives this code's CPU and wall time per round as a ratio to
 * it: a change measured against its previous code in the same run. The work
 * folder is os.tmpdir(): `TMPDIR=/dev/shm` puts inputs and outputs on tmpfs.
 *
 * Rows and floors:
 * - text: `ingest` of generated Kentucky text specs vs bench/io-floor.mjs
 *   (read, split, serialise, atomic write of the same files); peak RSS too.
 * - generic: `ingest` of generated class specs no profile knows (the generic
 *   reader, scripts/generic-corpus.ts) vs the same I/O floor; met when its
 *   ratio is no more than the Kentucky row's in the same run.
 * - iowa: `ingest` of generated Iowa series vs bench/markdown-floor.mjs
 *   (bare remark-parse + GFM tables of the same files).
 * - pdf: `ingest` of generated spec PDFs (default threads) vs serial
 *   `pdftotext`, one process per file spawned directly, no shell
 *   (bench/pdftotext-floor.mjs).
 * - start: `classpec --version` and `ingest` of one text file vs `node -e 0`.
 * - diff: `diff` of two catalogues of JSON outputs (absolute seconds; met on
 *   CPU time when GNU time gives it, as the diff runs on one thread).
 * - qualify: the library's `qualify` of 3 candidates against every Kentucky
 *   JSON output (scripts/bench-qualify.ts) vs reading and parsing the same
 *   files (bench/json-floor.mjs).
 * - hostile: crafted hostile inputs, time to the coded error and peak RSS (scripts/bench-hostile.ts).
 *
 * Every command runs as a child process (start-up and exit count), under GNU
 * time when present, which also gives its CPU time (user + system, children
 * included) and peak RSS: the CPU-time ratio moves much less with the load of
 * a shared machine than the wall-time one. CLASSPEC_THREADS is left unset, so
 * each batch runs on the default policy.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { hostileTable } from "./bench-hostile.js";
import { ensurePdftotext, makePdfCorpus } from "./bench-pdf-corpus.js";
import { corpus } from "./corpus-lib.js";
import { writeGenericCorpus } from "./generic-corpus.js";
import { scriptOptions } from "./options.js";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
const BIN = join(REPO, "bin", "classpec.js");
const GNU_TIME = "/usr/bin/time";
const DEFAULTS = {
  kentucky: 2000,
  generic: 2000,
  series: 200,
  pdfs: 300,
  rounds: 5,
  starts: 5,
  seed: 1,
};
const ROWS = ["text", "generic", "iowa", "pdf", "start", "diff", "qualify", "hostile"] as const;
type RowName = (typeof ROWS)[number];
/** Every Nth spec of the "after" catalogue is revised (grade, duties). */
const REVISE_EVERY = 10;
const KIB_PER_MB = 1024;

interface Run {
  /** Wall-clock seconds, spawn to exit. */
  seconds: number;
  /** User + system CPU seconds of the process and the children it waited for (GNU time). */
  cpu?: number;
  peakKib?: number;
}

const HAS_GNU_TIME = spawnSync(GNU_TIME, ["--version"], { stdio: "ignore" }).status === 0;

/**
 * Runs a command (no shell) under GNU time when present, and times it from
 * spawn to exit; a failure ends the benchmark (`allowed`: other exit codes
 * that still make a valid measure).
 */
function timed(command: string, args: readonly string[], allowed: readonly number[] = [0]): Run {
  const env: NodeJS.ProcessEnv = { ...process.env, CI: "1" };
  delete env.CLASSPEC_THREADS;
  const started = process.hrtime.bigint();
  const child = spawnSync(
    HAS_GNU_TIME ? GNU_TIME : command,
    HAS_GNU_TIME ? ["-f", "%U %S %M", command, ...args] : args,
    { cwd: REPO, encoding: "utf8", env, maxBuffer: 64 * 1024 * 1024 },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status === null || !allowed.includes(child.status))
    throw new Error(
      `${command} ${args.join(" ")} exited ${child.status}: ${child.stderr.slice(0, 400)}`,
    );
  if (!HAS_GNU_TIME) return { seconds };
  const [user, system, peak] = (child.stderr.trim().split("\n").at(-1) ?? "")
    .split(" ")
    .map(Number);
  return { seconds, cpu: (user ?? 0) + (system ?? 0), peakKib: peak ?? 0 };
}

const classpec = (args: readonly string[], allowed?: readonly number[], bin = BIN): Run =>
  timed(process.execPath, [bin, ...args], allowed);
const node = (args: readonly string[]): Run => timed(process.execPath, args);

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** One figure: per round, classpec's and the floor's runs (the ratios are computed from them). */
interface Figure {
  name: string;
  classpec: Run[];
  floor: Run[];
  /** true: ratio = floor / classpec (a rate, higher is better); else classpec / floor. */
  rate: boolean;
  target: string;
  meets: (ratio: number) => boolean;
  unit?: string;
}

function ratios(figure: Figure, measure: "seconds" | "cpu"): number[] {
  return figure.classpec.flatMap((run, round) => {
    const mine = run[measure];
    const floor = figure.floor[round]?.[measure];
    if (mine === undefined || floor === undefined) return [];
    return [figure.rate ? floor / mine : mine / floor];
  });
}

/** Runs `subject` and `floor` in an order that alternates with the round. */
function pair(round: number, subject: () => Run, floor: () => Run): [Run, Run] {
  if (round % 2 === 0) {
    const a = subject();
    return [a, floor()];
  }
  const b = floor();
  return [subject(), b];
}

function fresh(work: string, name: string): string {
  const folder = join(work, name);
  rmSync(folder, { recursive: true, force: true });
  return folder;
}

function writeCorpus(folder: string, options: Parameters<typeof corpus>[0]): void {
  for (const file of corpus(options)) {
    mkdirSync(join(folder, file.folder), { recursive: true });
    writeFileSync(join(folder, file.folder, file.name), file.text);
  }
}

/** The run of median wall time among `count` runs of `run`. */
function medianOf(count: number, run: () => Run): Run {
  const runs = Array.from({ length: count }, run).sort((a, b) => a.seconds - b.seconds);
  return runs[Math.floor(runs.length / 2)] as Run;
}

function format(value: number): string {
  return value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

function table(figures: readonly Figure[]): string {
  const lines = [
    "| figure | classpec (median) | floor (median) | ratio, median | range | CPU-time ratio, median | target | met |",
    "| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |",
  ];
  for (const figure of figures) {
    const wall = ratios(figure, "seconds");
    const cpu = ratios(figure, "cpu");
    const ratio = median(wall);
    const scale = figure.unit === "ms" ? 1000 : 1;
    const unit = figure.unit ?? "s";
    const mine = median(figure.classpec.map((run) => run.seconds)) * scale;
    const floor = median(figure.floor.map((run) => run.seconds)) * scale;
    lines.push(
      `| ${figure.name} | ${format(mine)} ${unit} | ${format(floor)} ${unit} | ${format(ratio)}x | ${format(Math.min(...wall))}–${format(Math.max(...wall))}x | ${cpu.length > 0 ? `${format(median(cpu))}x` : "n/a"} | ${figure.target} | ${figure.meets(ratio) ? "yes" : "**no**"} |`,
    );
  }
  return `${lines.join("\n")}\n`;
}

/** This code against `--baseline`, row by row: medians, and the median and range of per-round ratios. */
function baselineTable(
  against: Map<string, { mine: Run[]; base: Run[] }>,
  baseline: string,
): string {
  const lines = [
    `Against the baseline ${baseline}, in the same rounds:`,
    "",
    "| figure | this code, CPU (median, best) | baseline, CPU (median, best) | CPU ratio, median | range | wall ratio, median |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const [row, { mine, base }] of against) {
    const perRound = (key: "seconds" | "cpu") =>
      mine.flatMap((run, index) => {
        const theirs = base[index]?.[key];
        const ours = run[key];
        return ours === undefined || theirs === undefined || theirs === 0 ? [] : [ours / theirs];
      });
    const cpu = perRound("cpu");
    const cpuOf = (runs: Run[]) => {
      const seconds = runs.map((run) => run.cpu ?? Number.NaN);
      return `${format(median(seconds))} s (best ${format(Math.min(...seconds))} s)`;
    };
    lines.push(
      `| ${row} | ${cpuOf(mine)} | ${cpuOf(base)} | ${cpu.length > 0 ? `${format(median(cpu))}x` : "n/a"} | ${cpu.length > 0 ? `${format(Math.min(...cpu))}–${format(Math.max(...cpu))}x` : ""} | ${format(median(perRound("seconds")))}x |`,
    );
  }
  return `${lines.join("\n")}\n`;
}

async function main(): Promise<void> {
  const options = scriptOptions("bench", DEFAULTS, { only: ROWS.join(","), baseline: "" });
  const only = new Set(options.only.split(",").map((name) => name.trim()));
  for (const name of only) {
    if (!(ROWS as readonly string[]).includes(name)) {
      process.stderr.write(`bench: Unexpected row '${name}', expected some of ${ROWS.join(",")}\n`);
      process.exit(2);
    }
  }
  const wants = (name: RowName): boolean => only.has(name);
  const { kentucky, generic: genericCount, series, pdfs, rounds, starts, seed } = options;
  const loadBefore = loadavg();
  const work = mkdtempSync(join(tmpdir(), "classpec-bench-"));
  try {
    const before = join(work, "before");
    writeCorpus(before, { kentucky, series, seed });
    const kentuckyFolder = join(before, "kentucky");
    const iowaFolder = join(before, "iowa");
    const oneText = join(kentuckyFolder, readdirSync(kentuckyFolder).sort()[0] ?? "");
    const genericFolder = join(before, "generic");
    if (wants("generic")) writeGenericCorpus(REPO, genericFolder, genericCount);
    let pages = 0;
    if (wants("pdf")) {
      ensurePdftotext();
      mkdirSync(join(work, "pdf"));
      process.stderr.write(`bench: laying out ${pdfs} PDFs ...\n`);
      pages = await makePdfCorpus(join(work, "pdf"), pdfs);
    }
    let diffSides: [string, string] | undefined;
    if (wants("diff")) {
      const after = join(work, "after");
      writeCorpus(after, { kentucky, series: 0, seed, reviseEvery: REVISE_EVERY });
      const sides: [string, string] = [join(work, "diff-before"), join(work, "diff-after")];
      classpec(["ingest", kentuckyFolder, "--out", sides[0], "-q"]);
      classpec(["ingest", join(after, "kentucky"), "--out", sides[1], "-q"]);
      diffSides = sides;
    }

    const specsJson = join(work, "qualify-specs");
    if (wants("qualify")) classpec(["ingest", kentuckyFolder, "--out", specsJson, "-q"]);

    const text: Figure = {
      name: `Kentucky text ingest, ${kentucky} docs, vs I/O floor (bench/io-floor.mjs)`,
      classpec: [],
      floor: [],
      rate: false,
      target: "≤ 4x",
      meets: (ratio) => ratio <= 4,
    };
    const generic: Figure = {
      name: `Generic text ingest (no profile), ${genericCount} docs, vs I/O floor (bench/io-floor.mjs)`,
      classpec: [],
      floor: [],
      rate: false,
      target: "≤ the Kentucky ratio",
      // Per document no dearer than Kentucky: its ratio to the same floor, measured in the same rounds.
      meets: (ratio) => ratio <= (text.classpec.length > 0 ? median(ratios(text, "seconds")) : 4),
    };
    const iowa: Figure = {
      name: `Iowa series ingest, ${series} docs, vs bare remark-parse + GFM tables`,
      classpec: [],
      floor: [],
      rate: false,
      target: "≤ 2x",
      meets: (ratio) => ratio <= 2,
    };
    const pdf: Figure = {
      name: `PDF ingest, ${pdfs} PDFs / ${pages} pages, pages/s vs serial pdftotext`,
      classpec: [],
      floor: [],
      rate: true,
      target: "≥ 1.0x",
      meets: (ratio) => ratio >= 1,
    };
    const version: Figure = {
      name: `\`classpec --version\` vs \`node -e 0\` (median of ${starts} each)`,
      classpec: [],
      floor: [],
      rate: false,
      target: "≤ 3x",
      meets: (ratio) => ratio <= 3,
      unit: "ms",
    };
    const oneFile: Figure = {
      name: `ingest of one text file vs \`node -e 0\` (median of ${starts} each)`,
      classpec: [],
      floor: [],
      rate: false,
      target: "≤ 5x",
      meets: (ratio) => ratio <= 5,
      unit: "ms",
    };
    const qualifyAll: Figure = {
      name: `\`qualify\` of 3 candidates against ${kentucky} JSON specs vs reading and parsing them (bench/json-floor.mjs)`,
      classpec: [],
      floor: [],
      rate: false,
      target: "≤ 3x",
      meets: (ratio) => ratio <= 3,
    };
    const peaks: number[] = [];
    const diffRuns: Run[] = [];
    /** This code's runs and the baseline's, per row, when `--baseline` is given. */
    const against = new Map<string, { mine: Run[]; base: Run[] }>();
    const withBaseline = (row: string, round: number, run: (bin: string) => Run): Run => {
      if (options.baseline === "") return run(BIN);
      const [mine, base] = pair(
        round,
        () => run(BIN),
        () => run(options.baseline),
      );
      const runs = against.get(row) ?? { mine: [], base: [] };
      runs.mine.push(mine);
      runs.base.push(base);
      against.set(row, runs);
      return mine;
    };

    const measure = (figure: Figure, round: number, subject: () => Run, floor: () => Run) => {
      const [mine, theirs] = pair(round, subject, floor);
      figure.classpec.push(mine);
      figure.floor.push(theirs);
      return mine;
    };
    const pdfFolder = join(work, "pdf");
    for (let round = 0; round < rounds; round++) {
      process.stderr.write(`bench: round ${round + 1} of ${rounds}\n`);
      if (wants("text")) {
        const run = measure(
          text,
          round,
          () =>
            withBaseline(`Kentucky text ingest, ${kentucky} docs`, round, (bin) =>
              classpec(["ingest", kentuckyFolder, "--out", fresh(work, "out"), "-q"], [0], bin),
            ),
          () => node(["bench/io-floor.mjs", kentuckyFolder, fresh(work, "floor")]),
        );
        if (run.peakKib !== undefined) peaks.push(run.peakKib);
      }
      if (wants("generic"))
        measure(
          generic,
          round,
          () => classpec(["ingest", genericFolder, "--out", fresh(work, "out"), "-q"]),
          () => node(["bench/io-floor.mjs", genericFolder, fresh(work, "floor")]),
        );
      if (wants("iowa"))
        measure(
          iowa,
          round,
          () => classpec(["ingest", iowaFolder, "--out", fresh(work, "out"), "-q"]),
          () => node(["bench/markdown-floor.mjs", iowaFolder]),
        );
      if (wants("pdf") && pages > 0)
        measure(
          pdf,
          round,
          () => classpec(["ingest", pdfFolder, "--out", fresh(work, "out"), "-q"]),
          () => node(["bench/pdftotext-floor.mjs", pdfFolder, fresh(work, "floor")]),
        );
      if (wants("start")) {
        const bare = (): Run => medianOf(starts, () => node(["-e", "0"]));
        measure(version, round, () => medianOf(starts, () => classpec(["--version"])), bare);
        measure(
          oneFile,
          round,
          () =>
            medianOf(starts, () =>
              classpec(["ingest", oneText, "--out", fresh(work, "one"), "-q"]),
            ),
          bare,
        );
      }
      if (wants("qualify"))
        measure(
          qualifyAll,
          round,
          () => node([join(REPO, "dist", "scripts", "bench-qualify.js"), specsJson]),
          () => node(["bench/json-floor.mjs", specsJson]),
        );
      // Exit 1 is allowed: it only says a side had a problem worth a look; the timing stands.
      const sides = diffSides;
      if (sides)
        diffRuns.push(
          withBaseline(`\`diff\` of two ${kentucky}-spec catalogues`, round, (bin) =>
            classpec(["diff", ...sides, "--format", "json"], [0, 1], bin),
          ),
        );
    }

    const figures = [text, generic, iowa, pdf, version, oneFile, qualifyAll].filter(
      (figure) => figure.classpec.length > 0,
    );
    const loadAfter = loadavg();
    process.stdout.write(
      `Node ${process.version}, ${availableParallelism()} cores, ${rounds} alternating rounds, corpus seed ${seed}; load average ${loadBefore[0]?.toFixed(2)} at the start, ${loadAfter[0]?.toFixed(2)} at the end\n\n`,
    );
    if (figures.length > 0) process.stdout.write(table(figures));
    if (peaks.length > 0) {
      const peakMb = median(peaks) / KIB_PER_MB;
      process.stdout.write(
        `| peak RSS, ingest of ${kentucky} text docs (median of ${peaks.length}) | ${peakMb.toFixed(0)} MB | | | ${(Math.min(...peaks) / KIB_PER_MB).toFixed(0)}–${(Math.max(...peaks) / KIB_PER_MB).toFixed(0)} MB | | < 300 MB | ${peakMb < 300 ? "yes" : "**no**"} |\n`,
      );
    }
    if (diffRuns.length > 0) {
      const diffSeconds = diffRuns.map((run) => run.seconds);
      const seconds = median(diffSeconds);
      const cpu = diffRuns.flatMap((run) => (run.cpu === undefined ? [] : [run.cpu]));
      // The diff runs on one thread, so its CPU time is its wall time on a quiet machine; on a
      // shared one the wall time is mostly waiting for a core, so CPU decides when it was measured.
      const judged = cpu.length > 0 ? median(cpu) : seconds;
      process.stdout.write(
        `| \`diff\` of two ${kentucky}-spec JSON catalogues (1 in ${REVISE_EVERY} revised) | ${format(seconds)} s | | | ${format(Math.min(...diffSeconds))}–${format(Math.max(...diffSeconds))} s | ${cpu.length > 0 ? `${format(median(cpu))} s of CPU (best ${format(Math.min(...cpu))} s)` : ""} | < 2 s${cpu.length > 0 ? " of CPU" : ""} | ${judged < 2 ? "yes" : "**no**"} |\n`,
      );
    }
    if (against.size > 0) process.stdout.write(`\n${baselineTable(against, options.baseline)}`);
    if (wants("hostile")) {
      process.stderr.write("bench: hostile inputs ...\n");
      process.stdout.write(`\n${await hostileTable(BIN, join(work, "hostile"))}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
