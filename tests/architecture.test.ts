/**
 * The import graph of pipeline/ and schemas/: no cycles, and no module
 * importing from a layer above its own. Read from the sources themselves
 * (static and dynamic imports), so a new file is covered without listing it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { REPO } from "./helpers.js";

/**
 * Layers, lowest first. A module may import its own layer or a lower one.
 * The key is the path below the repository, up to the first folder under
 * pipeline/ (or the file itself for pipeline's top-level files).
 */
const LAYERS: readonly (readonly string[])[] = [
  ["schemas"],
  ["pipeline/shared", "pipeline/file.ts", "pipeline/types.ts", "pipeline/acknowledge.ts"],
  ["pipeline/load", "pipeline/extract", "pipeline/rules", "pipeline/emit", "pipeline/validate"],
  ["pipeline/detect", "pipeline/checks", "pipeline/kinds", "pipeline/conserve"],
  ["pipeline/profiles"],
  ["pipeline/run.ts"],
  ["pipeline/batch"],
  ["pipeline/diff"],
  ["pipeline/report", "pipeline/qualify"],
  ["pipeline/check", "pipeline/cli", "pipeline/index.ts"],
];

function layerOf(path: string): number {
  const parts = path.split("/");
  const key = parts[0] === "schemas" ? "schemas" : parts.slice(0, 2).join("/");
  const layer = LAYERS.findIndex((members) => members.includes(key));
  if (layer < 0) throw new Error(`${path}: no layer declared for ${key}; add it to LAYERS`);
  return layer;
}

function sourceFiles(folder: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(join(REPO, folder), { withFileTypes: true })) {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) {
      if (entry.name !== "json" && entry.name !== "types") files.push(...sourceFiles(path));
    } else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) {
      files.push(path);
    }
  }
  return files;
}

/** Repository-relative .ts paths a file imports (relative specifiers only). */
function importsOf(path: string): string[] {
  const info = ts.preProcessFile(readFileSync(join(REPO, path), "utf8"), true, true);
  return info.importedFiles
    .map((imported) => imported.fileName)
    .filter((specifier) => specifier.startsWith("."))
    .map((specifier) =>
      relative(REPO, resolve(REPO, dirname(path), specifier)).replace(/\.js$/, ".ts"),
    );
}

const files = [...sourceFiles("pipeline"), ...sourceFiles("schemas")].sort();
const graph = new Map(files.map((file) => [file, importsOf(file)]));

/** Strongly connected components with more than one member, or a self-import (Tarjan). */
function cycles(): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let counter = 0;
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || graph.get(node)?.includes(node)) found.push(component.sort());
    }
  };
  for (const file of files) if (!index.has(file)) visit(file);
  return found;
}

describe("the import graph", () => {
  it("reads a real graph (every import resolves to a source file)", () => {
    expect(files.length).toBeGreaterThan(50);
    const unresolved = [...graph].flatMap(([file, targets]) =>
      targets.filter((target) => !graph.has(target)).map((target) => `${file} -> ${target}`),
    );
    expect(unresolved).toEqual([]);
  });

  it("has no cycle", () => {
    expect(cycles()).toEqual([]);
  });

  it("never imports from a higher layer", () => {
    const upward = [...graph].flatMap(([file, targets]) =>
      targets
        .filter((target) => layerOf(target) > layerOf(file))
        .map((target) => `${file} -> ${target}`),
    );
    expect(upward).toEqual([]);
  });

  it("finds the cycles and upward imports it is there to find", () => {
    // The checker itself must be able to fail: a made-up graph with both faults.
    graph.set("pipeline/shared/__a.ts", ["pipeline/shared/__b.ts", "pipeline/cli/main.ts"]);
    graph.set("pipeline/shared/__b.ts", ["pipeline/shared/__a.ts"]);
    files.push("pipeline/shared/__a.ts", "pipeline/shared/__b.ts");
    try {
      expect(cycles()).toContainEqual(["pipeline/shared/__a.ts", "pipeline/shared/__b.ts"]);
      expect(layerOf("pipeline/cli/main.ts")).toBeGreaterThan(layerOf("pipeline/shared/__a.ts"));
    } finally {
      graph.delete("pipeline/shared/__a.ts");
      graph.delete("pipeline/shared/__b.ts");
      files.splice(files.indexOf("pipeline/shared/__a.ts"), 2);
    }
  });
});
