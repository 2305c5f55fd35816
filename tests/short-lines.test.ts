/**
 * Two requirements printed on consecutive lines with no gap between them
 * (issue 22, item 3): the first ends short, well before the margin, with a
 * full stop, a colon or a semicolon, the next starts with a capital. They are
 * two paragraphs, in a PDF and in its text twin; a sentence that ends where a
 * full line wraps is not split. The PDF is made by scripts/make-publisher-pdfs.ts.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ingest } from "../pipeline/run.js";
import { endsShort } from "../pipeline/shared/joined.js";
import type { SpecDocument } from "../schemas/index.js";
import { fixture, ingestDocument } from "./helpers.js";

const TWIN = "publishers/texas/flood-control-inspector.txt";
const PDF = "publishers/texas/pdf/flood-control-inspector.pdf";

const classSpec = (document: SpecDocument) => {
  if (document.kind !== "class-spec") throw new Error("not a class spec");
  return document.body;
};

describe("requirements on consecutive lines", () => {
  it.each([PDF, TWIN])("%s: each requirement its own paragraph", async (path) => {
    const document = await ingestDocument(fixture(path));
    expect(document.status).toBe("complete");
    const body = classSpec(document);
    // The shape: a short line ending in a full stop, then a capital.
    expect(body.additionalRequirements).toEqual([
      "Must pass a criminal history background check.",
      // A variation: a requirement wrapped over a full line stays one.
      "Must be able to work outdoors in extreme heat and cold, on uneven ground and near open water in flood season.",
      "Must travel up to 40 percent of the time.",
    ]);
    // A variation: the first ends with a semicolon, in a section of two short lines only.
    expect(body.qualifications.special).toBe(
      "Must be available for call-out duty during flood warnings;\n\nMust live within 30 miles of the assigned district office.",
    );
  });

  it("the PDF and its text twin give one body", async () => {
    const pdf = await ingestDocument(fixture(PDF));
    const text = await ingestDocument(fixture(TWIN));
    expect(pdf.body).toEqual(text.body);
  });

  it("a colon-ended line then a capital, in a Kentucky text export: two additional requirements", async () => {
    const path = "kentucky/accountant-iii.txt";
    const source = readFileSync(fixture(path), "utf8");
    const original = await ingestDocument(fixture(path));
    const before = classSpec(original).additionalRequirements;
    const heading = /^ADDITIONAL REQUIREMENTS:.*$/m.exec(source);
    if (!heading || heading.index === undefined) throw new Error("no ADDITIONAL REQUIREMENTS");
    const at = heading.index + heading[0].length;
    const added =
      "\n\nThe following applies to every position:\nMust complete ethics training in the first year.";
    const result = await ingest(
      new TextEncoder().encode(source.slice(0, at) + added + source.slice(at)),
      path,
    );
    if (result.status === "failed") throw new Error(result.error.message);
    expect(classSpec(result.document).additionalRequirements).toEqual([
      "The following applies to every position:",
      "Must complete ethics training in the first year.",
      ...before,
    ]);
  });
});

describe("endsShort", () => {
  const width = 100;
  it("a sentence ending well before the margin, a capital below: a break", () => {
    expect(endsShort("Must pass a background check.", "Must hold a licence.", width)).toBe(true);
    expect(endsShort("Must be on call;", "Must live nearby.", width)).toBe(true);
  });

  it("a full line, no sentence end, or a lowercase start: no break", () => {
    const full = `${"x".repeat(90)} ends here.`;
    expect(endsShort(full, "Next sentence.", width)).toBe(false);
    expect(endsShort("Must pass a background", "Check of records.", width)).toBe(false);
    expect(endsShort("Must pass e.g.", "and more.", width)).toBe(false);
  });
});
