/**
 * A Kentucky pay line the export wrapped before its period (issue 22):
 * "$3,636.75-$4,818.13 - 37.5 Hr." / "Monthly Salary" reads as the range it is,
 * as a person reads it, in three shapes of the wrap.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ingest } from "../pipeline/run.js";
import type { SpecDocument } from "../schemas/index.js";
import { fixture } from "./helpers.js";

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
