/**
 * Visibility decided by what is painted (pipeline/extract/pdf/painted.ts,
 * issue 24 item 1): each way of drawing a sentence the page does not show
 * (fixtures/pdf-hidden/, made by scripts/make-hidden-pdfs.ts) is a
 * `pdf-hidden-text` warning and leaves the clean document's body and rules
 * as they were; each visible control is read. The poppler renderings that
 * prove which is which are in pdf-painted.full.test.ts.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { imageBoxes } from "../pipeline/extract/pdf/image-boxes.js";
import { addsInk } from "../pipeline/extract/pdf/painted.js";
import { ingest } from "../pipeline/run.js";
import { HIDDEN_CASES, makeHiddenCase, SENTENCE } from "../scripts/hidden-pdf-cases.js";
import { HIDDEN_FOLDER, HIDDEN_SEED } from "../scripts/make-hidden-pdfs.js";
import { fixture, REPO } from "./helpers.js";

type SpecDocument = Extract<Awaited<ReturnType<typeof ingest>>, { document: unknown }>["document"];

async function read(bytes: Uint8Array, name: string): Promise<SpecDocument> {
  const result = await ingest(bytes, name);
  if (result.status === "failed") throw new Error(`${name} failed: ${JSON.stringify(result)}`);
  return result.document;
}

const seed = new Uint8Array(readFileSync(`${REPO}/${HIDDEN_SEED}`));
const clean = read(seed, "seed.pdf");
const bytesOf = (name: string) => new Uint8Array(readFileSync(fixture(`pdf-hidden/${name}.pdf`)));

const hidden = HIDDEN_CASES.filter((c) => c.expect === "hidden");
const shown = HIDDEN_CASES.filter((c) => c.expect === "shown");
const asTwin = HIDDEN_CASES.filter((c) => c.expect === "as-twin");

describe("text the rendered page does not show is pdf-hidden-text, never body or rules", () => {
  it.each(hidden.map((c) => [c.name, c] as const))("%s", async (name, hiddenCase) => {
    const before = await clean;
    const after = await read(bytesOf(name), `${name}.pdf`);
    const warnings = after.diagnostics.filter((d) => d.code === "pdf-hidden-text");
    expect(warnings).toHaveLength(1);
    // With `0 Tz` every glyph has no advance: pdfjs spaces the letters out.
    const quoted = (warnings[0]?.message ?? "").replace(/ (?=\S)/g, "");
    expect(quoted).toContain(`"${SENTENCE.replace(/ /g, "")}"`);
    expect(warnings[0]?.page).toBe(hiddenCase.page);
    expect(after.body).toEqual(before.body);
    expect(after.rules).toEqual(before.rules);
    expect(after.unmapped).toEqual(before.unmapped);
    expect(JSON.stringify(after.body)).not.toContain("ten years");
  });

  it("says why: no ink on the rendered page, or render mode 3 with no scan under it", async () => {
    const message = async (name: string) =>
      (await read(bytesOf(name), `${name}.pdf`)).diagnostics.find(
        (d) => d.code === "pdf-hidden-text",
      )?.message;
    expect(await message("under-black-bar")).toContain("leaves no ink on the rendered page");
    expect(await message("render-mode-3-page-without-image")).toContain("render mode 3");
  });
});

describe("text over text, or partly covered, reads as the page shows it: as its twin", () => {
  it.each(asTwin.map((c) => [c.name, c] as const))("%s", async (name, overCase) => {
    const twin = await read(await makeHiddenCase(seed, overCase, overCase.twin ?? ""), "twin.pdf");
    const after = await read(bytesOf(name), `${name}.pdf`);
    expect(twin.diagnostics.map((d) => d.code)).not.toContain("pdf-hidden-text");
    // A copy drawn exactly over its run shows: a notice that it was read once, not "hidden".
    const code = name === "redrawn-over-itself" ? "pdf-text-redrawn" : "pdf-hidden-text";
    const warnings = after.diagnostics.filter((d) => d.code === code);
    expect(warnings).toHaveLength(1);
    // What the twin does not draw of the sentence is quoted: all of it, or the covered words.
    expect(warnings[0]?.message).toContain(`"${SENTENCE.slice((overCase.twin ?? "").length)}"`);
    expect(after.body).toEqual(twin.body);
    expect(after.rules).toEqual(twin.rules);
    expect(after.unmapped).toEqual(twin.unmapped);
    expect(after.body).not.toEqual((await clean).body);
  });

  it("says why: filled white, or no ink of its own; a redrawn copy is not called hidden", async () => {
    const message = async (name: string) =>
      (await read(bytesOf(name), `${name}.pdf`)).diagnostics.find(
        (d) => d.code === "pdf-hidden-text",
      )?.message;
    expect(await message("redrawn-over-itself")).toBeUndefined();
    expect(await message("white-under-visible-text")).toContain("filled white");
    expect(await message("lab-white-under-visible-text")).toContain("leaves no ink");
    expect(await message("partly-under-black-bar")).toContain("leaves no ink");
  });
});

describe("text drawn again exactly over itself is read once, with a notice that says so", () => {
  it("is a pdf-text-redrawn info on its page, in body once, never called hidden or not read", async () => {
    const after = await read(bytesOf("redrawn-over-itself"), "redrawn-over-itself.pdf");
    const codes = after.diagnostics.map((d) => d.code);
    expect(codes).not.toContain("pdf-hidden-text");
    const notices = after.diagnostics.filter((d) => d.code === "pdf-text-redrawn");
    expect(notices).toHaveLength(1);
    expect(notices[0]?.severity).toBe("info");
    expect(notices[0]?.page).toBe(HIDDEN_CASES.find((c) => c.name === "redrawn-over-itself")?.page);
    expect(notices[0]?.message).toContain("drawn again exactly over itself");
    expect(notices[0]?.message).toContain("was read once");
    expect(notices[0]?.message).toContain(`"${SENTENCE}"`);
    expect(notices[0]?.message).not.toMatch(/cannot see|not read/);
    const body = JSON.stringify(after.body);
    expect(body.split(SENTENCE)).toHaveLength(2);
  });
});

describe("a page whose only text is hidden has a text layer", () => {
  it("rotated-under-bar: pdf-hidden-text for its page, no pdf-page-no-text", async () => {
    const page = HIDDEN_CASES.find((c) => c.name === "rotated-under-bar")?.page;
    const after = await read(bytesOf("rotated-under-bar"), "rotated-under-bar.pdf");
    const onPage = after.diagnostics.filter((d) => d.page === page).map((d) => d.code);
    expect(onPage).toContain("pdf-hidden-text");
    expect(onPage).not.toContain("pdf-page-no-text");
  });
});

describe("text the rendered page shows stays read, however it is drawn", () => {
  it.each(shown.map((c) => [c.name] as const))("%s", async (name) => {
    const before = await clean;
    const after = await read(bytesOf(name), `${name}.pdf`);
    expect(after.diagnostics.map((d) => d.code)).not.toContain("pdf-hidden-text");
    expect(JSON.stringify(after.body)).toContain("ten years of supervisory");
    expect(after.body).not.toEqual(before.body);
  });

  it("reads an OCR layer over a scan with its notice", async () => {
    const after = await read(bytesOf("shown-ocr-layer-over-scan"), "ocr.pdf");
    const notice = after.diagnostics.find((d) => d.code === "pdf-invisible-text-layer");
    const page = HIDDEN_CASES.find((c) => c.name === "shown-ocr-layer-over-scan")?.page;
    expect(notice?.page).toBe(page);
  });
});

describe("the fixtures", () => {
  it.each(HIDDEN_CASES.map((c) => [c.name, c] as const))(
    "%s is what scripts/make-hidden-pdfs.ts writes",
    async (name, hiddenCase) => {
      const made = await makeHiddenCase(seed, hiddenCase);
      expect(Buffer.from(made).equals(readFileSync(`${REPO}/${HIDDEN_FOLDER}/${name}.pdf`))).toBe(
        true,
      );
    },
  );
});

describe("imageBoxes", () => {
  const OPS = { save: 10, restore: 11, transform: 12, paintImageXObject: 85 };
  const toPage = [1, 0, 0, -1, 0, 792];

  it("gives each image's box in page space, through the transforms in force", () => {
    const list = {
      fnArray: [85, 10, 12, 85, 11, 85],
      argsArray: [["a"], null, [100, 0, 0, 50, 10, 20], ["b"], null, ["c"]],
    };
    expect(imageBoxes(list, OPS, toPage)).toEqual([
      [0, 791, 1, 792],
      [10, 722, 110, 772],
      [0, 791, 1, 792],
    ]);
  });
});

describe("addsInk", () => {
  const raster = (fill: number) => ({
    width: 20,
    height: 20,
    scale: 1,
    data: new Uint8ClampedArray(20 * 20 * 4).fill(fill),
  });
  const item = { text: "x", x: 2, y: 10, width: 5, size: 5, order: 0 };

  it("is false where both renderings agree and true where the text changed a pixel", () => {
    const without = raster(255);
    expect(addsInk(item, raster(255), without)).toBe(false);
    const withText = raster(255);
    withText.data[(8 * 20 + 4) * 4] = 200;
    expect(addsInk(item, withText, without)).toBe(true);
  });
});
