/**
 * The pieces that judge text over text, partly covered runs and rotated text
 * (pipeline/extract/pdf/overlaps.ts, glyph-advances.ts, ink-boxes.ts,
 * overlaid.ts) on small made-up inputs; the fixtures that exercise them
 * through ingest are in pdf-painted.test.ts.
 */
import { describe, expect, it } from "vitest";
import { matchGlyphs } from "../pipeline/extract/pdf/glyph-advances.js";
import { inkAgainst, inkIn, type Raster } from "../pipeline/extract/pdf/ink-boxes.js";
import { splitByGlyphs } from "../pipeline/extract/pdf/overlaid.js";
import {
  overlapsAmong,
  overlapsOf,
  redrawn,
  redrawnStacked,
} from "../pipeline/extract/pdf/overlaps.js";
import type { PlacedItem } from "../pipeline/extract/pdf/placed.js";

const run = (text: string, x: number, y: number, width: number, order = 0): PlacedItem => ({
  text,
  x,
  y,
  width,
  size: 10,
  order,
});

describe("overlapsOf", () => {
  it("finds runs drawn in the same place, not runs that touch on a line or lines apart", () => {
    const a = run("Must have", 50, 100, 45, 0);
    const b = run("ten years", 95, 100, 40, 1);
    const nextLine = run("of experience", 50, 112, 60, 2);
    const copy = run("Must have", 50.2, 100, 45, 3);
    const overlaps = overlapsOf([a, b, nextLine, copy]);
    if (overlaps === "stacked") throw new Error("not stacked");
    expect([...overlaps.keys()].sort((p, q) => p.order - q.order)).toEqual([a, copy]);
    expect(redrawn(overlaps)).toEqual(new Set([a]));
  });

  it("different text in the same place overlaps but is not redrawn", () => {
    const under = run("Must have ten years", 50, 100, 80, 0);
    const over = run("Must have two years", 50, 100, 80, 1);
    const overlaps = overlapsOf([under, over]);
    if (overlaps === "stacked") throw new Error("not stacked");
    expect(overlaps.size).toBe(2);
    expect(redrawn(overlaps).size).toBe(0);
  });

  it("the overlaps left once redrawn copies are hidden are those a second sweep finds", () => {
    // Three lines, each with runs drawn over others: copies, a run under another, neighbours that touch.
    const lines = [100, 112, 124].flatMap((y, line) => [
      run("Must have", 50, y, 45, line * 10),
      run("ten years", 95, y, 40, line * 10 + 1),
      run("Must have", 50.2, y, 45, line * 10 + 2),
      run("Must have two", 52, y + 1, 60, line * 10 + 3),
      run("ten years", 95.1, y, 40, line * 10 + 4),
    ]);
    const overlaps = overlapsOf(lines);
    if (overlaps === "stacked") throw new Error("not stacked");
    const under = redrawn(overlaps);
    expect(under.size).toBe(6);
    const kept = lines.filter((item) => !under.has(item));
    const asSets = (found: ReturnType<typeof overlapsOf>) =>
      found === "stacked"
        ? found
        : new Map([...found].map(([item, others]) => [item, new Set(others)]));
    const among = overlapsAmong(overlaps, kept);
    expect(asSets(among)).toEqual(asSets(overlapsOf(kept)));
    expect(among === "stacked" ? 0 : among.size).toBeGreaterThan(0);
  });

  it("a page of stacked runs stops the sweep and is deduplicated by place in one pass", () => {
    const copies = Array.from({ length: 1000 }, (_, i) => run("Must have", 50, 100, 45, i));
    expect(overlapsOf(copies)).toBe("stacked");
    const under = redrawnStacked(copies);
    expect(under.size).toBe(999);
    expect(under.has(copies[999] as PlacedItem)).toBe(false);
  });
});

/** An operator list of `showText` (op 7) operators with the given glyphs (unicode, width). */
function opList(...ops: (readonly (readonly [string, number] | number)[])[]) {
  return {
    fnArray: ops.map(() => 7),
    argsArray: ops.map((glyphs) => [
      glyphs.map((glyph) =>
        typeof glyph === "number" ? glyph : { unicode: glyph[0], width: glyph[1] },
      ),
    ]),
  };
}

describe("matchGlyphs", () => {
  it("ties each run to its operators and places each character by its glyph's advance", () => {
    const first = run("Wi", 0, 10, 15, 0);
    const second = run("a b", 20, 10, 30, 1);
    const list = opList(
      [
        ["W", 1000],
        ["i", 500],
      ],
      [
        ["a", 500],
        [" ", 250],
        ["b", 500],
      ],
    );
    const matched = matchGlyphs([second, first], list, 7);
    expect(matched?.get(first)).toEqual({
      ops: [0],
      spans: [
        { from: 0, to: 10 },
        { from: 10, to: 15 },
      ],
    });
    expect(matched?.get(second)?.ops).toEqual([1]);
    expect(matched?.get(second)?.spans.map(({ from, to }) => [from, to])).toEqual([
      [0, 12],
      [12, 18],
      [18, 30],
    ]);
  });

  it("reads a ligature glyph as its letters, and gives up when the text is not the glyphs", () => {
    const item = run("fit", 0, 10, 10, 0);
    expect(
      matchGlyphs(
        [item],
        opList([
          ["\ufb01", 500],
          ["t", 500],
        ]),
        7,
      )?.get(item)?.ops,
    ).toEqual([0]);
    expect(matchGlyphs([item], opList([["x", 500]]), 7)).toBeUndefined();
  });
});

function raster(size: number): Raster {
  return {
    width: size,
    height: size,
    scale: 1,
    data: new Uint8ClampedArray(size * size * 4).fill(255),
  };
}

function ink(target: Raster, x: number, y: number): void {
  target.data.fill(0, (y * target.width + x) * 4, (y * target.width + x) * 4 + 3);
}

describe("inkIn", () => {
  it("judges upside-down text by its rotated glyph box", () => {
    const paper = raster(40);
    const drawn = raster(40);
    // Upside down from (30, 20): the glyphs lie left of x = 30 and below the baseline.
    ink(drawn, 22, 23);
    const upsideDown = { x: 30, y: 20, width: 10, size: 10, direction: [-1, 0] as const };
    expect(inkIn(upsideDown, drawn, paper)).toBe(true);
    const { direction: _, ...unrotated } = upsideDown;
    expect(inkIn(unrotated, drawn, paper)).toBe(false);
  });
});

describe("inkAgainst", () => {
  const item = { x: 2, y: 10, width: 5, size: 5 };

  it("a run that only turns other text's ink back towards the paper adds nothing", () => {
    const paper = raster(20);
    const withoutRun = raster(20);
    ink(withoutRun, 4, 8);
    const erased = raster(20);
    erased.data.fill(128, (8 * 20 + 4) * 4, (8 * 20 + 4) * 4 + 3);
    expect(inkIn(item, erased, withoutRun)).toBe(true);
    expect(inkAgainst(item, erased, withoutRun, paper)).toBe(false);
  });

  it("a run that darkens the paper, or lightens a dark box, adds ink", () => {
    const paper = raster(20);
    const drawn = raster(20);
    ink(drawn, 4, 8);
    expect(inkAgainst(item, drawn, paper, paper)).toBe(true);
    const box = raster(20);
    ink(box, 4, 8);
    expect(inkAgainst(item, paper, box, box)).toBe(true);
  });
});

describe("splitByGlyphs", () => {
  it("cuts a run into the glyphs that show and the covered ones", () => {
    const item = run("ab cd", 0, 20, 25, 0);
    const spans = [0, 5, 10, 15, 20].map((from) => ({ from, to: from + 5 }));
    const paper = raster(40);
    const drawn = raster(40);
    ink(drawn, 2, 17);
    ink(drawn, 7, 17);
    const parts = splitByGlyphs(item, { ops: [0], spans }, drawn, paper);
    expect(parts?.shown.map((piece) => [piece.text, piece.x, piece.width])).toEqual([
      ["ab ", 0, 15],
    ]);
    expect(parts?.hidden.map((piece) => [piece.text, piece.x, piece.width])).toEqual([
      ["cd", 15, 10],
    ]);
    ink(drawn, 17, 17);
    ink(drawn, 22, 17);
    expect(splitByGlyphs(item, { ops: [0], spans }, drawn, paper)).toBeUndefined();
  });
});
