/**
 * Overrides that override (issue 23, item 5): `--severity ID=LEVEL` weighs
 * everything with that id, a rule fact folded in or an edit of punctuation
 * alone; an override no change has is said; the catalogue prints as JSON.
 */
import { describe, expect, it } from "vitest";
import { CHANGE_CATALOGUE, type DiffReport } from "../pipeline/diff/index.js";
import { runDiff } from "./diff-helpers.js";

const pair = (name: string) => [
  `fixtures/revisions/kentucky/${name}/before.txt`,
  `fixtures/revisions/kentucky/${name}/after.txt`,
];

async function changesWith(name: string, ...flags: string[]) {
  const result = await runDiff([...pair(name), "--format", "json", ...flags]);
  expect(result.code).toBe(0);
  return { result, report: JSON.parse(result.stdout) as DiffReport };
}

describe("--severity ID=LEVEL", () => {
  it("weighs a change that carries a rule fact (the fact no longer forces major)", async () => {
    const { report } = await changesWith(
      "experience-changed",
      "--severity",
      "experience-requirement-changed=minor",
    );
    const [change] = report.documents[0]?.changes ?? [];
    expect(change).toMatchObject({ ruleId: "experience-requirement-changed", severity: "minor" });
    expect(change?.facts?.length).toBeGreaterThan(0);
  });

  it("weighs an editorial-only edit too: every change with the id", async () => {
    const { report } = await changesWith("punctuation-only", "--severity", "duty-changed=major");
    const levels = (report.documents[0]?.changes ?? []).map((c) => [c.ruleId, c.severity]);
    expect(levels).toEqual([
      ["characteristics-changed", "editorial"],
      ["duty-changed", "major"],
      ["duty-changed", "major"],
    ]);
  });

  it("says when an override matched no change of this comparison", async () => {
    const { result } = await changesWith("grade-change", "--severity", "distinction-removed=minor");
    expect(result.stderr).toContain(
      "warning: '--severity distinction-removed=minor' matched no change in this comparison",
    );
    const used = await changesWith("grade-change", "--severity", "grade-changed=minor");
    expect(used.result.stderr).not.toContain("matched no change");
  });

  it("an id the catalogue does not have is a usage error with a suggestion", async () => {
    const result = await runDiff([...pair("grade-change"), "--severity", "grade-chnged=minor"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Unknown change id 'grade-chnged'");
    expect(result.stderr).toContain("grade-changed");
  });
});

describe("--list-changes", () => {
  it("--format json prints the catalogue as data", async () => {
    const result = await runDiff(["--list-changes", "--format", "json"]);
    expect(result.code).toBe(0);
    const listed = JSON.parse(result.stdout) as Array<{ id: string; severity: string }>;
    expect(listed.map((entry) => entry.id)).toEqual(CHANGE_CATALOGUE.map((entry) => entry.id));
    expect(listed.find((entry) => entry.id === "id-changed")?.severity).toBe("major");
  });

  it("--format md prints the markdown table; html is a usage error", async () => {
    const md = await runDiff(["--list-changes", "--format", "md"]);
    expect(md.stdout.split("\n")[0]).toBe("| change id | default severity | documents | meaning |");
    expect((await runDiff(["--list-changes", "--format", "html"])).code).toBe(2);
  });
});
