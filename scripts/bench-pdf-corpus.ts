/**
 * The benchmark's PDF corpus (scripts/bench.ts): Kentucky spec PDFs laid out
 * with pdf-lib from the Kentucky text fixtures, varied (job number, font
 * size, hyphenation, duty order, repeated duties for 3-page specs), so no two
 * files are alike and every id is unique. Also where `pdftotext` comes from:
 * Debian's poppler-utils, installed with apt-get when it is missing.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PDFDocument } from "pdf-lib";
import { modelOf, type SpecModel } from "./make-fixture-pdfs/model.js";
import { renderWithPdfLib } from "./make-fixture-pdfs/pdf-lib.js";

const TWINS = "fixtures/kentucky";
/** Fixtures that are valid specs (the partial one is missing a section on purpose). */
const EXCLUDED_TWINS = new Set(["office-support-assistant-partial.txt"]);
const FONT_SIZES = [9, 9.5, 10, 10.5, 11];
const FIRST_JOB_NUMBER = 30_000_000;
/** Every Nth spec repeats its duties, so the corpus also holds 3-page specs. */
const LONG_EVERY = 4;

/** Installs poppler-utils with apt-get when `pdftotext` is missing. */
export function ensurePdftotext(): void {
  if (spawnSync("pdftotext", ["-v"], { stdio: "ignore" }).status === 0) return;
  console.error("pdftotext is missing: installing poppler-utils with apt-get");
  const sudo = process.getuid?.() === 0 ? [] : ["sudo"];
  const run = (args: string[]): void => {
    const [command = "apt-get", ...rest] = [...sudo, ...args];
    execFileSync(command, rest, {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  };
  run(["apt-get", "update"]);
  run(["apt-get", "install", "-y", "poppler-utils"]);
}

/** Variant `index` of a fixture model: its own job number, duty order and length. */
function vary(model: SpecModel, index: number): SpecModel {
  const fields = model.fields.map((field) =>
    field.label === "Job Number:" ? { ...field, value: String(FIRST_JOB_NUMBER + index) } : field,
  );
  const blocks = model.blocks.map((block, at) => {
    const previous = model.blocks[at - 1];
    if (!previous?.heading?.startsWith("EXAMPLES OF DUTIES") || block.heading) return block;
    const sentences = block.text.split(/(?<=\.) (?=[A-Z])/);
    const shift = index % Math.max(1, sentences.length);
    const rotated = [...sentences.slice(shift), ...sentences.slice(0, shift)];
    const duties = index % LONG_EVERY === 0 ? [...rotated, ...rotated, ...rotated] : rotated;
    return { ...block, text: duties.join(" ") };
  });
  return { ...model, fields, blocks };
}

/** Writes `count` PDFs into `folder`; returns their number of pages. */
export async function makePdfCorpus(folder: string, count: number): Promise<number> {
  const models = readdirSync(TWINS)
    .filter((name) => name.endsWith(".txt") && !EXCLUDED_TWINS.has(name))
    .sort()
    .map((name) => modelOf(readFileSync(join(TWINS, name), "utf8")));
  let pages = 0;
  for (let index = 0; index < count; index++) {
    const model = models[index % models.length];
    if (!model) throw new Error(`no Kentucky fixtures in ${TWINS}`);
    const bytes = await renderWithPdfLib(vary(model, index), {
      size: FONT_SIZES[index % FONT_SIZES.length] ?? 10,
      hyphenate: index % 2 === 0,
    });
    pages += (await PDFDocument.load(bytes)).getPageCount();
    writeFileSync(join(folder, `spec-${String(index).padStart(4, "0")}.pdf`), bytes);
  }
  return pages;
}
