/**
 * Rule references across every committed output: each `requirement` id a
 * qualification term names and each `replaces` a substitution names is a rule
 * of the same document (no id dangles); and no sentence a qualification term
 * models is also warned as one no pattern reads.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Rule } from "../schemas/index.js";
import { REPO } from "./helpers.js";

interface WithRules {
  rules: Rule[];
  diagnostics?: Array<{ code: string; message: string }>;
}

function jsonFiles(folder: string): string[] {
  return readdirSync(join(REPO, folder)).flatMap((name) => {
    const path = `${folder}/${name}`;
    if (statSync(join(REPO, path)).isDirectory()) return jsonFiles(path);
    return name.endsWith(".json") ? [path] : [];
  });
}

function documentsIn(value: unknown): WithRules[] {
  if (Array.isArray(value)) return value.flatMap(documentsIn);
  if (value && typeof value === "object" && Array.isArray((value as WithRules).rules))
    return [value as WithRules];
  return [];
}

const DOCUMENTS = jsonFiles("output").flatMap((path) =>
  documentsIn(JSON.parse(readFileSync(join(REPO, path), "utf8"))).map(
    (document, index) => [`${path}#${index}`, document] as const,
  ),
);

/** Every object below `value`, the rule's expression terms included. */
function objectsIn(value: unknown): Array<Record<string, unknown>> {
  if (Array.isArray(value)) return value.flatMap(objectsIn);
  if (!value || typeof value !== "object") return [];
  const object = value as Record<string, unknown>;
  return [object, ...Object.values(object).flatMap(objectsIn)];
}

function namedIds(rule: Rule): string[] {
  if (rule.type === "substitution") return [rule.replaces];
  if (rule.type !== "qualification") return [];
  return objectsIn(rule.expression).flatMap((node) =>
    typeof node.requirement === "string" ? [node.requirement] : [],
  );
}

describe("rule references in every output document", () => {
  it("reads the documents that hold rules", () => {
    expect(DOCUMENTS.length).toBeGreaterThan(50);
  });

  it.each(DOCUMENTS)("%s: every requirement id named is a rule", (_, document) => {
    const ids = new Set(document.rules.map((rule) => rule.id));
    const dangling = document.rules.flatMap(namedIds).filter((id) => !ids.has(id));
    expect(dangling).toEqual([]);
  });

  it.each(DOCUMENTS)("%s: no sentence a term models is warned unread", (_, document) => {
    const modelled = document.rules.flatMap((rule) =>
      rule.type === "qualification"
        ? objectsIn(rule.expression).flatMap((node) =>
            typeof node.kind === "string" &&
            !["text", "allOf", "anyOf"].includes(node.kind) &&
            typeof node.text === "string"
              ? [node.text]
              : [],
          )
        : [],
    );
    const unread = (document.diagnostics ?? [])
      .filter((diagnostic) => diagnostic.code === "rule-unrecognized")
      .filter((diagnostic) => modelled.some((text) => diagnostic.message.includes(`"${text}"`)));
    expect(unread).toEqual([]);
  });
});
