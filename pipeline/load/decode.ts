/**
 * Bytes -> text. UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, a
 * charset the document declares, and windows-1252 as the fallback for bytes
 * that are not valid UTF-8 (what Word and older exports write).
 */

const BOMS: ReadonlyArray<{ bytes: number[]; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: "utf-8" },
  { bytes: [0xff, 0xfe], encoding: "utf-16le" },
  { bytes: [0xfe, 0xff], encoding: "utf-16be" },
];

export interface Decoded {
  text: string;
  encoding: string;
  /** True when UTF-8 failed and a fallback decoded the bytes. */
  fellBack: boolean;
}

export function detectBom(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  for (const bom of BOMS) {
    if (bom.bytes.every((byte, index) => bytes[index] === byte)) {
      return { encoding: bom.encoding, length: bom.bytes.length };
    }
  }
  return undefined;
}

const DECLARED_CHARSET = /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w-]{1,40})/i;

/** The charset an HTML document declares in its first bytes, if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const match = DECLARED_CHARSET.exec(head);
  if (!match?.[1]) return undefined;
  const label = match[1].toLowerCase();
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

export function decode(bytes: Uint8Array, declared?: string): Decoded {
  const bom = detectBom(bytes);
  if (bom) {
    const text = new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length));
    return { text, encoding: bom.encoding, fellBack: false };
  }
  if (declared && declared !== "utf-8") {
    return { text: new TextDecoder(declared).decode(bytes), encoding: declared, fellBack: false };
  }
  try {
    return {
      text: new TextDecoder("utf-8", { fatal: true }).decode(bytes),
      encoding: "utf-8",
      fellBack: false,
    };
  } catch {
    const text = new TextDecoder("windows-1252").decode(bytes);
    return { text, encoding: "windows-1252", fellBack: true };
  }
}

/** CRLF and lone CR -> LF. */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}
