/**
 * The in-process figure of docs/benchmarks.md: one thread reads each file of
 * a folder, calls the library's `ingest()`, serialises the document and
 * writes it atomically, as the CLI's worker does, with no worker, no
 * messages and no pool. Prints the CPU time (user + system) and wall time per
 * document of that loop, start-up left out (it is the `start` row's).
 *
 *   node dist/scripts/bench-one-thread.js <folder of inputs> <output folder> [<build root>]
 *
 * `<build root>`: another checkout (its `dist/` built) to measure instead of
 * this one, so two builds are run alternately from one script and their
 * outputs compared file by file (`diff -r`).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [input, output, root] = process.argv.slice(2);
if (!input || !output) {
  process.stderr.write(
    "usage: node dist/scripts/bench-one-thread.js <folder of inputs> <output folder> [<build root>]\n",
  );
  process.exit(2);
}
const library = root
  ? pathToFileURL(resolve(root, "dist/pipeline/index.js")).href
  : new URL("../pipeline/index.js", import.meta.url).href;
const emit = root
  ? pathToFileURL(resolve(root, "dist/pipeline/emit/index.js")).href
  : new URL("../pipeline/emit/index.js", import.meta.url).href;
const { ingest, outputName, serialize } = (await import(
  library
)) as typeof import("../pipeline/index.js");
const { writeAtomicSync } = (await import(emit)) as typeof import("../pipeline/emit/index.js");

const names = readdirSync(input).sort();
const folders = new Set<string>();
let failed = 0;
const cpu = process.cpuUsage();
const wall = performance.now();
for (const name of names) {
  const path = join(input, name);
  const result = await ingest(readFileSync(path), path);
  if (result.status === "failed") {
    failed++;
    continue;
  }
  writeAtomicSync(
    join(output, outputName(result.document.id)),
    serialize(result.document),
    folders,
  );
}
const used = process.cpuUsage(cpu);
const perDocument = (microseconds: number): number =>
  Math.round((microseconds / 1000 / names.length) * 1000) / 1000;
process.stdout.write(
  `${JSON.stringify({
    documents: names.length,
    failed,
    cpuMsPerDocument: perDocument(used.user + used.system),
    wallMsPerDocument: perDocument((performance.now() - wall) * 1000),
  })}\n`,
);
