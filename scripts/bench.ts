/**
 * `npm run bench`: each figure of classpec as a ratio to its floor measured
 * in the same run, in alternating rounds (classpec first in even rounds, the
 * floor first in odd ones), reported as the median ratio and its range. On a
 * shared machine absolute times swing with the load; the ratio of two runs
 * made seconds apart holds much better.
 *
 *   npm run bench [-- --kentucky 2000 --series 200 --pdfs 300 --rounds 5 --starts 5
 *                     --only text,iowa,pdf,start,diff]
 *
 * Rows and floors:
 * - text: `ingest` of generated Kentucky text specs vs bench/io-floor.mjs
 *   (read, split, serialise, atomic write of the same files); peak RSS too.
 * - iowa: `ingest` of generated Iowa series vs bench/markdown-floor.mjs
 *   (bare remark-parse + GFM tables of the same files).
 * - pdf: `ingest` of generated spec PDFs (default threads) vs serial
 *   `pdftotext`, one process per file spawned directly (no shell).
 * - start: `classpec --version` and `ingest` of one text file vs `node -e 0`.
 * - diff: `diff` of two catalogues of JSON outputs (absolute seconds).
 *
 * Every command runs as a child process (start-up and exit count), and
 * CLASSPEC_THREADS is left unset, so each batch runs on the default policy.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ensurePdftotext, makePdfCorpus } from "./bench-pdf-corpus.js";
import { corpus } from "./corpus-lib.js";
import { scriptOptions } from "./options.js";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
const BIN = join(REPO, "bin", "classpec.js");
const GNU_TIME = "/usr/bin/time";
const DEFAULTS = { kentucky: 2000, series: 200, pdfs: 300, rounds: 5, starts: 5, seed: 1 };
const ROWS = ["text", "iowa", "pdf", "start", "diff"] as const;
type RowName = (typeof ROWS)[number];
/** Every Nth spec of the "after" catalogue is revised (grade, duties). */
const REVISE_EVERY = 10;
const KIB_PER_MB = 1024;

interface Run {
  seconds: number;
  peakKib?: number;
}

/** Runs a command (no shell) and times it from spawn to exit; a failure ends the benchmark. */
function timed(command: string, args: readonly string[], options: { rss?: boolean } = {}): Run {
  const useTime = options.rss === true;
  const env: NodeJS.ProcessEnv = { ...process.env, CI: "1" };
  delete env.CLASSPEC_THREADS;
  const started = process.hrtime.bigint();
  const child = spawnSync(
    useTime ? GNU_TIME : command,
    useTime ? ["-f", "%M", command, ...args] : args,
    {
      cwd: REPO,
      encoding: "utf8",
      env,
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (
    child.status !== 0 &&
    !(command === process.execPath && args[1] === "diff" && child.status === 1)
  )
    throw new Error(
      `${command} ${args.join(" ")} exited ${child.status}: ${child.stderr.slice(0, 400)}`,
    );
  const peak = useTime ? Number(child.stderr.trim().split("\n").at(-1)) : Number.NaN;
  return Number.isFinite(peak) ? { seconds, peakKib: peak } : { seconds };
}

const classpec = (args: readonly string[], options?: { rss?: boolean }): Run =>
  timed(process.execPath, [BIN, ...args], options);
const node = (args: readonly string[]): Run => timed(process.execPath, args);

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** One figure: per round, classpec's and the floor's seconds (the ratio is computed from them). */
interface Figure {
  name: string;
  classpec: number[];
  floor: number[];
  /** true: ratio = floor / classpec (a rate, higher is better); else classpec / floor. */
  rate: boolean;
  target: string;
  meets: (ratio: number) => boolean;
  unit?: string;
}

function ratios(figure: Figure): number[] {
  return figure.classpec.map((seconds, round) => {
    const floor = figure.floor[round] as number;
    return figure.rate ? floor / seconds : seconds / floor;
  });
}

/** Runs `first` and `second` in an order that alternates with the round. */
function pair(round: number, subject: () => number, floor: () => number): [number, number] {
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

/** Median of `count` runs of `run`, in seconds. */
function medianOf(count: number, run: () => Run): number {
  return median(Array.from({ length: count }, () => run().seconds));
}

function pdftotextSerial(files: readonly string[], out: string): number {
  mkdirSync(out, { recursive: true });
  const started = process.hrtime.bigint();
  for (const [index, file] of files.entries()) {
    const child = spawnSync("pdftotext", [file, join(out, `${index}.txt`)], { stdio: "ignore" });
    if (child.status !== 0) throw new Error(`pdftotext ${file} exited ${child.status}`);
  }
  return Number(process.hrtime.bigint() - started) / 1e9;
}

function format(value: number): string {
  return value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

function table(figures: readonly Figure[]): string {
  const lines = [
    "| figure | classpec (median) | floor (median) | ratio, median | range | target | met |",
    "| --- | ---: | ---: | ---: | ---: | --- | --- |",
  ];
  for (const figure of figures) {
    const all = ratios(figure);
    const ratio = median(all);
    const unit = figure.unit ?? "s";
    lines.push(
      `| ${figure.name} | ${format(median(figure.classpec))} ${unit} | ${format(median(figure.floor))} ${unit} | ${format(ratio)}x | ${format(Math.min(...all))}–${format(Math.max(...all))}x | ${figure.target} | ${figure.meets(ratio) ? "yes" : "**no**"} |`,
    );
  }
  return `${lines.join("\n")}\n`;
}

async function main(): Promise<void> {
  const options = scriptOptions("bench", DEFAULTS, { only: ROWS.join(",") });
  const only = new Set(options.only.split(",").map((name) => name.trim()));
  for (const name of only) {
    if (!(ROWS as readonly string[]).includes(name)) {
      process.stderr.write(`bench: Unexpected row '${name}', expected some of ${ROWS.join(",")}\n`);
      process.exit(2);
    }
  }
  const wants = (name: RowName): boolean => only.has(name);
  const { kentucky, series, pdfs, rounds, starts, seed } = options;
  const loadBefore = loadavg();
  const work = mkdtempSync(join(tmpdir(), "classpec-bench-"));
  try {
    const before = join(work, "before");
    writeCorpus(before, { kentucky, series, seed });
    const kentuckyFolder = join(before, "kentucky");
    const iowaFolder = join(before, "iowa");
    const oneText = join(kentuckyFolder, readdirSync(kentuckyFolder).sort()[0] ?? "");
    let pdfFiles: string[] = [];
    let pages = 0;
    if (wants("pdf")) {
      ensurePdftotext();
      const folder = join(work, "pdf");
      mkdirSync(folder);
      process.stderr.write(`bench: laying out ${pdfs} PDFs ...\n`);
      pages = await makePdfCorpus(folder, pdfs);
      pdfFiles = readdirSync(folder)
        .sort()
        .map((name) => join(folder, name));
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

    const text: Figure = {
      name: `Kentucky text ingest, ${kentucky} docs, vs I/O floor (bench/io-floor.mjs)`,
      classpec: [],
      floor: [],
      rate: false,
      target: "≤ 4x",
      meets: (ratio) => ratio <= 4,
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
    const peaks: number[] = [];
    const diffSeconds: number[] = [];

    for (let round = 0; round < rounds; round++) {
      process.stderr.write(`bench: round ${round + 1} of ${rounds}\n`);
      if (wants("text")) {
        const [subject, floor] = pair(
          round,
          () => {
            const run = classpec(["ingest", kentuckyFolder, "--out", fresh(work, "out"), "-q"], {
              rss: true,
            });
            if (run.peakKib !== undefined) peaks.push(run.peakKib);
            return run.seconds;
          },
          () => node(["bench/io-floor.mjs", kentuckyFolder, fresh(work, "floor")]).seconds,
        );
        text.classpec.push(subject);
        text.floor.push(floor);
      }
      if (wants("iowa")) {
        const [subject, floor] = pair(
          round,
          () => classpec(["ingest", iowaFolder, "--out", fresh(work, "out"), "-q"]).seconds,
          () => node(["bench/markdown-floor.mjs", iowaFolder]).seconds,
        );
        iowa.classpec.push(subject);
        iowa.floor.push(floor);
      }
      if (wants("pdf") && pdfFiles.length > 0) {
        const folder = join(work, "pdf");
        const [subject, floor] = pair(
          round,
          () => classpec(["ingest", folder, "--out", fresh(work, "out"), "-q"]).seconds,
          () => pdftotextSerial(pdfFiles, fresh(work, "floor")),
        );
        pdf.classpec.push(subject);
        pdf.floor.push(floor);
      }
      if (wants("start")) {
        const bare = (): number => medianOf(starts, () => node(["-e", "0"])) * 1000;
        const [versionMs, bareMs] = pair(
          round,
          () => medianOf(starts, () => classpec(["--version"])) * 1000,
          bare,
        );
        version.classpec.push(versionMs);
        version.floor.push(bareMs);
        const [oneMs, bareAgainMs] = pair(
          round,
          () =>
            medianOf(starts, () =>
              classpec(["ingest", oneText, "--out", fresh(work, "one"), "-q"]),
            ) * 1000,
          bare,
        );
        oneFile.classpec.push(oneMs);
        oneFile.floor.push(bareAgainMs);
      }
      if (diffSides) {
        diffSeconds.push(classpec(["diff", ...diffSides, "--format", "json"]).seconds);
      }
    }

    const figures = [text, iowa, pdf, version, oneFile].filter(
      (figure) => figure.classpec.length > 0,
    );
    const loadAfter = loadavg();
    process.stdout.write(
      `Node ${process.version}, ${availableParallelism()} cores, ${rounds} alternating rounds, corpus seed ${seed}; load average ${loadBefore[0]?.toFixed(2)} at the start, ${loadAfter[0]?.toFixed(2)} at the end\n\n`,
    );
    process.stdout.write(table(figures));
    if (peaks.length > 0) {
      const peakMb = median(peaks) / KIB_PER_MB;
      process.stdout.write(
        `| peak RSS, ingest of ${kentucky} text docs (median of ${peaks.length}) | ${peakMb.toFixed(0)} MB | | | ${(Math.min(...peaks) / KIB_PER_MB).toFixed(0)}–${(Math.max(...peaks) / KIB_PER_MB).toFixed(0)} MB | < 300 MB | ${peakMb < 300 ? "yes" : "**no**"} |\n`,
      );
    }
    if (diffSeconds.length > 0) {
      const seconds = median(diffSeconds);
      process.stdout.write(
        `| \`diff\` of two ${kentucky}-spec JSON catalogues (1 in ${REVISE_EVERY} revised) | ${format(seconds)} s | | | ${format(Math.min(...diffSeconds))}–${format(Math.max(...diffSeconds))} s | < 2 s | ${seconds < 2 ? "yes" : "**no**"} |\n`,
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
