/**
 * `npm run corpus [-- --kentucky N --series M --seed S --out DIR]` (DIR: bench/corpus): writes a
 * generated corpus (scripts/corpus-lib.ts) to DIR/kentucky and DIR/iowa.
 * The same arguments always write the same bytes.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { corpus } from "./corpus-lib.js";
import { scriptOptions } from "./options.js";

const DEFAULTS = { kentucky: 2000, series: 200, seed: 1 };
/** Inside the repository, ignored by git (.gitignore). */
const DEFAULT_OUT = "bench/corpus";

function main(): void {
  const { out: outOption, ...options } = scriptOptions("corpus", DEFAULTS, { out: DEFAULT_OUT });
  const out = resolve(outOption);
  const made = new Set<string>();
  let count = 0;
  for (const file of corpus(options)) {
    const folder = join(out, file.folder);
    if (!made.has(folder)) mkdirSync(folder, { recursive: true });
    made.add(folder);
    writeFileSync(join(folder, file.name), file.text);
    count++;
  }
  process.stdout.write(
    `corpus: ${count} files (${options.kentucky} Kentucky, ${options.series} series, seed ${options.seed}) in ${out}\n`,
  );
}

main();
