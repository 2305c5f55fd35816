/**
 * Kentucky misfiling guards (issue 11): an unknown heading ends the section
 * before it and its text is unmapped with `unknown-section`; a heading is
 * never a duty; `NOTE:` paragraphs are notices; an indented export loses
 * nothing.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ingest } from "../pipeline/run.js";
import type { ClassSpecBody, SpecDocument } from "../schemas/index.js";
import { fixture, ingestDocument } from "./helpers.js";

const UNKNOWN = fixture("kentucky/environmental-inspector-iii-unknown-sections.txt");
const INDENTED = fixture("kentucky/water-resources-technician-i-indented.txt");

function bodyOf(document: SpecDocument): ClassSpecBody {
  if (document.kind !== "class-spec") throw new Error("expected a class spec");
  return document.body;
}

function codes(document: SpecDocument): string[] {
  return document.diagnostics.map((diagnostic) => diagnostic.code);
}

describe("unknown sections in a Kentucky spec", () => {
  it("SELECTIVE CERTIFICATION: ends the substitution before it; its text is unmapped, named in a warning", async () => {
    const document = await ingestDocument(UNKNOWN);
    const body = bodyOf(document);
    expect(body.qualifications.minimum?.substitutions).toEqual([
      {
        direction: "education-for-experience",
        text: "A master's degree in environmental science will substitute for one year of the required experience.",
      },
      {
        direction: "experience-for-education",
        text: "Experience in environmental inspection will substitute for the required college on a year-for-year basis.",
      },
    ]);
    expect(document.unmapped[0]).toEqual({
      text: "SELECTIVE CERTIFICATION:\nCandidates who hold a wastewater operator certificate may be selectively certified for positions in\nthe Division of Water.",
      startLine: 65,
      endLine: 68,
    });
    const warning = document.diagnostics.find(
      (diagnostic) =>
        diagnostic.code === "unknown-section" && diagnostic.message.includes("SELECTIVE"),
    );
    expect(warning).toMatchObject({ severity: "warning", startLine: 65 });
    expect(warning?.message).toBe(
      "Unexpected section 'SELECTIVE CERTIFICATION', expected a Kentucky section heading; its text is kept in unmapped",
    );
    // No rule is made from the unknown section's text.
    expect(JSON.stringify(document.rules)).not.toContain("wastewater");
  });

  it("AREAS FOR EVALUATION (no colon): its list is never read as duties", async () => {
    const document = await ingestDocument(UNKNOWN);
    expect(bodyOf(document).duties.map((duty) => duty.text)).toEqual([
      "Inspects landfills, treatment plants and industrial sites for compliance with permits.",
      "Investigates complaints and collects samples for laboratory analysis.",
      "Prepares inspection reports and recommends enforcement action.",
      "Trains and reviews the work of lower-level inspectors.",
    ]);
    expect(document.unmapped[1]?.text).toBe(
      [
        "AREAS FOR EVALUATION",
        "1. Knowledge of state and federal environmental regulations",
        "2. Skill in sampling techniques",
        "3. Ability to write clear inspection reports",
        "4. Ability to testify in administrative hearings",
      ].join("\n"),
    );
    expect(
      document.diagnostics.filter((diagnostic) => diagnostic.code === "unknown-section"),
    ).toHaveLength(2);
    // The sections after it are read as usual.
    expect(bodyOf(document).conditions.working).toBe(
      "Incumbents work outdoors at regulated facilities in all weather and in an office setting.",
    );
  });

  it("AREAS FOR EVALUATION right below the last duty, no blank line: still no duty", async () => {
    const text = readFileSync(UNKNOWN, "utf8").replace(
      "lower-level inspectors.\n\nAREAS FOR EVALUATION",
      "lower-level inspectors.\nAREAS FOR EVALUATION",
    );
    const result = await ingest(new Uint8Array(Buffer.from(text)), "no-blank.txt");
    if (result.status === "failed") throw new Error(result.error.message);
    expect(bodyOf(result.document).duties).toEqual(bodyOf(await ingestDocument(UNKNOWN)).duties);
    expect(result.messages.filter((message) => message.code === "unknown-section")).toHaveLength(2);
  });

  it("a NOTE: paragraph is a notice, not part of EXPERIENCE", async () => {
    const document = await ingestDocument(UNKNOWN);
    const body = bodyOf(document);
    expect(body.qualifications.minimum?.experience).toBe(
      "Must have two years of experience in environmental inspection or regulatory compliance.",
    );
    expect(body.notices).toContain(
      "NOTE: Seasonal inspection experience is credited at one half of the time worked, as verified by the hiring agency.",
    );
    expect(document.provenance["/body/notices/3"]).toEqual({ startLine: 54, endLine: 55 });
  });

  it("the document is complete and every word is accounted for", async () => {
    const document = await ingestDocument(UNKNOWN);
    expect(document.status).toBe("complete");
    expect(codes(document)).not.toContain("text-dropped");
  });
});

describe("an indented text export (4 spaces, '1)' with wide spacing)", () => {
  it("reads every section and one duty per numbered item, continuation lines joined", async () => {
    const document = await ingestDocument(INDENTED);
    const body = bodyOf(document);
    expect(document.title).toBe("WATER RESOURCES TECHNICIAN I");
    expect(body.pay.grades[0]?.value).toBe("09");
    expect(body.pay.ranges).toHaveLength(3);
    expect(body.duties).toHaveLength(6);
    expect(body.duties[0]?.text).toBe(
      "Collects water and sediment samples from streams, lakes and monitoring wells following written sampling procedures.",
    );
    expect(body.conditions.physical).toBe(
      "Must be able to wade streams, carry equipment weighing up to 40 pounds and work outdoors in all weather.",
    );
    expect(document.unmapped).toEqual([]);
    expect(document.status).toBe("complete");
  });

  it("its numbered list run together into one paragraph gives the same duties, without numbers", async () => {
    const text = readFileSync(INDENTED, "utf8");
    const start = text.indexOf("    1)");
    const end = text.indexOf("\n\n", start);
    const inline = `${text.slice(0, start)}    ${text
      .slice(start, end)
      .replace(/\s+/g, " ")
      .trim()}${text.slice(end)}`;
    const result = await ingest(new Uint8Array(Buffer.from(inline)), "inline.txt");
    if (result.status === "failed") throw new Error(result.error.message);
    expect(bodyOf(result.document).duties).toEqual(bodyOf(await ingestDocument(INDENTED)).duties);
  });

  it("read as markdown (where 4 spaces make code blocks), the body is the same", async () => {
    const bytes = new Uint8Array(readFileSync(INDENTED));
    const asText = await ingest(bytes, "indented.txt");
    const asMarkdown = await ingest(bytes, "indented.md");
    if (asText.status === "failed" || asMarkdown.status === "failed") throw new Error("failed");
    expect(asMarkdown.document.body).toEqual(asText.document.body);
    expect(asMarkdown.messages.map((message) => message.code)).not.toContain("text-dropped");
  });
});
