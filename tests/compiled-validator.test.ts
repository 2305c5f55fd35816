/**
 * The compiled validator (schemas/compiled/, generated from the JSON Schema
 * that zod generates) must agree with zod: it accepts every golden output and
 * copies it with zod's key order, it rejects what zod rejects, and it needs
 * nothing at run time.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DocFile } from "../pipeline/file.js";
import { compiledCheck, validateFast } from "../pipeline/validate/compiled.js";
import { SpecDocument } from "../schemas/index.js";
import { KIND_NAMES } from "../schemas/kinds.js";
import { REPO } from "./helpers.js";

/** Every ingested golden under output/ (the revisions folder holds diff reports, not documents). */
const goldens = readdirSync(join(REPO, "output"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== "revisions")
  .map((entry) => entry.name)
  .sort()
  .flatMap((folder) =>
    readdirSync(join(REPO, "output", folder), { recursive: true, encoding: "utf8" })
      .filter((name) => name.endsWith(".json"))
      .map((name) => ({
        name: `${folder}/${name}`,
        document: JSON.parse(readFileSync(join(REPO, "output", folder, name), "utf8")),
      })),
  );

/** A copy of `value` with its objects' keys reversed: the order a profile might build them in. */
function scrambled(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(scrambled);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, inner]) => [key, scrambled(inner)]),
  );
}

type Mutation = readonly [name: string, mutate: (document: Record<string, unknown>) => void];

const MUTATIONS: readonly Mutation[] = [
  ["a required key removed", (document) => delete document.title],
  ["a bad id", (document) => Object.assign(document, { id: "Not An Id" })],
  ["an unknown kind", (document) => Object.assign(document, { kind: "class-list" })],
  ["an empty title", (document) => Object.assign(document, { title: "" })],
  ["a bad sha256", (document) => Object.assign(document.source as object, { sha256: "xyz" })],
  [
    "a rule of no known type",
    (document) => {
      const rules = document.rules as Record<string, unknown>[];
      rules.push({ ...(rules[0] ?? {}), type: "wish" });
    },
  ],
  [
    "a rule that is no object",
    (document) => {
      (document.rules as unknown[]).push(null);
    },
  ],
  [
    "a rule whose type names another rule shape",
    (document) => {
      const rules = document.rules as Record<string, unknown>[];
      rules.push({ ...(rules[0] ?? {}), type: "substitution" });
    },
  ],
  [
    "a rule without its type",
    (document) => {
      const rules = document.rules as Record<string, unknown>[];
      const { type: _type, ...rest } = rules[0] ?? {};
      rules.push(rest);
    },
  ],
  ["a string where an array goes", (document) => Object.assign(document, { unmapped: "x" })],
  [
    "a diagnostic of no severity",
    (document) => {
      (document.diagnostics as unknown[]).push({ code: "x", message: "y" });
    },
  ],
];

describe("compiled validator", () => {
  it("has golden outputs of every registered kind to check against", () => {
    const kinds = new Set(goldens.map(({ document }) => document.kind));
    expect([...kinds].sort()).toEqual([...KIND_NAMES].sort());
  });

  it.each(goldens)("accepts $name and orders its keys as zod does", ({ document }) => {
    const zod = SpecDocument.parse(scrambled(document));
    const compiled = compiledCheck(scrambled(document));
    expect(compiled).toBeDefined();
    expect(JSON.stringify(compiled, null, 2)).toBe(JSON.stringify(zod, null, 2));
    expect(JSON.stringify(compiledCheck(document))).toBe(JSON.stringify(document));
  });

  it("copies a document whose key holds undefined, leaving the key out", () => {
    const document = { ...structuredClone(goldens[0]?.document), publisher: undefined };
    const compiled = compiledCheck(document) as unknown as Record<string, unknown>;
    expect(compiled).not.toBe(document);
    expect(Object.hasOwn(compiled, "publisher")).toBe(false);
    expect(JSON.stringify(compiled)).toBe(JSON.stringify(document));
  });

  it.each(MUTATIONS)("rejects a document with %s, as zod does", (_name, mutate) => {
    for (const { document } of goldens.slice(0, 4)) {
      const candidate = structuredClone(document) as Record<string, unknown>;
      mutate(candidate);
      expect(SpecDocument.safeParse(candidate).success).toBe(false);
      expect(compiledCheck(candidate)).toBeUndefined();
    }
  });

  it("leaves a document with an unknown key to zod, whose result stands", async () => {
    const candidate = { ...structuredClone(goldens[0]?.document), extra: 1 };
    expect(compiledCheck(candidate)).toBeUndefined();
    const zod = SpecDocument.safeParse(candidate);
    expect(await validateFast(candidate, new DocFile("x.txt"))).toEqual(
      zod.success ? zod.data : undefined,
    );
  });

  it("words a rejected document's issues with zod, each with its pointer", async () => {
    const candidate = structuredClone(goldens[0]?.document) as Record<string, unknown>;
    candidate.id = "Not An Id";
    const file = new DocFile("x.txt");
    expect(await validateFast(candidate, file)).toBeUndefined();
    expect(file.messages.map((message) => [message.code, message.pointer])).toEqual([
      ["schema-invalid", "/id"],
    ]);
  });

  it("needs no module at run time (Ajv's helper is inlined)", () => {
    const code = readFileSync(join(REPO, "schemas", "compiled", "spec-document.ts"), "utf8");
    expect(code).not.toMatch(/\brequire\(|^\s*import\s|\bimport\(/m);
  });
});
