/** Every row of the gold table (tests/qualify/gold.ts) holds: the answer, and the sentence that decides it. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { qualify } from "../pipeline/qualify/index.js";
import { SpecDocument } from "../schemas/index.js";
import { Candidate } from "../schemas/qualifications.js";
import { REPO } from "./helpers.js";
import { GOLD } from "./qualify/gold.js";

const specs = new Map<string, SpecDocument>();
function specAt(path: string): SpecDocument {
  const known = specs.get(path);
  if (known) return known;
  const spec = SpecDocument.parse(JSON.parse(readFileSync(join(REPO, path), "utf8")));
  specs.set(path, spec);
  return spec;
}

describe("the qualify gold table", () => {
  it("has at least 150 rows", () => {
    expect(GOLD.length).toBeGreaterThanOrEqual(150);
  });

  it.each(GOLD.map((row) => [`${row.spec.replace(/^output\//, "")}: ${row.name}`, row] as const))(
    "%s",
    (_, row) => {
      const answer = qualify(specAt(row.spec), Candidate.parse(row.candidate));
      expect(answer.answer).toBe(row.answer);
      expect(answer.deciding.map((step) => step.text).join("\n")).toContain(row.deciding);
    },
  );
});
