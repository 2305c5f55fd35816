/**
 * Whether a PDF can draw other text than it extracts at all, decided from its
 * bytes before the per-page check (text-mismatch.ts) reads any operator list.
 * Without a ToUnicode map, pdfjs reads a glyph by the very name it is drawn
 * by, so the names agree by construction; and outlines exist only in an
 * embedded font program. So a document needs checking when it names a
 * `/ToUnicode` map or an embedded font (`/FontFile`, `/FontFile2`,
 * `/FontFile3`), or hides its objects in a compressed object stream
 * (`/ObjStm`), where the bytes do not show them. Names are matched as PDF
 * reads them, `#xx` escapes included (`/ToUnicod#65`), so spelling a key
 * differently cannot skip the check.
 */

const NAMES: ReadonlySet<string> = new Set([
  "ToUnicode",
  "FontFile",
  "FontFile2",
  "FontFile3",
  "ObjStm",
]);
/** Longest name in NAMES, written with every character escaped (#xx). */
const LONGEST_WRITTEN = Math.max(...[...NAMES].map((name) => name.length)) * 3;

const SOLIDUS = 0x2f;
const NUMBER_SIGN = 0x23;

/** PDF delimiters and white space end a name (PDF 32000 7.2.2, 7.3.5). */
function endsName(byte: number): boolean {
  return (
    byte <= 0x20 ||
    byte === 0x28 ||
    byte === 0x29 ||
    byte === 0x3c ||
    byte === 0x3e ||
    byte === 0x5b ||
    byte === 0x5d ||
    byte === 0x7b ||
    byte === 0x7d ||
    byte === SOLIDUS ||
    byte === 0x25
  );
}

function hexValue(byte: number | undefined): number {
  if (byte === undefined) return -1;
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  const lower = byte | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}

/** The name starting after the solidus at `start`, decoded, or undefined past LONGEST_WRITTEN bytes. */
function nameAt(bytes: Uint8Array, start: number): string | undefined {
  let name = "";
  for (let i = start; i < bytes.length && i - start <= LONGEST_WRITTEN; i++) {
    const byte = bytes[i] ?? 0;
    if (endsName(byte)) return name;
    if (byte === NUMBER_SIGN) {
      const high = hexValue(bytes[i + 1]);
      const low = hexValue(bytes[i + 2]);
      if (high < 0 || low < 0) return undefined;
      name += String.fromCharCode(high * 16 + low);
      i += 2;
    } else {
      name += String.fromCharCode(byte);
    }
  }
  return undefined;
}

/** The bytes a name of NAMES can start with as written: its first letter, or `#` of an escape. */
const FIRST_BYTES: ReadonlySet<number> = new Set([
  ...[...NAMES].map((name) => name.charCodeAt(0)),
  NUMBER_SIGN,
]);

/** True when the document may extract other text than the glyphs it draws (see above). */
export function mayDrawOtherText(bytes: Uint8Array): boolean {
  for (let i = bytes.indexOf(SOLIDUS); i >= 0; i = bytes.indexOf(SOLIDUS, i + 1)) {
    // Most solidus bytes are inside compressed streams: the byte after one rules it out without decoding a name.
    if (!FIRST_BYTES.has(bytes[i + 1] ?? 0)) continue;
    const name = nameAt(bytes, i + 1);
    if (name !== undefined && NAMES.has(name)) return true;
  }
  return false;
}
