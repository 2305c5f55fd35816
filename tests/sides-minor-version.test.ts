/**
 * A stored document of an earlier minor schema version (2.0.0 under 2.1.0) is read by `diff`
 * and `qualify` as the current version: a minor only adds optional fields. The schema itself
 * accepts it, so a consumer validating stored output against the newer schema keeps passing;
 * another major, or a later minor, is refused.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadSide } from "../pipeline/batch/sides.js";
import { validate } from "../pipeline/index.js";
import { SCHEMA_VERSION } from "../schemas/index.js";
import { REPO } from "./helpers.js";

const STORED = "output/publishers/texas/us-tx.class.1570.json";

function storedAs(version: string): string {
  const folder = mkdtempSync(join(tmpdir(), "classpec-minor-"));
  const document = JSON.parse(readFileSync(join(REPO, STORED), "utf8"));
  const path = join(folder, "spec.json");
  writeFileSync(path, JSON.stringify({ ...document, schemaVersion: version }));
  return path;
}

describe("a stored document's schema version", () => {
  it("2.0.0 is read as the current 2.x", async () => {
    expect(SCHEMA_VERSION).toMatch(/^2\.[1-9]\d*\.\d+$/);
    const side = await loadSide(storedAs("2.0.0"), REPO);
    expect(side.problems).toEqual([]);
    expect(side.documents[0]?.document.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it("another major, or a later minor, is refused", async () => {
    for (const version of ["1.0.0", "2.99.0", "3.0.0"]) {
      const side = await loadSide(storedAs(version), REPO);
      expect(side.documents).toEqual([]);
      expect(side.problems.map((problem) => problem.code)).toEqual(["schema-invalid"]);
      expect(side.problems[0]?.message).toContain("a later version needs a newer classpec");
    }
  });
});

describe("the schema accepts the earlier minors of its major", () => {
  const stored = JSON.parse(readFileSync(join(REPO, STORED), "utf8"));

  it("a 2.0.0 document is valid, another major or a later minor is not", () => {
    expect(validate({ ...stored, schemaVersion: "2.0.0" }).valid).toBe(true);
    for (const version of ["1.0.0", "2.99.0", "3.0.0"]) {
      const result = validate({ ...stored, schemaVersion: version });
      expect(result.valid).toBe(false);
      expect(result.issues.map((issue) => issue.pointer)).toContain("/schemaVersion");
    }
  });
});
