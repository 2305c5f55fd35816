/**
 * Makes the committed fixture PDFs (see fixtures/pdf/README.md):
 *   npm run build && node dist/scripts/make-fixture-pdfs.js
 * Needs LibreOffice (soffice) and qpdf on PATH (Debian: libreoffice-writer-nogui,
 * qpdf); the tests only read the PDFs this writes, so they need neither.
 * Every PDF is laid out from a Kentucky text export in fixtures/kentucky/,
 * its "text twin": the tests assert that both give the same body.
 * `node dist/scripts/make-fixture-pdfs.js natural` writes only the natural
 * layout (fixtures/pdf/natural/), every text twin by both producers, or only
 * the twins named after it (`... natural youth-security-treatment-shift-supervisor`).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { extractPdf } from "../pipeline/extract/pdf/index.js";
import { DocFile } from "../pipeline/file.js";
import type { Line } from "../pipeline/types.js";
import {
  crowdedPage,
  encrypted,
  imageOnly,
  manyPages,
  scannedPng,
  truncated,
} from "./make-fixture-pdfs/bad.js";
import { renderWithLibreOffice } from "./make-fixture-pdfs/fodt.js";
import { modelOf, naturalOf } from "./make-fixture-pdfs/model.js";
import { renderWithPdfLib } from "./make-fixture-pdfs/pdf-lib.js";

const ROOT = process.cwd();
const TWINS = join(ROOT, "fixtures/kentucky");
const OUT = join(ROOT, "fixtures/pdf");
const BAD = join(ROOT, "fixtures/bad/pdf");

/** Which text exports each producer lays out (file names in fixtures/kentucky/, without `.txt`). */
const PDF_LIB = [
  "seed-production-specialist-ii",
  "chief-information-security-officer",
  "nurse-supervisor-corrections",
];
const LIBREOFFICE = [
  "seed-production-specialist-ii",
  "nurse-supervisor-corrections",
  "accountant-iii",
];
/** Body font sizes tried, in points, for LibreOffice layouts. */
const LIBREOFFICE_SIZES = [10, 10.5, 11, 9.5, 11.5, 9, 12];
/** Crosses MAX_PAGES (500) by a wide margin, as a bound manual would. */
const MANY_PAGES = 2000;
/** Crosses MAX_ITEMS_PER_PAGE (20,000). */
const CROWDED_ITEMS = 25_000;

function twin(name: string): string {
  return readFileSync(join(TWINS, `${name}.txt`), "utf8");
}

function write(folder: string, name: string, bytes: Uint8Array): void {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, name), bytes);
  console.log(`${join(folder, name).slice(ROOT.length + 1)} (${bytes.length} bytes)`);
}

/** LibreOffice decides where pages break: try body sizes until a paragraph runs across a page. */
async function libreOfficeWithSplit(name: string): Promise<Uint8Array> {
  let bytes: Uint8Array = new Uint8Array();
  for (const size of LIBREOFFICE_SIZES) {
    bytes = renderWithLibreOffice(modelOf(twin(name)), size);
    if (await paragraphCrossesPage(bytes)) return bytes;
  }
  throw new Error(
    `${name}: no body size in ${LIBREOFFICE_SIZES.join(", ")} breaks a paragraph across pages`,
  );
}

/** True when page 1's text ends inside a paragraph (no blank line at the page break). */
async function paragraphCrossesPage(bytes: Uint8Array): Promise<boolean> {
  const file = new DocFile("probe.pdf");
  const source = {
    path: "probe.pdf",
    format: "pdf" as const,
    bytes,
    sha256: "",
    text: "",
    encoding: "binary",
  };
  const lines = (await extractPdf(source, file))?.lines ?? [];
  const lastOfFirstPage = lines.filter((line: Line) => line.page === 1).at(-1);
  return lastOfFirstPage !== undefined && lastOfFirstPage.text !== "";
}

/** Every Kentucky text export, in the layout a reader sees (see `naturalOf`), by both producers. */
async function writeNatural(only: readonly string[]): Promise<void> {
  const names = readdirSync(TWINS)
    .filter((name) => name.endsWith(".txt"))
    .map((name) => name.slice(0, -".txt".length))
    .filter((name) => only.length === 0 || only.includes(name))
    .sort();
  for (const name of names) {
    const model = naturalOf(modelOf(twin(name)));
    const hyphenate = name !== "seed-production-specialist-ii";
    write(
      join(OUT, "natural", "pdf-lib"),
      `${name}.pdf`,
      await renderWithPdfLib(model, { hyphenate }),
    );
    write(join(OUT, "natural", "libreoffice"), `${name}.pdf`, renderWithLibreOffice(model));
  }
}

async function main(): Promise<void> {
  const only = process.argv[2];
  if (only === "natural") return writeNatural(process.argv.slice(3));
  let seed: Uint8Array | undefined;
  for (const name of PDF_LIB) {
    const bytes = await renderWithPdfLib(modelOf(twin(name)), {
      hyphenate: name !== "seed-production-specialist-ii",
    });
    if (name === "seed-production-specialist-ii") seed = bytes;
    write(join(OUT, "pdf-lib"), `${name}.pdf`, bytes);
  }
  if (only !== "pdf-lib") {
    for (const name of LIBREOFFICE) {
      write(join(OUT, "libreoffice"), `${name}.pdf`, await libreOfficeWithSplit(name));
    }
  }
  if (!seed) throw new Error("the seed PDF was not made");
  write(BAD, "encrypted.pdf", encrypted(seed));
  write(BAD, "image-only.pdf", await imageOnly(scannedPng()));
  write(BAD, "truncated.pdf", truncated(seed));
  write(BAD, "too-many-pages.pdf", await manyPages(MANY_PAGES));
  write(BAD, "crowded-page.pdf", await crowdedPage(CROWDED_ITEMS));
}

await main();
