/** A reading doubt on a side (area-undefined, a short chart row) flags the changes it touches (issue 22). */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { diffDocuments } from "../pipeline/diff/index.js";
import { serialize } from "../pipeline/emit/index.js";
import { renderDiffMarkdown } from "../pipeline/report/diff-markdown.js";
import type { SpecDocument } from "../schemas/index.js";
import { runDiff } from "./diff-helpers.js";
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

/** Only the area's focus changed (a minor edit), with or without a doubt on it. */
function focusOnly(doubt: boolean): SpecDocument {
  const after = changed(doubt) as SpecDocument & { body: { exclusions: string[] } };
  after.body.exclusions = [...(before.body as unknown as { exclusions: string[] }).exclusions];
  return after;
}

describe("a change in doubt and the gate (issue 23, item 4)", () => {
  const temp = mkdtempSync(join(tmpdir(), "classpec-gate-"));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  const write = (name: string, document: SpecDocument) => {
    const path = join(temp, name);
    writeFileSync(path, serialize(document));
    return path;
  };
  const old = write("before.json", before);
  const warned = write("warned.json", focusOnly(true));
  const clear = write("clear.json", focusOnly(false));

  it("is counted in the summary and said in the report", () => {
    const report = diffDocuments(before, changed(true));
    expect(report.summary.doubts).toBe(1);
    expect(report.summary.total).toBeGreaterThan(1);
    expect(diffDocuments(before, changed(false)).summary.doubts).toBe(0);
    const markdown = renderDiffMarkdown(report);
    expect(markdown).toContain("**1 change in doubt**");
    expect(markdown).toMatch(
      /Doubt: this may be a difference in reading \(after: area-undefined\)/,
    );
  });

  it("fails --fail-on above its severity, as an incomplete comparison does", async () => {
    const result = await runDiff([old, warned, "--fail-on", "major"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "1 change(s) that may be differences in reading (doubt); pass --allow-incomplete",
    );
    expect(JSON.parse(result.stdout).summary).toMatchObject({ minor: 1, major: 0, doubts: 1 });
  });

  it("--allow-incomplete accepts it; the same edit without a doubt passes", async () => {
    const allowed = await runDiff([old, warned, "--fail-on", "major", "--allow-incomplete"]);
    expect(allowed.code).toBe(0);
    const plain = await runDiff([old, clear, "--fail-on", "major"]);
    expect(plain.code).toBe(0);
    expect(plain.stderr).not.toContain("fail-on");
    // The severity gate still applies to a change in doubt once allowed.
    expect((await runDiff([old, warned, "--fail-on", "minor", "--allow-incomplete"])).code).toBe(1);
  });
});
