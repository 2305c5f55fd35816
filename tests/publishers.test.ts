/**
 * Every publisher profile of the registry gives the gold facts of its
 * fixtures (fixtures/publishers/<name>/gold.json): a profile without
 * fixtures or gold fails here, so a new one is checked without editing this
 * file. `npm run publisher -- <name>` runs the same check for one profile.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PUBLISHERS } from "../pipeline/profiles/publishers/index.js";
import { ingest } from "../pipeline/run.js";
import { jurisdictionOf } from "../pipeline/shared/jurisdictions.js";
import { checkPublisher } from "../scripts/publisher-gold.js";
import { fixture, ingestDocument, ingestPath, REPO, run } from "./helpers.js";

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

describe("detection that reads instead of refusing", () => {
  it("a page that is no class spec is refused, naming what was looked for and found", async () => {
    const result = await ingestPath(fixture("bad/news-page.html"));
    expect(result.status).toBe("failed");
    if (result.status !== "failed") return;
    expect(result.error.code).toBe("unknown-family");
    expect(result.error.message).toMatch(/no class spec \(looked for a class title/);
    expect(result.error.message).toMatch(/found none of them/);
    expect(result.error.message).toMatch(/closest is \w+ \(score 0\.00/);
  });

  it("a spec of no known publisher takes the jurisdiction the caller names", async () => {
    const path = fixture("publishers/generic/harlow-county-road-maintenance-worker.txt");
    const result = await ingest(new Uint8Array(readFileSync(path)), "harlow.txt", {
      jurisdiction: { code: "US-WA", name: "State of Washington" },
    });
    if (result.status === "failed") throw new Error(result.error.message);
    expect(result.document.jurisdiction).toEqual({ code: "US-WA", name: "State of Washington" });
    expect(result.document.id).toBe("us-wa/class/road-maintenance-worker-4410");
    expect(result.document.source.profile).toBe("generic");
  });

  it("web-page furniture is named in info diagnostics, not dropped", async () => {
    const document = await ingestDocument(
      fixture("publishers/washington/grants-compliance-analyst-2.html"),
    );
    const furniture = document.diagnostics.filter((item) => item.code === "page-furniture");
    expect(furniture.map((item) => item.severity)).toEqual(furniture.map(() => "info"));
    expect(furniture.map((item) => item.message)).toContain(
      'Web-page furniture left out of the body: "1,482 views"',
    );
    expect(document.diagnostics.some((item) => item.code === "text-dropped")).toBe(false);
  });
});
