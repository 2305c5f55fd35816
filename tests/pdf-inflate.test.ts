/**
 * Flate content streams as the patched pdfjs worker inflates them: one zlib
 * call in Node instead of a DecompressionStream (patches/pdfjs-dist+*.patch),
 * with DecompressionStream's answers. A stream it cannot inflate whole (bytes
 * after its end, a wrong checksum, cut short) goes to pdfjs's own decoder,
 * which reads what it can, as before; the stream cap is in pdf-caps.test.ts.
 */
import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { extract } from "../pipeline/extract/index.js";
import { DocFile } from "../pipeline/file.js";
import { load } from "../pipeline/load/index.js";
import { pdfWithFlateStream } from "../scripts/hostile-pdf.js";

/** pdfjs inflates a stream of this many compressed bytes or more with zlib, smaller ones itself. */
const NATIVE_FROM_BYTES = 1024;

/** A number per line that compresses poorly (Knuth's multiplicative hash), so the stream is not tiny. */
const code = (i: number, k: number) => ((((i * 7 + k) * 2654435761) >>> 0) % 1e9).toString(36);
const LINES = Array.from(
  { length: 60 },
  (_, i) => `Duty ${i + 1}: ledger ${code(i, 1)} to unit ${code(i, 2)}, file ${code(i, 3)}.`,
);
const CONTENT = LINES.map((line, i) => `BT /F1 9 Tf 40 ${760 - i * 12} Td (${line}) Tj ET`).join(
  "\n",
);
const DEFLATED = deflateSync(Buffer.from(CONTENT));

/** The text lines of a one-page PDF whose content stream is `stream`, and the codes of its messages. */
async function read(stream: Uint8Array): Promise<{ lines: string[]; codes: string[] }> {
  const file = new DocFile("inflate.pdf");
  const source = load(pdfWithFlateStream(stream), file);
  const result = source && (await extract(source, file));
  return {
    lines: result ? result.lines.map((line) => line.text) : [],
    codes: file.messages.map((message) => message.code),
  };
}

describe("Flate content streams in the patched pdfjs worker", () => {
  it("the stream is large enough for zlib, not pdfjs's decoder of small streams", () => {
    expect(DEFLATED.length).toBeGreaterThanOrEqual(NATIVE_FROM_BYTES);
  });

  it("a whole stream reads every line", async () => {
    expect(await read(DEFLATED)).toEqual({ lines: LINES, codes: [] });
  });

  it("bytes after the end of the stream: pdfjs's decoder reads it whole, as DecompressionStream left it to", async () => {
    const junk = Buffer.concat([DEFLATED, Buffer.from("\r\n junk")]);
    expect(await read(junk)).toEqual({ lines: LINES, codes: [] });
  });

  it("a wrong checksum: read whole by pdfjs's decoder, which does not check it", async () => {
    const wrong = Buffer.from(DEFLATED);
    wrong[wrong.length - 1] = (wrong[wrong.length - 1] ?? 0) ^ 0xff;
    expect(await read(wrong)).toEqual({ lines: LINES, codes: [] });
  });

  it("a stream cut short: the lines before the cut are read", async () => {
    const { lines } = await read(DEFLATED.subarray(0, Math.floor(DEFLATED.length / 2)));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThan(LINES.length);
    expect(LINES.slice(0, lines.length - 1)).toEqual(lines.slice(0, -1));
  });
});
