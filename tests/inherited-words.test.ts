/**
 * Words of a spec that are also names every object inherits ("constructor", "toString",
 * "__proto__", "hasOwnProperty") are words, never a unit, a count or a table's entry: a table
 * read by a word from the text holds its own keys only.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseColor } from "../pipeline/extract/visibility/colors.js";
import { fontSizePoints } from "../pipeline/extract/visibility/hidden.js";
import { ingest } from "../pipeline/index.js";
import { amountsOf } from "../pipeline/shared/amounts.js";
import { parseCount, parseWordCount } from "../pipeline/shared/numbers.js";
import { fixture } from "./helpers.js";

const INHERITED = ["constructor", "toString", "__proto__", "hasOwnProperty", "valueOf"];
const HARLOW = fixture("publishers/generic/harlow-county-road-maintenance-worker.txt");

/** Harlow's minimum with `sentence` added after its first line. */
function harlowWith(sentence: string): Buffer {
  const text = readFileSync(HARLOW, "utf8");
  const heading = "MINIMUM TRAINING AND EXPERIENCE\n";
  expect(text).toContain(heading);
  return Buffer.from(text.replace(heading, `${heading}${sentence}\n`));
}

const UNITS = ["year", "month", "semester-hour", "quarter-hour"];
const AMOUNT_KEYS = ["hours", "amount", "unit", "years", "months", "credit"];

/** Every object under `value` with its own `text`. */
function withText(value: unknown, found: Array<Record<string, unknown>> = []) {
  if (value === null || typeof value !== "object") return found;
  if (typeof (value as { text?: unknown }).text === "string")
    found.push(value as Record<string, unknown>);
  for (const inner of Object.values(value)) withText(inner, found);
  return found;
}

/** Every `unit` under `value`. */
function unitsOf(value: unknown, found: unknown[] = []): unknown[] {
  if (value === null || typeof value !== "object") return found;
  for (const [key, inner] of Object.entries(value)) {
    if (key === "unit") found.push(inner);
    unitsOf(inner, found);
  }
  return found;
}

describe("words every object inherits", () => {
  it.each([
    "Bachelor's degree in civil engineering and work as a constructor.",
    "Two constructor of experience; or one toString for toString basis.",
    "One __proto__ of experience and three hasOwnProperty of study; constructor-for-constructor basis.",
    "Four valueOf of constructor experience, at the rate of one constructor for each constructor.",
  ])("leave the document valid and are read as no unit: %s", async (sentence) => {
    const result = await ingest(harlowWith(sentence), "harlow.txt");
    if (result.status === "failed")
      throw new Error(`${result.error.code}: ${result.error.message}`);
    const rules = result.document.rules;
    for (const unit of unitsOf(rules)) expect(UNITS).toContain(unit);
    // The added sentence's words are no amount: a part whose text holds one of them holds none.
    const touched = withText(rules).filter((part) =>
      INHERITED.some((word) => (part.text as string).includes(word)),
    );
    expect(touched.length).toBeGreaterThan(0);
    for (const part of touched) for (const key of AMOUNT_KEYS) expect(part).not.toHaveProperty(key);
    // Harlow's own minimum still reads.
    expect(rules).toContainEqual(
      expect.objectContaining({ id: "requirement-experience", years: 1 }),
    );
  });

  it.each(INHERITED)("%s is no unit, no count, no colour and no font size", (word) => {
    expect(amountsOf(`${word} ${word} of experience`)).toEqual([]);
    expect(amountsOf(`two ${word}`)).toEqual([]);
    expect(parseCount(word)).toBeUndefined();
    expect(parseWordCount(word.toLowerCase())).toBeUndefined();
    expect(parseWordCount(word)).toBeUndefined();
    expect(parseColor(word)).toBeUndefined();
    expect(fontSizePoints(word, 12)).toBeUndefined();
  });
});
