/** Hidden PDF text (pipeline/extract/pdf/hidden.ts): a warning with its lines, never body or rules. */
import { readFileSync } from "node:fs";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { isHidden } from "../pipeline/extract/pdf/hidden.js";
import { ingest } from "../pipeline/run.js";
import { fixture } from "./helpers.js";

const SEED = fixture("pdf/pdf-lib/seed-production-specialist-ii.pdf");
const TINY = "Tiny sentence requires ten years of experience.";
const OFF_PAGE = "Off the page sentence requires a doctorate.";

/** The seed PDF with a tiny line and a line beside the page drawn on page 1. */
async function withHiddenText(): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(readFileSync(SEED));
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.getPage(0);
  page.drawText(TINY, { x: 72, y: 400, size: 0.5, font });
  page.drawText(OFF_PAGE, { x: page.getWidth() + 50, y: 400, size: 10, font });
  return pdf.save();
}

describe("hidden PDF text", () => {
  it("is reported as pdf-hidden-text with its lines and reaches neither body nor rules", async () => {
    const clean = await ingest(new Uint8Array(readFileSync(SEED)), "seed.pdf");
    const hidden = await ingest(await withHiddenText(), "seed.pdf");
    if (clean.status === "failed" || hidden.status === "failed") throw new Error("seed failed");
    const warnings = hidden.document.diagnostics.filter((d) => d.code === "pdf-hidden-text");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toContain(`"${TINY}"`);
    // pdfjs itself leaves text outside the page's view out of the text content: no warning, never read.
    expect(JSON.stringify(hidden.document)).not.toContain(OFF_PAGE);
    expect(warnings[0]?.page).toBe(1);
    expect(hidden.document.body).toEqual(clean.document.body);
    expect(hidden.document.rules).toEqual(clean.document.rules);
    expect(hidden.document.unmapped).toEqual(clean.document.unmapped);
  });

  it.each([
    ["0.5 pt", { x: 72, y: 400, width: 20, size: 0.5 }, true],
    ["left of the page", { x: -300, y: 400, width: 200, size: 10 }, true],
    ["below the page", { x: 72, y: 900, width: 200, size: 10 }, true],
    ["above the page", { x: 72, y: -5, width: 200, size: 10 }, true],
    ["body text", { x: 72, y: 400, width: 200, size: 10 }, false],
    ["a 1 pt footnote", { x: 72, y: 780, width: 20, size: 1 }, false],
  ])("%s: hidden %s", (_name, item, expected) => {
    expect(isHidden(item, { width: 612, height: 792 })).toBe(expected);
  });
});
