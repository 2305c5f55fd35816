/**
 * The API report (api/classpec.api.md): every export of the package's
 * entries with its signature and the first paragraph of its TSDoc, read by
 * the TypeScript compiler from the sources. `npm run check` keeps it fresh,
 * so a change to the public API shows in review as a change to this file,
 * and an export without documentation is named as such.
 */
import { join } from "node:path";
import type TypeScript from "typescript";
import { spaceRunEnd } from "../shared/whitespace.js";

export const API_REPORT = "api/classpec.api.md";

/** Package entry -> its source (the entries of package.json's `exports` that hold code). */
export const API_ENTRIES: ReadonlyArray<readonly [string, string]> = [
  ["classpec", "pipeline/index.ts"],
  ["classpec/schemas", "schemas/index.ts"],
];

export const UNDOCUMENTED = "(undocumented)";
const SCHEMAS_ENTRY = "classpec/schemas";

export interface ApiExport {
  entry: string;
  name: string;
  kind: string;
  signature: string;
  doc: string;
}

export async function apiExports(cwd: string): Promise<ApiExport[]> {
  // TypeScript is a development dependency: loaded only by the maintainer's check.
  const ts = (await import("typescript")).default;
  const roots = API_ENTRIES.map(([, source]) => join(cwd, source));
  const program = ts.createProgram(roots, {
    strict: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const found: ApiExport[] = [];
  for (const [entry, source] of API_ENTRIES) {
    const file = program.getSourceFile(join(cwd, source));
    const module = file && checker.getSymbolAtLocation(file);
    if (!module) throw new Error(`${source}: not found by the TypeScript program`);
    for (const symbol of checker.getExportsOfModule(module)) {
      const target =
        symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      // The main entry re-exports classpec/schemas whole: listed once, under that entry.
      const home = target.declarations?.[0]?.getSourceFile().fileName ?? "";
      if (entry !== SCHEMAS_ENTRY && home.startsWith(join(cwd, "schemas/"))) continue;
      found.push({
        entry,
        name: symbol.name,
        ...describeSymbol(ts, checker, target, symbol.name),
        doc: firstParagraph(ts.displayPartsToString(target.getDocumentationComment(checker))),
      });
    }
  }
  return found.sort((a, b) =>
    a.entry === b.entry ? (a.name < b.name ? -1 : 1) : a.entry < b.entry ? -1 : 1,
  );
}

/**
 * `text` without its doc comments and the white space after each: what
 * `/\/\*\*[\s\S]*?\*\/\s*\/g` removed, found with indexOf (that pattern was
 * quadratic in a run of unterminated openers).
 */
export function withoutDocComments(text: string): string {
  let out = "";
  let from = 0;
  for (;;) {
    const open = text.indexOf("/**", from);
    if (open < 0) break;
    const close = text.indexOf("*/", open + 3);
    // No closer after this opener: none after any later one either.
    if (close < 0) break;
    out += text.slice(from, open);
    from = spaceRunEnd(text, close + 2);
  }
  return out + text.slice(from);
}

function describeSymbol(
  ts: typeof TypeScript,
  checker: TypeScript.TypeChecker,
  symbol: TypeScript.Symbol,
  name: string,
): { kind: string; signature: string } {
  const flags = ts.TypeFormatFlags.NoTruncation;
  const declaration = symbol.declarations?.[0];
  if (symbol.flags & ts.SymbolFlags.Function && declaration) {
    const type = checker.getTypeOfSymbolAtLocation(symbol, declaration);
    const signatures = type
      .getCallSignatures()
      .map((signature) => `${name}${checker.signatureToString(signature, undefined, flags)}`);
    return { kind: "function", signature: signatures.join("\n") };
  }
  if (symbol.flags & ts.SymbolFlags.TypeAlias && symbol.flags & ts.SymbolFlags.Value) {
    // A zod schema and its type under one name: the structure is the JSON Schema's, checked
    // fresh apart (schemas/json); the name is the API.
    return {
      kind: "zod schema and type",
      signature: `const ${name}: z.ZodType;\ntype ${name} = z.output<typeof ${name}>;`,
    };
  }
  if (symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias) && declaration) {
    const value = symbol.flags & ts.SymbolFlags.Value;
    const text = withoutDocComments(declaration.getText()).replace(/^export /, "");
    const kind = symbol.flags & ts.SymbolFlags.Interface ? "interface" : "type";
    return { kind: value ? `${kind} and value` : kind, signature: text };
  }
  if (declaration) {
    const type = checker.getTypeOfSymbolAtLocation(symbol, declaration);
    const text = checker.typeToString(type, undefined, flags);
    // A zod schema's type is its whole structure again: the type of the same name says it.
    if (/^Zod|^z\./.test(text) || /\.Zod[A-Z]/.test(text) || /^import\(.*zod/.test(text))
      return { kind: "zod schema", signature: `${name}: z.ZodType<${name}>` };
    return { kind: "const", signature: `${name}: ${text}` };
  }
  return { kind: "unknown", signature: name };
}

function firstParagraph(doc: string): string {
  const paragraph = doc
    .split(/\n\s*\n/)[0]
    ?.replace(/\s+/g, " ")
    .trim();
  return paragraph || UNDOCUMENTED;
}

export function renderApiReport(exports: readonly ApiExport[]): string {
  const lines = [
    "# classpec API report",
    "",
    "<!-- Generated by `npm run check` (pipeline/check/api-report.ts) from the package's entries; do not edit. -->",
    "",
    "Everything a program can import from classpec, with its signature. A change here is a change",
    "to the public API: review it as one (and bump the version accordingly).",
    "",
  ];
  for (const [entry] of API_ENTRIES) {
    lines.push(`## \`${entry}\``, "");
    if (entry !== SCHEMAS_ENTRY)
      lines.push(`Also every export of \`${SCHEMAS_ENTRY}\`, below.`, "");
    for (const item of exports.filter((candidate) => candidate.entry === entry)) {
      lines.push(
        `### ${item.name} (${item.kind})`,
        "",
        item.doc,
        "",
        "```ts",
        item.signature,
        "```",
        "",
      );
    }
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
