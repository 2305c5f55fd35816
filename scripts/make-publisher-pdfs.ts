/**
 * Makes the publishers' fixture PDFs from their text twins
 * (`npm run build && node dist/scripts/make-publisher-pdfs.js`): each twin's
 * lines laid out with pdf-lib (Helvetica, Letter), paragraphs in capitals
 * bold, a "Page N of M" footer on every page. Fixed dates and producer, so
 * the bytes are the same on every run. Only pdf-lib is needed.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { PDFDocument, type PDFFont, type PDFPage, StandardFonts } from "pdf-lib";

/** Text twin -> PDF, both under fixtures/publishers/. */
const PDFS = [
  ["texas/fleet-maintenance-coordinator.txt", "texas/pdf/fleet-maintenance-coordinator.pdf"],
  // Requirements on consecutive lines, no gap between them (issue 22): each its own paragraph.
  ["texas/flood-control-inspector.txt", "texas/pdf/flood-control-inspector.pdf"],
];

const PAGE_WIDTH = 612;
const PAGE_HEIGHT = 792;
const MARGIN = 60;
const SIZE = 10.5;
const LEADING = SIZE * 1.3;
const FIXED_DATE = new Date("2024-01-01T00:00:00Z");

function wrap(text: string, font: PDFFont, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (line !== "" && font.widthOfTextAtSize(candidate, SIZE) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== "") lines.push(line);
  return lines;
}

async function render(twin: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setProducer("classpec fixtures");
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const pages: PDFPage[] = [];
  let page = pdf.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
  pages.push(page);
  let y = PAGE_HEIGHT - MARGIN;
  for (const paragraph of twin.split(/\n\s*\n/)) {
    const text = paragraph.trim();
    if (text === "") continue;
    const heading = !/\p{Ll}/u.test(text);
    const font = heading ? bold : regular;
    // The twin's lines are kept (a banner's two lines stay two); a line too long for the page wraps.
    const lines = text
      .split("\n")
      .flatMap((line) => wrap(line.trim(), font, PAGE_WIDTH - 2 * MARGIN));
    for (const line of lines) {
      if (y < MARGIN + 2 * LEADING) {
        page = pdf.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
        pages.push(page);
        y = PAGE_HEIGHT - MARGIN;
      }
      page.drawText(line, { x: MARGIN, y, size: SIZE, font });
      y -= LEADING;
    }
    y -= LEADING * 0.6;
  }
  pages.forEach((each, index) => {
    const footer = `Page ${index + 1} of ${pages.length}`;
    each.drawText(footer, { x: PAGE_WIDTH / 2 - 25, y: MARGIN / 2, size: 8, font: regular });
  });
  return pdf.save({ useObjectStreams: false });
}

const root = join(process.cwd(), "fixtures/publishers");
for (const [twin, out] of PDFS) {
  const bytes = await render(readFileSync(join(root, twin ?? ""), "utf8"));
  const path = join(root, out ?? "");
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  console.log(`fixtures/publishers/${out} (${bytes.length} bytes)`);
}
