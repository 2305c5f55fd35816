/**
 * A diff that never reads clean when it cannot see (issue 13), on hand-built
 * documents: unplaced text compared, incomplete comparisons marked, parse
 * differences apart, rules paired by meaning, reports a maintainer can act on.
 */
import { describe, expect, it } from "vitest";
import { diffCollections, diffDocuments, gateTrips } from "../pipeline/diff/index.js";
import { renderDiffHtml } from "../pipeline/report/diff-html.js";
import { renderDiffMarkdown } from "../pipeline/report/diff-markdown.js";
import type { Rule } from "../schemas/index.js";
import {
  allChanges,
  brief,
  seriesBody,
  seriesDoc,
  specBody,
  specDoc,
  withGrade,
  withJobNumber,
  withWorking,
} from "./diff-helpers.js";

const piece = (text: string, line = 40) => ({ text, startLine: line, endLine: line });

describe("unplaced text is compared", () => {
  const sentence = "Incumbents may be assigned to any shift, including nights and weekends.";

  it("a reworded sentence in unmapped is one minor unmapped-changed, and trips --fail-on editorial", () => {
    const before = specDoc(specBody(), [], { unmapped: [piece(sentence)] });
    const after = specDoc(specBody(), [], {
      unmapped: [piece("Incumbents may be assigned to any shift, including holidays.")],
    });
    const report = diffDocuments(before, after);
    const [change, ...rest] = allChanges(report);
    expect(rest).toEqual([]);
    expect(change).toMatchObject({
      op: "replace",
      severity: "minor",
      ruleId: "unmapped-changed",
      pointer: "/unmapped",
    });
    expect(change?.words?.some((part) => part.op === "add" && part.text.includes("holidays"))).toBe(
      true,
    );
    expect(gateTrips(report, "editorial")).toBe(true);
    expect(renderDiffMarkdown(report)).toContain("could not be placed in a field");
  });

  it("re-wrapped or re-split unplaced text is no change", () => {
    const before = specDoc(specBody(), [], { unmapped: [piece(sentence)] });
    const after = specDoc(specBody(), [], {
      unmapped: [
        piece("Incumbents may be assigned\nto any shift,", 40),
        piece("including nights   and weekends.", 52),
      ],
    });
    expect(allChanges(diffDocuments(before, after))).toEqual([]);
  });

  it("unplaced text that only appears is reported as added", () => {
    const report = diffDocuments(
      specDoc(),
      specDoc(specBody(), [], { unmapped: [piece(sentence)] }),
    );
    expect(allChanges(report).map(brief)).toEqual([
      {
        op: "add",
        severity: "minor",
        ruleId: "unmapped-changed",
        label: "Text not placed in any field",
        pointer: "/unmapped",
      },
    ]);
  });
});

describe("incomplete comparisons", () => {
  const partial = specDoc(withWorking(specBody(), null), [], {
    status: "partial",
    diagnostics: [
      {
        severity: "error",
        code: "missing-section",
        message: "Unexpected end of document, expected a WORKING CONDITIONS section",
      },
    ],
  });

  it("a partial side makes the document incomplete, with the reason, even without changes", () => {
    const report = diffDocuments(partial, partial);
    const [document] = report.documents;
    expect(document?.status).toBe("incomplete");
    expect(document?.incomplete).toEqual([
      "before is partial (1 error diagnostic: missing-section)",
      "after is partial (1 error diagnostic: missing-section)",
    ]);
    expect(report.summary.incomplete).toBe(1);
    expect(renderDiffMarkdown(report)).toContain(
      "No changes found, but the comparison is incomplete (above).",
    );
    expect(renderDiffMarkdown(report)).not.toContain("No changes.");
  });

  it("a side with errors but status complete is incomplete too", () => {
    const withErrors = specDoc(specBody(), [], {
      diagnostics: [{ severity: "error", code: "text-dropped", message: "Unexpected loss" }],
    });
    expect(diffDocuments(specDoc(), withErrors).documents[0]?.incomplete).toEqual([
      "after was read with errors (1 error diagnostic: text-dropped)",
    ]);
  });

  it("markdown and HTML open the document with a banner", () => {
    const report = diffDocuments(specDoc(), partial);
    expect(renderDiffMarkdown(report)).toContain(
      "> **Incomplete comparison:** after is partial (1 error diagnostic: missing-section).",
    );
    expect(renderDiffHtml(report)).toMatch(
      /<p class="banner" role="alert"><strong>Incomplete comparison:<\/strong> after is partial/,
    );
  });

  it("a complete pair is never incomplete", () => {
    const report = diffDocuments(specDoc(), specDoc());
    expect(report.documents[0]?.status).toBe("unchanged");
    expect(report.documents[0]?.incomplete).toBeUndefined();
  });
});

describe("parse differences are not changes", () => {
  const exclusions = [
    "Positions that include full supervisory functions.",
    "Positions whose primary purpose is not in the information technology area.",
  ];
  const exclusionRule = (text: string, id: string): Rule => ({ id, text, type: "exclusion" });

  it("an item read on one side and unplaced on the other is a parse difference, not an add", () => {
    const before = {
      ...seriesDoc(seriesBody({ exclusions: [exclusions[0] ?? ""] })),
      unmapped: [piece(exclusions[1] ?? "")],
    };
    const after = seriesDoc(seriesBody({ exclusions }), [
      exclusionRule(exclusions[0] ?? "", "exclusion-1"),
      exclusionRule(exclusions[1] ?? "", "exclusion-2"),
    ]);
    before.rules = [exclusionRule(exclusions[0] ?? "", "exclusion-1")];
    const report = diffDocuments(before, after);
    expect(allChanges(report)).toEqual([]);
    const [difference, ...rest] = report.documents[0]?.parseDifferences ?? [];
    expect(rest).toEqual([]);
    expect(difference).toMatchObject({
      ruleId: "parse-difference",
      severity: "info",
      op: "add",
      pointer: "/body/exclusions/1",
      foundIn: "/unmapped/0",
    });
    expect(report.summary).toMatchObject({ total: 0, parseDifferences: 1 });
    expect(gateTrips(report, "editorial")).toBe(false);
    expect(renderDiffMarkdown(report)).toContain("### Parse differences (not changes)");
  });

  it("an item read into another field on the other side is a parse difference", () => {
    const duty = "Maintains the production schedule for the night shift operators.";
    const before = specDoc(withWorking(specBody(), `Office setting. ${duty}`));
    const after = specDoc(
      withWorking(specBody({ duties: [...specBody().duties, duty] }), "Office setting."),
    );
    const report = diffDocuments(before, after);
    // Both ends of one reading difference: the duty gained, the field that lost the words.
    expect(
      report.documents[0]?.parseDifferences.map((change) => [change.pointer, change.foundIn]),
    ).toEqual([
      ["/body/duties/4", "/body/conditions/working"],
      // Where the other side holds the text: the duty's text.
      ["/body/conditions/working", "/body/duties/4/text"],
    ]);
    expect(allChanges(report)).toEqual([]);
  });

  it("a field one side read less into, the rest left unplaced, is a parse difference", () => {
    const lost = "Incumbents may be required to travel within the state.";
    const full = `Incumbents typically perform duties in an office setting. ${lost}`;
    const before = specDoc(withWorking(specBody(), full));
    const after = specDoc(
      withWorking(specBody(), "Incumbents typically perform duties in an office setting."),
      [],
      { unmapped: [piece(lost)] },
    );
    const report = diffDocuments(before, after);
    expect(allChanges(report)).toEqual([]);
    expect(report.documents[0]?.parseDifferences).toMatchObject([
      { op: "replace", ruleId: "parse-difference", foundIn: "/unmapped/0" },
    ]);
    expect(renderDiffMarkdown(report)).toContain(
      "Working conditions: the before side read more text into this field; the after side has that text in its unplaced text (unmapped)",
    );
  });

  it("a field reworded and shortened is still a change", () => {
    const before = specDoc(withWorking(specBody(), "Works in an office setting most days."));
    const after = specDoc(withWorking(specBody(), "Works outdoors."), [], {
      unmapped: [piece("an office setting most days")],
    });
    const report = diffDocuments(before, after);
    expect(allChanges(report).map((change) => change.ruleId)).toEqual([
      "working-conditions-changed",
    ]);
    // The piece the before side read into the field is told apart, not dropped silently.
    expect(report.documents[0]?.parseDifferences).toMatchObject([
      { pointer: "/unmapped/0", op: "add", foundIn: "/body/conditions/working" },
    ]);
    expect(renderDiffMarkdown(report)).toContain(
      "the after side left this text unplaced; the before side read it into a field (/body/conditions/working)",
    );
  });

  it("a duty moved from one area to another is an edit of the document, not a parse difference", () => {
    const before = seriesBody();
    const [first, second] = before.areasOfWork;
    if (!first || !second) throw new Error("fixture has areas");
    const moved = first.duties[0] ?? "";
    const after = seriesBody({
      areasOfWork: [
        { ...first, duties: first.duties.slice(1) },
        { ...second, duties: [...second.duties, moved] },
        ...before.areasOfWork.slice(2),
      ],
    });
    const report = diffDocuments(seriesDoc(before), seriesDoc(after));
    expect(report.documents[0]?.parseDifferences).toEqual([]);
    expect(allChanges(report).map((change) => change.ruleId)).toEqual([
      "typical-duty-removed",
      "typical-duty-added",
    ]);
  });

  it("an item added that the other side never had is still a change", () => {
    const before = seriesDoc(seriesBody({ exclusions: [exclusions[0] ?? ""] }));
    const after = seriesDoc(seriesBody({ exclusions }));
    expect(allChanges(diffDocuments(before, after)).map((change) => change.ruleId)).toEqual([
      "exclusion-added",
    ]);
  });
});

describe("rules are paired by meaning", () => {
  it("a reworded exclusion whose rule ids come from its text is one text change, no rule change", () => {
    const was = "Any positions that include full supervisory functions.";
    const now = "Positions that include full supervisory functions.";
    const other = "Positions whose primary purpose is not in the information technology area.";
    const rule = (text: string): Rule => ({
      id: `exclusion-${text.toLowerCase().replace(/[^a-z]+/g, "-")}`,
      text,
      type: "exclusion",
    });
    const report = diffDocuments(
      seriesDoc(seriesBody({ exclusions: [was, other] }), [rule(was), rule(other)]),
      seriesDoc(seriesBody({ exclusions: [now, other] }), [rule(now), rule(other)]),
    );
    const [change, ...rest] = allChanges(report);
    expect(rest).toEqual([]);
    expect(change).toMatchObject({ op: "replace", ruleId: "exclusion-changed", severity: "major" });
    expect(change?.facts).toBeUndefined();
    expect(
      change?.words?.filter((part) => part.op === "remove").map((part) => part.text.trim()),
    ).toContain("Any");
  });
});

describe("reports a maintainer can act on", () => {
  it("an added area shows its focus and duties; an added chart its cells' text", () => {
    const before = seriesBody();
    const after = seriesBody({
      areasOfWork: [
        ...before.areasOfWork,
        {
          number: 4,
          name: "Data Analytics",
          focus: "Work is focused on reports.",
          duties: ["Builds dashboards."],
        },
      ],
      charts: [
        ...before.charts,
        {
          area: 4,
          name: "Data Analytics",
          cells: [
            { level: 1, heading: "ITS 1 – Trainee", text: null },
            { level: 2, heading: "ITS 2 – Journey", text: "Builds recurring reports." },
          ],
        },
      ],
    });
    const report = diffDocuments(seriesDoc(before), seriesDoc(after));
    const area = allChanges(report).find((change) => change.ruleId === "area-added");
    expect(area?.after).toEqual([
      "4. Data Analytics",
      "Focus: Work is focused on reports.",
      "Typical duty: Builds dashboards.",
    ]);
    const chart = allChanges(report).find((change) => change.ruleId === "chart-added");
    expect(chart?.after).toEqual(["ITS 1: n/a", "ITS 2: Builds recurring reports."]);
    const markdown = renderDiffMarkdown(report);
    expect(markdown).toContain("  - Focus: Work is focused on reports.");
    expect(markdown).toContain("  - ITS 2: Builds recurring reports.");
    expect(renderDiffHtml(report)).toContain("<li>Typical duty: Builds dashboards.</li>");
  });

  it("money reads as money with the percent change", () => {
    const base = specBody();
    const raised = specBody({
      pay: {
        ...base.pay,
        ranges: base.pay.ranges.map((range) =>
          range.period === "month" ? { ...range, min: 2317.58 } : range,
        ),
      },
    });
    const report = diffDocuments(specDoc(base), specDoc(raised));
    expect(renderDiffMarkdown(report)).toContain("$2,206.92 → $2,317.58 (+5.0%)");
    expect(renderDiffHtml(report)).toContain("$2,206.92 → $2,317.58 (+5.0%)");
  });

  it("a rule change reads as words, not as a field dump", () => {
    const rule = (years: number): Rule => ({
      id: "experience",
      text: "Must have one year of production support experience.",
      type: "requirement",
      category: "experience",
      years,
    });
    // The body is the same: the rule change stands alone, under Rules.
    const report = diffDocuments(specDoc(specBody(), [rule(1)]), specDoc(specBody(), [rule(2)]));
    const markdown = renderDiffMarkdown(report);
    expect(markdown).toContain(
      "rule: Experience requirement: 1 year of experience → 2 years of experience",
    );
    expect(markdown).not.toContain("years: 1");
  });

  it("a folder diff opens with an index and one line for the unchanged documents", () => {
    const same = specDoc(withJobNumber(specBody(), "20000001"));
    const other = specDoc(withJobNumber(specBody(), "20000002"));
    const changed = specDoc(withGrade(specBody(), "12"));
    const report = diffCollections([same, other, specDoc()], [same, other, changed]);
    const markdown = renderDiffMarkdown(report);
    expect(markdown).toContain(
      "| PRODUCTION SPECIALIST II (`us-ky/class/20001499`) | changed | 1 | 0 | 0 |",
    );
    expect(markdown).toContain(
      "Unchanged: 2 documents (`us-ky/class/20000001`, `us-ky/class/20000002`).",
    );
    expect(markdown).not.toContain("No changes.");
    const html = renderDiffHtml(report);
    expect(html).toContain('<a href="#document-3">PRODUCTION SPECIALIST II</a>');
    expect(html).toContain('<h2 id="document-3">');
  });
});
