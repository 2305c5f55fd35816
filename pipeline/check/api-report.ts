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
  /**
   * Types the signature names that no entry exports (api-extractor's
   * ae-forgotten-export): a program can use the function but not name them.
   */
  unexported: string[];
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
  const exported = new Set<TypeScript.Symbol>();
  const referenced = new Map<ApiExport, TypeScript.Symbol[]>();
  const exportsOf = (source: string): TypeScript.Symbol[] => {
    const file = program.getSourceFile(join(cwd, source));
    const module = file && checker.getSymbolAtLocation(file);
    if (!module) throw new Error(`${source}: not found by the TypeScript program`);
    return checker.getExportsOfModule(module);
  };
  const targetOf = (symbol: TypeScript.Symbol): TypeScript.Symbol =>
    symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const entries = API_ENTRIES.map(([entry, source]) => ({ entry, symbols: exportsOf(source) }));
  const schemasEntry = entries.find(({ entry }) => entry === SCHEMAS_ENTRY);
  if (!schemasEntry) throw new Error(`${SCHEMAS_ENTRY}: not among the API entries`);
  const inSchemasEntry = new Set(schemasEntry.symbols.map(targetOf));
  for (const { entry, symbols } of entries) {
    for (const symbol of symbols) {
      const target = targetOf(symbol);
      exported.add(target);
      // The main entry re-exports classpec/schemas whole: listed once, under that entry.
      // (What it exports from schemas/ beyond that entry is listed under the main entry.)
      if (entry !== SCHEMAS_ENTRY && inSchemasEntry.has(target)) continue;
      const { references, ...described } = describeSymbol(ts, checker, target, symbol.name);
      const item: ApiExport = {
        entry,
        name: symbol.name,
        ...described,
        doc: firstParagraph(ts.displayPartsToString(target.getDocumentationComment(checker))),
        unexported: [],
      };
      referenced.set(item, references);
      found.push(item);
    }
  }
  for (const [item, references] of referenced) {
    const ours = references.filter((reference) =>
      // The package's own types; the standard library's and dependencies' are not ours to export.
      reference.declarations?.some(
        (declaration) => !declaration.getSourceFile().fileName.includes("/node_modules/"),
      ),
    );
    item.unexported = [
      ...new Set(ours.filter((reference) => !exported.has(reference)).map((r) => r.name)),
    ].sort();
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
): { kind: string; signature: string; references: TypeScript.Symbol[] } {
  const flags = ts.TypeFormatFlags.NoTruncation;
  const declaration = symbol.declarations?.[0];
  if (symbol.flags & ts.SymbolFlags.Function && declaration) {
    const declared = declaredSignatures(ts, checker, symbol);
    const signature = declared.map((one) => `${name}${one.text}`).join("\n");
    return { kind: "function", signature, references: declared.flatMap((one) => one.references) };
  }
  if (symbol.flags & ts.SymbolFlags.TypeAlias && symbol.flags & ts.SymbolFlags.Value) {
    // A zod schema and its type under one name: the structure is the JSON Schema's, checked
    // fresh apart (schemas/json); the name is the API.
    return {
      kind: "zod schema and type",
      signature: `const ${name}: z.ZodType;\ntype ${name} = z.output<typeof ${name}>;`,
      references: [],
    };
  }
  if (symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias) && declaration) {
    const value = symbol.flags & ts.SymbolFlags.Value;
    const text = withoutDocComments(declaration.getText()).replace(/^export /, "");
    const kind = symbol.flags & ts.SymbolFlags.Interface ? "interface" : "type";
    return { kind: value ? `${kind} and value` : kind, signature: text, references: [] };
  }
  if (declaration) {
    const type = checker.getTypeOfSymbolAtLocation(symbol, declaration);
    const text = checker.typeToString(type, undefined, flags);
    // A zod schema's type is its whole structure again: the type of the same name says it.
    if (/^Zod|^z\./.test(text) || /\.Zod[A-Z]/.test(text) || /^import\(.*zod/.test(text))
      return { kind: "zod schema", signature: `${name}: z.ZodType<${name}>`, references: [] };
    return { kind: "const", signature: `${name}: ${text}`, references: [] };
  }
  return { kind: "unknown", signature: name, references: [] };
}

/**
 * A function's signatures as declared, types by the names the source gives
 * them (as api-extractor prints them): the checker's own printing expands a
 * type inferred from a zod schema (`ClassSpec`) into its whole structure. The
 * overloads when there are some, else the implementation's head; a parameter
 * or return type left to inference is printed by the checker.
 */
function declaredSignatures(
  ts: typeof TypeScript,
  checker: TypeScript.TypeChecker,
  symbol: TypeScript.Symbol,
): Array<{ text: string; references: TypeScript.Symbol[] }> {
  const flags = ts.TypeFormatFlags.NoTruncation;
  const functions = (symbol.declarations ?? []).filter(ts.isFunctionDeclaration);
  const overloads = functions.filter((declaration) => declaration.body === undefined);
  return (overloads.length > 0 ? overloads : functions).map((declaration) => {
    const typeParameters = declaration.typeParameters
      ? `<${declaration.typeParameters.map((parameter) => sourceText(parameter)).join(", ")}>`
      : "";
    const parameters = declaration.parameters.map((parameter) => {
      const rest = parameter.dotDotDotToken ? "..." : "";
      const optional = parameter.questionToken || parameter.initializer ? "?" : "";
      const type = parameter.type
        ? sourceText(parameter.type)
        : checker.typeToString(checker.getTypeAtLocation(parameter), undefined, flags);
      return `${rest}${sourceText(parameter.name)}${optional}: ${type}`;
    });
    const signature = checker.getSignatureFromDeclaration(declaration);
    const returns = declaration.type
      ? sourceText(declaration.type)
      : signature
        ? checker.typeToString(checker.getReturnTypeOfSignature(signature), undefined, flags)
        : "void";
    return {
      text: `${typeParameters}(${parameters.join(", ")}): ${returns}`,
      references: namedTypes(ts, checker, declaration),
    };
  });
}

/** The symbols the type annotations of `declaration` name, aliases followed. */
function namedTypes(
  ts: typeof TypeScript,
  checker: TypeScript.TypeChecker,
  declaration: TypeScript.FunctionDeclaration,
): TypeScript.Symbol[] {
  const found: TypeScript.Symbol[] = [];
  const visit = (node: TypeScript.Node): void => {
    if (ts.isTypeReferenceNode(node)) {
      const symbol = checker.getSymbolAtLocation(node.typeName);
      if (symbol)
        found.push(symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);
    }
    ts.forEachChild(node, visit);
  };
  for (const parameter of declaration.parameters) if (parameter.type) visit(parameter.type);
  if (declaration.type) visit(declaration.type);
  for (const parameter of declaration.typeParameters ?? []) visit(parameter);
  return found;
}

/** A node's text as written, without doc comments, its line breaks and indentation made one space. */
function sourceText(node: TypeScript.Node): string {
  return withoutDocComments(node.getText())
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join(" ");
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
      if (item.unexported.length > 0)
        lines.push(
          `Names types no entry exports: ${item.unexported.map((name) => `\`${name}\``).join(", ")}.`,
          "",
        );
    }
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
