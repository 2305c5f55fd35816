/**
 * Fixture PDFs for the text-the-page-shows tests (pdf-text-mismatch, pdf-annotation-text),
 * made at test time from the pdf-lib Kentucky seed: a ToUnicode map rewritten to read other
 * digits than the glyphs drawn, legitimate ToUnicode maps (a ligature, custom glyph names,
 * an embedded font's own map), and text in annotations and form fields.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import {
  decodePDFRawStream,
  PDFArray,
  type PDFContext,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFOperator,
  PDFOperatorNames,
  type PDFPage,
  PDFRawStream,
  type PDFRef,
  PDFString,
} from "pdf-lib";
import { ingest } from "../pipeline/run.js";
import type { SpecDocument } from "../schemas/index.js";
import { fixture } from "./helpers.js";

export const SEED = fixture("pdf/pdf-lib/seed-production-specialist-ii.pdf");

/** A ToUnicode CMap for one-byte codes: each code to its text. */
export function toUnicodeCMap(map: ReadonlyMap<number, string>): string {
  const hex = (text: string) =>
    [...text].map((c) => (c.codePointAt(0) ?? 0).toString(16).padStart(4, "0")).join("");
  const entries = [...map].map(
    ([code, text]) => `<${code.toString(16).padStart(2, "0")}> <${hex(text)}>`,
  );
  return [
    "/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
    "/CMapName /Classpec-Test def /CMapType 2 def",
    "1 begincodespacerange <00> <FF> endcodespacerange",
    `${entries.length} beginbfchar`,
    ...entries,
    "endbfchar endcmap CMapName currentdict /CMap defineresource pop end end",
  ].join("\n");
}

/** Every code 32..126 read as itself, except those `changes` names. */
export function asciiWith(changes: Record<string, string>): Map<number, string> {
  const map = new Map<number, string>();
  for (let code = 32; code < 127; code++) {
    const char = String.fromCharCode(code);
    map.set(code, changes[char] ?? char);
  }
  for (const [char, text] of Object.entries(changes)) map.set(char.charCodeAt(0), text);
  return map;
}

function cmapStream(context: PDFContext, map: ReadonlyMap<number, string>): PDFRef {
  return context.register(context.stream(toUnicodeCMap(map)));
}

/**
 * The seed with its salary lines (the text runs holding "$") drawn in a copy of
 * Helvetica whose ToUnicode map reads `changes` (a character drawn -> the text
 * read): the page shows the seed's figures, the text says others, and the
 * figures read still agree with each other when `changes` maps digits alike.
 */
export async function seedRemapped(changes: Record<string, string>): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(readFileSync(SEED));
  const { context } = pdf;
  const font = context.obj({
    Type: "Font",
    Subtype: "Type1",
    BaseFont: "Helvetica",
    Encoding: "WinAnsiEncoding",
  });
  font.set(PDFName.of("ToUnicode"), cmapStream(context, asciiWith(changes)));
  const fontRef = context.register(font);
  for (const page of pdf.getPages()) {
    addFont(page, "FRemap", fontRef);
    const contents = context.lookup(page.node.get(PDFName.of("Contents")));
    const refs =
      contents instanceof PDFArray ? contents.asArray() : [page.node.get(PDFName.of("Contents"))];
    const text = refs
      .map((ref) => latin1(decodePDFRawStream(rawStream(context.lookup(ref))).decode()))
      .join("\n");
    // pdf-lib draws each run as `/<font> <size> Tf ... <hex> Tj`: a run showing "$" changes font.
    const rewritten = text.replace(
      /\/[\w-]+( [\d.]+ Tf\n(?:[^\n]*\n){2}<([0-9A-F]+)> Tj)/g,
      (run, rest: string, hex: string) =>
        Buffer.from(hex, "hex").includes(0x24) ? `/FRemap${rest}` : run,
    );
    page.node.set(PDFName.of("Contents"), context.register(context.flateStream(rewritten)));
  }
  return pdf.save();
}

function rawStream(value: unknown): PDFRawStream {
  if (value instanceof PDFRawStream) return value;
  throw new Error("the seed's page content is not a stream");
}

function latin1(bytes: Uint8Array): string {
  return new TextDecoder("latin1").decode(bytes);
}

/** Adds `font` to page 1's resources as /`name`. */
function addFont(page: PDFPage, name: string, font: PDFDict | PDFRef): void {
  const { context } = page.doc;
  const resources = page.node.Resources() ?? context.obj({});
  const fonts = resources.lookupMaybe(PDFName.of("Font"), PDFDict) ?? context.obj({});
  fonts.set(PDFName.of(name), font);
  resources.set(PDFName.of("Font"), fonts);
  page.node.set(PDFName.of("Resources"), resources);
}

/** Draws one-byte `codes` in font /`name` at (x, y), 10 pt. */
function drawCodes(page: PDFPage, name: string, codes: number[], x: number, y: number): void {
  const hex = codes.map((code) => code.toString(16).padStart(2, "0")).join("");
  page.pushOperators(
    PDFOperator.of(PDFOperatorNames.BeginText),
    PDFOperator.of(PDFOperatorNames.SetFontAndSize, [PDFName.of(name), page.doc.context.obj(10)]),
    PDFOperator.of(PDFOperatorNames.MoveText, [page.doc.context.obj(x), page.doc.context.obj(y)]),
    PDFOperator.of(PDFOperatorNames.ShowText, [PDFHexString.of(hex)]),
    PDFOperator.of(PDFOperatorNames.EndText),
  );
}

export const codesOf = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

/** Where drawn text lands in the seed's experience paragraph (tests/pdf-hidden.test.ts). */
export const AT = { x: 54, y: 161 };

/**
 * The seed with `text` drawn in a Helvetica whose /Differences give `names` to
 * codes (code -> glyph name) and whose ToUnicode map reads `read` (code -> text).
 */
export async function seedWithNamedFont(
  codes: number[],
  names: Record<number, string>,
  read: ReadonlyMap<number, string>,
): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(readFileSync(SEED));
  const { context } = pdf;
  const differences: unknown[] = [];
  for (const [code, name] of Object.entries(names))
    differences.push(Number(code), PDFName.of(name));
  const font = context.obj({
    Type: "Font",
    Subtype: "Type1",
    BaseFont: "Helvetica",
    Encoding: context.obj({ BaseEncoding: "WinAnsiEncoding", Differences: differences as never }),
  });
  font.set(PDFName.of("ToUnicode"), cmapStream(context, read));
  const page = pdf.getPage(0);
  addFont(page, "FTest", context.register(font));
  drawCodes(page, "FTest", codes, AT.x, AT.y);
  return pdf.save();
}

/** The styles of Liberation Sans that pdfjs-dist ships. */
export type LiberationStyle = "Regular" | "Bold" | "Italic" | "BoldItalic";

/** pdfjs-dist's Liberation Sans, an embeddable TrueType font (SIL OFL). */
function liberationSans(style: LiberationStyle): Uint8Array {
  const pkg = createRequire(import.meta.url).resolve("pdfjs-dist/package.json");
  return readFileSync(join(dirname(pkg), "standard_fonts", `LiberationSans-${style}.ttf`));
}

/**
 * The seed with `text` drawn in an embedded symbolic TrueType font (no glyph
 * names reach the reader: only outlines), read through ToUnicode map `read`;
 * `style` picks which Liberation Sans.
 */
export async function seedWithEmbeddedFont(
  text: string,
  read: ReadonlyMap<number, string>,
  names: Record<number, string> = {},
  style: LiberationStyle = "Regular",
): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(readFileSync(SEED));
  const { context } = pdf;
  const program = context.flateStream(liberationSans(style));
  const descriptor = context.obj({
    Type: "FontDescriptor",
    FontName: "ABCDEF+LiberationSans",
    Flags: 4,
    FontBBox: [-203, -303, 1050, 910],
    ItalicAngle: 0,
    Ascent: 905,
    Descent: -212,
    CapHeight: 729,
    StemV: 80,
  });
  descriptor.set(PDFName.of("FontFile2"), context.register(program));
  const font = context.obj({
    Type: "Font",
    Subtype: "TrueType",
    BaseFont: "ABCDEF+LiberationSans",
  });
  font.set(PDFName.of("FontDescriptor"), context.register(descriptor));
  if (Object.keys(names).length > 0) {
    const differences: unknown[] = [];
    for (const [code, name] of Object.entries(names))
      differences.push(Number(code), PDFName.of(name));
    font.set(PDFName.of("Encoding"), context.obj({ Differences: differences as never }));
  }
  font.set(PDFName.of("ToUnicode"), cmapStream(context, read));
  const page = pdf.getPage(0);
  addFont(page, "FEmb", context.register(font));
  drawCodes(page, "FEmb", codesOf(text), AT.x, AT.y);
  return pdf.save();
}

/** The serif and fixed-pitch fonts pdfjs-dist ships (Foxit's, BSD): bare CFF programs despite their .pfb name. */
export type FoxitFont = "FoxitSerif" | "FoxitSerifBold" | "FoxitSerifItalic" | "FoxitFixed";

/**
 * The seed with `text` drawn in one of pdfjs-dist's CFF fonts, embedded (FontFile3,
 * Type1C) with no /Encoding: its own built-in encoding decides the glyph, so none is
 * named to the reader, only outlines; read through ToUnicode map `read`.
 */
export async function seedWithCffFont(
  text: string,
  read: ReadonlyMap<number, string>,
  name: FoxitFont,
): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(readFileSync(SEED));
  const { context } = pdf;
  const pkg = createRequire(import.meta.url).resolve("pdfjs-dist/package.json");
  const cff = readFileSync(join(dirname(pkg), "standard_fonts", `${name}.pfb`));
  const program = context.flateStream(cff, { Subtype: "Type1C" });
  const descriptor = context.obj({
    Type: "FontDescriptor",
    FontName: `ABCDEF+${name}`,
    Flags: 4,
    FontBBox: [-200, -300, 1100, 1000],
    ItalicAngle: 0,
    Ascent: 900,
    Descent: -220,
    CapHeight: 700,
    StemV: 80,
  });
  descriptor.set(PDFName.of("FontFile3"), context.register(program));
  const font = context.obj({ Type: "Font", Subtype: "Type1", BaseFont: `ABCDEF+${name}` });
  font.set(PDFName.of("FontDescriptor"), context.register(descriptor));
  font.set(PDFName.of("ToUnicode"), cmapStream(context, read));
  const page = pdf.getPage(0);
  addFont(page, "FCff", context.register(font));
  drawCodes(page, "FCff", codesOf(text), AT.x, AT.y);
  return pdf.save();
}

/** Annotation flags (PDF 32000 12.5.3). */
export const ANNOTATION_FLAGS = { hidden: 2, print: 4, noView: 32 } as const;

/** Appends `annotation` to page 1's /Annots. */
function annotate(page: PDFPage, annotation: PDFDict): void {
  const { context } = page.doc;
  const ref = context.register(annotation);
  const annots = page.node.lookupMaybe(PDFName.of("Annots"), PDFArray);
  if (annots) annots.push(ref);
  else page.node.set(PDFName.of("Annots"), context.obj([ref]));
}

/**
 * The seed with a FreeText annotation over the experience paragraph whose appearance
 * stream draws `text` (a typewriter comment, as a reviewer's tool writes it).
 */
export async function seedWithFreeText(text: string, flags: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(readFileSync(SEED));
  const { context } = pdf;
  const page = pdf.getPage(0);
  const helvetica = context.register(
    context.obj({
      Type: "Font",
      Subtype: "Type1",
      BaseFont: "Helvetica",
      Encoding: "WinAnsiEncoding",
    }),
  );
  const width = 400;
  const appearance = context.stream(`BT /Helv 10 Tf 0 g 2 5 Td (${text}) Tj ET`, {
    Type: "XObject",
    Subtype: "Form",
    BBox: [0, 0, width, 16],
    Resources: { Font: { Helv: helvetica } },
  });
  const annotation = context.obj({
    Type: "Annot",
    Subtype: "FreeText",
    Rect: [AT.x, AT.y - 5, AT.x + width, AT.y + 11],
    Contents: PDFString.of(text),
    DA: PDFString.of("/Helv 10 Tf 0 g"),
    F: flags,
    AP: { N: context.register(appearance) },
  });
  annotate(page, annotation);
  return pdf.save();
}

/**
 * The seed with a Stamp annotation over the experience paragraph whose appearance
 * stream draws `text` in a box (a reviewer's rubber stamp, as a viewer's stamp tool writes it).
 */
export async function seedWithStamp(text: string, flags: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(readFileSync(SEED));
  const { context } = pdf;
  const helvetica = context.register(
    context.obj({ Type: "Font", Subtype: "Type1", BaseFont: "Helvetica" }),
  );
  const width = 300;
  const appearance = context.stream(
    `0.8 0 0 RG 1 w 0.5 0.5 ${width - 1} 17 re S BT /Helv 9 Tf 0.8 0 0 rg 4 5 Td (${text}) Tj ET`,
    {
      Type: "XObject",
      Subtype: "Form",
      BBox: [0, 0, width, 18],
      Resources: { Font: { Helv: helvetica } },
    },
  );
  annotate(
    pdf.getPage(0),
    context.obj({
      Type: "Annot",
      Subtype: "Stamp",
      Name: "Approved",
      Rect: [AT.x, AT.y - 5, AT.x + width, AT.y + 13],
      F: flags,
      AP: { N: context.register(appearance) },
    }),
  );
  return pdf.save();
}

/** The seed with a filled-in text form field (pdf-lib writes its appearance stream). */
export async function seedWithTextField(value: string, flags: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(readFileSync(SEED));
  const field = pdf.getForm().createTextField("reviewer.note");
  field.setText(value);
  field.addToPage(pdf.getPage(0), { x: AT.x, y: AT.y - 5, width: 400, height: 16, borderWidth: 0 });
  for (const widget of field.acroField.getWidgets())
    widget.dict.set(PDFName.of("F"), pdf.context.obj(flags));
  return pdf.save();
}

/** The document a fixture PDF gives, read as "seed.pdf"; a failed read throws. */
export async function read(bytes: Uint8Array): Promise<SpecDocument> {
  const result = await ingest(bytes, "seed.pdf");
  if (result.status === "failed") throw new Error(`failed: ${JSON.stringify(result.error)}`);
  return result.document;
}
