/**
 * The `qualify` row of `npm run bench`: every JSON output of a folder read,
 * parsed and evaluated for a few candidates with the library's `qualify`
 * (the floor, bench/json-floor.mjs, reads and parses the same files).
 *
 *   node dist/scripts/bench-qualify.js <folder of JSON outputs>
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { qualify } from "../pipeline/qualify/index.js";
import type { SpecDocument } from "../schemas/index.js";
import type { Candidate } from "../schemas/qualifications.js";

const CANDIDATES: readonly Candidate[] = [
  { education: [{ level: "high-school" }], experience: [{ years: 2, area: "clerical" }] },
  {
    education: [{ level: "bachelor", field: "accounting" }],
    experience: [{ years: 3, area: "accounting", level: "professional" }],
  },
  { experience: [{ years: 8, area: "production support" }], licenses: ["Registered Nurse"] },
];

const [input] = process.argv.slice(2);
if (!input) {
  process.stderr.write("usage: node dist/scripts/bench-qualify.js <folder of JSON outputs>\n");
  process.exit(2);
}
const answers = { qualifies: 0, "does-not-qualify": 0, "cannot-tell": 0 };
for (const name of readdirSync(input).sort()) {
  if (!name.endsWith(".json")) continue;
  const spec = JSON.parse(readFileSync(join(input, name), "utf8")) as SpecDocument;
  if (spec.kind !== "class-spec") continue;
  for (const candidate of CANDIDATES) answers[qualify(spec, candidate).answer]++;
}
process.stdout.write(`${JSON.stringify(answers)}\n`);
