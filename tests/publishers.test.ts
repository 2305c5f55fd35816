/**
 * Every publisher profile of the registry gives the gold facts of its
 * fixtures (fixtures/publishers/<name>/gold.json): a profile without
 * fixtures or gold fails here, so a new one is checked without editing this
 * file. `npm run publisher -- <name>` runs the same check for one profile.
 */
import { describe, expect, it } from "vitest";
import { PUBLISHERS } from "../pipeline/profiles/publishers/index.js";
import { jurisdictionOf } from "../pipeline/shared/jurisdictions.js";
import { checkPublisher } from "../scripts/publisher-gold.js";
import { fixture, REPO, run } from "./helpers.js";

describe("publisher profiles give their gold facts", () => {
  it.each(PUBLISHERS.map((profile) => profile.name))("%s", async (name) => {
    const report = await checkPublisher(REPO, name);
    expect(report.problems).toEqual([]);
    expect(report.documents.length).toBeGreaterThanOrEqual(2);
  });
});

describe("--jurisdiction", () => {
  it("names a US state or territory by its ISO 3166-2 code, any case", () => {
    expect(jurisdictionOf("us-wa")).toEqual({ code: "US-WA", name: "State of Washington" });
    expect(jurisdictionOf("US-PR")).toEqual({
      code: "US-PR",
      name: "Commonwealth of Puerto Rico",
    });
    expect(jurisdictionOf("us-zz")).toBeUndefined();
    expect(jurisdictionOf("washington")).toBeUndefined();
  });

  it("a code it does not know is a usage error, before any document is read", async () => {
    const result = await run([
      "ingest",
      fixture("publishers/generic/harlow-county-road-maintenance-worker.txt"),
      "--dry-run",
      "--jurisdiction",
      "us-zz",
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Unexpected 'us-zz' for '--jurisdiction', expected a US state/);
  });
});
