/** Every regex literal of some TypeScript sources, found with the TypeScript parser (not a regex). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { REPO } from "./helpers.js";

export interface RegexLiteral {
  /** Relative to the repository. */
  path: string;
  /** As written: `/…/flags`. */
  literal: string;
  pattern: string;
  flags: string;
}

export function regexLiteralsIn(paths: readonly string[]): RegexLiteral[] {
  const found: RegexLiteral[] = [];
  for (const path of paths) {
    const file = ts.createSourceFile(
      path,
      readFileSync(join(REPO, path), "utf8"),
      ts.ScriptTarget.Latest,
      true,
    );
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(file);
        const slash = literal.lastIndexOf("/");
        found.push({
          path,
          literal,
          pattern: literal.slice(1, slash),
          flags: literal.slice(slash + 1),
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return found;
}
