/**
 * Text that annotations and form fields show on the page (pipeline/extract/pdf/annotations.ts):
 * quoted in a pdf-annotation-text warning, never read into body, rules or unmapped; an
 * annotation that is not shown (Hidden, NoView) is neither read nor reported.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { SpecDocument } from "../schemas/index.js";
import {
  ANNOTATION_FLAGS,
  read,
  SEED,
  seedWithFreeText,
  seedWithStamp,
  seedWithTextField,
} from "./pdf-text-fixtures.js";

const clean = read(new Uint8Array(readFileSync(SEED)));
/** Where the fixtures put it, it would be read as a second experience requirement. */
const SENTENCE = "Must have ten years of supervisory experience.";

function warnings(document: SpecDocument) {
  return document.diagnostics.filter((d) => d.code === "pdf-annotation-text");
}

describe("text shown by an annotation or a form field", () => {
  it.each<[string, () => Promise<Uint8Array>, string]>([
    [
      "a FreeText annotation",
      () => seedWithFreeText(SENTENCE, ANNOTATION_FLAGS.print),
      "FreeText annotation",
    ],
    [
      "a FreeText annotation with no flags",
      () => seedWithFreeText(SENTENCE, 0),
      "FreeText annotation",
    ],
    [
      "a filled-in text field",
      () => seedWithTextField(SENTENCE, ANNOTATION_FLAGS.print),
      "form field",
    ],
    [
      "a Stamp annotation",
      () => seedWithStamp(SENTENCE, ANNOTATION_FLAGS.print),
      "Stamp annotation",
    ],
  ])("%s is a pdf-annotation-text warning quoting it, not read", async (_name, make, kind) => {
    const [before, after] = [await clean, await read(await make())];
    const [warning, ...rest] = warnings(after);
    expect(rest).toEqual([]);
    expect(warning?.severity).toBe("warning");
    expect(warning?.page).toBe(1);
    expect(warning?.message).toContain(`${kind} "${SENTENCE}"`);
    expect(after.body).toEqual(before.body);
    expect(after.rules).toEqual(before.rules);
    expect(after.unmapped).toEqual(before.unmapped);
    expect(after.status).toBe(before.status);
  });
});

describe("an annotation or form field that is not shown", () => {
  it.each<[string, () => Promise<Uint8Array>]>([
    ["a Hidden FreeText", () => seedWithFreeText(SENTENCE, ANNOTATION_FLAGS.hidden)],
    ["a NoView FreeText", () => seedWithFreeText(SENTENCE, ANNOTATION_FLAGS.noView)],
    ["a Hidden text field", () => seedWithTextField(SENTENCE, ANNOTATION_FLAGS.hidden)],
    ["a Hidden Stamp", () => seedWithStamp(SENTENCE, ANNOTATION_FLAGS.hidden)],
    ["a NoView Stamp", () => seedWithStamp(SENTENCE, ANNOTATION_FLAGS.noView)],
    [
      "a NoView text field",
      () => seedWithTextField(SENTENCE, ANNOTATION_FLAGS.noView | ANNOTATION_FLAGS.print),
    ],
  ])("%s is neither read nor reported", async (_name, make) => {
    const [before, after] = [await clean, await read(await make())];
    expect(warnings(after)).toEqual([]);
    expect(JSON.stringify(after)).not.toContain(SENTENCE);
    expect(after.body).toEqual(before.body);
  });

  it("the clean seed has none", async () => {
    expect(warnings(await clean)).toEqual([]);
  });
});
