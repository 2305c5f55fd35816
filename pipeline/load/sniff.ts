/** What the bytes are, from their content first and the file name second. */
import type { SourceFormat } from "../../schemas/index.js";
import { decoderFor } from "./decode.js";
import { BINARY_CONTROL_RATIO, SNIFF_WINDOW } from "./limits.js";

const PDF_MAGIC = "%PDF-";
const UTF8_BOM_AS_LATIN1 = /^\u00EF\u00BB\u00BF/;

/** Signatures of common binary formats that are never class specs. */
const BINARY_MAGICS: ReadonlyArray<readonly number[]> = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x50, 0x4b, 0x03, 0x04], // ZIP, DOCX, XLSX
  [0x1f, 0x8b], // gzip
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0xd0, 0xcf, 0x11, 0xe0], // OLE2 (.doc, .xls)
  [0x47, 0x49, 0x46, 0x38], // GIF
];

/** Bytes of characters the sniffing looks for ("%PDF-", a tag): none of them, no decoding. */
const PERCENT = 0x25;
const LESS_THAN = 0x3c;

export function isPdf(bytes: Uint8Array): boolean {
  // Readers tolerate bytes before the header, but a text file that merely
  // mentions "%PDF-" in its first KiB is no PDF: only whitespace or a BOM may come first.
  const window = bytes.subarray(0, 1024);
  if (!window.includes(PERCENT)) return false;
  const head = decoderFor("latin1").decode(window);
  return head.replace(UTF8_BOM_AS_LATIN1, "").trimStart().startsWith(PDF_MAGIC);
}

export function hasBinaryMagic(bytes: Uint8Array): boolean {
  return BINARY_MAGICS.some((magic) => magic.every((byte, index) => bytes[index] === byte));
}

const TAB = 0x09;
const LF = 0x0a;
const FF = 0x0c;
const CR = 0x0d;
const DEL = 0x7f;

/** A character `controlRatio` counts: a control but tab, newline, form feed and return; DEL; U+FFFD. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const COUNTED = /[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffd]/;

/**
 * Share of control bytes (other than tab, newline, form feed, carriage
 * return) in decoded text. Text with a stray NUL is still text; noise is not.
 */
export function controlRatio(text: string): number {
  const sample = text.slice(0, SNIFF_WINDOW * 4);
  if (sample.length === 0) return 0;
  // Text holds none of them, nearly always: one regex scan says so, not a loop over every character.
  if (!COUNTED.test(sample)) return 0;
  let controls = 0;
  for (let index = 0; index < sample.length; index++) {
    const code = sample.charCodeAt(index);
    if (
      (code < 0x20 && code !== TAB && code !== LF && code !== FF && code !== CR) ||
      code === DEL
    ) {
      controls++;
    } else if (code === 0xfffd) {
      controls++;
    }
  }
  return controls / sample.length;
}

export function looksBinary(text: string): boolean {
  return controlRatio(text) > BINARY_CONTROL_RATIO;
}

const HTML_OPENER = /^<(?:!doctype\s+html|html|head|body)\b/i;
const HTML_OR_BODY_TAG = /<(?:html|body)\b/gi;
const COMMENT_START = "<!--";
const COMMENT_END = "-->";

/**
 * Whether `head` starts (after whitespace and comments) with an HTML opener.
 * A loop rather than one regex: `(<!--[\s\S]*?-->\s*)*` backtracks
 * exponentially on many unclosed comments.
 */
function startsAsHtml(head: string): boolean {
  let at = 0;
  for (;;) {
    while (at < head.length && /\s/.test(head.charAt(at))) at++;
    if (!head.startsWith(COMMENT_START, at)) break;
    const end = head.indexOf(COMMENT_END, at + COMMENT_START.length);
    if (end < 0) return false;
    at = end + COMMENT_END.length;
  }
  return HTML_OPENER.test(head.slice(at));
}

/** Whether `head` holds an `<html …>` or `<body …>` tag (one that is closed by `>`). */
function hasHtmlTag(head: string): boolean {
  HTML_OR_BODY_TAG.lastIndex = 0;
  const first = HTML_OR_BODY_TAG.exec(head);
  return first !== null && head.indexOf(">", first.index) >= 0;
}

/**
 * Each signal with a literal it cannot match without: a text that lacks the literal (one fast
 * search) is not scanned by the pattern, which tests every line start or every character. A bullet
 * may be any of three characters, so it has no such literal.
 */
const MARKDOWN_SIGNALS: ReadonlyArray<{ needs?: string; signal: RegExp }> = [
  { needs: "#", signal: /^#{1,6}\s+\S/m }, // ATX heading
  { signal: /^\s{0,3}[-*+]\s+\S/m }, // bullet item
  { needs: "|", signal: /^\s{0,3}\|.*\|\s*$/m }, // pipe table row
  { needs: "<", signal: /<\/?(p|u|b|i|em|strong|br)\s*\/?>/i }, // inline HTML that markdown keeps
  { needs: "**", signal: /\*\*\S[^*\n]{0,200}\*\*/ }, // strong emphasis
  { needs: "```", signal: /^\s{0,3}```/m }, // fenced code
];

/** Markdown needs two independent signals: one bullet alone is plain text. */
const MARKDOWN_SIGNAL_THRESHOLD = 2;

export function sniffTextFormat(text: string, path: string): Exclude<SourceFormat, "pdf"> {
  const head = text.slice(0, SNIFF_WINDOW);
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  // Both look for a tag: a head without "<" (any text spec) is not scanned for one.
  if (head.includes("<") && (startsAsHtml(head) || hasHtmlTag(head))) return "html";
  if (extension === "html" || extension === "htm") {
    if (/<[a-z][\w-]*[\s>]/i.test(head)) return "html";
  }
  const sample = text.slice(0, SNIFF_WINDOW * 16);
  const signals = MARKDOWN_SIGNALS.filter(
    ({ needs, signal }) => (needs === undefined || sample.includes(needs)) && signal.test(sample),
  ).length;
  if (signals >= MARKDOWN_SIGNAL_THRESHOLD) return "markdown";
  if ((extension === "md" || extension === "markdown") && signals >= 1) return "markdown";
  if (extension === "md" || extension === "markdown") return "markdown";
  return "text";
}

/** Before decoding: an HTML file by name, or by an HTML opener or tag in its first bytes. */
export function looksLikeHtml(bytes: Uint8Array, path: string): boolean {
  if (/\.html?$/i.test(path)) return true;
  // Without a "<" there is neither an opener nor a tag: the head is not decoded (4 KiB per document).
  const window = bytes.subarray(0, SNIFF_WINDOW);
  if (!window.includes(LESS_THAN)) return false;
  // The shared decoder: making one per document cost 1% of a Kentucky ingest.
  const head = decoderFor("latin1").decode(window);
  return startsAsHtml(head.replace(UTF8_BOM_AS_LATIN1, "")) || hasHtmlTag(head);
}
