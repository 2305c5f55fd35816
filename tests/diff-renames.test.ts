/**
 * Identity that survives renames (issue 23, item 1): a pair named by the
 * user is compared field by field whatever its ids, and a folder diff pairs
 * a re-coded or retitled document by the text it kept.
 */
import { describe, expect, it } from "vitest";
import { diffPair, revisionPairs } from "../pipeline/check/revisions.js";
import { CHANGE_CATALOGUE, type DiffReport, diffCollections } from "../pipeline/diff/index.js";
import { detectRenames, RENAME_THRESHOLD } from "../pipeline/diff/renames.js";
import { renderDiffMarkdown } from "../pipeline/report/diff-markdown.js";
import {
  allChanges,
  brief,
  runDiff,
  seriesBody,
  seriesDoc,
  specBody,
  specDoc,
  withJobNumber,
} from "./diff-helpers.js";

const cwd = process.cwd();

async function diffCase(name: string): Promise<DiffReport> {
  const pair = (await revisionPairs(cwd)).find((candidate) => candidate.name === name);
  if (!pair) throw new Error(`no revision pair ${name}`);
  const outcome = await diffPair(pair, cwd);
  if ("failure" in outcome) throw new Error(outcome.failure);
  return outcome.report;
}

describe("a pair named by the user", () => {
  it("Kentucky job number changed: the new number and the reworded duty, no add or remove", async () => {
    const report = await diffCase("kentucky/job-number-changed");
    expect(report.documents.map((document) => document.status)).toEqual(["changed"]);
    expect(report.documents[0]?.rename).toEqual({
      from: "us-ky/class/20001499",
      fromTitle: "PRODUCTION SPECIALIST II",
      as: "re-coded",
      similarity: 0.99,
    });
    expect(allChanges(report).map(brief)).toEqual([
      {
        op: "replace",
        severity: "major",
        ruleId: "id-changed",
        label: "Document id",
        pointer: "/id",
      },
      {
        op: "replace",
        severity: "major",
        ruleId: "job-number-changed",
        label: "Job number",
        pointer: "/body/codes/0/value",
      },
      {
        op: "replace",
        severity: "minor",
        ruleId: "duty-changed",
        label: "Duty",
        pointer: "/body/duties/0",
      },
    ]);
  });

  it("Iowa series retitled: the title and the concept's edit, said as a retitle", async () => {
    const report = await diffCase("iowa/series-retitled");
    expect(report.documents[0]?.rename).toMatchObject({
      from: "us-ia/series/information-technology-specialist-series",
      as: "retitled",
    });
    expect(allChanges(report).map(brief)).toEqual([
      {
        op: "replace",
        severity: "major",
        ruleId: "id-changed",
        label: "Document id",
        pointer: "/id",
      },
      {
        op: "replace",
        severity: "major",
        ruleId: "title-changed",
        label: "Title",
        pointer: "/title",
      },
      {
        op: "replace",
        severity: "minor",
        ruleId: "concept-changed",
        label: "Series concept",
        pointer: "/body/concept",
      },
    ]);
    expect(renderDiffMarkdown(report)).toContain(
      "**Retitled from Information Technology Specialist Series (us-ia/series/information-technology-specialist-series), 99% of its text kept.**",
    );
  });

  it("the changes of identity are catalogued like every other change id", () => {
    const ids = CHANGE_CATALOGUE.map((entry) => entry.id);
    for (const id of ["id-changed", "title-changed", "job-number-changed", "job-code-changed"])
      expect(ids).toContain(id);
  });

  it("through the CLI, two files are one pair even with different ids", async () => {
    const folder = "fixtures/revisions/kentucky/job-number-changed";
    const result = await runDiff([
      `${folder}/before.txt`,
      `${folder}/after.txt`,
      "--format",
      "json",
    ]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as DiffReport;
    expect(report.documents.map((document) => [document.id, document.status])).toEqual([
      ["us-ky/class/20001599", "changed"],
    ]);
  });
});

describe("a folder diff", () => {
  it("pairs the re-coded document by content, and leaves unrelated removals and additions alone", async () => {
    const report = await diffCase("kentucky/folder-recoded");
    expect(
      report.documents.map((document) => [document.id, document.status, document.rename?.as]),
    ).toEqual([
      ["us-ky/class/20000618", "unchanged", undefined],
      ["us-ky/class/20001599", "changed", "re-coded"],
      ["us-ky/class/20002215", "removed", undefined],
      ["us-ky/class/20003786", "added", undefined],
    ]);
    expect(allChanges(report).map((change) => change.ruleId)).toEqual([
      "id-changed",
      "job-number-changed",
      "duty-changed",
      "spec-removed",
      "spec-added",
    ]);
  });

  it("--no-renames leaves the re-coded document removed and added", async () => {
    const folder = "fixtures/revisions/kentucky/folder-recoded";
    const result = await runDiff([
      `${folder}/before`,
      `${folder}/after`,
      "--format",
      "json",
      "--no-renames",
    ]);
    const report = JSON.parse(result.stdout) as DiffReport;
    expect(
      report.documents
        .filter((document) => document.id.endsWith("1499") || document.id.endsWith("1599"))
        .map((document) => document.status),
    ).toEqual(["removed", "added"]);
  });

  it("a retitled series in a collection is followed; a different series is not", () => {
    const before = seriesDoc();
    const retitled = {
      ...seriesDoc(),
      id: "us-ia/series/it-professional",
      title: "IT Professional",
    };
    const report = diffCollections([before], [retitled]);
    expect(report.documents.map((document) => [document.status, document.rename?.as])).toEqual([
      ["changed", "retitled"],
    ]);
    const other = {
      ...seriesDoc(
        seriesBody({ concept: "Nursing.", areasOfWork: [], charts: [], exclusions: [] }),
      ),
      id: "us-ia/series/nursing",
    };
    expect(
      detectRenames(
        [before],
        [{ ...other, body: { ...other.body, classes: [], distinctions: [] } }],
      ),
    ).toEqual([]);
  });

  it("pairs the most similar first, and never across kinds", () => {
    const spec = specDoc(specBody());
    const recoded = specDoc(withJobNumber(specBody(), "20009999"));
    const pairs = detectRenames([spec], [seriesDoc(), recoded]);
    expect(pairs.map((pair) => [pair.before.id, pair.after.id])).toEqual([
      ["us-ky/class/20001499", "us-ky/class/20009999"],
    ]);
    expect(pairs[0]?.similarity).toBeGreaterThanOrEqual(RENAME_THRESHOLD);
  });
});
