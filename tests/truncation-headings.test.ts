/**
 * A document cut inside its last heading (issue 22 item 2): its last line is the
 * start of a heading of the profile's vocabulary, cut inside a word ("Class
 * Specification Hist", "GENERAL Q"). That is `truncated-text`, so the spec is
 * `partial` and a diff against the whole spec `incomplete`.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { diffDocuments } from "../pipeline/diff/index.js";
import { HeadingVocabulary } from "../pipeline/profiles/generic/headings.js";
import { PUBLISHERS } from "../pipeline/profiles/publishers/index.js";
import { washington } from "../pipeline/profiles/publishers/washington.js";
import { ingestAll } from "../pipeline/run.js";
import type { SpecDocument } from "../schemas/index.js";
import { fixture } from "./helpers.js";

async function read(text: string, path: string): Promise<SpecDocument> {
  const result = await ingestAll(new TextEncoder().encode(text), path);
  if (result.status === "failed") throw new Error(`${path}: ${result.error.message}`);
  const [only] = result.documents;
  if (!only || result.documents.length !== 1) throw new Error(`${path}: not one document`);
  return only.document;
}

const CUTS = [
  [
    "washington/seed-bank-technician-2.txt",
    "CLASS SPECIFICATION HIST",
    "Class Specification History",
  ],
  ["washington/seed-bank-technician-2.txt", "LEGAL REQU", "Legal Requirement(s)"],
  [
    "washington/grants-compliance-analyst-2.html",
    "Class Specification Hist",
    "Class Specification History",
  ],
  ["washington/grants-compliance-analyst-2.html", "Legal Requ", "Legal Requirement(s)"],
  ["texas/flood-control-inspector.txt", "GENERAL Q", "General Qualification Guidelines"],
  ["texas/water-rights-analyst-ii.html", "GENERAL Q", "General Qualification Guidelines"],
] as const;

describe("a spec cut inside its last heading", () => {
  it.each(CUTS)("%s cut at %j is truncated-text", async (name, cut, heading) => {
    const path = fixture(`publishers/${name}`);
    const text = readFileSync(path, "utf8");
    const at = text.indexOf(cut);
    expect(at).toBeGreaterThan(0);
    const whole = await read(text, path);
    expect(whole.diagnostics.map((d) => d.code)).not.toContain("truncated-text");
    const document = await read(text.slice(0, at + cut.length), path);
    expect(document.status).toBe("partial");
    const found = document.diagnostics.filter((d) => d.code === "truncated-text");
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain(`inside the heading "${heading}" ("${cut}")`);
    expect(diffDocuments(whole, document).documents[0]?.status).toBe("incomplete");
  });

  it("a whole heading, or one cut between its words, is no fragment", () => {
    for (const profile of PUBLISHERS) {
      const vocabulary = new HeadingVocabulary(profile);
      expect(vocabulary.fragmentOf("Definition")).toBeUndefined();
      expect(vocabulary.fragmentOf("Legal Requirement(s)")).toBeUndefined();
      expect(vocabulary.fragmentOf("This class performs routine work")).toBeUndefined();
    }
    const vocabulary = new HeadingVocabulary(washington);
    expect(vocabulary.fragmentOf("Class Specification")).toBeUndefined();
    expect(vocabulary.fragmentOf("Class Specification Hist")).toBe("Class Specification History");
  });
});
