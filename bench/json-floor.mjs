// The floor of `qualify` over a catalogue (npm run bench): read and parse
// every JSON output of the folder, as any program answering from them must.
//
//   node bench/json-floor.mjs <folder of JSON outputs>
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const [input] = process.argv.slice(2);
if (!input) {
  process.stderr.write("usage: node bench/json-floor.mjs <folder of JSON outputs>\n");
  process.exit(2);
}
let rules = 0;
for (const name of readdirSync(input).sort()) {
  if (!name.endsWith(".json")) continue;
  rules += JSON.parse(readFileSync(join(input, name), "utf8")).rules.length;
}
process.stdout.write(`${rules} rules\n`);
