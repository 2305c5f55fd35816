// The I/O floor of a text ingest (npm run bench): what any tool must do with
// the same files, in a bare script. Reads each file, splits it into lines,
// serialises them as 2-space JSON and writes it atomically (temp file, then
// rename), as classpec writes its output. No parsing, no validation.
//
//   node bench/io-floor.mjs <input folder> <output folder>
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  process.stderr.write("usage: node bench/io-floor.mjs <input folder> <output folder>\n");
  process.exit(2);
}
mkdirSync(output, { recursive: true });
let written = 0;
for (const name of readdirSync(input).sort()) {
  const text = readFileSync(join(input, name), "utf8");
  const lines = text.split(/\r?\n/);
  const json = `${JSON.stringify({ path: name, lines }, null, 2)}\n`;
  const temp = join(output, `.floor-tmp-${process.pid}-${written}`);
  writeFileSync(temp, json);
  renameSync(temp, join(output, `${name}.json`));
  written++;
}
process.stdout.write(`${written} files\n`);
