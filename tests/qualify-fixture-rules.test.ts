/**
 * Qualification rules read from real publisher fixtures and small variations
 * of them: a permitted substitution with no amount is `unstated`, never
 * "in full" (issue 21).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ingest } from "../pipeline/run.js";
import type { SpecDocument, SubstitutionRule } from "../schemas/index.js";
import { fixture } from "./helpers.js";

const TX_FLEET = "publishers/texas/fleet-maintenance-coordinator.txt";

/** The fixture's text with each [from, to] edit applied once (each must be found). */
async function ingestEdited(
  path: string,
  edits: ReadonlyArray<readonly [string, string]> = [],
): Promise<SpecDocument> {
  let text = readFileSync(fixture(path), "utf8");
  for (const [from, to] of edits) {
    if (!text.includes(from)) throw new Error(`${path} no longer prints "${from}"`);
    text = text.replace(from, to);
  }
  const result = await ingest(new TextEncoder().encode(text), `fixtures/${path}`);
  if (result.status === "failed") throw new Error(`${path}: ${result.error.message}`);
  return result.document;
}

function substitutions(document: SpecDocument): SubstitutionRule[] {
  return document.rules.filter((rule): rule is SubstitutionRule => rule.type === "substitution");
}

function warningsNaming(document: SpecDocument, words: string): string[] {
  return document.diagnostics
    .map((diagnostic) => diagnostic.message)
    .filter((message) => message.replace(/\s+/g, " ").includes(words));
}

describe("a substitution's credit is what its sentence states", () => {
  it("Texas fleet work 'may be substituted for education': unstated, with its warning", async () => {
    const document = await ingestEdited(TX_FLEET);
    const [fleet] = substitutions(document);
    expect(fleet?.text).toMatch(/fleet work may be substituted for education/);
    expect(fleet?.credit).toEqual({ kind: "unstated" });
    expect(warningsNaming(document, "fleet work may be substituted for education")).toContainEqual(
      expect.stringMatching(/no amount and no "in full"/),
    );
  });

  it("the same sentence saying 'in full' is full, and with an amount is that amount", async () => {
    const full = await ingestEdited(TX_FLEET, [
      ["may be substituted for education.", "may be substituted for education in full."],
    ]);
    expect(substitutions(full)[0]?.credit).toEqual({ kind: "full" });
    const amount = await ingestEdited(TX_FLEET, [
      ["may be substituted for education.", "may be substituted for one year of education."],
    ]);
    expect(substitutions(amount)[0]?.credit).toEqual({
      kind: "amount",
      amount: { amount: 1, unit: "year" },
    });
  });
});
