/**
 * The design's proof: a jurisdiction added from outside pipeline/ (a made-up
 * one whose specs are HTML tables) goes through ingest, validation, the
 * class-spec kind's rules and checks, and diff, with no change to the core.
 */
import { describe, expect, it } from "vitest";
import { diffDocuments } from "../pipeline/diff/index.js";
import { PROFILES } from "../pipeline/profiles/index.js";
import { ingest } from "../pipeline/run.js";
import { type ClassSpecDocument, SpecDocument } from "../schemas/index.js";
import { zedland } from "./extra-profile/zedland.js";

function spec(grade: string, experience: string, duties: string): string {
  return `<!doctype html>
<html><body>
<h1>State of Zedland: Class Specification</h1>
<table>
<tr><th>Class Title</th><td>Bridge Inspector II</td></tr>
<tr><th>Class Number</th><td>4521</td></tr>
<tr><th>Pay Grade</th><td>${grade}</td></tr>
<tr><th>Hourly Range</th><td>$21.50 - $28.75</td></tr>
<tr><th>Education</th><td>Graduation from a college or university with a bachelor's degree in civil engineering.</td></tr>
<tr><th>Experience</th><td>${experience}</td></tr>
<tr><th>Duties</th><td>${duties}</td></tr>
<tr><th>License</th><td>Applicants must possess a valid driver's license.</td></tr>
</table>
</body></html>
`;
}

const BEFORE = spec(
  "14",
  "Two years of experience in bridge or highway inspection.",
  "Inspects bridges for structural defects. Writes inspection reports.",
);
const AFTER = spec(
  "15",
  "Three years of experience in bridge or highway inspection.",
  "Schedules inspections with district engineers. Inspects bridges for structural defects. Writes inspection reports.",
);

const profiles = [...PROFILES, zedland];

async function read(html: string): Promise<ClassSpecDocument> {
  const result = await ingest(new TextEncoder().encode(html), "zedland/bridge-inspector-ii.html", {
    profiles,
  });
  if (result.status === "failed") throw new Error(`${result.error.code}: ${result.error.message}`);
  expect(result.document.kind).toBe("class-spec");
  return result.document as ClassSpecDocument;
}

describe("a profile registered from outside pipeline/", () => {
  it("is not known without it", async () => {
    const result = await ingest(new TextEncoder().encode(BEFORE), "zedland/x.html");
    expect(result.status).toBe("failed");
    if (result.status === "failed") expect(result.error.code).toBe("unknown-family");
  });

  it("reads its documents into a valid class-spec document", async () => {
    const document = await read(BEFORE);
    expect(SpecDocument.safeParse(document).success).toBe(true);
    expect(document).toMatchObject({
      id: "us-zz/class/4521",
      title: "Bridge Inspector II",
      jurisdiction: { code: "US-ZZ", name: "State of Zedland" },
      status: "complete",
      source: { format: "html", profile: "zedland" },
    });
    expect(document.body.codes).toEqual([
      { scheme: "class-number", value: "4521", label: "Class Number" },
    ]);
    expect(document.body.pay.grades).toEqual([{ label: "Pay Grade", value: "14" }]);
    expect(document.body.pay.ranges).toEqual([{ period: "hour", min: 21.5, max: 28.75 }]);
    expect(document.body.duties).toEqual([
      { text: "Inspects bridges for structural defects." },
      { text: "Writes inspection reports." },
    ]);
    expect(document.provenance["/body/pay/grades/0/value"]?.startLine).toBeGreaterThan(1);
  });

  it("gets the class-spec kind's rules without writing any", async () => {
    const { rules } = await read(BEFORE);
    expect(rules).toContainEqual(
      expect.objectContaining({
        type: "requirement",
        category: "education",
        credential: "bachelor",
      }),
    );
    expect(rules).toContainEqual(
      expect.objectContaining({ type: "requirement", category: "experience", years: 2 }),
    );
    expect(rules).toContainEqual(
      expect.objectContaining({ type: "condition", subject: "drivers-license" }),
    );
  });

  it("is compared by the class-spec diff", async () => {
    const report = diffDocuments(await read(BEFORE), await read(AFTER));
    const changes = report.documents.flatMap((document) => document.changes);
    expect(changes).toContainEqual(
      expect.objectContaining({
        pointer: "/body/pay/grades/0/value",
        label: "Pay Grade",
        op: "replace",
        severity: "major",
        before: "14",
        after: "15",
      }),
    );
    const duties = changes.filter((change) => change.pointer.startsWith("/body/duties"));
    expect(duties).toEqual([
      expect.objectContaining({
        op: "add",
        after: "Schedules inspections with district engineers.",
      }),
    ]);
    expect(
      changes.some(
        (change) =>
          change.pointer.startsWith("/body/qualifications/minimum/experience") &&
          change.severity === "major",
      ),
    ).toBe(true);
  });
});
