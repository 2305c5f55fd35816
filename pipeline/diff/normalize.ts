/**
 * Text normalization before comparison. Two levels:
 * - `normalizeText`: what counts as "the same text". Layout is not content:
 *   line endings, BOMs, wrapping, runs of spaces and paragraph breaks all
 *   collapse, so a re-wrapped or re-paginated revision yields no change (a
 *   page break can split a paragraph in a PDF export, so paragraph breaks are
 *   layout too).
 * - `wordsOf`: what counts as "the same words". Case and punctuation fall away,
 *   so two texts equal here but not above differ only editorially.
 */
import { plainPunctuation } from "../shared/text.js";

const BOM = /\uFEFF/g;
const WHITESPACE = /\s+/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
/**
 * Most text is printable ASCII, where Unicode normalization, the BOM and typographic
 * punctuation change nothing and a letter or digit is [a-z0-9] once
 * lowercased: the Unicode steps were most of a diff's text work.
 */
const NON_ASCII = /[^ -~\t\n\r]/;
const ASCII_NON_WORD = /[^a-z0-9]+/;

export function normalizeText(text: string): string {
  const composed = NON_ASCII.test(text) ? text.normalize("NFC").replace(BOM, "") : text;
  return composed.replace(WHITESPACE, " ").trim();
}

/** Lowercase words only; typographic and plain punctuation both drop out. */
export function wordsOf(text: string): string[] {
  if (!NON_ASCII.test(text))
    return text
      .toLowerCase()
      .split(ASCII_NON_WORD)
      .filter((word) => word !== "");
  const plain = plainPunctuation(normalizeText(text)).normalize("NFKC").toLowerCase();
  return plain
    .replace(NON_WORD, " ")
    .split(" ")
    .filter((word) => word !== "");
}

export function sameText(a: string, b: string): boolean {
  return normalizeText(a) === normalizeText(b);
}

export function sameWords(a: string, b: string): boolean {
  return wordsOf(a).join(" ") === wordsOf(b).join(" ");
}

/** Nullable prose fields: null and blank both mean "not stated". */
export function normalizeOptional(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  const normalized = normalizeText(text);
  return normalized === "" ? null : normalized;
}
