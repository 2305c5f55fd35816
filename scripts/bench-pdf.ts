/**
 * `npm run bench:pdf`: pages per second of `classpec ingest` over a generated
 * corpus of Kentucky spec PDFs, next to poppler's `pdftotext` over the same
 * files in the same run, and classpec's peak RSS. Prints a markdown table.
 *
 *   npm run bench:pdf [-- --count 300]
 *
 * The corpus is laid out with pdf-lib from the Kentucky text fixtures, varied
 * (job number, font size, hyphenation, duty order, repeated duties for 3-page
 * specs), so no two files are alike and every id is unique. pdftotext comes
 * from Debian's poppler-utils, installed with apt-get when it is missing.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { PDFDocument } from "pdf-lib";
import { THREADS_VARIABLE } from "../pipeline/batch/threads.js";
import { modelOf, type SpecModel } from "./make-fixture-pdfs/model.js";
import { renderWithPdfLib } from "./make-fixture-pdfs/pdf-lib.js";

const DEFAULT_COUNT = 300;
const TWINS = "fixtures/kentucky";
/** Fixtures that are valid specs (the partial one is missing a section on purpose). */
const EXCLUDED_TWINS = new Set(["office-support-assistant-partial.txt"]);
const FONT_SIZES = [9, 9.5, 10, 10.5, 11];
const FIRST_JOB_NUMBER = 30_000_000;
/** Every Nth spec repeats its duties, so the corpus also holds 3-page specs. */
const LONG_EVERY = 4;

function countArgument(): number {
  const at = process.argv.indexOf("--count");
  const value = at === -1 ? DEFAULT_COUNT : Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1)
    throw new Error("--count needs a positive whole number");
  return value;
}

function ensurePdftotext(): void {
  if (spawnSync("pdftotext", ["-v"], { stdio: "ignore" }).status === 0) return;
  console.error("pdftotext is missing: installing poppler-utils with apt-get");
  const sudo = process.getuid?.() === 0 ? [] : ["sudo"];
  const run = (args: string[]): void => {
    const [command = "apt-get", ...rest] = [...sudo, ...args];
    execFileSync(command, rest, {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  };
  run(["apt-get", "update"]);
  run(["apt-get", "install", "-y", "poppler-utils"]);
}

/** Variant `index` of a fixture model: its own job number, duty order and length. */
function vary(model: SpecModel, index: number): SpecModel {
  const fields = model.fields.map((field) =>
    field.label === "Job Number:" ? { ...field, value: String(FIRST_JOB_NUMBER + index) } : field,
  );
  const blocks = model.blocks.map((block, at) => {
    const previous = model.blocks[at - 1];
    if (!previous?.heading?.startsWith("EXAMPLES OF DUTIES") || block.heading) return block;
    const sentences = block.text.split(/(?<=\.) (?=[A-Z])/);
    const shift = index % Math.max(1, sentences.length);
    const rotated = [...sentences.slice(shift), ...sentences.slice(0, shift)];
    const duties = index % LONG_EVERY === 0 ? [...rotated, ...rotated, ...rotated] : rotated;
    return { ...block, text: duties.join(" ") };
  });
  return { ...model, fields, blocks };
}

async function makeCorpus(folder: string, count: number): Promise<number> {
  const models = readdirSync(TWINS)
    .filter((name) => name.endsWith(".txt") && !EXCLUDED_TWINS.has(name))
    .sort()
    .map((name) => modelOf(readFileSync(join(TWINS, name), "utf8")));
  let pages = 0;
  for (let index = 0; index < count; index++) {
    const model = models[index % models.length];
    if (!model) throw new Error(`no Kentucky fixtures in ${TWINS}`);
    const bytes = await renderWithPdfLib(vary(model, index), {
      size: FONT_SIZES[index % FONT_SIZES.length] ?? 10,
      hyphenate: index % 2 === 0,
    });
    pages += (await PDFDocument.load(bytes)).getPageCount();
    writeFileSync(join(folder, `spec-${String(index).padStart(4, "0")}.pdf`), bytes);
  }
  return pages;
}

interface Timing {
  seconds: number;
  peakRssMb?: number;
}

function timeCommand(args: string[], env: NodeJS.ProcessEnv = process.env): Timing {
  const gnuTime = spawnSync("/usr/bin/time", ["--version"], { stdio: "ignore" }).status === 0;
  const started = process.hrtime.bigint();
  const run = gnuTime
    ? spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, ...args], { encoding: "utf8", env })
    : spawnSync(process.execPath, args, { encoding: "utf8", env });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) {
    throw new Error(`${args.join(" ")} failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
  const kilobytes = gnuTime ? Number(run.stderr.trim().split("\n").at(-1)) : Number.NaN;
  return Number.isFinite(kilobytes) ? { seconds, peakRssMb: kilobytes / 1024 } : { seconds };
}

/**
 * `classpec ingest` as a user runs it, under GNU time for the peak RSS when
 * it is there; `threads` sets CLASSPEC_THREADS (1: no worker pool).
 */
function timeClasspec(corpus: string, out: string, threads?: number): Timing {
  const env: NodeJS.ProcessEnv = { ...process.env, CI: "1" };
  if (threads === undefined) delete env[THREADS_VARIABLE];
  else env[THREADS_VARIABLE] = String(threads);
  return timeCommand(["bin/classpec.js", "ingest", corpus, "--out", out, "--quiet"], env);
}

function countJson(folder: string): number {
  return readdirSync(folder, { recursive: true }).filter((name) => String(name).endsWith(".json"))
    .length;
}

/** pdftotext over every file, `parallel` processes at a time (xargs -P). */
function timePdftotext(files: string[], out: string, parallel: number): Timing {
  const started = process.hrtime.bigint();
  const run = spawnSync(
    "xargs",
    [
      "-0",
      "-P",
      String(parallel),
      "-I",
      "{}",
      "sh",
      "-c",
      `pdftotext "{}" "${out}/$(basename "{}").txt"`,
    ],
    { input: files.join("\0"), stdio: ["pipe", "ignore", "inherit"] },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) throw new Error(`pdftotext failed (exit ${run.status})`);
  return { seconds };
}

function row(name: string, timing: Timing, files: number, pages: number, baseline: number): string {
  const rate = pages / timing.seconds;
  const rss = timing.peakRssMb === undefined ? "n/a" : `${timing.peakRssMb.toFixed(0)} MB`;
  return `| ${name} | ${files} | ${pages} | ${timing.seconds.toFixed(2)} | ${rate.toFixed(1)} | ${(rate / baseline).toFixed(2)}x | ${rss} |`;
}

async function main(): Promise<void> {
  const count = countArgument();
  ensurePdftotext();
  const work = mkdtempSync(join(tmpdir(), "classpec-bench-pdf-"));
  try {
    const corpus = join(work, "corpus");
    const pooledOut = join(work, "classpec");
    const singleOut = join(work, "classpec-single");
    const popplerOut = join(work, "pdftotext");
    for (const folder of [corpus, pooledOut, singleOut, popplerOut])
      execFileSync("mkdir", ["-p", folder]);
    console.error(`generating ${count} Kentucky spec PDFs in ${corpus} ...`);
    const pages = await makeCorpus(corpus, count);
    const files = readdirSync(corpus)
      .sort()
      .map((name) => join(corpus, name));
    const cores = cpus().length;

    // Warm the file cache for both tools alike.
    for (const file of files) readFileSync(file);
    const poppler = timePdftotext(files, popplerOut, 1);
    const popplerParallel = timePdftotext(files, popplerOut, cores);
    const pooled = timeClasspec(corpus, pooledOut);
    const single = timeClasspec(corpus, singleOut, 1);
    for (const [what, folder] of [
      ["classpec", pooledOut],
      ["classpec (one thread)", singleOut],
    ] as const) {
      const written = countJson(folder);
      if (written !== files.length)
        throw new Error(`${what} wrote ${written} documents for ${files.length} PDFs`);
    }

    const baseline = pages / poppler.seconds;
    const rows: Array<[string, Timing]> = [
      [
        `\`classpec ingest\` (extract, parse, rules, validate, write JSON; ${cores} worker threads, the default)`,
        pooled,
      ],
      [`\`classpec ingest\` with \`${THREADS_VARIABLE}=1\` (no worker threads)`, single],
      ["`pdftotext` (one process per file, one at a time)", poppler],
      [`\`pdftotext\` (one process per file, ${cores} at a time)`, popplerParallel],
    ];
    console.log(`\n${count} PDFs, ${pages} pages; ${cores} cores; node ${process.version}\n`);
    console.log("| tool | files | pages | seconds | pages/s | vs pdftotext | peak RSS |");
    console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (const [name, timing] of rows)
      console.log(row(name, timing, files.length, pages, baseline));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
