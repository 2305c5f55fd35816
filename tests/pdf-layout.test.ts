/** The PDF layout steps on hand-made items: rows, furniture, paragraph and page joins. */
import { describe, expect, it } from "vitest";
import { type PageRows, removeFurniture } from "../pipeline/extract/pdf/furniture.js";
import type { PlacedItem } from "../pipeline/extract/pdf/items.js";
import { runsOn, toLines } from "../pipeline/extract/pdf/lines.js";
import { COLUMN_BREAK, type Row, rowsOf } from "../pipeline/extract/pdf/rows.js";

const SIZE = 10;
/** Helvetica's average advance, close enough for gaps that are clearly small or large. */
const CHAR_WIDTH = 5;

function item(text: string, x: number, y: number): PlacedItem {
  return { text, x, y, width: text.length * CHAR_WIDTH, size: SIZE, order: 0 };
}

function row(text: string, y: number, right = 500): Row {
  return { text, left: 54, right, y, size: SIZE };
}

describe("rowsOf", () => {
  it("orders a row by x whatever the stream order, with a column break for a wide gap", () => {
    const rows = rowsOf([item("73040V000101", 200, 100), item("Job Code:", 54, 100.4)]);
    expect(rows.map((r) => r.text)).toEqual([`Job Code:${COLUMN_BREAK}73040V000101`]);
  });

  it("joins items with a space at a word gap and with nothing inside a word", () => {
    const rows = rowsOf([
      item("EDUCATION:", 54, 100),
      item("Graduate", 107, 100),
      item("s", 147, 100),
    ]);
    expect(rows.map((r) => r.text)).toEqual(["EDUCATION: Graduates"]);
  });

  it("a label with its first value beside it, the next values below in the value column", () => {
    const rows = rowsOf([
      item("$13.581-$17.990 - Hourly", 254, 100.6),
      item("Salary (MIN - MID):", 54, 100),
      item("$2,206.92-$2,923.38 - 37.5 Hr. Monthly Salary", 254, 112.5),
    ]);
    expect(rows.map((r) => r.text)).toEqual([
      `Salary (MIN - MID):${COLUMN_BREAK}$13.581-$17.990 - Hourly`,
      "$2,206.92-$2,923.38 - 37.5 Hr. Monthly Salary",
    ]);
  });

  it("starts a new row when the baseline moves by a line", () => {
    const rows = rowsOf([item("second", 54, 112), item("first", 54, 100)]);
    expect(rows.map((r) => r.text)).toEqual(["first", "second"]);
  });
});

describe("removeFurniture", () => {
  const page = (number: number, rows: Row[]): PageRows => ({ page: number, height: 792, rows });

  it("drops page numbers and text repeated at the same height, keeps the body", () => {
    const { pages, removed } = removeFurniture([
      page(1, [
        row("COMMONWEALTH OF KENTUCKY", 60),
        row("Body one.", 200),
        row("Page 1 of 3", 760),
      ]),
      page(2, [
        row("Kentucky Personnel Cabinet", 40),
        row("Body two.", 200),
        row("Page 2 of 3", 760),
      ]),
      page(3, [
        row("Kentucky Personnel Cabinet", 40),
        row("Body three.", 200),
        row("Page 3 of 3", 760),
      ]),
    ]);
    expect(pages.map((p) => p.rows.map((r) => r.text))).toEqual([
      ["COMMONWEALTH OF KENTUCKY", "Body one."],
      ["Body two."],
      ["Body three."],
    ]);
    expect(removed).toBe(5);
  });

  it("drops a later page's header that repeats page 1's title, set apart from the body", () => {
    const { pages } = removeFurniture([
      page(1, [
        row("COMMONWEALTH OF KENTUCKY", 60),
        row("PRODUCTION SPECIALIST II", 80),
        row("Body.", 200),
      ]),
      page(2, [row("Production Specialist II (continued)", 40), row("Body two.", 90)]),
    ]);
    expect(pages[1]?.rows.map((r) => r.text)).toEqual(["Body two."]);
  });

  it("keeps a later page's first line that runs straight into the body", () => {
    const { pages } = removeFurniture([
      page(1, [row("PRODUCTION SPECIALIST II", 60), row("Body.", 200)]),
      page(2, [row("the Production Specialist II assists", 60), row("and more.", 72)]),
    ]);
    expect(pages[1]?.rows).toHaveLength(2);
  });
});

describe("paragraphs and page breaks", () => {
  it("an empty line where the gap is wider than the line spacing", () => {
    const lines = toLines([
      { page: 1, height: 792, rows: [row("one", 100), row("two", 112.5), row("three", 145)] },
    ]);
    expect(lines.map((line) => line.text)).toEqual(["one", "two", "", "three"]);
  });

  it("a paragraph runs on across a page unless its last line ended it", () => {
    expect(runsOn(row("will substitute for the", 700), row("bachelor's degree.", 90), 540)).toBe(
      true,
    );
    expect(
      runsOn(row("a full line that ends with a period.", 700, 538), row("Next", 90), 540),
    ).toBe(true);
    expect(runsOn(row("a short last line.", 700, 200), row("Next paragraph", 90), 540)).toBe(false);
    expect(runsOn(row("EXPERIENCE:", 700, 120), row("Must have", 90), 540)).toBe(false);
  });
});
