/**
 * Stage 1, load: bytes -> `Source`. The format is sniffed from the content
 * (`%PDF-`, HTML, markdown, plain text), not taken from the extension alone.
 */
import { hash } from "node:crypto";
import type { DocFile } from "../file.js";
import type { Source } from "../types.js";
import { declaredCharset, decode, normalizeNewlines } from "./decode.js";
import { DEFAULT_MAX_BYTES } from "./limits.js";
import { hasBinaryMagic, isPdf, looksBinary, looksLikeHtml, sniffTextFormat } from "./sniff.js";

export interface LoadOptions {
  maxBytes?: number;
}

const NUL = "\u0000";
const FORM_FEED_OR_SPACE = /^[\s\f]*$/;

export function load(
  bytes: Uint8Array,
  file: DocFile,
  options: LoadOptions = {},
): Source | undefined {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  // The one-shot digest: a Hash object per document cost as much again as hashing a spec's bytes.
  const sha256 = hash("sha256", bytes, "hex");
  const base = { path: file.path, bytes, sha256 };

  if (bytes.length === 0) {
    file.fail("empty-input", "Unexpected empty file, expected a class specification");
    return undefined;
  }
  if (bytes.length > maxBytes) {
    file.fail(
      "too-large",
      `Unexpected file of ${bytes.length} bytes, expected at most ${maxBytes} (--max-bytes)`,
    );
    return undefined;
  }
  if (isPdf(bytes)) return { ...base, format: "pdf", text: "", encoding: "binary" };
  if (hasBinaryMagic(bytes)) {
    file.fail(
      "binary-input",
      "Unexpected binary file (image, archive or executable), expected text, HTML, markdown or PDF",
    );
    return undefined;
  }

  // A <meta charset> is HTML's way to declare an encoding; in text or markdown it is just text.
  const decoded = decode(
    bytes,
    looksLikeHtml(bytes, file.path) ? declaredCharset(bytes) : undefined,
  );
  if (looksBinary(decoded.text)) {
    file.fail("binary-input", "Unexpected binary content, expected text, HTML, markdown or PDF");
    return undefined;
  }
  let text = normalizeNewlines(decoded.text);
  if (text.includes(NUL)) {
    text = text.replaceAll(NUL, "");
    file.warn("nul-removed", "Unexpected NUL bytes in text, removed them");
  }
  if (FORM_FEED_OR_SPACE.test(text)) {
    file.fail(
      "empty-input",
      "Unexpected file with only whitespace, expected a class specification",
    );
    return undefined;
  }
  if (decoded.fellBack) {
    file.warn(
      "encoding-fallback",
      `This file is not valid UTF-8; it was read as ${decoded.encoding}, so check its quotes, dashes and accented letters`,
    );
  }
  return { ...base, format: sniffTextFormat(text, file.path), text, encoding: decoded.encoding };
}
