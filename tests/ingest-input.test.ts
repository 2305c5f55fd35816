/**
 * The library's `ingest` takes a document as Buffer, Uint8Array, ArrayBuffer
 * or string (issue 15): every format gives the same document whatever the shape.
 */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ingest } from "../pipeline/index.js";
import { decodeWindows1252 } from "../pipeline/load/decode.js";
import { fixture } from "./helpers.js";

const FORMATS = [
  ["kentucky/accountant-iii.txt", "utf-8"],
  ["pdf/pdf-lib/seed-production-specialist-ii.pdf", "latin1"],
  ["pdf/libreoffice/accountant-iii.pdf", "latin1"],
  ["iowa/markdown/environmental-specialist.md", "utf-8"],
  // Declares charset=windows-1252: a string is text decoded already, never decoded twice.
  ["iowa/word-html/grants-management-specialist.html", "windows-1252"],
] as const;

describe("ingest input shapes", () => {
  it.each(FORMATS)(
    "%s: Buffer, Uint8Array, ArrayBuffer and string give one document",
    async (path, encoding) => {
      const buffer = readFileSync(fixture(path));
      const copy = new Uint8Array(buffer);
      const shapes = {
        Buffer: buffer,
        Uint8Array: copy,
        ArrayBuffer: copy.slice().buffer,
        string:
          encoding === "latin1"
            ? buffer.toString("latin1")
            : encoding === "windows-1252"
              ? decodeWindows1252(buffer) // Node's TextDecoder reads 0x80-0x9F as latin1
              : buffer.toString("utf8"),
      };
      const bodies = new Map<string, unknown>();
      for (const [shape, input] of Object.entries(shapes)) {
        const result = await ingest(input, path);
        if (result.status === "failed")
          throw new Error(`${shape}: ${result.error.code}: ${result.error.message}`);
        expect(result.status, shape).toBe("complete");
        bodies.set(shape, result.document.body);
      }
      for (const [shape, body] of bodies) expect(body, shape).toEqual(bodies.get("Buffer"));
      // The caller's Buffer is left as it was.
      expect(Buffer.compare(buffer, readFileSync(fixture(path)))).toBe(0);
    },
  );

  it("a Buffer that is a slice of a larger pool reads only its own bytes", async () => {
    const bytes = readFileSync(fixture("pdf/pdf-lib/seed-production-specialist-ii.pdf"));
    const pool = Buffer.concat([Buffer.from("junk before"), bytes, Buffer.from("junk after")]);
    const slice = pool.subarray(11, 11 + bytes.length);
    const result = await ingest(slice, "slice.pdf");
    expect(result.status).toBe("complete");
  });

  it("text as a string keeps its characters; a non-PDF string is never read as latin1 bytes", async () => {
    const text = readFileSync(fixture("kentucky/accountant-iii.txt"), "utf8");
    const result = await ingest(`${text}\nNote: Zoë’s “quotes”\n`, "a.txt");
    if (result.status === "failed") throw new Error(result.error.message);
    expect(JSON.stringify(result.document)).toContain("Zoë’s “quotes”");
  });
});

describe("source.path", () => {
  it("is relative to the working directory, never absolute, whatever path the caller gives", async () => {
    const absolute = fixture("kentucky/accountant-iii.txt");
    const result = await ingest(readFileSync(absolute), absolute);
    if (result.status === "failed") throw new Error(result.error.message);
    expect(result.document.source.path).toBe(relative(process.cwd(), absolute));
    expect(result.document.source.path.startsWith("/")).toBe(false);
  });
});
