/**
 * The diff never ignores a body field. The test walks the zod body schemas
 * (schemas/index.ts, the source of truth), builds a body that has every field,
 * and changes each leaf in turn (and takes away each optional or nullable
 * part): every edit must give a change. A field added to a schema without a
 * diff table entry (pipeline/diff/tables/) fails here, naming the field.
 */
import { describe, expect, it } from "vitest";
import { compareDocuments } from "../pipeline/diff/index.js";
import { DIFF_KINDS } from "../pipeline/diff/tables/index.js";
import { type KindName, SCHEMA_VERSION, type SpecDocument } from "../schemas/index.js";
import { DOCUMENT_KINDS, KIND_NAMES } from "../schemas/kinds.js";

type Path = ReadonlyArray<string | number>;

/** The zod definition, as much of it as the walk reads. */
interface Def {
  type: string;
  format?: string;
  shape?: Record<string, Schema>;
  element?: Schema;
  innerType?: Schema;
  entries?: Record<string, string>;
  checks?: Array<{ _zod: { def: { pattern?: RegExp } } }>;
}
interface Schema {
  _zod: { def: Def };
}

const def = (schema: unknown): Def => (schema as Schema)._zod.def;

/** Strings with a pattern: a value and an edited value, by field name (a new one is added here). */
const PATTERNED: Readonly<Record<string, readonly [string, string]>> = {
  yearMonth: ["2020-01", "2021-02"],
};

function patterned(d: Def, path: Path): readonly [string, string] | undefined {
  if (!d.checks?.some((check) => check._zod.def.pattern !== undefined)) return undefined;
  const name = String(path.findLast((part) => typeof part === "string"));
  const values = PATTERNED[name];
  if (!values) throw new Error(`add a sample for the patterned string '${name}' to PATTERNED`);
  return values;
}
const WRAPPERS = new Set(["nullable", "optional", "exact_optional"]);

/** Words no other sample holds, so an edit cannot be mistaken for text read elsewhere. */
function wordsFor(path: Path): string {
  return `sample ${path.filter((part) => typeof part === "string").join(" ")} text`;
}

/** A value of `schema` with every optional part present and one item per array. */
function sample(schema: unknown, path: Path): unknown {
  const d = def(schema);
  if (WRAPPERS.has(d.type)) return sample(d.innerType, path);
  switch (d.type) {
    case "object":
      return Object.fromEntries(
        Object.entries(d.shape ?? {}).map(([key, value]) => [key, sample(value, [...path, key])]),
      );
    case "array":
      return [sample(d.element, [...path, 0])];
    case "string":
      return patterned(d, path)?.[0] ?? (d.format === "date" ? "2020-01-01" : wordsFor(path));
    case "number":
      return 1;
    case "enum":
      return Object.values(d.entries ?? {})[0];
    default:
      throw new Error(`the walk does not know zod type '${d.type}' at /${path.join("/")}`);
  }
}

/** A different value of the same leaf. */
function edited(schema: unknown, value: unknown, path: Path): unknown {
  const d = def(schema);
  if (WRAPPERS.has(d.type)) return edited(d.innerType, value, path);
  const pattern = patterned(d, path);
  if (pattern) return pattern[1];
  if (d.type === "number") return (value as number) + 1;
  if (d.type === "enum") return Object.values(d.entries ?? {})[1];
  if (d.format === "date") return "2021-02-02";
  return `${value as string} revised with new words`;
}

interface Edit {
  /** "/effectiveDate/yearMonth changed", "/concept taken away". */
  name: string;
  apply: (body: Record<string, unknown>) => void;
}

/** Every leaf edited, and every optional or nullable part taken away. */
function edits(schema: unknown, path: Path, value: unknown): Edit[] {
  const d = def(schema);
  const at = `/${path.join("/")}`;
  const out: Edit[] = [];
  if (WRAPPERS.has(d.type)) {
    const absent = d.type === "nullable" ? null : undefined;
    out.push({ name: `${at} taken away`, apply: (body) => setAt(body, path, absent) });
    return [...out, ...edits(d.innerType, path, value)];
  }
  if (d.type === "object") {
    return Object.entries(d.shape ?? {}).flatMap(([key, inner]) =>
      edits(inner, [...path, key], (value as Record<string, unknown>)[key]),
    );
  }
  if (d.type === "array") return edits(d.element, [...path, 0], (value as unknown[])[0]);
  const next = edited(schema, value, path);
  return [{ name: `${at} changed`, apply: (body) => setAt(body, path, next) }];
}

function setAt(body: Record<string, unknown>, path: Path, value: unknown): void {
  let node = body as Record<string | number, unknown>;
  for (const part of path.slice(0, -1)) node = node[part] as Record<string | number, unknown>;
  const last = path.at(-1) ?? "";
  if (value === undefined) delete node[last];
  else node[last] = value;
}

/** A document of `kind` around `body`: every other part fixed, so only the body differs. */
function documentOf(kind: KindName, body: unknown): SpecDocument {
  return {
    schemaVersion: SCHEMA_VERSION,
    kind,
    id: `unknown/${DOCUMENT_KINDS[kind].idSegment}/coverage`,
    title: "Coverage",
    jurisdiction: null,
    status: "complete",
    source: { path: "coverage.txt", format: "text", sha256: "0".repeat(64), profile: "generic" },
    body,
    rules: [],
    provenance: {},
    unmapped: [],
    diagnostics: [],
  } as SpecDocument;
}

/** Every registered kind (schemas/kinds.ts), with its body schema. */
const KINDS = KIND_NAMES.map((kind) => ({
  kind,
  schema: DOCUMENT_KINDS[kind].body,
  document: (body: unknown) => documentOf(kind, body),
}));

it("the diff tables list the registered kinds in the registry's order (the change catalogue's order)", () => {
  expect(Object.keys(DIFF_KINDS)).toEqual(KIND_NAMES);
});

describe.each(KINDS)("every $kind body field is compared", ({ schema, document }) => {
  const base = sample(schema, []) as Record<string, unknown>;
  const all = edits(schema, [], base);

  it("the sample body is a valid body with every field present", () => {
    expect(schema.safeParse(base).error).toBeUndefined();
    // One edit per leaf at least: the walk reached the whole shape.
    expect(all.length).toBeGreaterThan(Object.keys(schema.shape).length);
  });

  it.each(all.map((edit) => [edit.name, edit] as const))("%s gives a change", (_name, edit) => {
    const after = structuredClone(base);
    edit.apply(after);
    const { changes } = compareDocuments(document(base), document(after));
    // No change here means the field has no entry in the diff tables (pipeline/diff/tables/).
    expect(changes.map((change) => change.ruleId)).not.toEqual([]);
  });
});
