/**
 * Kentucky fixtures laid out as PDFs by pdf-lib at given font sizes: page
 * breaks fall elsewhere at each size. `pdf.test.ts` lays them out at 10 pt;
 * `pdf-layouts.full.test.ts` at 9, 10 and 11 pt (with hyphenation).
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ingest } from "../pipeline/run.js";
import { modelOf, naturalOf, type SpecModel } from "../scripts/make-fixture-pdfs/model.js";
import { renderWithPdfLib } from "../scripts/make-fixture-pdfs/pdf-lib.js";
import { fixture, ingestDocument, unmappedWords } from "./helpers.js";

/** Every Kentucky text fixture that is a whole spec (the partial one lacks a section on purpose). */
const TEXT_TWINS = readdirSync(fixture("kentucky"))
  .filter((name) => name.endsWith(".txt") && !name.includes("partial"))
  .sort();

/** Lays out text twin `name` with pdf-lib and expects the PDF to read as the text does. */
async function expectPdfReadsAsTwin(
  name: string,
  layout: (text: string) => SpecModel,
  size: number,
) {
  const text = readFileSync(fixture(`kentucky/${name}`), "utf8");
  const bytes = await renderWithPdfLib(layout(text), { size, hyphenate: size !== 10 });
  const fromPdf = await ingest(bytes, `${name}.pdf`);
  const fromText = await ingestDocument(fixture(`kentucky/${name}`));
  if (fromPdf.status === "failed")
    throw new Error(`${fromPdf.error.code}: ${fromPdf.error.message}`);
  expect(fromPdf.document.title).toBe(fromText.title);
  expect(fromPdf.document.body).toEqual(fromText.body);
  expect(fromPdf.document.rules).toEqual(fromText.rules);
  expect(unmappedWords(fromPdf.document)).toEqual(unmappedWords(fromText));
}

/**
 * Every Kentucky fixture laid out at each of `sizes` (pt), in the plain and
 * the natural layout, gives the text's body and rules. The natural layout at
 * 10 pt is committed from both producers (tests/pdf-natural.test.ts).
 */
export function describeLayouts(sizes: readonly number[], naturalSizes: readonly number[]): void {
  describe("every Kentucky fixture laid out as a PDF (pdf-lib, in the test)", () => {
    // Page breaks fall elsewhere at each font size: inside a preamble, a duty, a heading's paragraph.
    it.each(TEXT_TWINS.flatMap((name) => sizes.map((size) => [name, size] as const)))(
      "%s at %spt: same body and rules as the text",
      (name, size) => expectPdfReadsAsTwin(name, modelOf, size),
    );
    it.each(TEXT_TWINS.flatMap((name) => naturalSizes.map((size) => [name, size] as const)))(
      "%s at %spt in the natural layout: same body and rules as the text",
      (name, size) => expectPdfReadsAsTwin(name, (text) => naturalOf(modelOf(text)), size),
    );
  });
}
