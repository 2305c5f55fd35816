/**
 * A corpus of class specs no profile knows, for `npm run bench`: `count`
 * text specs of an invented county, each a variation of
 * fixtures/publishers/generic/harlow-county-road-maintenance-worker.txt
 * (its own title, class number and duty count), read by the `generic` profile.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const TEMPLATE = "fixtures/publishers/generic/harlow-county-road-maintenance-worker.txt";
const TRADES = ["Road", "Bridge", "Culvert", "Drainage", "Sign", "Signal", "Fleet", "Yard"];

export function writeGenericCorpus(repo: string, folder: string, count: number): void {
  const template = readFileSync(join(repo, TEMPLATE), "utf8");
  mkdirSync(folder, { recursive: true });
  for (let index = 0; index < count; index++) {
    const trade = TRADES[index % TRADES.length] ?? "Road";
    const level = Math.floor(index / TRADES.length) + 1;
    const text = template
      .replace("Road Maintenance Worker", `${trade} Maintenance Worker ${level}`)
      .replace("Class No. 4410", `Class No. ${5000 + index}`)
      // Every other spec has one duty fewer: documents differ in length too.
      .replace(
        index % 2 === 0 ? "- Sets out cones and signs to protect crews working in traffic.\n" : "",
        "",
      );
    writeFileSync(join(folder, `generic-${String(index).padStart(5, "0")}.txt`), text);
  }
}
