/**
 * Pay lines as people read them (pipeline/shared/numbers.ts `asPrintedNumbers`,
 * the Kentucky pay-line reader): a zero-width character inside an amount,
 * fullwidth or other-script digits read as the amount a reader sees; a bidi
 * control, which can show the amounts in another order than they are stored,
 * is refused with `salary-unreadable`, never dropped with only `unmapped-text`.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ingest } from "../pipeline/run.js";
import { asciiDigits, asPrintedNumbers, hasBidiControl } from "../pipeline/shared/numbers.js";
import type { SpecDocument } from "../schemas/index.js";
import { fixture } from "./helpers.js";

const SEED = readFileSync(fixture("kentucky/seed-production-specialist-ii.txt"), "utf8");
const HOURLY = "$13.581-$17.990 - Hourly";

async function read(text: string): Promise<SpecDocument> {
  const result = await ingest(new Uint8Array(Buffer.from(text)), "variant.txt");
  if (result.status === "failed") throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.document;
}

function salaryOf(document: SpecDocument) {
  if (document.kind !== "class-spec") throw new Error("expected a class spec");
  return document.body.pay;
}

const codes = (document: SpecDocument) => document.diagnostics.map((d) => d.code);

describe("numbers as printed", () => {
  it.each([
    ["a zero-width space after $", "$\u200b13.581-$\u200b17.990 - Hourly"],
    ["a word joiner inside an amount", "$13.5\u206081-$17.990 - Hourly"],
    ["fullwidth digits and signs", "＄１３．５８１－＄１７．９９０ - Hourly"],
    ["Arabic-Indic digits", "$١٣.٥٨١-$١٧.٩٩٠ - Hourly"],
    ["Devanagari digits", "$१३.५८१-$१७.९९० - Hourly"],
  ])("%s reads as the amounts a reader sees", async (_, printed) => {
    expect(SEED).toContain(HOURLY);
    const [clean, variant] = await Promise.all([read(SEED), read(SEED.replace(HOURLY, printed))]);
    expect(salaryOf(variant)).toEqual(salaryOf(clean));
    expect(variant.status).toBe("complete");
    expect(codes(variant)).toEqual(codes(clean));
  });

  it.each([
    ["a right-to-left override", "\u202e$13.581-$17.990\u202c - Hourly"],
    ["a right-to-left mark inside an amount", "$13.5\u200f81-$17.990 - Hourly"],
    ["an isolate", "$13.581-\u2067$17.990\u2069 - Hourly"],
  ])("%s is salary-unreadable, never dropped quietly", async (_, printed) => {
    const document = await read(SEED.replace(HOURLY, printed));
    const salary = salaryOf(document);
    expect(salary.ranges.map((range) => range.period)).not.toContain("hour");
    expect(codes(document)).toContain("salary-unreadable");
    expect(document.status).toBe("partial");
  });

  it("maps every script's digits by value, and leaves ASCII text as it is", () => {
    expect(asciiDigits("٠١٢٣٤٥٦٧٨٩ ۰۹ ０９ 𝟎𝟗𝟘𝟡")).toBe("0123456789 09 09 0909");
    expect(asPrintedNumbers("Grade 11: $2,206.92")).toBe("Grade 11: $2,206.92");
    expect(asPrintedNumbers("$\u200b١٬٢٠٦٫٩٢")).toBe("$1,206.92");
    expect(hasBidiControl("$13.581\u202e")).toBe(true);
    expect(hasBidiControl("$13.581")).toBe(false);
  });
});
