/**
 * Each document `ingest` returns owns its objects: nothing a profile shares between
 * documents (its jurisdiction, the caller's) reaches a document uncopied, or a caller
 * changing one document would change the next. Validation's copy in schema order gives
 * this; a cut that hands parts through uncopied must keep it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ingest } from "../pipeline/index.js";
import type { Jurisdiction, SpecDocument } from "../schemas/index.js";
import { fixture, ingestDocument } from "./helpers.js";

/** Every object and array reachable from `value`, with the pointer it was first met at. */
function objectsOf(value: unknown, pointer = "", found = new Map<object, string>()) {
  if (value === null || typeof value !== "object" || found.has(value)) return found;
  found.set(value, pointer);
  for (const [key, inner] of Object.entries(value)) objectsOf(inner, `${pointer}/${key}`, found);
  return found;
}

/** The pointers of objects `b` holds that `a` holds too. */
function sharedBetween(a: SpecDocument, b: SpecDocument): string[] {
  const first = objectsOf(a);
  return [...objectsOf(b)].filter(([object]) => first.has(object)).map(([, pointer]) => pointer);
}

const KENTUCKY = readdirSync(fixture("kentucky"))
  .filter((name) => name.endsWith(".txt"))
  .slice(0, 3)
  .map((name) => fixture(`kentucky/${name}`));

describe("a document's objects", () => {
  it("are its own: two documents of one profile share none", async () => {
    const documents = await Promise.all(KENTUCKY.map((path) => ingestDocument(path)));
    expect(documents.length).toBe(3);
    const [first, ...others] = documents as [SpecDocument, ...SpecDocument[]];
    expect(first.jurisdiction).toEqual({ code: "US-KY", name: "Commonwealth of Kentucky" });
    for (const other of others) expect(sharedBetween(first, other)).toEqual([]);
  });

  it("include a copy of the caller's jurisdiction, not the caller's object", async () => {
    const jurisdiction: Jurisdiction = {
      code: "US-WA",
      name: "Washington",
      locality: { kind: "county", name: "King" },
    };
    const path = fixture("publishers/generic/harlow-county-road-maintenance-worker.txt");
    const result = await ingest(readFileSync(path), "harlow.txt", { jurisdiction });
    if (result.status === "failed") throw new Error(result.error.message);
    expect(result.document.jurisdiction).toEqual(jurisdiction);
    expect(result.document.jurisdiction).not.toBe(jurisdiction);
    expect(result.document.jurisdiction?.locality).not.toBe(jurisdiction.locality);
  });
});
