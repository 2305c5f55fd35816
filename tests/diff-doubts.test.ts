/** A reading doubt on a side (area-undefined, a short chart row) flags the changes it touches (issue 22). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { diffDocuments } from "../pipeline/diff/index.js";
import type { SpecDocument } from "../schemas/index.js";
import { REPO } from "./helpers.js";

const before = JSON.parse(
  readFileSync(`${REPO}/output/iowa/text-export/us-ia.series.revenue-examiner-series.json`, "utf8"),
) as SpecDocument;

function changed(doubt: boolean): SpecDocument {
  const after = structuredClone(before) as SpecDocument & {
    body: { areasOfWork: Array<{ focus: string }>; exclusions: string[] };
  };
  const area = after.body.areasOfWork[0];
  if (area) area.focus = "Work is focused on returns as amended.";
  after.body.exclusions[0] = "Positions that audit business records anywhere.";
  const place = after.provenance["/body/areasOfWork/0/focus"];
  if (doubt && place)
    after.diagnostics.push({
      severity: "warning",
      code: "area-undefined",
      message: "Unexpected area of work in the concept that Definitions never defines",
      startLine: place.startLine,
    });
  return after;
}

describe("reading doubts in a diff", () => {
  it("flag the change they touch, not the others", () => {
    const changes = diffDocuments(before, changed(true)).documents[0]?.changes ?? [];
    const focus = changes.find((change) => change.pointer.startsWith("/body/areasOfWork/0"));
    const exclusion = changes.find((change) => change.pointer.startsWith("/body/exclusions"));
    expect(focus?.doubt).toMatch(/difference in reading \(after: area-undefined\)/);
    expect(exclusion).toBeDefined();
    expect(exclusion?.doubt).toBeUndefined();
  });

  it("none without a doubt", () => {
    const changes = diffDocuments(before, changed(false)).documents[0]?.changes ?? [];
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.filter((change) => change.doubt)).toEqual([]);
  });
});
