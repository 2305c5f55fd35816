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

const decoders = new Map<string, InstanceType<typeof TextDecoder>>();

/**
 * One decoder per encoding for the whole process: a batch decodes every
 * document with the same few, and a one-shot `decode()` starts afresh each
 * call (even after a fatal error), so sharing them is safe.
 */
export function decoderFor(encoding: string, fatal = false): InstanceType<typeof TextDecoder> {
  const key = `${encoding}${fatal ? ":fatal" : ""}`;
  let decoder = decoders.get(key);
  if (!decoder) {
    decoder = new TextDecoder(encoding, { fatal });
    decoders.set(key, decoder);
  }
  return decoder;
}

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

const META = /<meta/gi;
const CHARSET = /charset/gi;
/** From the end of "charset": `="utf-8"`, `= 'windows-1252'`. */
const CHARSET_VALUE = /\s*=\s*(?:["']\s*)?([\w-]{1,40})/y;
/** How far past "<meta" its charset attribute may start: a real tag's is near. */
const CHARSET_MAX_OFFSET = 200;

/** The charset an HTML document declares in its first bytes, if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = decoderFor("latin1").decode(bytes.subarray(0, 4096));
  const label = declaredLabel(head)?.toLowerCase();
  if (label === undefined) return undefined;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

/**
 * The first meta tag's charset label whose "charset" starts within
 * CHARSET_MAX_OFFSET of "<meta", before the tag's `>`. Searched tag by tag:
 * one pattern `<meta[^>]{0,200}?charset…` is too large an automaton to prove
 * linear, and `["']?\s*` after `\s*` retries every split of a space run.
 */
function declaredLabel(head: string): string | undefined {
  for (const meta of head.matchAll(META)) {
    const from = meta.index + meta[0].length;
    const close = head.indexOf(">", from);
    const last = Math.min(from + CHARSET_MAX_OFFSET, close < 0 ? head.length : close);
    const attributes = head.slice(from, last + "charset".length);
    for (const found of attributes.matchAll(CHARSET)) {
      CHARSET_VALUE.lastIndex = from + found.index + found[0].length;
      const value = CHARSET_VALUE.exec(head)?.[1];
      if (value) return value;
    }
  }
  return undefined;
}

/**
 * windows-1252's 0x80-0x9F (smart quotes, dashes, bullet, euro). Node 20's
 * TextDecoder("windows-1252") decodes these as Latin-1 C1 controls, so the
 * table is applied by hand. Undefined positions (0x81, 0x8D, 0x8F, 0x90,
 * 0x9D) stay as their Latin-1 code points, as WHATWG specifies.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
  0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];
const C1_FIRST = 0x80;
const C1_LAST = 0x9f;

export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = decoderFor("latin1").decode(bytes);
  let out = "";
  let from = 0;
  for (let index = 0; index < latin1.length; index++) {
    const code = latin1.charCodeAt(index);
    if (code < C1_FIRST || code > C1_LAST) continue;
    out +=
      latin1.slice(from, index) + String.fromCharCode(WINDOWS_1252_HIGH[code - C1_FIRST] ?? code);
    from = index + 1;
  }
  return out + latin1.slice(from);
}

function decodeAs(encoding: string, bytes: Uint8Array): string {
  return encoding === "windows-1252"
    ? decodeWindows1252(bytes)
    : decoderFor(encoding).decode(bytes);
}

export function decode(bytes: Uint8Array, declared?: string): Decoded {
  const bom = detectBom(bytes);
  if (bom) {
    const text = decoderFor(bom.encoding).decode(bytes.subarray(bom.length));
    return { text, encoding: bom.encoding, fellBack: false };
  }
  if (declared && declared !== "utf-8") {
    return { text: decodeAs(declared, bytes), encoding: declared, fellBack: false };
  }
  try {
    return {
      text: decoderFor("utf-8", true).decode(bytes),
      encoding: "utf-8",
      fellBack: false,
    };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: "windows-1252", fellBack: true };
  }
}

/** CRLF and lone CR -> LF. */
export function normalizeNewlines(text: string): string {
  // Most files have no CR at all: one search instead of a regex scan.
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}
