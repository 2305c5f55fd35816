/**
 * A newer classpec models a sentence an older one kept as text (schema 2.1.0:
 * an experience term with no stated amount, a mutual substitution). Re-reading
 * an unchanged spec must not read as a change of who qualifies: the rule's
 * printed sentence is the same, only its modelling differs (a parse
 * difference). A changed sentence still is a change.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diffDocuments } from "../pipeline/diff/index.js";
import type { Rule, SpecDocument } from "../schemas/index.js";
import { allChanges } from "./diff-helpers.js";
import { REPO } from "./helpers.js";

const stored = (): SpecDocument =>
  JSON.parse(
    readFileSync(join(REPO, "output/publishers/texas/us-tx.class.2614.json"), "utf8"),
  ) as SpecDocument;

type Qualification = Extract<Rule, { type: "qualification" }>;

/**
 * The stored document as the 2.0.0 reader gave it: the mutual substitution
 * left as text (no rules), the experience term "(not modelled)". Provenance
 * keys of the rules that follow move up with them.
 */
function asOlderReaderRead(document: SpecDocument): SpecDocument {
  const dropped = new Set(
    document.rules.flatMap((rule, index) => (rule.type === "substitution" ? [index] : [])),
  );
  const newIndex = new Map<number, number>();
  let next = 0;
  document.rules.forEach((_rule, index) => {
    if (!dropped.has(index)) newIndex.set(index, next++);
  });
  const rules = document.rules
    .filter((_rule, index) => !dropped.has(index))
    .map((rule): Rule => {
      if (rule.type !== "qualification") return rule;
      const items = rule.expression.items.map((item) =>
        item.kind === "experience"
          ? { kind: "text" as const, text: item.text, requirement: item.requirement }
          : item,
      );
      return { ...rule, expression: { ...rule.expression, items } } as Qualification;
    });
  const provenance = Object.fromEntries(
    Object.entries(document.provenance).flatMap(([at, place]) => {
      const match = /^\/rules\/(\d+)(.*)$/.exec(at);
      if (!match) return [[at, place]];
      const index = newIndex.get(Number(match[1]));
      return index === undefined ? [] : [[`/rules/${index}${match[2]}`, place]];
    }),
  );
  return { ...document, schemaVersion: "2.0.0", rules, provenance } as SpecDocument;
}

describe("a sentence modelled by a newer reader", () => {
  it("re-reading an unchanged spec gives parse differences, not changes", () => {
    const now = stored();
    const report = diffDocuments(asOlderReaderRead(now), now);
    expect(report.summary).toMatchObject({ major: 0, minor: 0, editorial: 0, total: 0 });
    const differences = report.documents[0]?.parseDifferences ?? [];
    expect(
      differences.map((change) => [change.pointer, change.op, change.severity, change.foundIn]),
    ).toEqual([
      // The mutual substitution's education-for-experience half (the spec states no education
      // requirement for its other half to replace, which is warned, not kept).
      ["/rules/1", "add", "info", "/body/qualifications/minimum/education"],
      ["/rules/2", "replace", "info", "/rules/1"],
    ]);
    expect(differences[1]?.facts?.[0]?.description).toContain("(not modelled) → ");
  });

  it("a changed printed sentence is still a major change", () => {
    const now = stored();
    const was = asOlderReaderRead(now);
    const old = "Experience in hydrology or permit review.";
    const edit = (text: string) =>
      text.replace("Experience in hydrology, water resource planning or permit review.", old);
    if (was.kind !== "class-spec") throw new Error("the stored document is a class spec");
    const minimum = was.body.qualifications.minimum;
    const before = {
      ...was,
      body: {
        ...was.body,
        qualifications: {
          ...was.body.qualifications,
          minimum: { ...minimum, experience: old },
        },
      },
      rules: was.rules.map((rule) =>
        rule.type === "qualification"
          ? {
              ...rule,
              text: edit(rule.text),
              expression: {
                ...rule.expression,
                text: edit(rule.expression.text),
                items: rule.expression.items.map((item) => ({ ...item, text: edit(item.text) })),
              },
            }
          : { ...rule, text: edit(rule.text) },
      ),
    } as SpecDocument;
    const changes = allChanges(diffDocuments(before, now));
    const experience = changes.find(
      (change) => change.pointer === "/body/qualifications/minimum/experience",
    );
    expect(experience?.severity).toBe("major");
    expect(experience?.facts?.some((fact) => fact.rule === "minimum qualifications")).toBe(true);
  });
});
