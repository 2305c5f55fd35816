/**
 * What the library's `ingest` accepts: the bytes of a document in any of the
 * shapes Node and the web hand them out, or its text.
 */
import { declaredCharset } from "./decode.js";

/** A document's bytes (Buffer is a Uint8Array), or its text. */
export type IngestInput = Uint8Array | ArrayBuffer | string;

const PDF_SIGNATURE = "%PDF-";
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const LATIN1_MAX = 0xff;

/**
 * Plain Uint8Array bytes over the same memory (no copy). A Buffer becomes a
 * plain view because pdfjs refuses Buffers. A string is UTF-8 text, except a
 * PDF read as a binary string (`readFileSync(path, "latin1")`), whose
 * characters are its bytes. Text that declares another charset (Word's
 * `charset=windows-1252`) was decoded already: a UTF-8 BOM, which outranks a
 * declaration, keeps it from being decoded twice.
 */
export function toBytes(input: IngestInput): Uint8Array {
  if (typeof input === "string") {
    return isBinaryPdfString(input) ? latin1Bytes(input) : utf8Bytes(input);
  }
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
}

function utf8Bytes(text: string): Uint8Array {
  const bytes = new TextEncoder().encode(text);
  const declared = declaredCharset(bytes);
  if (declared === undefined || declared === "utf-8") return bytes;
  const marked = new Uint8Array(UTF8_BOM.length + bytes.length);
  marked.set(UTF8_BOM);
  marked.set(bytes, UTF8_BOM.length);
  return marked;
}

function latin1Bytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index++) bytes[index] = text.charCodeAt(index);
  return bytes;
}

function isBinaryPdfString(text: string): boolean {
  if (!text.startsWith(PDF_SIGNATURE)) return false;
  for (let index = 0; index < text.length; index++) {
    if (text.charCodeAt(index) > LATIN1_MAX) return false;
  }
  return true;
}
