/**
 * A publisher's text twin (fixtures/publishers/<name>/text/) -> the PDF it was
 * exported from, laid out the way state personnel offices print class specs:
 * banner and title centred in bold, label/value and table rows in columns
 * where the twin aligns them, headings in bold (alone on their line or run
 * into the first sentence), list items with a hanging indent, a running
 * header on later pages and a page footer. The PDF holds the twin's words.
 */
import { PDFDocument, type PDFFont, StandardFonts } from "pdf-lib";
import { wrap } from "./pdf-lib.js";

export interface PublisherLayout {
  /** Leading blocks of the twin (banner, title) printed centred in bold. */
  centredBlocks: number;
  /** Printed at the top of every page but the first. */
  runningHeader: string;
  /** Printed at the foot of every page. */
  footer: (page: number, pages: number) => string;
  size?: number;
}

interface Draw {
  text: string;
  x: number;
  /** Baseline, from the top of the page. */
  y: number;
  bold: boolean;
}

const PAGE_WIDTH = 612;
const PAGE_HEIGHT = 792;
const MARGIN_X = 60;
const TOP = 60;
const LATER_TOP = 84;
const BOTTOM = 80;
const LEADING = 1.3;
const FURNITURE_SIZE = 8;
const LIST_INDENT = 22;
/** Points per character of the twin's monospaced columns, for rows printed as tables. */
const COLUMN_POINTS = 5.2;
const FIXED_DATE = new Date("2024-01-01T00:00:00Z");

const LIST_ITEM = /^\s*(\d{1,2}\.|•|\*)\s+(.*)$/;
/** A heading run into its text: capitals up to a colon, or a short Title Case label with a colon. */
const RUN_IN = /^((?:[A-Z][A-Z ,/()'&-]*[A-Z)]|[A-Z][a-z]+(?:[ /][A-Za-z]+){0,3}):)\s+(.*)$/;
/** A row whose cells the twin separates by runs of spaces or tabs. */
const COLUMNS = /\S(?: {2,}|\t)\S/;

function blocksOf(twin: string): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of twin.replace(/\r\n?/g, "\n").split("\n")) {
    if (line.trim() === "") {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/** A block's lines grouped into list items (a line opening an item starts a new group). */
function itemsOf(block: readonly string[]): string[][] {
  const items: string[][] = [];
  for (const line of block) {
    if (LIST_ITEM.test(line) || items.length === 0) items.push([line]);
    else items[items.length - 1]?.push(line);
  }
  return items;
}

function joined(lines: readonly string[]): string {
  return lines
    .map((line) => line.trim())
    .join(" ")
    .replace(/\s+/g, " ");
}

function layOut(twin: string, layout: PublisherLayout, fonts: { regular: PDFFont; bold: PDFFont }) {
  const size = layout.size ?? 10;
  const lineHeight = size * LEADING;
  const width = PAGE_WIDTH - 2 * MARGIN_X;
  const pages: Draw[][] = [[]];
  let y = TOP;
  const newLine = (): void => {
    y += lineHeight;
    if (y > PAGE_HEIGHT - BOTTOM) {
      pages.push([]);
      y = LATER_TOP;
    }
  };
  const draw = (text: string, x: number, bold = false): void => {
    pages[pages.length - 1]?.push({ text, x, y, bold });
  };
  const paragraph = (text: string, x: number): void => {
    const runIn = RUN_IN.exec(text);
    const lead = runIn?.[1] ?? "";
    const rest = runIn ? (runIn[2] ?? "") : text;
    // A third of an em more than a space: the bold run and its text stay two words.
    const leadWidth = lead === "" ? 0 : fonts.bold.widthOfTextAtSize(`${lead} `, size) + size / 3;
    const lines = wrap(
      rest,
      { first: fonts.regular, font: fonts.regular },
      size,
      width - (x - MARGIN_X),
      {
        indent: leadWidth,
      },
    );
    lines.forEach((line, index) => {
      if (index === 0 && lead !== "") draw(lead, x, true);
      draw(line, index === 0 ? x + leadWidth : x);
      newLine();
    });
  };
  blocksOf(twin).forEach((block, index) => {
    if (index < layout.centredBlocks) {
      for (const line of block) {
        const text = line.trim();
        draw(text, (PAGE_WIDTH - fonts.bold.widthOfTextAtSize(text, size)) / 2, true);
        newLine();
      }
    } else if (block.every((line) => COLUMNS.test(line))) {
      // Table rows and label/value rows: each cell where the twin's column puts it.
      for (const line of block) {
        for (const cell of line.matchAll(/\S+(?: \S+)*/g)) {
          draw(cell[0], MARGIN_X + (cell.index ?? 0) * COLUMN_POINTS, /:$/.test(cell[0]));
        }
        newLine();
      }
    } else if (block.length > 1 && block.every((line) => RUN_IN.test(line.trim()))) {
      // Label lines ("Class Code: 4531-23" above "Salary Grade: 23"): one line each.
      for (const line of block) paragraph(line.trim(), MARGIN_X);
    } else if (LIST_ITEM.test(block[0] ?? "")) {
      for (const item of itemsOf(block)) {
        const match = LIST_ITEM.exec(item[0] ?? "");
        draw(match?.[1] ?? "", MARGIN_X + 6);
        const before = y;
        paragraph(joined([match?.[2] ?? "", ...item.slice(1)]), MARGIN_X + LIST_INDENT);
        if (y === before) newLine();
      }
    } else if (
      block.length === 1 &&
      !RUN_IN.test(block[0] ?? "") &&
      !/[.;]$/.test(block[0] ?? "")
    ) {
      draw((block[0] ?? "").trim(), MARGIN_X, true);
      newLine();
    } else paragraph(joined(block), MARGIN_X);
    newLine();
  });
  return pages.filter((page) => page.length > 0);
}

export async function renderPublisherPdf(
  twin: string,
  title: string,
  layout: PublisherLayout,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
  const size = layout.size ?? 10;
  const pages = layOut(twin, layout, fonts);
  pages.forEach((draws, index) => {
    const page = doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    if (index > 0) {
      page.drawText(layout.runningHeader, {
        x: MARGIN_X,
        y: PAGE_HEIGHT - 40,
        size: FURNITURE_SIZE,
        font: fonts.regular,
      });
    }
    for (const draw of draws) {
      page.drawText(draw.text, {
        x: draw.x,
        y: PAGE_HEIGHT - draw.y,
        size,
        font: draw.bold ? fonts.bold : fonts.regular,
      });
    }
    const footer = layout.footer(index + 1, pages.length);
    page.drawText(footer, {
      x: (PAGE_WIDTH - fonts.regular.widthOfTextAtSize(footer, FURNITURE_SIZE)) / 2,
      y: 40,
      size: FURNITURE_SIZE,
      font: fonts.regular,
    });
  });
  doc.setProducer("classpec fixture generator (pdf-lib)");
  doc.setCreator("classpec scripts/make-publisher-layout-pdfs");
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  doc.setTitle(title);
  return doc.save({ useObjectStreams: false });
}
