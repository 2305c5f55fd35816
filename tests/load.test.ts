/** Stage 1: format sniffing, decoding and the limits; the same spec in any encoding gives the same body. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DocFile } from "../pipeline/file.js";
import { load } from "../pipeline/load/index.js";
import { ingest } from "../pipeline/run.js";
import { fixture } from "./helpers.js";

const SEED = readFileSync(fixture("kentucky/seed-production-specialist-ii.txt"), "utf8");
const encoder = new TextEncoder();

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const [high, low] = [code >> 8, code & 0xff];
    bytes.set(bigEndian ? [high, low] : [low, high], 2 + index * 2);
  }
  return bytes;
}

async function bodyOf(bytes: Uint8Array, path = "seed.txt") {
  const result = await ingest(bytes, path);
  if (result.status === "failed") throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.document.body;
}

describe("load", () => {
  it("gives the same body for UTF-8, UTF-8 BOM, UTF-16 LE/BE with BOM and CRLF", async () => {
    const reference = await bodyOf(encoder.encode(SEED));
    const variants = [
      new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode(SEED)]),
      utf16(SEED, false),
      utf16(SEED, true),
      encoder.encode(SEED.replace(/\n/g, "\r\n")),
      encoder.encode(SEED.replace(/\n/g, "\r")),
    ];
    for (const bytes of variants) expect(await bodyOf(bytes)).toEqual(reference);
  });

  it("decodes windows-1252 smart quotes with a warning instead of rejecting them", async () => {
    const text = SEED.replace("appointing authority’s", "appointing authority\u2019s");
    const bytes = Uint8Array.from(
      [...text].map((char) =>
        char === "\u2019" ? 0x92 : char.charCodeAt(0) < 0x80 ? char.charCodeAt(0) : 0x3f,
      ),
    );
    const result = await ingest(bytes, "cp1252.txt");
    expect(result.status).toBe("complete");
    expect(result.messages.map((message) => message.code)).toContain("encoding-fallback");
    if (result.status !== "failed" && result.document.kind === "class-spec") {
      expect(result.document.body.notices[1]).toContain("appointing authority\u2019s ability");
    }
  });

  it.each([
    ["empty", new Uint8Array(), "empty-input"],
    ["whitespace only", encoder.encode(" \n\t\n  \f\n"), "empty-input"],
    [
      "PNG bytes",
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]),
      "binary-input",
    ],
    [
      "control-character noise",
      Uint8Array.from({ length: 4000 }, (_, index) => (index * 7919) % 32),
      "binary-input",
    ],
  ])("rejects %s with a coded fatal message", (_, bytes, code) => {
    const file = new DocFile("x");
    expect(load(bytes, file)).toBeUndefined();
    expect(file.fatal?.code).toBe(code);
  });

  it("rejects a file over the size limit before decoding it", () => {
    const file = new DocFile("big.txt");
    expect(load(new Uint8Array(2048), file, { maxBytes: 1024 })).toBeUndefined();
    expect(file.fatal?.code).toBe("too-large");
    expect(file.fatal?.message).toMatch(/2048 bytes, expected at most 1024/);
  });

  it("removes a stray NUL with a warning and still reads the spec", async () => {
    const result = await ingest(encoder.encode(SEED.replace("Grade:", "Gr\u0000ade:")), "nul.txt");
    expect(result.status).toBe("complete");
    expect(result.messages.map((message) => message.code)).toContain("nul-removed");
  });

  it.each([
    ["%PDF-1.7\n...", "a.txt", "pdf"],
    ["<!DOCTYPE html><html><body><p>x</p></body></html>", "b.txt", "html"],
    [
      '<html xmlns:v="urn:schemas-microsoft-com:vml">\n<body>x</body></html>',
      "word-export",
      "html",
    ],
    ["Title\n\n- one\n- two\n\n<u>Code</u>\tTitle\n", "c.txt", "markdown"],
    ["# Heading\n\ntext", "notes.md", "markdown"],
    [SEED, "seed.txt", "text"],
  ])("sniffs content as its format (case %#, named %s)", (text, path, format) => {
    const file = new DocFile(path);
    expect(load(encoder.encode(text as string), file)?.format).toBe(format);
  });
});
