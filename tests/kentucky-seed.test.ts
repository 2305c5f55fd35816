/** The Kentucky seed: every gold fact, through the library and through the CLI. */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { SpecDocument } from "../schemas/index.js";
import { goldFactIn, goldFacts, ingestDocument, REPO, run, SHARED } from "./helpers.js";

const SEED = "000_1ec98876241d0fee.txt";

/** The pointer of every value of `value` that is printed (no null, no empty list or object). */
function leafPointers(value: unknown, at: string): string[] {
  if (value === null || value === undefined) return [];
  if (typeof value !== "object") return [at];
  return Object.entries(value).flatMap(([key, item]) => leafPointers(item, `${at}/${key}`));
}

describe("Kentucky seed", () => {
  let document: SpecDocument;
  beforeAll(async () => {
    document = await ingestDocument(join(SHARED, "seeds", SEED));
  });

  it.each(goldFacts(SEED))(
    "holds the gold fact %s (through the 1.x -> 2.0 table)",
    (pointer, value) => {
      const { actual, expected } = goldFactIn(document, pointer, value);
      expect(actual).toEqual(expected);
    },
  );

  it("claims every line and warns about nothing", () => {
    expect(document.unmapped).toEqual([]);
    expect(document.diagnostics).toEqual([]);
    expect(document.status).toBe("complete");
  });

  it("keeps the family's boilerplate in notices, out of class fields", () => {
    const body = document.kind === "class-spec" ? document.body : undefined;
    expect(body?.notices).toHaveLength(4);
    expect(body?.notices[0]).toMatch(/^Characteristics of a job are general statements/);
    expect(body?.notices[3]).toMatch(/^THE COMMONWEALTH OF KENTUCKY DOES NOT DISCRIMINATE/);
    const duties = (body?.duties ?? []).map((duty) => duty.text);
    for (const field of [body?.definition, body?.conditions.working, ...duties]) {
      expect(field).not.toMatch(/exhaustive list|DOES NOT DISCRIMINATE|under these conditions/);
    }
  });

  it("traces every body leaf and every rule to lines of the input", () => {
    const pointers = Object.keys(document.provenance);
    const leaves = leafPointers(document.body, "/body");
    expect(leaves.length).toBeGreaterThan(50);
    expect(leaves.filter((leaf) => !pointers.includes(leaf))).toEqual([]);
    expect(pointers).toContain("/body/pay/grades/0/value");
    expect(pointers).toContain("/body/duties/15/text");
    expect(pointers).toContain("/body/pay/ranges/2/mid");
    for (const index of document.rules.keys()) expect(pointers).toContain(`/rules/${index}`);
    expect(document.provenance["/body/pay/grades/0/value"]).toEqual({ startLine: 8, endLine: 8 });
    expect(document.provenance["/body/codes/1/value"]).toEqual({ startLine: 16, endLine: 16 });
    // "Coordinates unit activity with other units." is the last sentence of the duties paragraph.
    expect(document.provenance["/body/duties/15/text"]).toEqual({ startLine: 83, endLine: 83 });
  });

  it("is written by the CLI as one JSON file holding the same document, twice byte-identical", async () => {
    const first = mkdtempSync(join(tmpdir(), "classpec-seed-"));
    const second = mkdtempSync(join(tmpdir(), "classpec-seed-"));
    const seedPath = join(SHARED, "seeds", SEED);
    for (const out of [first, second]) {
      const result = await run(["ingest", seedPath, "--out", out], { cwd: REPO });
      expect(result.code).toBe(0);
    }
    expect(readdirSync(first)).toEqual(["us-ky.class.20001499.json"]);
    const text = readFileSync(join(first, "us-ky.class.20001499.json"), "utf8");
    expect(readFileSync(join(second, "us-ky.class.20001499.json"), "utf8")).toBe(text);
    expect(text.endsWith("}\n")).toBe(true);
    const written = JSON.parse(text) as SpecDocument;
    expect(written.source.path).toBe("../shared/seeds/000_1ec98876241d0fee.txt");
    expect(written.body).toEqual(document.body);
  });
});
