/**
 * PDF reading (issue 4): each fixture PDF gives the same body as its text
 * twin, lines read like a text export, and bad PDFs give one coded error.
 * The PDFs are made by scripts/make-fixture-pdfs.ts (see fixtures/pdf/README.md).
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractPdf } from "../pipeline/extract/pdf/index.js";
import { DocFile } from "../pipeline/file.js";
import type { ExtractedLines, Line } from "../pipeline/types.js";
import { fixture, ingestDocument, ingestPath } from "./helpers.js";
import { describeLayouts } from "./pdf-layouts.js";

const PRODUCERS = ["pdf-lib", "libreoffice"] as const;

const pdfs = PRODUCERS.flatMap((producer) =>
  readdirSync(fixture(`pdf/${producer}`))
    .filter((name) => name.endsWith(".pdf"))
    .sort()
    .map((name) => `${producer}/${name}`),
);

async function extractFile(path: string): Promise<{ extracted?: ExtractedLines; file: DocFile }> {
  const bytes = new Uint8Array(readFileSync(path));
  const file = new DocFile(path);
  const source = { path, format: "pdf" as const, bytes, sha256: "", text: "", encoding: "binary" };
  const extracted = await extractPdf(source, file);
  return extracted ? { extracted, file } : { file };
}

function texts(lines: readonly Line[]): string[] {
  return lines.map((line) => line.text);
}

describeLayouts([10], []);

describe("fixture PDFs", () => {
  it("there are PDFs from both producers, each with a text twin", () => {
    for (const producer of PRODUCERS) {
      expect(pdfs.filter((pdf) => pdf.startsWith(producer)).length).toBeGreaterThanOrEqual(2);
    }
    for (const pdf of pdfs) {
      expect(() => readFileSync(fixture(`kentucky/${basename(pdf, ".pdf")}.txt`))).not.toThrow();
    }
  });

  for (const pdf of pdfs) {
    it(`${pdf}: same body as its text twin`, async () => {
      const fromPdf = await ingestDocument(fixture(`pdf/${pdf}`));
      const fromText = await ingestDocument(fixture(`kentucky/${basename(pdf, ".pdf")}.txt`));
      expect(fromPdf.title).toBe(fromText.title);
      expect(fromPdf.body).toEqual(fromText.body);
      expect(fromPdf.unmapped).toEqual([]);
    });

    it(`${pdf}: pages in source and provenance`, async () => {
      const document = await ingestDocument(fixture(`pdf/${pdf}`));
      expect(document.source.format).toBe("pdf");
      expect(document.source.pages).toBe(2);
      const places = Object.values(document.provenance);
      expect(places.length).toBeGreaterThan(0);
      expect(places.every((place) => place.page === 1 || place.page === 2)).toBe(true);
      expect(places.some((place) => place.page === 2)).toBe(true);
    });
  }
});

describe("lines of the seed PDF (pdf-lib)", async () => {
  const { extracted, file } = await extractFile(
    fixture("pdf/pdf-lib/seed-production-specialist-ii.pdf"),
  );
  const lines = extracted?.lines ?? [];
  const all = texts(lines);

  it("reads without messages and counts the pages", () => {
    expect(file.messages).toEqual([]);
    expect(extracted?.pages).toBe(2);
  });

  it("sets page on every line and numbers lines from 1 on each page", () => {
    expect(lines.every((line) => line.page === 1 || line.page === 2)).toBe(true);
    for (const page of [1, 2]) {
      const numbers = lines.filter((line) => line.page === page).map((line) => line.line);
      expect(numbers).toEqual(numbers.map((_, index) => index + 1));
    }
  });

  it("reads a value drawn before its label in label order, across a column break", () => {
    expect(all).toContain("Job Code:\t73040V000101");
    expect(all).toContain("Job Group:\t7300 - INFORMATION MANAGEMENT SYSTEMS");
    expect(all).toContain("Grade:\t11");
  });

  it("keeps the header block, then the sections, in reading order", () => {
    const order = [
      "COMMONWEALTH OF KENTUCKY",
      "PRODUCTION SPECIALIST II",
      "Salary (MIN - MID):",
      "$13.581-$17.990 - Hourly",
      "Special Entrance Rate:",
      "PROBATIONARY PERIOD:",
      "MINIMUM REQUIREMENTS:",
      "EDUCATION:",
      "SPECIAL REQUIREMENTS (AGE, LICENSURE, REGULATION, ETC.):",
      "UNIQUE PHYSICAL REQUIREMENTS:",
      "ADDITIONAL REQUIREMENTS:",
    ];
    const positions = order.map((text) => all.indexOf(text));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("drops the running header and the page-number footers", () => {
    expect(all.filter((text) => /Page \d+ of \d+/.test(text))).toEqual([]);
    expect(all.filter((text) => text.includes("Job Class Specification ("))).toEqual([]);
  });

  it("separates paragraphs with one empty line and none inside a paragraph", () => {
    const at = all.indexOf("MINIMUM REQUIREMENTS:");
    expect(all.slice(at - 1, at + 4)).toEqual(["", "MINIMUM REQUIREMENTS:", "", "EDUCATION:", ""]);
    expect(all.some((text, index) => text === "" && all[index + 1] === "")).toBe(false);
  });

  it("joins a paragraph across the page break (no empty line there)", () => {
    const lastOfPage1 = lines.filter((line) => line.page === 1).at(-1);
    const firstOfPage2 = lines.find((line) => line.page === 2);
    expect(lastOfPage1?.text).toMatch(/will substitute for the$/);
    expect(firstOfPage2?.text).toMatch(/^bachelor's degree requirement/);
  });
});

describe("bad PDFs", () => {
  const cases: Array<[name: string, code: string, message: RegExp]> = [
    ["encrypted.pdf", "pdf-encrypted", /encrypted PDF/],
    ["image-only.pdf", "pdf-no-text", /no text layer/],
    ["truncated.pdf", "pdf-corrupt", /truncated/],
    ["too-many-pages.pdf", "pdf-too-many-pages", /2000 pages, expected at most 500/],
    ["crowded-page.pdf", "pdf-page-too-large", /page 1 with more than 20000 text items/],
  ];
  for (const [name, code, message] of cases) {
    it(`${name}: ${code}`, async () => {
      const result = await ingestPath(fixture(`bad/pdf/${name}`));
      expect(result.status).toBe("failed");
      if (result.status !== "failed") return;
      expect(result.error.code).toBe(code);
      expect(result.error.message).toMatch(message);
      expect(result.error.message).toMatch(/^Unexpected .+, expected /);
      expect(result.error.message).not.toContain("\n");
    });
  }

  it("garbage after a PDF signature: pdf-corrupt", async () => {
    const bytes = new TextEncoder().encode("%PDF-1.7\nnot a pdf at all\n%%EOF\n");
    const file = new DocFile("garbage.pdf");
    const source = {
      path: "garbage.pdf",
      format: "pdf" as const,
      bytes,
      sha256: "",
      text: "",
      encoding: "binary",
    };
    expect(await extractPdf(source, file)).toBeUndefined();
    expect(file.fatal?.code).toBe("pdf-corrupt");
  });

  it("leaves the caller's bytes usable (pdfjs gets a copy)", async () => {
    const bytes = new Uint8Array(
      readFileSync(fixture("pdf/pdf-lib/seed-production-specialist-ii.pdf")),
    );
    const file = new DocFile("seed.pdf");
    await extractPdf(
      { path: "seed.pdf", format: "pdf", bytes, sha256: "", text: "", encoding: "binary" },
      file,
    );
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe("%PDF-");
  });
});

describe("fixture sources", () => {
  it("fixtures/pdf/README.md says the PDFs are invented or laid out by us", () => {
    const readme = readFileSync(join(fixture("pdf"), "README.md"), "utf8");
    expect(readme).toMatch(/invented/i);
  });
});
