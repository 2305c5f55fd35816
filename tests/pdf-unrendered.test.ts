/**
 * An install without @napi-rs/canvas (pdfjs-dist's optional renderer; canvas.ts stands in
 * its absence here): a page that needs rendering to judge its text gets a
 * `pdf-visibility-unrendered` warning naming the page and why, and what the text state
 * shows (render mode 3, a white fill, a clip beside the text) is still hidden by its stamps;
 * an OCR layer is read only over an image.
 * A plain page needs no renderer and gets no warning.
 */
import { readFileSync } from "node:fs";
import {
  clip,
  endPath,
  PDFDocument,
  type PDFOperator,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rgb,
  StandardFonts,
  setTextRenderingMode,
  TextRenderingMode,
} from "pdf-lib";
import { describe, expect, it, vi } from "vitest";
import { loadCanvas } from "../pipeline/extract/pdf/canvas.js";
import { SENTENCE as HIDDEN_SENTENCE } from "../scripts/hidden-pdf-cases.js";
import { fixture } from "./helpers.js";
import { AT, read, SEED } from "./pdf-text-fixtures.js";

vi.mock("../pipeline/extract/pdf/canvas.js", async (actual) => ({
  ...(await actual<typeof import("../pipeline/extract/pdf/canvas.js")>()),
  loadCanvas: () => null,
}));

/** Invented: read, it would become a rule of twelve years. */
const SENTENCE = "Must have twelve years of nursery inspection work.";

/** The seed with SENTENCE drawn on page 1 after `operators`, in `color`. */
async function seedWith(operators: PDFOperator[], color = rgb(0, 0, 0)): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(readFileSync(SEED));
  const page = pdf.getPage(0);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  page.pushOperators(pushGraphicsState(), ...operators);
  page.drawText(SENTENCE, { ...AT, size: 10, font, color });
  page.pushOperators(popGraphicsState());
  return pdf.save();
}

const codesOf = (document: Awaited<ReturnType<typeof read>>) =>
  document.diagnostics.map((d) => d.code);
const clean = read(new Uint8Array(readFileSync(SEED)));

describe("without a canvas to render pages", () => {
  it("the stand-in takes effect: there is no renderer", () => {
    expect(loadCanvas()).toBeNull();
  });

  it.each([
    [
      "render mode 3",
      [setTextRenderingMode(TextRenderingMode.Invisible)],
      rgb(0, 0, 0),
      "render mode 3",
      "render mode",
    ],
    ["white on white", [], rgb(1, 1, 1), "filled white", "fill colour"],
    [
      "clipped out (a clip beside it)",
      [rectangle(300, 700, 50, 50), clip(), endPath()],
      rgb(0, 0, 0),
      "clipped away",
      undefined,
    ],
  ] as const)("%s is still hidden by its stamp", async (_name, operators, color, why, cause) => {
    const before = await clean;
    const after = await read(await seedWith([...operators], color));
    const hidden = after.diagnostics.filter((d) => d.code === "pdf-hidden-text");
    expect(hidden).toHaveLength(1);
    expect(hidden[0]?.message).toContain(`"${SENTENCE}"`);
    expect(hidden[0]?.message).toContain(why);
    expect(after.body).toEqual(before.body);
    expect(after.rules).toEqual(before.rules);
    const unrendered = after.diagnostics.filter((d) => d.code === "pdf-visibility-unrendered");
    if (cause === undefined) {
      // One clip rectangle is judged by the stamp exactly: nothing needed a rendering.
      expect(unrendered).toEqual([]);
    } else {
      expect(unrendered).toHaveLength(1);
      expect(unrendered[0]?.severity).toBe("warning");
      expect(unrendered[0]?.page).toBe(1);
      expect(unrendered[0]?.message).toContain(`first cause: ${cause}`);
      expect(unrendered[0]?.message).toContain("judged without rendering");
    }
  });

  it("says so where only a rendering could tell (text under a black bar)", async () => {
    const bytes = new Uint8Array(readFileSync(fixture("pdf-hidden/under-black-bar.pdf")));
    const document = await read(bytes);
    const unrendered = document.diagnostics.filter((d) => d.code === "pdf-visibility-unrendered");
    expect(unrendered.length).toBeGreaterThan(0);
    expect(unrendered[0]?.message).toContain("@napi-rs/canvas");
  });

  const hiddenCase = (name: string) =>
    read(new Uint8Array(readFileSync(fixture(`pdf-hidden/${name}.pdf`))));

  it("a blank page's render-mode-3 text is hidden, not taken for an OCR layer", async () => {
    const document = await hiddenCase("render-mode-3-page-without-image");
    const hidden = document.diagnostics.find((d) => d.code === "pdf-hidden-text");
    expect(hidden?.message).toContain("render mode 3");
    expect(hidden?.message).toContain(`"${HIDDEN_SENTENCE}"`);
    expect(JSON.stringify(document.body)).not.toContain("ten years");
    expect(codesOf(document)).not.toContain("pdf-invisible-text-layer");
  });

  it("an OCR layer over a scanned image is still read, with its notice", async () => {
    const document = await hiddenCase("shown-ocr-layer-over-scan");
    expect(JSON.stringify(document.body)).toContain("ten years of supervisory");
    expect(codesOf(document)).toContain("pdf-invisible-text-layer");
    expect(codesOf(document)).toContain("pdf-visibility-unrendered");
  });

  it("a plain page needs no renderer and says nothing", async () => {
    expect(codesOf(await clean)).not.toContain("pdf-visibility-unrendered");
  });
});
