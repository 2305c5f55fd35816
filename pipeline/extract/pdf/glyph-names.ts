/**
 * The text a glyph name stands for (the Adobe Glyph List's rules for the
 * names a PDF's encoding gives its glyphs), for the names whose reading we
 * can be sure of: digits (and their figure variants, `two.lf`), currency,
 * the figure punctuation, ASCII letters, `uniXXXX`/`uXXXX[XX]` and `_`
 * ligatures of those. Any other name (`g17`, `a.sc`, a font's own) gives
 * undefined: the glyph is then judged by its shape, never by its name.
 */

const DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

const NAMED: ReadonlyMap<string, string> = new Map([
  ...DIGITS.map((name, digit): [string, string] => [name, String(digit)]),
  ["dollar", "$"],
  ["cent", "¢"],
  ["sterling", "£"],
  ["yen", "¥"],
  ["Euro", "€"],
  ["euro", "€"],
  ["currency", "¤"],
  ["period", "."],
  ["comma", ","],
  ["percent", "%"],
  ["fi", "fi"],
  ["fl", "fl"],
  ["ff", "ff"],
  ["ffi", "ffi"],
  ["ffl", "ffl"],
]);

const UNI = /^uni((?:[0-9A-F]{4})+)$/;
const U = /^u([0-9A-F]{4,6})$/;

function fromCodePoints(hex: string[]): string | undefined {
  const points = hex.map((h) => Number.parseInt(h, 16));
  // Surrogates and private-use code points name no character a reader sees.
  if (
    points.some((p) => (p >= 0xd800 && p <= 0xdfff) || (p >= 0xe000 && p <= 0xf8ff) || p > 0x10ffff)
  )
    return undefined;
  return String.fromCodePoint(...points);
}

function single(name: string): string | undefined {
  const named = NAMED.get(name);
  if (named !== undefined) return named;
  if (/^[A-Za-z]$/.test(name)) return name;
  // Figure variants (lining, tabular, old-style) of a digit are the digit.
  const [base, variant] = name.split(".", 2);
  if (variant !== undefined && base !== undefined && DIGITS.includes(base)) return NAMED.get(base);
  const uni = UNI.exec(name);
  if (uni?.[1]) return fromCodePoints(uni[1].match(/.{4}/g) ?? []);
  const u = U.exec(name);
  if (u?.[1]) return fromCodePoints([u[1]]);
  return undefined;
}

/** What `name` reads as, or undefined when the name is not one we can be sure of. */
export function textOfGlyphName(name: string): string | undefined {
  if (!name.includes("_")) return single(name);
  const parts = name.split("_").map(single);
  return parts.every((part) => part !== undefined) ? parts.join("") : undefined;
}
