/**
 * Every publisher profile of the registry gives the gold facts of its
 * fixtures (fixtures/publishers/<name>/gold.json): a profile without
 * fixtures or gold fails here, so a new one is checked without editing this
 * file. `npm run publisher -- <name>` runs the same check for one profile.
 */
import { describe, expect, it } from "vitest";
import { PUBLISHERS } from "../pipeline/profiles/publishers/index.js";
import { checkPublisher } from "../scripts/publisher-gold.js";
import { REPO } from "./helpers.js";

describe("publisher profiles give their gold facts", () => {
  it.each(PUBLISHERS.map((profile) => profile.name))("%s", async (name) => {
    const report = await checkPublisher(REPO, name);
    expect(report.problems).toEqual([]);
    expect(report.documents.length).toBeGreaterThanOrEqual(2);
  });
});
