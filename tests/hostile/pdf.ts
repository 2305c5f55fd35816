/**
 * Hostile PDFs, made at test time (they are small when compressed but far
 * too large to commit once expanded): raw PDF objects with byte-exact
 * cross-reference tables, so the bytes are exactly the attack described.
 */
import { createDeflate, deflateSync } from "node:zlib";

const MIB = 1024 * 1024;

/** A one-page PDF whose content stream is `content`, deflated. */
export function pdfWithContent(content: Uint8Array): Uint8Array {
  return pdfOf(pageWithStream(deflateSync(content, { level: 9 }), 1));
}

/** The objects of a one-page PDF whose content `stream` is Flate-encoded `layers` times. */
function pageWithStream(stream: Uint8Array, layers: number): PdfObject[] {
  const filters = Array.from({ length: layers }, () => "/FlateDecode").join(" ");
  return [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    { dictionary: `<< /Length ${stream.length} /Filter [${filters}] >>`, stream },
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
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
  const chunk = Buffer.alloc(MIB, 0x20);
  const deflate = createDeflate({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on("data", (part: Buffer) => parts.push(part));
  const ended = new Promise((resolve) => deflate.on("end", resolve));
  for (let written = 0; written < megabytes; written++) deflate.write(chunk);
  deflate.end();
  await ended;
  return pdfOf(pageWithStream(deflateSync(Buffer.concat(parts), { level: 9 }), 2));
}
