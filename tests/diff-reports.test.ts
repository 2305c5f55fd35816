/** Reports a maintainer approves from (issue 23, item 6): areas by name and number, whole specs with their duties and requirements, one change per raise, the narrowing note under its requirement, long paragraphs highlighted word by word. */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSide } from "../pipeline/batch/sides.js";
import { diffPair, revisionPairs } from "../pipeline/check/revisions.js";
import {
  type DiffReport,
  diffCollections,
  diffDocuments,
  diffSides,
} from "../pipeline/diff/index.js";
import { renderDiffHtml } from "../pipeline/report/diff-html.js";
import { renderDiffMarkdown } from "../pipeline/report/diff-markdown.js";
import { allChanges, specBody, specDoc } from "./diff-helpers.js";

const cwd = process.cwd();

async function diffCase(name: string): Promise<DiffReport> {
  const pair = (await revisionPairs(cwd)).find((candidate) => candidate.name === name);
  if (!pair) throw new Error(`no revision pair ${name}`);
  const outcome = await diffPair(pair, cwd);
  if ("failure" in outcome) throw new Error(outcome.failure);
  return outcome.report;
}

let temp = "";
beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), "classpec-reports-"));
});
afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});

describe("areas named by name and number", () => {
  it("in labels and in the level-scope facts", async () => {
    const [change] = allChanges(await diffCase("iowa/chart-cell-na"));
    expect(change?.label).toBe("Chart cell: 6. Project Management, ITS 3");
    expect(change?.facts?.[0]?.description).toBe(
      "Level scope of Project Management at level 3: Project Management (area 6) applies at level 3 → Project Management (area 6) does not apply at level 3",
    );
  });
});

describe("a spec added or removed whole", () => {
  it("lists its duties and requirements, not only title, grade, codes and salary", () => {
    const report = diffCollections([], [specDoc(specBody())]);
    const after = allChanges(report)[0]?.after;
    expect(after).toEqual(
      expect.arrayContaining([
        "Duty: Checks and allocates storage space.",
        expect.stringMatching(/^Minimum (education|experience|qualifications): /),
      ]),
    );
    const markdown = renderDiffMarkdown(diffCollections([specDoc(specBody())], []));
    expect(markdown).toContain("~~Duty: Revises job control language as necessary.~~");
  });
});

describe("a narrowing note", () => {
  it("is a major change under the requirement it narrows, with the rule fact, not a notice", async () => {
    const base = await readFile("fixtures/revisions/kentucky/experience-changed/after.txt", "utf8");
    const sentence = "Must have two years of production support experience.\n";
    expect(base).toContain(sentence);
    const narrowed = base.replace(
      sentence,
      `${sentence}\nNOTE: Experience must have been gained in an IBM z/OS mainframe environment.\n`,
    );
    await writeFile(join(temp, "before.txt"), base);
    await writeFile(join(temp, "after.txt"), narrowed);
    const [before, after] = await Promise.all([
      loadSide("before.txt", temp),
      loadSide("after.txt", temp),
    ]);
    const report = diffSides(
      before.documents.map((loaded) => loaded.document),
      after.documents.map((loaded) => loaded.document),
      { filesNamed: true },
    );
    const changes = allChanges(report);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      section: "Minimum requirements",
      label: "Note narrowing the experience requirement",
      severity: "major",
      op: "add",
    });
    expect(changes[0]?.facts?.[0]?.description).toMatch(/IBM z\/OS mainframe environment/);
    expect(renderDiffMarkdown(report)).not.toContain("### Notices");
  });
});

describe("word-level highlighting in HTML", () => {
  const long =
    "Coordinates the work of lead production support staff within a unit, or has responsibility for production control of a departmental information system, and checks completed work for accuracy before release.";

  it("a one-word change in a long paragraph shows the paragraph once, the word marked", () => {
    const before = specDoc(specBody({ duties: [long] }));
    const after = specDoc(specBody({ duties: [long.replace("accuracy", "completeness")] }));
    const html = renderDiffHtml(diffDocuments(before, after));
    expect(html).toContain("<del>accuracy</del>");
    expect(html).toContain("<ins>completeness</ins>");
    // The paragraph's opening words appear once (elided around the edit), never twice.
    expect(html.split("Coordinates the work").length - 1).toBeLessThanOrEqual(1);
    expect(html.split("before release").length - 1).toBe(1);
  });

  it("a short one keeps the two sides", () => {
    const before = specDoc(specBody({ duties: ["Checks storage space."] }));
    const after = specDoc(specBody({ duties: ["Checks disk space."] }));
    const html = renderDiffHtml(diffDocuments(before, after));
    expect(html.split("Checks ").length - 1).toBe(2);
    expect(html).not.toContain(`class="inline-words"`);
  });
});
