/**
 * A Kentucky pay line the export wrapped before its period (issue 22):
 * "$3,636.75-$4,818.13 - 37.5 Hr." / "Monthly Salary" reads as the range it is,
 * as a person reads it, in three shapes of the wrap.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ingest } from "../pipeline/run.js";
import type { SpecDocument } from "../schemas/index.js";
import { fixture, SHARED } from "./helpers.js";

const text = readFileSync(fixture("kentucky/accountant-iii.txt"), "utf8");

async function read(input: string): Promise<SpecDocument> {
  const result = await ingest(new TextEncoder().encode(input), "accountant-iii.txt");
  if (result.status === "failed") throw new Error(result.error.message);
  return result.document;
}

const WRAPS: ReadonlyArray<[string, string, string]> = [
  [
    "before 'Monthly Salary'",
    "$3,636.75-$4,818.13 - 37.5 Hr. Monthly Salary",
    "$3,636.75-$4,818.13 - 37.5 Hr.\nMonthly Salary",
  ],
  [
    "before 'Monthly Salary', a blank line between",
    "$3,879.20-$5,139.33 - 40 Hr. Monthly Salary",
    "$3,879.20-$5,139.33 - 40 Hr.\n\nMonthly Salary",
  ],
  ["before 'Hourly'", "$22.380-$29.650 - Hourly", "$22.380-$29.650 -\nHourly"],
];

describe("a pay line wrapped before its period", () => {
  it.each(WRAPS)("%s", async (_name, printed, wrapped) => {
    expect(text).toContain(printed);
    const original = await read(text);
    const document = await read(text.replace(printed, wrapped));
    const codes = document.diagnostics.map((diagnostic) => diagnostic.code);
    expect(codes).not.toContain("salary-unreadable");
    expect(codes).not.toContain("text-dropped");
    expect(document.status).toBe(original.status);
    const pay = (doc: SpecDocument) => (doc.kind === "class-spec" ? doc.body.pay : undefined);
    expect(pay(original)?.ranges.length).toBeGreaterThan(0);
    expect(pay(document)).toEqual(pay(original));
  });

  it("the seed wrapped as the issue found it: '$2,206.92-$2,923.38 - 37.5 Hr.' / 'Monthly Salary'", async () => {
    const seed = readFileSync(`${SHARED}/seeds/000_1ec98876241d0fee.txt`, "utf8");
    const printed = "$2,206.92-$2,923.38 - 37.5 Hr. Monthly Salary";
    expect(seed).toContain(printed);
    const original = await read(seed);
    const document = await read(
      seed.replace(printed, "$2,206.92-$2,923.38 - 37.5 Hr.\nMonthly Salary"),
    );
    const codes = document.diagnostics.map((diagnostic) => diagnostic.code);
    expect(codes).not.toContain("salary-unreadable");
    expect(codes).not.toContain("text-dropped");
    const pay = (doc: SpecDocument) => (doc.kind === "class-spec" ? doc.body.pay : undefined);
    expect(pay(document)).toEqual(pay(original));
    expect(pay(document)?.ranges[1]).toMatchObject({
      period: "month",
      hoursPerWeek: 37.5,
      min: 2206.92,
    });
  });

  it("a line of pay with no period after it is still unreadable", async () => {
    const document = await read(
      text.replace(
        "$3,636.75-$4,818.13 - 37.5 Hr. Monthly Salary",
        "$3,636.75-$4,818.13 - 37.5 Hr.",
      ),
    );
    expect(document.diagnostics.map((diagnostic) => diagnostic.code)).toContain(
      "salary-unreadable",
    );
  });
});
