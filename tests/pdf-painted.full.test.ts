/**
 * The hidden-text fixtures (fixtures/pdf-hidden/, scripts/hidden-pdf-cases.ts)
 * rendered by poppler, a renderer independent of the pdfjs one classpec uses:
 * each hidden case renders pixel for pixel like its twin (the same drawing
 * with the sentence left out), so the page shows nothing of it, although
 * poppler's own text extraction finds it where it says so; each visible
 * control renders differently from its twin. Whether classpec reads each is
 * in pdf-painted.test.ts. Needs poppler-utils (scripts/install-system-deps.sh).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { HIDDEN_CASES, makeHiddenCase, SENTENCE } from "../scripts/hidden-pdf-cases.js";
import { HIDDEN_SEED } from "../scripts/make-hidden-pdfs.js";
import { fixture, REPO } from "./helpers.js";
import { ANNOTATION_FLAGS, seedWithStamp } from "./pdf-text-fixtures.js";

const scratch = mkdtempSync(join(tmpdir(), "classpec-painted-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const seed = new Uint8Array(readFileSync(join(REPO, HIDDEN_SEED)));

/**
 * Page `page` of `file` rendered by pdftoppm at 72 dpi, grey, as PGM bytes; `sharp`: without
 * antialiasing, so a glyph drawn twice in the same place leaves the same pixels as once.
 */
function render(file: string, page: number, sharp = false): Buffer {
  const aa = sharp ? ["-aa", "no", "-aaVector", "no"] : [];
  return execFileSync("pdftoppm", [
    "-r",
    "72",
    "-gray",
    ...aa,
    "-f",
    `${page}`,
    "-l",
    `${page}`,
    file,
  ]);
}

function popplerText(file: string, page: number): string {
  return execFileSync("pdftotext", ["-f", `${page}`, "-l", `${page}`, file, "-"], {
    encoding: "utf8",
  });
}

/** Pixels that differ between two renderings of the same size. */
function differing(a: Buffer, b: Buffer): number {
  expect(a.length).toBe(b.length);
  let count = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) count++;
  return count;
}

/** Pixels darker in `a` than in `b` (PGM bytes of the same size; the header is equal). */
function darker(a: Buffer, b: Buffer): number {
  let count = 0;
  for (let i = 0; i < a.length; i++) if ((a[i] ?? 0) < (b[i] ?? 0)) count++;
  return count;
}

async function withTwin(name: string): Promise<{ file: string; twin: string }> {
  const hiddenCase = HIDDEN_CASES.find((c) => c.name === name);
  if (!hiddenCase) throw new Error(`no case ${name}`);
  const twin = join(scratch, `${name}.twin.pdf`);
  writeFileSync(twin, await makeHiddenCase(seed, hiddenCase, hiddenCase.twin ?? ""));
  return { file: fixture(`pdf-hidden/${name}.pdf`), twin };
}

/** Cases whose text poppler's own pdftotext leaves out (it honours these too): the rest it extracts. */
const POPPLER_SKIPS = new Set([
  "form-xobject-own-oc",
  "horizontal-scaling-zero",
  "text-matrix-0.0009pt",
]);

describe("poppler: the page shows nothing where a hidden sentence is drawn", () => {
  it.each(HIDDEN_CASES.filter((c) => c.expect === "hidden").map((c) => [c.name, c] as const))(
    "%s",
    async (name, hiddenCase) => {
      const { file, twin } = await withTwin(name);
      expect(differing(render(file, hiddenCase.page), render(twin, hiddenCase.page))).toBe(0);
      const extracted = popplerText(file, hiddenCase.page).replace(/\s+/g, " ");
      if (POPPLER_SKIPS.has(name)) expect(extracted).not.toContain(SENTENCE);
      else expect(extracted).toContain(SENTENCE);
    },
  );
});

describe("poppler: text over text, or partly covered, shows what its twin shows", () => {
  it.each(HIDDEN_CASES.filter((c) => c.expect === "as-twin").map((c) => [c.name, c] as const))(
    "%s",
    async (name, overCase) => {
      const { file, twin } = await withTwin(name);
      const page = overCase.page;
      if (overCase.erases) {
        // White over text only turns some of the twin's ink back to paper: no pixel gets darker.
        const [drawn, alone] = [render(file, page, true), render(twin, page, true)];
        expect(differing(drawn, alone)).toBeGreaterThan(0);
        expect(darker(drawn, alone)).toBe(0);
      } else expect(differing(render(file, page, true), render(twin, page, true))).toBe(0);
      // The twin itself draws something there: the page is not blank where the sentence is.
      const blank = join(scratch, `${name}.blank.pdf`);
      writeFileSync(blank, await makeHiddenCase(seed, { ...overCase, draw: async () => "" }, ""));
      expect(differing(render(twin, page, true), render(blank, page, true))).toBeGreaterThan(100);
    },
  );
});

describe("poppler: a Stamp annotation shows its text; a Hidden or NoView one shows nothing", () => {
  it("shown", async () => {
    const file = join(scratch, "stamp.pdf");
    writeFileSync(file, await seedWithStamp(SENTENCE, ANNOTATION_FLAGS.print));
    const plain = fixture("pdf/pdf-lib/seed-production-specialist-ii.pdf");
    expect(differing(render(file, 1), render(plain, 1))).toBeGreaterThan(100);
  });

  it.each([
    ["Hidden", ANNOTATION_FLAGS.hidden],
    ["NoView", ANNOTATION_FLAGS.noView],
  ] as const)("%s", async (name, flags) => {
    const file = join(scratch, `stamp-${name}.pdf`);
    writeFileSync(file, await seedWithStamp(SENTENCE, flags));
    const plain = fixture("pdf/pdf-lib/seed-production-specialist-ii.pdf");
    expect(differing(render(file, 1), render(plain, 1))).toBe(0);
  });
});

describe("poppler: each visible control shows its sentence", () => {
  it.each(
    HIDDEN_CASES.filter((c) => c.expect === "shown" && c.name !== "shown-ocr-layer-over-scan").map(
      (c) => [c.name, c] as const,
    ),
  )("%s", async (name, shownCase) => {
    const { file, twin } = await withTwin(name);
    expect(differing(render(file, shownCase.page), render(twin, shownCase.page))).toBeGreaterThan(
      100,
    );
  });

  it("an OCR layer over a scan draws nothing itself: the scan under it is what shows", async () => {
    const { file, twin } = await withTwin("shown-ocr-layer-over-scan");
    const page = HIDDEN_CASES.find((c) => c.name === "shown-ocr-layer-over-scan")?.page ?? 0;
    expect(differing(render(file, page), render(twin, page))).toBe(0);
    const blank = join(scratch, "blank.pdf");
    const ocrCase = HIDDEN_CASES.find((c) => c.name === "render-mode-3-page-without-image");
    if (!ocrCase) throw new Error("no case");
    writeFileSync(blank, await makeHiddenCase(seed, ocrCase, ""));
    expect(differing(render(file, page), render(blank, page))).toBeGreaterThan(100);
  });
});
