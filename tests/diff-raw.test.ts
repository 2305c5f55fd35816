/**
 * The honest diff end to end from raw documents (not hand-edited JSON):
 * a reworded sentence in a section the reader does not know, a side the
 * reader could only read in part, and one revision exported in two formats.
 */
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import type { DiffReport } from "../pipeline/diff/index.js";
import { ingest } from "../pipeline/run.js";
import { runDiff } from "./diff-helpers.js";

const REWORDED = "fixtures/revisions/kentucky/unknown-section-reworded";
const PARTIAL = "fixtures/revisions/kentucky/partial-side-raw";

/** The two sides of a revision pair, then flags. */
function sides(pair: string, ...flags: string[]): string[] {
  return [`${pair}/before.txt`, `${pair}/after.txt`, ...flags];
}

async function diffJson(argv: string[]) {
  const result = await runDiff([...argv, "--format", "json"]);
  return { ...result, report: JSON.parse(result.stdout) as DiffReport };
}

describe("a reworded sentence in a section the reader does not know", () => {
  it("is in unmapped on both sides, never in a field", async () => {
    for (const side of ["before", "after"]) {
      const path = `${REWORDED}/${side}.txt`;
      const result = await ingest(await readFile(path), path);
      if (result.status === "failed") throw new Error(result.error.message);
      const { document } = result;
      expect(document.status).toBe("complete");
      expect(document.unmapped.map((piece) => piece.text.split("\n")[0])).toEqual([
        "SELECTIVE CERTIFICATION:",
        "AREAS FOR EVALUATION",
      ]);
    }
  });

  it("is one minor unmapped-changed with its word diff, and trips --fail-on minor", async () => {
    const { code, report, stderr } = await diffJson(sides(REWORDED, "--fail-on", "minor"));
    expect(code).toBe(1);
    expect(stderr).toContain("fail-on: 1 change(s) at or above minor");
    const [document] = report.documents;
    expect(document?.status).toBe("changed");
    expect(document?.parseDifferences).toEqual([]);
    expect(document?.changes.map((change) => [change.ruleId, change.severity, change.op])).toEqual([
      ["unmapped-changed", "minor", "replace"],
    ]);
    const edits = document?.changes[0]?.words?.filter((part) => part.op !== "equal");
    expect(edits).toEqual([{ op: "add", text: "or drinking water " }]);
  });

  it("passes --fail-on major, and the report says the text could not be placed", async () => {
    const { code } = await runDiff(sides(REWORDED, "--fail-on", "major"));
    expect(code).toBe(0);
    const markdown = await runDiff(sides(REWORDED, "--format", "md"));
    expect(markdown.stdout).toContain("Text not placed in any field");
  });
});

describe("a side the reader read only in part", () => {
  it("makes the comparison incomplete, with the reason, on stderr and in the report", async () => {
    const { code, report, stderr } = await diffJson(sides(PARTIAL, "--fail-on", "major"));
    const [document] = report.documents;
    expect(document?.status).toBe("incomplete");
    expect(document?.incomplete).toEqual([
      "after is partial (1 error diagnostic: missing-section)",
    ]);
    expect(report.summary.incomplete).toBe(1);
    // Only minor changes, yet --fail-on major fails: what the diff could not see may be major.
    expect(report.summary.major).toBe(0);
    expect(code).toBe(1);
    expect(stderr).toContain("incomplete: Comparison incomplete: after is partial");
  });

  it("passes the gate only with --allow-incomplete", async () => {
    const { code } = await runDiff(sides(PARTIAL, "--fail-on", "major", "--allow-incomplete"));
    expect(code).toBe(0);
  });
});

/** Series published both as Word HTML and as Word's text export (fixtures/iowa/README.md). */
const TWO_FORMATS = [
  ["word-html/network-analyst.html", "text-export/network-analyst.txt"],
  ["word-html/revenue-examiner.html", "text-export/revenue-examiner.txt"],
  ["word-html/licensing-compliance-officer.html", "text-export/licensing-compliance-officer.txt"],
  ["word-html/laboratory-quality-specialist.html", "text-export/laboratory-quality-specialist.txt"],
  ["word-html/benefits-counselor.html", "text-export/benefits-counselor.txt"],
  ["word-html/facilities-planner.html", "text-export/facilities-planner.txt"],
  ["word-html/environmental-specialist.html", "markdown/environmental-specialist.md"],
] as const;

describe("one revision exported in two formats", () => {
  it.each(TWO_FORMATS)("%s vs %s: no change and no parse difference", async (html, other) => {
    const { code, report } = await diffJson([
      `fixtures/iowa/${html}`,
      `fixtures/iowa/${other}`,
      "--fail-on",
      "editorial",
      // Two series are truncated in both formats: incomplete, and still no change.
      "--allow-incomplete",
    ]);
    expect(code).toBe(0);
    expect(report.summary).toMatchObject({ total: 0, parseDifferences: 0 });
    expect(report.documents.map((document) => document.changes)).toEqual([[]]);
  });
});
