/**
 * The API report's reading of a package (pipeline/check/api-report.ts), on a
 * two-entry package written for the test: signatures name their types as
 * declared, what the main entry exports from schemas/ beyond classpec/schemas
 * is listed, and a type a signature names that no entry exports is said.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { apiExports, renderApiReport } from "../pipeline/check/api-report.js";

const root = mkdtempSync(join(tmpdir(), "classpec-api-report-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const FILES: Record<string, string> = {
  "schemas/index.ts": [
    "/** A shape with many fields, named. */",
    "export type Shape = { a: string; b: number; c: { d: boolean } };",
  ].join("\n"),
  "schemas/extra.ts": [
    "/** Exported by the main entry only. */",
    "export type Extra = { e: string };",
  ].join("\n"),
  "pipeline/hidden.ts": "export interface Hidden { h: string }",
  "pipeline/index.ts": [
    'export * from "../schemas/index.js";',
    'export * from "../schemas/extra.js";',
    'import type { Shape } from "../schemas/index.js";',
    'import type { Hidden } from "./hidden.js";',
    "/** Reads a shape. */",
    "export function read(shape: Shape, hidden: Hidden, limit = 3): Array<Shape> {",
    "  return hidden.h && limit ? [shape] : [];",
    "}",
    "/** One overload. */",
    "export function pick(value: string): string;",
    "export function pick(value: number): number;",
    "export function pick(value: string | number): string | number {",
    "  return value;",
    "}",
  ].join("\n"),
};
for (const [path, text] of Object.entries(FILES)) {
  mkdirSync(join(root, path, ".."), { recursive: true });
  writeFileSync(join(root, path), text);
}

describe("the API report", async () => {
  const exports = await apiExports(root);
  const byName = new Map(exports.map((item) => [item.name, item]));

  it("prints a function's signature with its types by the names declared", () => {
    expect(byName.get("read")?.signature).toBe(
      "read(shape: Shape, hidden: Hidden, limit?: number): Array<Shape>",
    );
  });

  it("prints overloads, not the implementation", () => {
    expect(byName.get("pick")?.signature).toBe(
      "pick(value: string): string\npick(value: number): number",
    );
  });

  it("names a type a signature uses that no entry exports", () => {
    expect(byName.get("read")?.unexported).toEqual(["Hidden"]);
    expect(renderApiReport(exports)).toContain("Names types no entry exports: `Hidden`.");
  });

  it("lists the main entry's exports from schemas/ that classpec/schemas lacks, once", () => {
    expect(exports.map((item) => `${item.entry} ${item.name}`).sort()).toEqual([
      "classpec Extra",
      "classpec pick",
      "classpec read",
      "classpec/schemas Shape",
    ]);
  });
});
