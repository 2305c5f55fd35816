/**
 * Writes the hidden-text PDFs and their visible controls (scripts/hidden-pdf-cases.ts)
 * to fixtures/pdf-hidden/:
 *   npm run build && node dist/scripts/make-hidden-pdfs.js
 * Needs nothing but pdf-lib; tests/pdf-painted.test.ts checks the committed
 * files are what this writes.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { HIDDEN_CASES, makeHiddenCase } from "./hidden-pdf-cases.js";

const ROOT = process.cwd();
export const HIDDEN_SEED = "fixtures/pdf/pdf-lib/seed-production-specialist-ii.pdf";
export const HIDDEN_FOLDER = "fixtures/pdf-hidden";

async function main(): Promise<void> {
  const seed = new Uint8Array(readFileSync(join(ROOT, HIDDEN_SEED)));
  mkdirSync(join(ROOT, HIDDEN_FOLDER), { recursive: true });
  for (const hidden of HIDDEN_CASES) {
    writeFileSync(
      join(ROOT, HIDDEN_FOLDER, `${hidden.name}.pdf`),
      await makeHiddenCase(seed, hidden),
    );
  }
  console.log(`${HIDDEN_CASES.length} PDFs in ${HIDDEN_FOLDER}/`);
}

if (process.argv[1]?.endsWith("make-hidden-pdfs.js")) await main();
