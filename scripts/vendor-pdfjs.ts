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

/** A line each patch puts into the worker; the build checks every one is there. */
const PATCHED_LINES = [
  // TextState.clone copies onto the class's prototype instead of chaining a prototype per `q`.
  "Object.assign(Object.create(Object.getPrototypeOf(this)), this)",
  // getTextContent stamps text a reader cannot see (render mode 3, white fill, clip; pdf-hidden-text).
  "classpecHidden: textChunk.classpecHidden",
  // Caps on decoded stream bytes and operators per page (pdf-too-large-stream, pdf-too-many-operators).
  'throw new ClasspecLimitError("stream-bytes", max);',
  'throw new ClasspecLimitError("operators", classpecMaxOperators);',
  // ... and a font program over the stream cap fails the document instead of becoming an ErrorFont.
  "if (!this.options.ignoreErrors || ex instanceof ClasspecLimitError) {",
];

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
