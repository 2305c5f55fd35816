/**
 * A ToUnicode map that reads other characters than the glyphs drawn
 * (pipeline/extract/pdf/text-mismatch.ts): a pdf-text-mismatch error, the
 * document partial, the remapped text never published; a legitimate map
 * (a ligature, a font's own glyph names, an embedded font's correct map) stays read.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { textOfGlyphName } from "../pipeline/extract/pdf/glyph-names.js";
import { shapeFits, shapeOf } from "../pipeline/extract/pdf/glyph-shapes.js";
import { OutlineReadings } from "../pipeline/extract/pdf/text-mismatch.js";
import { mayDrawOtherText } from "../pipeline/extract/pdf/text-mismatch-gate.js";
import type { SpecDocument } from "../schemas/index.js";
import { fixture } from "./helpers.js";
import {
  asciiWith,
  codesOf,
  read,
  SEED,
  seedRemapped,
  seedWithCffFont,
  seedWithEmbeddedFont,
  seedWithNamedFont,
} from "./pdf-text-fixtures.js";

const clean = read(new Uint8Array(readFileSync(SEED)));

function mismatches(document: SpecDocument) {
  return document.diagnostics.filter((d) => d.code === "pdf-text-mismatch");
}

/** Every number the document publishes anywhere (body, rules, unmapped), as printed in JSON. */
function published(document: SpecDocument): string {
  return JSON.stringify([document.body, document.rules, document.unmapped]);
}

describe("a ToUnicode map that reads other digits than the glyphs drawn", () => {
  // The page shows $13.581-$17.990, $2,206.92-$2,923.38, $2,354.04-$3,118.28; the text
  // reads 2 as 5, 3 as 4, 6 as 1 and 8 as 9 alike, so the figures still agree.
  const remapped = seedRemapped({ "2": "5", "3": "4", "6": "1", "8": "9" }).then(read);

  it("is a pdf-text-mismatch error naming the glyphs and quoting the text", async () => {
    const document = await remapped;
    const [error, ...rest] = mismatches(document);
    expect(rest).toEqual([]);
    expect(error?.severity).toBe("error");
    expect(error?.page).toBe(1);
    expect(error?.message).toContain('glyph /two read as "5"');
    expect(error?.message).toContain('glyph /six read as "1"');
    expect(error?.message).toContain('"$14.591-$17.990 - Hourly"');
    expect(document.status).toBe("partial");
  });

  it("publishes neither the remapped figures nor the ones shown as read", async () => {
    const document = await remapped;
    const text = published(document);
    for (const figure of ["14.591", "5501.95", "5954.49", "4119.59", "13.581", "2206.92"]) {
      expect(text).not.toContain(figure);
    }
    expect(document.body).toMatchObject({ pay: { ranges: [] } });
  });

  it("leaves the text drawn in the seed's own fonts as it was", async () => {
    const [before, after] = [await clean, await remapped];
    const { pay: _a, ...restBefore } = before.body as Record<string, unknown>;
    const { pay: _b, ...restAfter } = after.body as Record<string, unknown>;
    expect(restAfter).toEqual(restBefore);
    expect(mismatches(before)).toEqual([]);
  });
});

describe("an embedded font without glyph names, judged by the outlines of its digits", () => {
  it("reports a 6 read as 1 (a hole where a 1 has none)", async () => {
    const document = await read(
      await seedWithEmbeddedFont("Pay of $3,636.75 monthly.", asciiWith({ "6": "1" })),
    );
    const [error] = mismatches(document);
    expect(error?.message).toContain('outline is no "1"');
    expect(error?.message).toContain('"Pay of $3,131.75 monthly."');
    expect(published(document)).not.toContain("3,131.75");
    expect(document.status).toBe("partial");
  });

  it.each([
    ["a 9 read as 6 (its hole high, a 6's low)", { "9": "6" }, "3,876.20"],
    ["an 8 read as 9 (two holes, a 9 has one)", { "8": "9" }, "3,979.20"],
  ])("reports %s", async (_name, changes, shownAs) => {
    const document = await read(
      await seedWithEmbeddedFont("Pay of $3,879.20 monthly.", asciiWith(changes)),
    );
    expect(mismatches(document)).toHaveLength(1);
    expect(mismatches(document)[0]?.message).toContain(`"Pay of $${shownAs} monthly."`);
    expect(published(document)).not.toContain(shownAs);
    expect(document.status).toBe("partial");
  });

  it("judges a glyph of the font's own name (/g6) by its outline too", async () => {
    const document = await read(
      await seedWithEmbeddedFont("Pay of $3,636.75 monthly.", asciiWith({ "6": "1" }), {
        54: "g6",
      }),
    );
    expect(mismatches(document)[0]?.message).toContain('"Pay of $3,131.75 monthly."');
    expect(document.status).toBe("partial");
  });

  // Topology cannot tell these apart (no holes either way): where the outline's bars and bowls lie can.
  type Draw = (text: string, map: ReadonlyMap<number, string>) => Promise<Uint8Array>;
  const liberation = (["Regular", "Bold", "Italic", "BoldItalic"] as const).map(
    (style): [string, Draw] => [
      `Liberation Sans ${style} (TrueType)`,
      (text, map) => seedWithEmbeddedFont(text, map, {}, style),
    ],
  );
  const foxit = (["FoxitSerif", "FoxitSerifBold", "FoxitSerifItalic", "FoxitFixed"] as const).map(
    (name): [string, Draw] => [`${name} (CFF)`, (text, map) => seedWithCffFont(text, map, name)],
  );
  const faces = [...liberation, ...foxit];
  /** What the swap is, the text drawn, the map's changes (drawn -> read), and the figure read. */
  const swaps: [string, string, Record<string, string>, string][] = [
    ["2 and 5 swapped", "Pay of $2,565.25 monthly.", { "2": "5", "5": "2" }, "$5,262.52"],
    ["3 and 7 swapped", "Pay of $3,737.30 monthly.", { "3": "7", "7": "3" }, "$7,373.70"],
    ["a 2 read as 5", "Pay of $2,420.00 monthly.", { "2": "5" }, "$5,450.00"],
    ["a 7 read as 3", "Pay of $1,470.00 monthly.", { "7": "3" }, "$1,430.00"],
    ["a 5 read as 3", "Pay of $1,450.00 monthly.", { "5": "3" }, "$1,430.00"],
    ["an S read as $", "Pay of S1,470.00 monthly.", { S: "$" }, "$1,470.00"],
    ["a $ read as 8", "Pay of $1,470.00 monthly.", { $: "8" }, "81,470.00"],
    ["a letter S read as 5", "Pay of $1,4S0.00 monthly.", { S: "5" }, "$1,450.00"],
    ["a letter Z read as 2", "Pay of $1,Z00.00 monthly.", { Z: "2" }, "$1,200.00"],
    ["a letter T read as 5", "Pay of $1,T00.00 monthly.", { T: "5" }, "$1,500.00"],
    ["a letter B read as 8", "Pay of $1,B00.00 monthly.", { B: "8" }, "$1,800.00"],
    ["a letter E read as 3", "Pay of $1,E00.00 monthly.", { E: "3" }, "$1,300.00"],
  ];
  // `npm test` tries every swap in one face of each font format; `test:full` in all eight.
  const swapFaces =
    process.env.CLASSPEC_TESTS === "full"
      ? faces
      : [liberation[0], foxit[0]].flatMap((face) => (face ? [face] : []));
  const cases = swapFaces.flatMap(([face, draw]) =>
    swaps.map(([name, text, map, readAs]) => ({ name, face, draw, text, map, readAs })),
  );
  it.each(cases)("reports $name ($face)", async ({ draw, text, map, readAs }) => {
    const document = await read(await draw(text, asciiWith(map)));
    const [error, ...rest] = mismatches(document);
    expect(rest).toEqual([]);
    expect(error?.message).toContain(`"Pay of ${readAs} monthly."`);
    expect(published(document)).not.toContain(readAs.replace(/[$,]/g, ""));
    expect(document.status).toBe("partial");
  });

  it.each(faces)("keeps every digit and $ of %s read right", async (_face, draw) => {
    const text = "Must have 1234567890 typing tests at $4,250.00 monthly.";
    const document = await read(await draw(text, asciiWith({})));
    expect(mismatches(document)).toEqual([]);
    expect(published(document)).toContain("1234567890");
  });

  it("keeps an embedded font whose map reads its digits right", async () => {
    const document = await read(
      await seedWithEmbeddedFont("Must have 1234567890 typing tests.", asciiWith({})),
    );
    expect(mismatches(document)).toEqual([]);
    expect(published(document)).toContain("1234567890");
  });
});

describe("a legitimate ToUnicode map stays read without error", () => {
  it("a ligature glyph /fi read as the two letters", async () => {
    const sentence = "Must have ten years of of\u00c0ce experience.";
    const document = await read(
      await seedWithNamedFont(codesOf(sentence), { 192: "fi" }, asciiWith({ "\u00c0": "fi" })),
    );
    expect(mismatches(document)).toEqual([]);
    expect(published(document)).toContain("office experience");
    expect(document.status).toBe((await clean).status);
  });

  it("a font with its own glyph names (/g1, /g2) read through its map", async () => {
    const document = await read(
      await seedWithNamedFont(
        codesOf("Must have 12 years of typing."),
        { 49: "g1", 50: "g2" },
        asciiWith({}),
      ),
    );
    expect(mismatches(document)).toEqual([]);
    expect(published(document)).toContain("12 years of typing");
  });
});

describe("glyph names and outlines", () => {
  it.each([
    ["two", "2"],
    ["two.lf", "2"],
    ["dollar", "$"],
    ["f_i", "fi"],
    ["uni0035", "5"],
    ["u1F600", "\u{1F600}"],
    ["a", "a"],
    ["g17", undefined],
    ["a.sc", undefined],
    ["uniE001", undefined],
  ])("%s reads as %s", (name, text) => {
    expect(textOfGlyphName(name)).toBe(text);
  });

  /** A square contour from (x0, y0) to (x1, y1) in pdfjs path commands. */
  const square = (x0: number, y0: number, x1: number, y1: number) => [
    0,
    x0,
    y0,
    1,
    x1,
    y0,
    1,
    x1,
    y1,
    1,
    x0,
    y1,
    4,
  ];

  it("counts holes and where a single hole sits", () => {
    const six = shapeOf([...square(0, 0, 500, 700), ...square(100, 50, 400, 300)]);
    const nine = shapeOf([...square(0, 0, 500, 700), ...square(100, 400, 400, 650)]);
    // Cut corners (an octagon): a square's 700-unit straight sides would be a letter's stem.
    const octagon = [0, 150, 0, 1, 350, 0, 1, 500, 150, 1, 500, 550, 1, 350, 700, 1, 150, 700];
    const eight = shapeOf([
      ...octagon,
      ...[1, 0, 550, 1, 0, 150, 4],
      ...square(100, 50, 400, 300),
      ...square(100, 400, 400, 650),
    ]);
    const letterB = shapeOf([
      ...square(0, 0, 500, 700),
      ...square(100, 50, 400, 300),
      ...square(100, 400, 400, 650),
    ]);
    const one = shapeOf(square(200, 0, 300, 700));
    expect([six, nine, eight, one]).toMatchObject([
      { holes: 1, holeHigh: false },
      { holes: 1, holeHigh: true },
      { holes: 2 },
      { holes: 0 },
    ]);
    expect(six && shapeFits(six, "6")).toBe(true);
    expect(six && shapeFits(six, "9")).toBe(false);
    expect(eight && shapeFits(eight, "8")).toBe(true);
    expect(letterB && shapeFits(letterB, "8")).toBe(false);
    expect(one && shapeFits(one, "0")).toBe(false);
    // A plain bar has no S: no dollar sign.
    expect(one && shapeFits(one, "$")).toBe(false);
  });

  it("finds one outline read as two different characters", () => {
    const readings = new OutlineReadings();
    const three = [...square(0, 0, 500, 700), ...square(450, 0, 500, 10)];
    expect(readings.add(three, "3")).toEqual([]);
    expect(readings.add(square(0, 0, 400, 700), "7")).toEqual([]);
    expect(readings.add(three, "3")).toEqual([]);
    expect(readings.add(three, "2").sort()).toEqual(["2", "3"]);
  });
});

describe("which documents are checked (text-mismatch-gate.ts)", () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it.each([
    ["a ToUnicode map", "<< /Type /Font /ToUnicode 5 0 R >>"],
    ["a ToUnicode key spelt with escapes", "<< /Type /Font /ToUnicod#65 5 0 R >>"],
    ["every character escaped", "<</#54#6F#55#6e#69#63#6F#64#65 5 0 R>>"],
    ["an embedded TrueType program", "<< /FontFile2 9 0 R >>"],
    ["an embedded CFF program", "<</FontFile3 9 0 R>>"],
    ["a compressed object stream", "<< /Type /ObjStm /N 3 >>"],
  ])("%s: checked", (_name, text) => {
    expect(mayDrawOtherText(bytes(text))).toBe(true);
  });

  it.each([
    [
      "standard fonts by name only",
      "<< /Type /Font /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ],
    ["a longer name that starts alike", "<< /ToUnicodeX 5 0 R /FontFile4 1 0 R >>"],
    ["the word in a string", "(ToUnicode FontFile2 ObjStm)"],
    ["a bad escape", "<< /ToUnicod#6 5 0 R >>"],
  ])("%s: not checked", (_name, text) => {
    expect(mayDrawOtherText(bytes(text))).toBe(false);
  });

  it("the pdf-lib seed (standard fonts, no maps) is not; the LibreOffice one (embedded) is", () => {
    expect(mayDrawOtherText(new Uint8Array(readFileSync(SEED)))).toBe(false);
    const libreOffice = fixture("pdf/libreoffice/seed-production-specialist-ii.pdf");
    expect(mayDrawOtherText(new Uint8Array(readFileSync(libreOffice)))).toBe(true);
  });
});
