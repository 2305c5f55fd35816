/**
 * Hidden PDF text (pipeline/extract/pdf/hidden.ts and classpec's pdfjs patch):
 * a warning with its lines, never body, rules or unmapped; and text a reader
 * does see, however it is drawn, stays read.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import {
  type Color,
  clip,
  cmyk,
  endMarkedContent,
  endPath,
  grayscale,
  type PDFDict,
  PDFDocument,
  PDFName,
  PDFOperator,
  PDFOperatorNames,
  type PDFPage,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rgb,
  StandardFonts,
  setTextRenderingMode,
  TextRenderingMode,
} from "pdf-lib";
import { describe, expect, it } from "vitest";
import { hiddenReason } from "../pipeline/extract/pdf/hidden.js";
import { ingest } from "../pipeline/run.js";
import { scannedPng } from "../scripts/make-fixture-pdfs/bad.js";
import { fixture } from "./helpers.js";

const SEED = fixture("pdf/pdf-lib/seed-production-specialist-ii.pdf");
/** Drawn where the seed's experience paragraph would take it in: read, it becomes a rule of ten years. */
const SENTENCE = "Must have ten years of supervisory experience.";
const AT = { x: 54, y: 161, size: 10 };

type Draw = (page: PDFPage, text: string) => void | Promise<void>;

/** The seed PDF with `draw` run on page 1 (pdf-lib draws each text in its own q ... Q). */
async function seedWith(draw: Draw): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(readFileSync(SEED));
  await draw(pdf.getPage(0), SENTENCE);
  return pdf.save();
}

async function helvetica(page: PDFPage) {
  return page.doc.embedFont(StandardFonts.Helvetica);
}

/** Runs `operators` before a text drawn at AT and restores the graphics state after it. */
function drawnAfter(operators: PDFOperator[], color: Color = rgb(0, 0, 0)): Draw {
  return async (page, text) => {
    const font = await helvetica(page);
    page.pushOperators(pushGraphicsState(), ...operators);
    page.drawText(text, { ...AT, font, color });
    page.pushOperators(popGraphicsState());
  };
}

/** An optional-content group, on or off in the document's default configuration, around the text. */
function inLayer(state: "ON" | "OFF"): Draw {
  return async (page, text) => {
    const { context, catalog } = page.doc;
    const group = context.register(
      context.obj({ Type: "OCG", Name: "Layer" }) as unknown as PDFDict,
    );
    const config = context.obj({ [state]: [group], Order: [group] });
    catalog.set(PDFName.of("OCProperties"), context.obj({ OCGs: [group], D: config }));
    const resources = page.node.Resources() ?? context.obj({});
    resources.set(PDFName.of("Properties"), context.obj({ Layer1: group }));
    page.node.set(PDFName.of("Resources"), resources);
    const font = await helvetica(page);
    // `/OC /Layer1 BDC`: pdf-lib's beginMarkedContent writes only the BMC form.
    const begin = PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [
      PDFName.of("OC"),
      PDFName.of("Layer1"),
    ]);
    page.pushOperators(begin);
    page.drawText(text, { ...AT, font });
    page.pushOperators(endMarkedContent());
  };
}

type SpecDocument = Extract<Awaited<ReturnType<typeof ingest>>, { document: unknown }>["document"];

async function read(bytes: Uint8Array): Promise<SpecDocument> {
  const result = await ingest(bytes, "seed.pdf");
  if (result.status === "failed") throw new Error(`seed failed: ${JSON.stringify(result)}`);
  return result.document;
}

const clean = read(new Uint8Array(readFileSync(SEED)));

function codes(document: SpecDocument): string[] {
  return document.diagnostics.map((d) => d.code);
}

describe("hidden PDF text is a pdf-hidden-text warning, never body, rules or unmapped", () => {
  it.each<[string, Draw, string]>([
    [
      "render mode 3",
      drawnAfter([setTextRenderingMode(TextRenderingMode.Invisible)]),
      "render mode 3",
    ],
    [
      "render mode 7 (clip only)",
      drawnAfter([setTextRenderingMode(TextRenderingMode.Clip)]),
      "render mode 3",
    ],
    ["white RGB fill", drawnAfter([], rgb(1, 1, 1)), "filled white"],
    ["white grey fill", drawnAfter([], grayscale(1)), "filled white"],
    ["white CMYK fill", drawnAfter([], cmyk(0, 0, 0, 0)), "filled white"],
    [
      "a clip beside it (re W n)",
      drawnAfter([rectangle(300, 700, 50, 50), clip(), endPath()]),
      "clipped away",
    ],
    ["an empty clip", drawnAfter([clip(), endPath()]), "clipped away"],
    ["an optional-content layer that is off", inLayer("OFF"), "optional-content layer that is off"],
    [
      "0.5 pt",
      async (page, text) => page.drawText(text, { ...AT, size: 0.5, font: await helvetica(page) }),
      "under 1 pt",
    ],
  ])("%s", async (_name, draw, why) => {
    const before = await clean;
    const after = await read(await seedWith(draw));
    const warnings = after.diagnostics.filter((d) => d.code === "pdf-hidden-text");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toContain(`"${SENTENCE}"`);
    expect(warnings[0]?.message).toContain(why);
    expect(warnings[0]?.page).toBe(1);
    expect(after.body).toEqual(before.body);
    expect(after.rules).toEqual(before.rules);
    expect(after.unmapped).toEqual(before.unmapped);
  });

  it("leaves text placed beside the page out (pdfjs drops it before classpec sees it)", async () => {
    const draw: Draw = async (page, text) =>
      page.drawText(text, { ...AT, x: page.getWidth() + 50, font: await helvetica(page) });
    const after = await read(await seedWith(draw));
    expect(JSON.stringify(after)).not.toContain(SENTENCE);
    expect(after.body).toEqual((await clean).body);
  });
});

describe("text a reader sees stays read, however it is drawn", () => {
  const visible: [string, Draw][] = [
    ["coloured text", drawnAfter([], rgb(0.8, 0.1, 0.1))],
    ["light grey text", drawnAfter([], grayscale(0.6))],
    [
      "mode 0 text after a mode 3 run",
      async (page, text) => {
        const font = await helvetica(page);
        page.pushOperators(pushGraphicsState(), setTextRenderingMode(TextRenderingMode.Invisible));
        page.drawText("Invisible words.", { ...AT, y: 300, font });
        page.pushOperators(setTextRenderingMode(TextRenderingMode.Fill));
        page.drawText(text, { ...AT, font });
        page.pushOperators(popGraphicsState());
      },
    ],
    [
      "text after a mode 3 run's Q",
      async (page, text) => {
        const font = await helvetica(page);
        page.pushOperators(pushGraphicsState(), setTextRenderingMode(TextRenderingMode.Invisible));
        page.drawText("Invisible words.", { ...AT, y: 300, font });
        page.pushOperators(popGraphicsState());
        page.drawText(text, { ...AT, font });
      },
    ],
    ["a clip that contains it", drawnAfter([rectangle(40, 150, 400, 30), clip(), endPath()])],
    ["an optional-content layer that is on", inLayer("ON")],
  ];

  it.each(visible)("%s", async (_name, draw) => {
    const after = await read(await seedWith(draw));
    expect(JSON.stringify(after.body)).toContain(SENTENCE);
    expect(after.rules).not.toEqual((await clean).rules);
    expect(after.body).not.toEqual((await clean).body);
  });

  it("keeps the visible text but hides the invisible run beside it", async () => {
    const [, draw] = visible[2] as [string, Draw];
    const after = await read(await seedWith(draw));
    const warning = after.diagnostics.find((d) => d.code === "pdf-hidden-text");
    expect(warning?.message).toContain('"Invisible words."');
    expect(JSON.stringify(after.body)).not.toContain("Invisible words");
  });
});

describe("an OCR text layer (a page of render mode 3 text only)", () => {
  /** A page whose text is all drawn invisible, as OCR draws it, over a scanned image (painted.ts reads it only there). */
  async function ocrPage(extra?: Draw): Promise<Uint8Array> {
    const pdf = await PDFDocument.load(readFileSync(SEED));
    const page = pdf.insertPage(1);
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const scan = await pdf.embedPng(scannedPng(240, 40));
    page.drawImage(scan, { x: 52, y: 698, width: 220, height: 12 });
    page.pushOperators(setTextRenderingMode(TextRenderingMode.Invisible));
    page.drawText("Scanned page words that OCR recognised.", { x: 54, y: 700, size: 10, font });
    page.pushOperators(setTextRenderingMode(TextRenderingMode.Fill));
    if (extra) await extra(page, "A visible stamp.");
    return pdf.save();
  }

  it("is read as the page's text with a pdf-invisible-text-layer notice", async () => {
    const after = await read(await ocrPage());
    expect(codes(after)).toContain("pdf-invisible-text-layer");
    expect(codes(after)).not.toContain("pdf-hidden-text");
    const notice = after.diagnostics.find((d) => d.code === "pdf-invisible-text-layer");
    expect(notice?.severity).toBe("info");
    expect(notice?.page).toBe(2);
    expect(JSON.stringify(after)).toContain("Scanned page words that OCR recognised.");
  });

  it("is hidden when the page has visible text too", async () => {
    const stamp: Draw = async (page, text) =>
      page.drawText(text, { x: 54, y: 600, size: 10, font: await helvetica(page) });
    const after = await read(await ocrPage(stamp));
    expect(codes(after)).not.toContain("pdf-invisible-text-layer");
    const warning = after.diagnostics.find((d) => d.code === "pdf-hidden-text");
    expect(warning?.message).toContain('"Scanned page words that OCR recognised."');
    expect(warning?.page).toBe(2);
  });
});

describe("classpec's pdfjs patch", () => {
  it("is in the worker the reader loads (without it, only size and placement are checked)", () => {
    const worker = createRequire(import.meta.url).resolve("pdfjs-dist/legacy/build/pdf.worker.mjs");
    const code = readFileSync(worker, "utf8");
    expect(code).toContain("classpecHidden: textChunk.classpecHidden");
    expect(code).toContain("item.classpecOptionalContent = data;");
  });
});

describe("hiddenReason: size and placement", () => {
  it.each([
    ["0.5 pt", { x: 72, y: 400, width: 20, size: 0.5 }, "under-1pt"],
    ["left of the page", { x: -300, y: 400, width: 200, size: 10 }, "off-page"],
    ["below the page", { x: 72, y: 900, width: 200, size: 10 }, "off-page"],
    ["above the page", { x: 72, y: -5, width: 200, size: 10 }, "off-page"],
    ["body text", { x: 72, y: 400, width: 200, size: 10 }, undefined],
    ["a 1 pt footnote", { x: 72, y: 780, width: 20, size: 1 }, undefined],
  ])("%s: %s", (_name, item, expected) => {
    expect(hiddenReason(item, { width: 612, height: 792 })).toBe(expected);
  });

  it("ignores a stamp the patch does not make", () => {
    const item = { x: 72, y: 400, width: 200, size: 10 };
    expect(hiddenReason(item, { width: 612, height: 792 }, { stamp: "anything" })).toBeUndefined();
    expect(hiddenReason(item, { width: 612, height: 792 }, { stamp: "white-fill" })).toBe(
      "white-fill",
    );
  });
});

describe("a PDF whose only text is hidden", () => {
  it("fails with pdf-no-text saying the text cannot be seen, not that it needs OCR", async () => {
    const pdf = await PDFDocument.create();
    const page = pdf.addPage([612, 792]);
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    page.pushOperators(setTextRenderingMode(TextRenderingMode.Invisible));
    page.drawText("Requires ten years of experience nobody can see.", {
      x: 54,
      y: 700,
      size: 10,
      font,
    });
    const result = await ingest(await pdf.save(), "hidden-only.pdf");
    expect(result.status).toBe("failed");
    if (result.status !== "failed") return;
    expect(result.error.code).toBe("pdf-no-text");
    expect(result.error.message).toContain("only text a reader cannot see");
    expect(result.error.message).toContain("page 1");
    expect(result.error.message).not.toContain("OCR");
  });
});
