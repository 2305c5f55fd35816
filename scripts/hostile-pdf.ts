/**
 * Hostile PDFs, made by the tests and the benchmark (scripts/bench-hostile.ts)
 * at run time (they are small when compressed but far too large to commit
 * once expanded): raw PDF objects with byte-exact
 * cross-reference tables, so the bytes are exactly the attack described.
 */
import { createDeflate, deflateSync } from "node:zlib";

const MIB = 1024 * 1024;

/** A one-page PDF whose content stream is `content`, deflated. */
export function pdfWithContent(content: Uint8Array): Uint8Array {
  return pdfWithFlateStream(deflateSync(content, { level: 9 }));
}

/** A one-page PDF whose content stream is `stream` as given, read by /FlateDecode (damaged on purpose, say). */
export function pdfWithFlateStream(stream: Uint8Array): Uint8Array {
  return pdfOf(pageWithStream(stream, ["/FlateDecode"]));
}

/** The objects of a one-page PDF whose content `stream` is decoded by `filters`, in order. */
function pageWithStream(stream: Uint8Array, filters: readonly string[]): PdfObject[] {
  return [
    ...pageObjects({ stream, filters }),
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
}

/**
 * Catalog, page tree, the page (font F1 is object 5, `resources` adds to its
 * resources) and its content stream (object 4); the caller adds 5 onwards.
 */
function pageObjects(content: {
  stream: Uint8Array;
  filters: readonly string[];
  resources?: string;
}): PdfObject[] {
  const { stream, filters, resources = "" } = content;
  return [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >>${resources} >> >>`,
    { dictionary: `<< /Length ${stream.length} /Filter [${filters.join(" ")}] >>`, stream },
  ];
}

/**
 * A page of one line of text in a TrueType font whose embedded program
 * (FontFile2) is `megabytes` of zeros deflated twice: a font bomb.
 */
export async function fontBombPdf(megabytes: number): Promise<Uint8Array> {
  const program = deflateSync(await deflatedZeros(megabytes), { level: 9 });
  const content = deflateSync(Buffer.from("BT /F1 12 Tf 72 700 Td (Accountant III) Tj ET\n"));
  return pdfOf([
    ...pageObjects({ stream: content, filters: ["/FlateDecode"] }),
    "<< /Type /Font /Subtype /TrueType /BaseFont /Bomb /Encoding /WinAnsiEncoding /FontDescriptor 6 0 R >>",
    "<< /Type /FontDescriptor /FontName /Bomb /Flags 32 /FontBBox [0 -200 1000 800] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 7 0 R >>",
    {
      dictionary: `<< /Length ${program.length} /Filter [/FlateDecode /FlateDecode] >>`,
      stream: program,
    },
  ]);
}

/** A page of `pairs` × `q Q` (twice as many operators) and one line of text. */
export function operatorsPdf(pairs: number): Uint8Array {
  const text = "BT /F1 12 Tf 72 700 Td (Accountant III) Tj ET\n";
  return pdfWithContent(Buffer.from(`${"q Q\n".repeat(pairs)}${text}`));
}

/**
 * A page that draws a form XObject of `pairs` × `q Q`, then one line of
 * text: the page's own operators and the form's count together.
 */
export function formOperatorsPdf(pairs: number): Uint8Array {
  const form = deflateSync(Buffer.from("q Q\n".repeat(pairs)));
  const content = deflateSync(
    Buffer.from("/X1 Do BT /F1 12 Tf 72 700 Td (Accountant III) Tj ET\n"),
  );
  return pdfOf([
    ...pageObjects({
      stream: content,
      filters: ["/FlateDecode"],
      resources: " /XObject << /X1 6 0 R >>",
    }),
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    {
      dictionary: `<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Length ${form.length} /Filter /FlateDecode >>`,
      stream: form,
    },
  ]);
}

/** A page whose operators never end: `q Q` repeated until `megabytes` of content. */
export function runawayPdf(megabytes = 20): Uint8Array {
  const unit = "q Q\n";
  return pdfWithContent(Buffer.from(unit.repeat((megabytes * MIB) / unit.length)));
}

type PdfObject = string | { dictionary: string; stream: Uint8Array };

function pdfOf(objects: readonly PdfObject[]): Uint8Array {
  const chunks: Buffer[] = [Buffer.from("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n", "latin1")];
  let length = chunks[0]?.length ?? 0;
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(length);
    const parts =
      typeof object === "string"
        ? [Buffer.from(`${index + 1} 0 obj\n${object}\nendobj\n`, "latin1")]
        : [
            Buffer.from(`${index + 1} 0 obj\n${object.dictionary}\nstream\n`, "latin1"),
            Buffer.from(object.stream),
            Buffer.from("\nendstream\nendobj\n", "latin1"),
          ];
    for (const part of parts) {
      chunks.push(part);
      length += part.length;
    }
  });
  const xref = [
    "xref",
    `0 ${objects.length + 1}`,
    "0000000000 65535 f ",
    ...offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n `),
    "trailer",
    `<< /Size ${objects.length + 1} /Root 1 0 R >>`,
    "startxref",
    String(length),
    "%%EOF",
    "",
  ].join("\n");
  chunks.push(Buffer.from(xref, "latin1"));
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * A page whose content stream is deflated twice: a few KiB on disk, then
 * `megabytes` of spaces once pdfjs inflates it (held outside the V8 heap).
 */
export async function flateBombPdf(megabytes: number): Promise<Uint8Array> {
  const once = await deflated(megabytes, 0x20);
  return pdfOf(pageWithStream(deflateSync(once, { level: 9 }), ["/FlateDecode", "/FlateDecode"]));
}

/** `megabytes` of `byte`, deflated once, streamed so the whole is never held. */
async function deflated(megabytes: number, byte: number): Promise<Buffer> {
  const chunk = Buffer.alloc(MIB, byte);
  const deflate = createDeflate({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on("data", (part: Buffer) => parts.push(part));
  const ended = new Promise((resolve) => deflate.on("end", resolve));
  for (let written = 0; written < megabytes; written++) deflate.write(chunk);
  deflate.end();
  await ended;
  return Buffer.concat(parts);
}

function deflatedZeros(megabytes: number): Promise<Buffer> {
  return deflated(megabytes, 0);
}

/**
 * A page whose content is `megabytes` of hex spaces (`2020…`), deflated and
 * then read by ASCIIHexDecode: pdfjs decodes such a chain synchronously
 * (DecodeStream's buffer), not through DecompressionStream.
 */
export function hexBombPdf(megabytes: number): Uint8Array {
  const hex = Buffer.alloc(megabytes * MIB, "20", "latin1");
  return pdfOf(pageWithStream(deflateSync(hex, { level: 9 }), ["/FlateDecode", "/ASCIIHexDecode"]));
}
