/**
 * PDFs that must be refused, each with one coded error: encrypted (qpdf),
 * no text layer (an image-only page), truncated, too many pages, a page with
 * more text items than a class spec could hold.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateSync } from "node:zlib";
import { PDFDocument, PDFName, StandardFonts } from "pdf-lib";

const FIXED_DATE = new Date("2024-01-01T00:00:00Z");

async function saved(doc: PDFDocument): Promise<Uint8Array> {
  doc.setProducer("classpec fixture generator (pdf-lib)");
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  return doc.save();
}

/** `spec` encrypted with a user password (AES-256) by qpdf: it cannot be opened without it. */
export function encrypted(spec: Uint8Array): Uint8Array {
  const folder = mkdtempSync(join(tmpdir(), "classpec-qpdf-"));
  try {
    writeFileSync(join(folder, "in.pdf"), spec);
    execFileSync("qpdf", [
      "--encrypt",
      "user-secret",
      "owner-secret",
      "256",
      "--",
      join(folder, "in.pdf"),
      join(folder, "out.pdf"),
    ]);
    return new Uint8Array(readFileSync(join(folder, "out.pdf")));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** A scanned spec: two pages that are each one image, no text operators at all. */
export async function imageOnly(png: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const image = await doc.embedPng(png);
  for (let index = 0; index < 2; index++) {
    const page = doc.addPage([612, 792]);
    page.drawImage(image, { x: 54, y: 300, width: 504, height: 420 });
  }
  return saved(doc);
}

/** The first `share` of a good PDF: what an interrupted download leaves. */
export function truncated(spec: Uint8Array, share = 0.6): Uint8Array {
  return spec.slice(0, Math.floor(spec.length * share));
}

/** `count` blank pages (object streams keep the file small). */
export async function manyPages(count: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let index = 0; index < count; index++) doc.addPage([612, 792]);
  return saved(doc);
}

/** Font size and line step of the crowded page: small enough that every run stays on the page (pdfjs skips text off the page). */
const CROWDED_FONT_SIZE = 0.02;
const CROWDED_LINE_STEP = 0.03;

/** One page whose (compressed, so small) content stream shows `items` text runs, each on its own line. */
export async function crowdedPage(items: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([612, 792]);
  const key = page.node.newFontDictionary("F", font.ref);
  const show = `(ab) Tj 0 -${CROWDED_LINE_STEP} Td `.repeat(items);
  const content = `BT ${key.toString()} ${CROWDED_FONT_SIZE} Tf 10 780 Td ${show}ET`;
  page.node.set(PDFName.of("Contents"), doc.context.register(doc.context.flateStream(content)));
  return saved(doc);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, byte) => {
  let crc = byte;
  for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  return crc >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A small grey-scale PNG of dark bars, like a scanned page of text lines. */
export function scannedPng(width = 240, height = 200): Uint8Array {
  const rows: number[] = [];
  for (let y = 0; y < height; y++) {
    rows.push(0); // filter: none
    const inkRow = y % 12 < 5;
    for (let x = 0; x < width; x++)
      rows.push(inkRow && x % 40 < 34 && x > 10 && x < width - 10 ? 40 : 250);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(0, 9); // grey-scale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.from(rows))),
    chunk("IEND", new Uint8Array()),
  ]);
}
