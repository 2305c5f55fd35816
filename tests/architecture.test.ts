/**
 * The import graph of pipeline/ and schemas/, read from the sources themselves
 * (static and dynamic imports), so a new file is covered without listing it:
 * - no cycles;
 * - no module importing from a layer above its own (so `batch/` and `cli/`,
 *   above `run.ts`, are never imported by it or below it);
 * - `diff/` imports only shared code and the schemas (it compares documents,
 *   it does not make them);
 * - no profile imports another (the registry, profiles/index.ts, imports them all).
 * Each rule is proved able to fail: a forbidden import written into a
 * temporary copy of the sources is read back and caught.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { REPO } from "./helpers.js";

/**
 * Layers, lowest first. A module may import its own layer or a lower one.
 * The key is the path below the repository, up to the first folder under
 * pipeline/ (or the file itself for pipeline's top-level files).
 */
const LAYERS: readonly (readonly string[])[] = [
  ["schemas"],
  ["pipeline/shared", "pipeline/file.ts", "pipeline/types.ts", "pipeline/acknowledge.ts"],
  [
    "pipeline/load",
    "pipeline/extract",
    "pipeline/rules",
    "pipeline/emit",
    "pipeline/validate",
    "pipeline/diff",
  ],
  ["pipeline/detect", "pipeline/checks", "pipeline/kinds", "pipeline/conserve"],
  ["pipeline/profiles"],
  ["pipeline/run.ts"],
  ["pipeline/batch"],
  ["pipeline/report", "pipeline/qualify"],
  ["pipeline/check", "pipeline/cli", "pipeline/index.ts"],
];

/** What `diff/` may import besides itself: shared code and the schemas. */
const DIFF_MAY_IMPORT = ["pipeline/shared/", "schemas/"];
const PROFILES = "pipeline/profiles/";
/** The generic class-spec reader: the engine every publisher's data profile runs on, so any profile may use it (it uses none). */
const READER = "pipeline/profiles/generic/";

type Graph = Map<string, string[]>;

function layerOf(path: string): number {
  const parts = path.split("/");
  const key = parts[0] === "schemas" ? "schemas" : parts.slice(0, 2).join("/");
  const layer = LAYERS.findIndex((members) => members.includes(key));
  if (layer < 0) throw new Error(`${path}: no layer declared for ${key}; add it to LAYERS`);
  return layer;
}

function sourceFiles(root: string, folder: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) {
      if (entry.name !== "json" && entry.name !== "types") files.push(...sourceFiles(root, path));
    } else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) {
      files.push(path);
    }
  }
  return files;
}

/** Root-relative .ts paths a file imports (relative specifiers only). */
function importsOf(root: string, path: string): string[] {
  const info = ts.preProcessFile(readFileSync(join(root, path), "utf8"), true, true);
  return info.importedFiles
    .map((imported) => imported.fileName)
    .filter((specifier) => specifier.startsWith("."))
    .map((specifier) =>
      relative(root, resolve(root, dirname(path), specifier)).replace(/\.js$/, ".ts"),
    );
}

/** Every source of pipeline/ and schemas/ under `root`, with what it imports. */
function readGraph(root: string): Graph {
  const files = [...sourceFiles(root, "pipeline"), ...sourceFiles(root, "schemas")].sort();
  return new Map(files.map((file) => [file, importsOf(root, file)]));
}

function edges(graph: Graph, forbidden: (file: string, target: string) => boolean): string[] {
  return [...graph].flatMap(([file, targets]) =>
    targets.filter((target) => forbidden(file, target)).map((target) => `${file} -> ${target}`),
  );
}

/** The profile folder a path is in (`pipeline/profiles/iowa/`), or undefined (the registry, everything else). */
function profileOf(path: string): string | undefined {
  const parts = path.split("/");
  return path.startsWith(PROFILES) && parts.length > 3
    ? `${parts.slice(0, 3).join("/")}/`
    : undefined;
}

const RULES = {
  layers: (graph: Graph) => edges(graph, (file, target) => layerOf(target) > layerOf(file)),
  diff: (graph: Graph) =>
    edges(
      graph,
      (file, target) =>
        file.startsWith("pipeline/diff/") &&
        !target.startsWith("pipeline/diff/") &&
        !DIFF_MAY_IMPORT.some((allowed) => target.startsWith(allowed)),
    ),
  profiles: (graph: Graph) =>
    edges(graph, (file, target) => {
      const profile = profileOf(file);
      return (
        profile !== undefined &&
        target.startsWith(PROFILES) &&
        !target.startsWith(profile) &&
        !target.startsWith(READER)
      );
    }),
  cycles: (graph: Graph) => cycles(graph).map((component) => component.join(" <-> ")),
};
type Rule = keyof typeof RULES;

/** Strongly connected components with more than one member, or a self-import (Tarjan). */
function cycles(graph: Graph): string[][] {
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
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return found;
}

const graph = readGraph(REPO);

describe("the import graph", () => {
  it("reads a real graph (every import resolves to a source file)", () => {
    expect(graph.size).toBeGreaterThan(50);
    const unresolved = edges(graph, (_file, target) => !graph.has(target));
    expect(unresolved).toEqual([]);
  });

  it.each(Object.keys(RULES) as Rule[])("keeps the rule: %s", (rule) => {
    expect(RULES[rule](graph)).toEqual([]);
  });
});

/**
 * A copy of pipeline/ and schemas/ in a temporary folder, where each probe
 * writes its forbidden import, reads the graph back and takes the probe out.
 */
describe("each rule catches the import it is there to refuse", () => {
  const copy = mkdtempSync(join(tmpdir(), "classpec-architecture-"));
  for (const folder of ["pipeline", "schemas"])
    cpSync(join(REPO, folder), join(copy, folder), { recursive: true });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  /** The violations of every rule once `files` (root-relative path: source) are written. */
  function withProbe(files: Record<string, string>): Record<Rule, string[]> {
    const saved = new Map<string, string | undefined>();
    for (const [path, source] of Object.entries(files)) {
      const absolute = join(copy, path);
      saved.set(absolute, graph.has(path) ? readFileSync(absolute, "utf8") : undefined);
      writeFileSync(absolute, source);
    }
    try {
      const probed = readGraph(copy);
      return Object.fromEntries(
        (Object.keys(RULES) as Rule[]).map((rule) => [rule, RULES[rule](probed)]),
      ) as Record<Rule, string[]>;
    } finally {
      for (const [absolute, original] of saved) {
        if (original === undefined) rmSync(absolute);
        else writeFileSync(absolute, original);
      }
    }
  }

  const runSource = (): string => readFileSync(join(REPO, "pipeline/run.ts"), "utf8");

  it.each([
    [
      "diff -> batch",
      "pipeline/diff/__probe.ts",
      "../batch/deliver.js",
      "pipeline/batch/deliver.ts",
    ],
    [
      "diff -> a profile",
      "pipeline/diff/__probe.ts",
      "../profiles/kentucky/index.js",
      "pipeline/profiles/kentucky/index.ts",
    ],
    // A module of a lower layer than diff's own, so only the diff rule refuses it.
    ["diff -> load", "pipeline/diff/__probe.ts", "../load/index.js", "pipeline/load/index.ts"],
  ])(
    "diff/ imports only shared code and schemas: %s is refused",
    (_name, probe, specifier, target) => {
      const found = withProbe({ [probe]: `import "${specifier}";\n` });
      expect(found.diff).toEqual([`${probe} -> ${target}`]);
    },
  );

  it("no profile imports another (the layers alone would allow it: same layer)", () => {
    const probe = "pipeline/profiles/iowa/__probe.ts";
    const found = withProbe({ [probe]: `import "../kentucky/index.js";\n` });
    expect(found.profiles).toEqual([`${probe} -> pipeline/profiles/kentucky/index.ts`]);
    expect(found.layers).toEqual([]);
    // ... while a profile's own modules and the code below it stay allowed.
    const own = withProbe({ [probe]: `import "./index.js";\nimport "../../shared/text.js";\n` });
    expect(own.profiles).toEqual([]);
  });

  it.each([
    ["batch", "./batch/index.js", "pipeline/batch/index.ts"],
    ["cli", "./cli/main.js", "pipeline/cli/main.ts"],
  ])("%s/ sits above run.ts: run.ts importing it is refused", (_name, specifier, target) => {
    const found = withProbe({
      "pipeline/run.ts": `${runSource()}\nimport "${specifier}";\n`,
    });
    expect(found.layers).toContain(`pipeline/run.ts -> ${target}`);
  });

  it("a cycle is refused", () => {
    const found = withProbe({
      "pipeline/shared/__a.ts": `import "./__b.js";\n`,
      "pipeline/shared/__b.ts": `export { } from "./__a.js";\n`,
    });
    expect(found.cycles).toEqual(["pipeline/shared/__a.ts <-> pipeline/shared/__b.ts"]);
  });
});
