// The floor of a PDF ingest (npm run bench): poppler's pdftotext over the
// same files, one process per file, one at a time, each spawned directly (no
// shell, whose start-up would be counted against the floor). From a small
// script, so that each spawn is as cheap as from any tool.
//
//   node bench/pdftotext-floor.mjs <input folder> <output folder>
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  process.stderr.write("usage: node bench/pdftotext-floor.mjs <input folder> <output folder>\n");
  process.exit(2);
}
mkdirSync(output, { recursive: true });
let done = 0;
for (const name of readdirSync(input).sort()) {
  if (!name.endsWith(".pdf")) continue;
  const child = spawnSync("pdftotext", [join(input, name), join(output, `${name}.txt`)], {
    stdio: "ignore",
  });
  if (child.status !== 0) {
    process.stderr.write(`pdftotext ${name} exited ${child.status}\n`);
    process.exit(1);
  }
  done++;
}
process.stdout.write(`${done} files\n`);
