/**
 * Ships the patched pdfjs worker inside the package (`dist/vendor/pdfjs/`).
 *
 * `patches/pdfjs-dist+*.patch` is applied by patch-package in this
 * repository's `prepare`, which never runs when a user installs the package:
 * their `node_modules/pdfjs-dist` is the registry's, unpatched. The worker
 * module (pdfjs's parser, where every patched line lives) is therefore copied
 * from this repository's patched install into `dist/`, and
 * `pipeline/extract/pdf/open.ts` loads that copy. pdfjs-dist is pinned to the
 * exact version the patch was made for, since pdfjs refuses a worker whose
 * version differs from its API's.
 *
 * The build fails when the installed worker lacks a patched line: a copy of
 * an unpatched worker would ship the hidden costs silently.
 */
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PATCHED_LINES } from "./pdfjs-patched-lines.js";

const WORKER = "pdfjs-dist/legacy/build/pdf.worker.mjs";
const REPO = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
/** Where the built pipeline looks for it (`pipeline/extract/pdf/open.ts`). */
const TARGET = join(REPO, "dist", "vendor", "pdfjs");

function vendor(): void {
  const require = createRequire(import.meta.url);
  const source = require.resolve(WORKER);
  const code = readFileSync(source, "utf8");
  const missing = PATCHED_LINES.filter((line) => !code.includes(line));
  if (missing.length > 0) {
    process.stderr.write(
      `vendor-pdfjs: ${source} lacks the patched line '${missing[0]}', expected the patch from patches/ (run npx patch-package)\n`,
    );
    process.exit(1);
  }
  mkdirSync(TARGET, { recursive: true });
  copyFileSync(source, join(TARGET, "pdf.worker.mjs"));
  // pdfjs is Apache-2.0: its licence travels with the copy.
  copyFileSync(require.resolve("pdfjs-dist/LICENSE"), join(TARGET, "LICENSE"));
}

vendor();
