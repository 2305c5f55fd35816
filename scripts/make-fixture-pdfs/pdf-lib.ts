/**
 * The first producer: a Kentucky spec laid out with pdf-lib (Helvetica,
 * Letter). Page 1 opens with the banner, title and label/value block (each
 * value drawn before its label, as Kentucky's own PDFs do); later pages carry
 * a running header; every page has a "Page N of M" footer. Paragraphs flow
 * across pages, so one is broken by a page break.
 */
import { PDFDocument, type PDFFont, StandardFonts } from "pdf-lib";
import type { Block, SpecModel } from "./model.js";

export interface LayoutOptions {
  /** Body font size in points. */
  size?: number;
  /** Break long words at line ends with a hyphen ("proce-" / "dures"). */
  hyphenate?: boolean;
  /** Producer and dates are fixed so the bytes are the same on every run. */
  producer?: string;
}

const PAGE_WIDTH = 612;
const PAGE_HEIGHT = 792;
const MARGIN_X = 54;
const FIRST_PAGE_TOP = 54;
/** Later pages start lower, below the running header. */
const LATER_PAGE_TOP = 84;
const BOTTOM = 72;
const HEADER_BASELINE = 40;
const FOOTER_BASELINE = PAGE_HEIGHT - 40;
const FURNITURE_SIZE = 8;
const VALUE_COLUMN = 200;
const LEADING = 1.25;
const PARAGRAPH_SPACE = 0.8;
const MIN_HYPHEN_WORD = 10;
const MIN_HYPHEN_PART = 4;
const FIXED_DATE = new Date("2024-01-01T00:00:00Z");

interface Draw {
  text: string;
  x: number;
  /** Baseline, from the top of the page. */
  y: number;
  size: number;
  bold: boolean;
}

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** Splits `word` so its head (with a hyphen) fits in `room`; undefined when it should not be split. */
function splitWord(
  word: string,
  room: number,
  font: PDFFont,
  size: number,
): [string, string] | undefined {
  if (!/^[a-z]+[.,;]?$/.test(word) || word.length < MIN_HYPHEN_WORD) return undefined;
  for (let cut = word.length - MIN_HYPHEN_PART; cut >= MIN_HYPHEN_PART; cut--) {
    const head = `${word.slice(0, cut)}-`;
    if (font.widthOfTextAtSize(head, size) <= room) return [head, word.slice(cut)];
  }
  return undefined;
}

/** Splits a URL after a `.` or `/` so its head fits in `room`, as word processors do. */
function splitUrl(
  word: string,
  room: number,
  font: PDFFont,
  size: number,
): [string, string] | undefined {
  if (!/^https?:\/\//.test(word)) return undefined;
  for (let cut = word.length - 1; cut > 8; cut--) {
    const head = word.slice(0, cut);
    if (/[./]$/.test(head) && font.widthOfTextAtSize(head, size) <= room)
      return [head, word.slice(cut)];
  }
  return undefined;
}

/** Words -> lines no wider than `width`; the first line may start after `indent`. */
export function wrap(
  text: string,
  fonts: { first: PDFFont; font: PDFFont },
  size: number,
  width: number,
  options: { indent?: number; hyphenate?: boolean } = {},
): string[] {
  const lines: string[] = [];
  let line = "";
  let limit = width - (options.indent ?? 0);
  const words = text.split(" ").filter(Boolean);
  while (words.length > 0) {
    const word = words.shift() ?? "";
    const candidate = line === "" ? word : `${line} ${word}`;
    if (fonts.font.widthOfTextAtSize(candidate, size) <= limit) {
      line = candidate;
      continue;
    }
    const room = limit - fonts.font.widthOfTextAtSize(line === "" ? "" : `${line} `, size);
    const split =
      splitUrl(word, room, fonts.font, size) ??
      (options.hyphenate ? splitWord(word, room, fonts.font, size) : undefined);
    if (split) {
      lines.push(line === "" ? split[0] : `${line} ${split[0]}`);
      words.unshift(split[1]);
    } else if (line !== "") {
      lines.push(line);
      words.unshift(word);
    } else {
      // A single word wider than the line: print it alone rather than loop.
      lines.push(word);
    }
    line = "";
    limit = width;
  }
  if (line !== "") lines.push(line);
  return lines;
}

interface Laid {
  pages: Draw[][];
  /** Whether some paragraph has lines on two pages. */
  splitParagraph: boolean;
}

/** The model -> draw operations, page by page. */
function layOut(model: SpecModel, fonts: Fonts, options: LayoutOptions): Laid {
  const size = options.size ?? 10;
  const leading = size * LEADING;
  const pages: Draw[][] = [[]];
  let y = FIRST_PAGE_TOP;
  let splitParagraph = false;
  const width = PAGE_WIDTH - 2 * MARGIN_X;
  const page = (): Draw[] => pages[pages.length - 1] ?? [];
  const newLine = (): boolean => {
    y += leading;
    if (y <= PAGE_HEIGHT - BOTTOM) return false;
    pages.push([]);
    y = LATER_PAGE_TOP;
    return true;
  };
  const centered = (text: string, textSize: number): void => {
    const textWidth = fonts.bold.widthOfTextAtSize(text, textSize);
    page().push({ text, x: (PAGE_WIDTH - textWidth) / 2, y, size: textSize, bold: true });
    y += textSize * LEADING;
  };

  for (const line of model.banner) centered(line, size + 2);
  y += leading;
  centered(model.title, size + 4);
  y += leading;
  for (const field of model.fields) {
    // The value first: Kentucky's PDFs draw it before its label, so stream order reads backwards.
    if (field.value !== "")
      page().push({ text: field.value, x: MARGIN_X + VALUE_COLUMN, y, size, bold: false });
    if (field.label !== "") page().push({ text: field.label, x: MARGIN_X, y, size, bold: true });
    y += leading;
  }
  y += leading * PARAGRAPH_SPACE;

  for (const block of model.blocks) layBlock(block);
  return { pages, splitParagraph };

  function layBlock(block: Block): void {
    const textSize = block.closing ? size - 2 : size;
    const headingWidth = block.heading
      ? fonts.bold.widthOfTextAtSize(`${block.heading} `, textSize)
      : 0;
    const lines =
      block.text === ""
        ? []
        : wrap(block.text, { first: fonts.regular, font: fonts.regular }, textSize, width, {
            indent: headingWidth,
            ...(options.hyphenate ? { hyphenate: true } : {}),
          });
    // The space is part of the heading's run, as word processors write it.
    if (block.heading)
      page().push({ text: `${block.heading} `, x: MARGIN_X, y, size: textSize, bold: true });
    lines.forEach((text, index) => {
      page().push({
        text,
        x: MARGIN_X + (index === 0 ? headingWidth : 0),
        y,
        size: textSize,
        bold: false,
      });
      const broke = newLine();
      if (broke && index < lines.length - 1) splitParagraph = true;
    });
    if (lines.length === 0) newLine();
    y += leading * PARAGRAPH_SPACE;
  }
}

/** Running header text of later pages: names the class, as Kentucky's do. */
function runningHeader(model: SpecModel): string {
  const number = model.fields.find((field) => field.label === "Job Number:")?.value ?? "";
  return `${model.title} - Job Class Specification${number ? ` (${number})` : ""}`;
}

/** Lays out and writes the PDF; tries font sizes until a paragraph crosses a page. */
export async function renderWithPdfLib(
  model: SpecModel,
  options: LayoutOptions = {},
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const fonts: Fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
  const sizes = [options.size ?? 10, 10.5, 9.5, 11, 9, 11.5];
  let laid = layOut(model, fonts, options);
  for (const size of sizes) {
    laid = layOut(model, fonts, { ...options, size });
    if (laid.splitParagraph && laid.pages.length > 1) break;
  }
  const total = laid.pages.length;
  laid.pages.forEach((draws, index) => {
    const page = doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    if (index > 0) {
      page.drawText(runningHeader(model), {
        x: MARGIN_X,
        y: PAGE_HEIGHT - HEADER_BASELINE,
        size: FURNITURE_SIZE,
        font: fonts.regular,
      });
    }
    for (const draw of draws) {
      page.drawText(draw.text, {
        x: draw.x,
        y: PAGE_HEIGHT - draw.y,
        size: draw.size,
        font: draw.bold ? fonts.bold : fonts.regular,
      });
    }
    const footer = `Page ${index + 1} of ${total}`;
    const footerWidth = fonts.regular.widthOfTextAtSize(footer, FURNITURE_SIZE);
    page.drawText(footer, {
      x: (PAGE_WIDTH - footerWidth) / 2,
      y: PAGE_HEIGHT - FOOTER_BASELINE,
      size: FURNITURE_SIZE,
      font: fonts.regular,
    });
  });
  doc.setProducer(options.producer ?? "classpec fixture generator (pdf-lib)");
  doc.setCreator("classpec scripts/make-fixture-pdfs");
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  doc.setTitle(model.title);
  return doc.save({ useObjectStreams: false });
}
