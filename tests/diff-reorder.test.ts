/** A reorder is one entry listing the moves (issue 23, item 2), not one line per item. */
import { describe, expect, it } from "vitest";
import { diffDocuments } from "../pipeline/diff/index.js";
import { renderDiffMarkdown } from "../pipeline/report/diff-markdown.js";
import { allChanges, dutyTexts, specBody, specDoc } from "./diff-helpers.js";

const base = specBody();
const duties = dutyTexts(base);

describe("reordered list items", () => {
  it("several duties moved: one editorial reorder with every move", () => {
    expect(duties.length).toBeGreaterThanOrEqual(4);
    const reversed = [...duties].reverse();
    const report = diffDocuments(specDoc(base), specDoc(specBody({ duties: reversed })));
    const changes = allChanges(report);
    expect(changes).toHaveLength(1);
    const [change] = changes;
    expect(change).toMatchObject({
      op: "reorder",
      ruleId: "duty-moved",
      severity: "editorial",
      pointer: "/body/duties",
    });
    const moved = duties.length - 1;
    expect(change?.after).toHaveLength(moved);
    // Each move says its new place and its old one; the list is in the new order.
    const after = (change?.after ?? []) as string[];
    for (const [index, line] of after.entries()) {
      const [, now, text, was] = line.match(/^(\d+)\. (.+) \(was (\d+)\)$/) ?? [];
      expect(reversed[Number(now) - 1]).toBe(text);
      expect(duties[Number(was) - 1]).toBe(text);
      if (index > 0) expect(Number(now)).toBeGreaterThan(Number(after[index - 1]?.split(".")[0]));
    }
    expect(renderDiffMarkdown(report)).toContain("Duty items reordered");
  });

  it("one duty moved stays one move with where it came from", () => {
    const moved = [duties[duties.length - 1] ?? "", ...duties.slice(0, -1)];
    const changes = allChanges(diffDocuments(specDoc(base), specDoc(specBody({ duties: moved }))));
    expect(changes.map((change) => [change.op, change.pointer, change.from])).toEqual([
      ["move", "/body/duties/0", `/body/duties/${duties.length - 1}`],
    ]);
  });
});
