/**
 * The main thread never runs a parser (issue 14) and never loads one (issue
 * 16): every document is parsed on a worker, so the modules the CLI and the
 * worker pool import statically must not reach the pipeline. Read from the
 * sources: value imports only (type-only imports are erased, `import()`
 * loads on demand).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { REPO } from "./helpers.js";

/** Modules a pooled `ingest` runs on its main thread: the CLI, and the pool it imports on demand. */
const MAIN_THREAD = ["pipeline/cli/main.ts", "pipeline/batch/pool.ts"];
/** What only a worker may load: the pipeline and every stage of it. */
const WORKER_ONLY = [
  "pipeline/run.ts",
  "pipeline/batch/index.ts",
  "pipeline/load/index.ts",
  "pipeline/extract/",
  "pipeline/detect/",
  "pipeline/profiles/",
  "pipeline/kinds/",
  "pipeline/rules/",
  "pipeline/conserve/",
  "pipeline/validate/",
  "pipeline/diff/",
];

function isTypeOnly(statement: ts.Statement): boolean {
  if (ts.isImportDeclaration(statement)) {
    const clause = statement.importClause;
    if (!clause) return false;
    if (clause.isTypeOnly) return true;
    const named = clause.namedBindings;
    return (
      !clause.name &&
      named !== undefined &&
      ts.isNamedImports(named) &&
      named.elements.every((element) => element.isTypeOnly)
    );
  }
  if (ts.isExportDeclaration(statement)) {
    const clause = statement.exportClause;
    return (
      statement.isTypeOnly ||
      (clause !== undefined &&
        ts.isNamedExports(clause) &&
        clause.elements.every((element) => element.isTypeOnly))
    );
  }
  return false;
}

/** Repository-relative .ts paths `path` imports as values, at load time. */
function staticImports(path: string): string[] {
  const source = ts.createSourceFile(
    path,
    readFileSync(join(REPO, path), "utf8"),
    ts.ScriptTarget.Latest,
  );
  return source.statements.flatMap((statement) => {
    const specifier =
      ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)
        ? statement.moduleSpecifier
        : undefined;
    if (!specifier || !ts.isStringLiteral(specifier) || isTypeOnly(statement)) return [];
    if (!specifier.text.startsWith(".")) return [];
    return [relative(REPO, resolve(REPO, dirname(path), specifier.text)).replace(/\.js$/, ".ts")];
  });
}

/** Every module loaded with `roots`, following static value imports. */
function loadedWith(roots: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (path: string): void => {
    if (seen.has(path)) return;
    expect(existsSync(join(REPO, path)), `${path} resolves`).toBe(true);
    seen.add(path);
    for (const next of staticImports(path)) visit(next);
  };
  for (const root of roots) visit(root);
  return [...seen].sort();
}

/** Constants the CLI names in its help and checks before work: no code of a reader. */
const CONSTANTS_ONLY = new Set(["pipeline/extract/pdf/limits.ts"]);

const workerOnly = (modules: readonly string[]) =>
  modules.filter(
    (path) => !CONSTANTS_ONLY.has(path) && WORKER_ONLY.some((piece) => path.startsWith(piece)),
  );

describe("the main thread of a pooled batch", () => {
  it("loads none of the pipeline: the CLI and the pool reach no reader, profile or stage", () => {
    expect(workerOnly(loadedWith(MAIN_THREAD))).toEqual([]);
  });

  it("is told apart from the worker's side, which loads the pipeline", () => {
    const worker = loadedWith(["pipeline/batch/document-worker.ts"]);
    expect(workerOnly(worker)).toEqual(
      expect.arrayContaining(["pipeline/run.ts", "pipeline/detect/index.ts"]),
    );
  });
});
