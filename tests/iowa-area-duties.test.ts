/**
 * An Iowa text export whose area definition lists its duties as plain lines
 * under the area name, with no bullet and no focus sentence (issue 22, item 3):
 * the lines are the area's duties, not its `focus`. Three shapes: the invented
 * Park Resource Technician export (five plain duties, no focus), a focus
 * sentence followed by plain duties in the same export, and the Network
 * Analyst export with its bullets taken off, which must read as with them.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ingest } from "../pipeline/run.js";
import type { ClassSeriesDocument } from "../schemas/index.js";
import { fixture } from "./helpers.js";

async function series(text: string, path: string): Promise<ClassSeriesDocument> {
  const result = await ingest(new TextEncoder().encode(text), path);
  if (result.status === "failed") throw new Error(`${path}: ${result.error.message}`);
  if (result.document.kind !== "class-series") throw new Error(`${path} is not a series`);
  return result.document;
}

const PARK = "iowa/text-export/park-resource-technician.txt";

describe("an area's duties printed as plain lines", () => {
  it("five plain lines under the area name, no focus sentence: five duties", async () => {
    const document = await series(readFileSync(fixture(PARK), "utf8"), PARK);
    expect(document.status).toBe("complete");
    expect(document.diagnostics).toEqual([]);
    const [upkeep] = document.body.areasOfWork;
    expect(upkeep?.name).toBe("Trail and Grounds Upkeep");
    expect(upkeep?.focus).toBeNull();
    expect(upkeep?.duties).toEqual([
      "Clears fallen trees and brush from hiking and equestrian trails.",
      "Mows and trims campgrounds, picnic areas and beaches.",
      "Repairs picnic tables, fire rings and boardwalks.",
      "Grades and resurfaces park roads and parking lots.",
      "Cleans and stocks restrooms and shower buildings.",
    ]);
    expect(document.provenance["/body/areasOfWork/0/duties/4"]?.startLine).toBe(34);
  });

  it("a focus sentence, then plain duty lines: the sentence is the focus, the lines duties", async () => {
    const document = await series(readFileSync(fixture(PARK), "utf8"), PARK);
    const visitors = document.body.areasOfWork[1];
    expect(visitors?.focus).toBe("Work is focused on helping visitors enjoy the parks safely.");
    expect(visitors?.duties).toHaveLength(2);
    // Bulleted duties in the same section read as before.
    expect(document.body.areasOfWork[2]?.duties).toHaveLength(2);
  });

  it("the Network Analyst export with its bullets taken off reads as with them", async () => {
    const path = "iowa/text-export/network-analyst.txt";
    const text = readFileSync(fixture(path), "utf8");
    const plain = text.replace(/^\u00b7 +/gm, "");
    expect(plain).not.toEqual(text);
    const bulleted = await series(text, path);
    const document = await series(plain, path);
    expect(document.status).toBe("complete");
    expect(document.diagnostics).toEqual(bulleted.diagnostics);
    expect(document.body.areasOfWork).toEqual(bulleted.body.areasOfWork);
    expect(document.body.areasOfWork.every((area) => area.focus === null)).toBe(true);
    expect(document.body.areasOfWork.map((area) => area.duties.length)).toEqual([2, 2, 2, 1, 2, 2]);
  });

  it("a focus paragraph that opens with its subject stays the focus", async () => {
    const path = "iowa/text-export/revenue-examiner.txt";
    const document = await series(readFileSync(fixture(path), "utf8"), path);
    expect(document.body.areasOfWork.map((area) => area.focus)).toEqual([
      "Work is focused on the accuracy of returns as filed.",
      "Work is focused on refund claims held for review.",
      "Work is focused on answering taxpayers’ questions about their accounts.",
    ]);
  });
});
