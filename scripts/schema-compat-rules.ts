/**
 * Comparing two published JSON Schemas of the output contract, the way
 * oasdiff compares OpenAPI documents: every difference listed, each
 * classified, and the list decides which version bump it needs.
 *
 * The schemas describe an output that is also validated when stored: a
 * reader switches on its values, and a stored document is checked against
 * the newer schema. So a change is breaking when it can surprise a reader
 * (a new enum value, a field that may now be absent or null, a type widened)
 * or reject a stored document (a value no longer allowed, a new required
 * field); only a new optional property and annotations (descriptions,
 * titles) are not.
 */

export type Severity = "breaking" | "non-breaking";

export interface SchemaChange {
  /** Where, as a JSON pointer into the newer schema (into the older one for a removal). */
  at: string;
  severity: Severity;
  what: string;
}

type Schema = Record<string, unknown>;

/** Keywords that only describe: a change to them is never breaking. */
const ANNOTATIONS = new Set(["title", "description", "$comment", "examples", "$id", "$schema"]);
/** Keywords the walk reads itself; any other keyword is compared whole. */
const STRUCTURE = new Set([
  "type",
  "properties",
  "required",
  "items",
  "prefixItems",
  "anyOf",
  "oneOf",
  "enum",
  "const",
  "pattern",
  "$ref",
  "$defs",
]);

const isObject = (value: unknown): value is Schema =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const pointerSegment = (key: string) => key.replace(/~/g, "~0").replace(/\//g, "~1");

/** `{ type: "string" }` and `{ type: ["string", "null"] }` alike: the set of types. */
function typesOf(schema: Schema): string[] {
  const type = schema.type;
  if (type === undefined) return [];
  return (Array.isArray(type) ? type : [type]).map(String).sort();
}

interface Walk {
  changes: SchemaChange[];
  oldRoot: Schema;
  newRoot: Schema;
  /** `$ref`s being compared, so a recursive schema ends. */
  seen: Set<string>;
}

function resolve(schema: Schema, root: Schema): Schema {
  const ref = schema.$ref;
  if (typeof ref !== "string" || !ref.startsWith("#/")) return schema;
  let node: unknown = root;
  for (const part of ref.slice(2).split("/"))
    node = isObject(node) ? node[part.replace(/~1/g, "/").replace(/~0/g, "~")] : undefined;
  return isObject(node) ? { ...node, ...withoutRef(schema) } : schema;
}

function withoutRef(schema: Schema): Schema {
  const { $ref: _ref, ...rest } = schema;
  return rest;
}

/** `anyOf: [X, { type: "null" }]` (zod's nullable) as X with `null` among its types. */
function unwrapNullable(schema: Schema): Schema {
  const anyOf = schema.anyOf;
  if (!Array.isArray(anyOf) || anyOf.length !== 2) return schema;
  const nullAt = anyOf.findIndex((item) => isObject(item) && item.type === "null");
  const other = anyOf[1 - nullAt];
  if (nullAt === -1 || !isObject(other) || other.anyOf || other.oneOf) return schema;
  const { anyOf: _anyOf, ...rest } = schema;
  const types = typesOf(other);
  return { ...rest, ...other, type: types.length === 0 ? ["null"] : [...types, "null"] };
}

function push(walk: Walk, at: string, severity: Severity, what: string): void {
  walk.changes.push({ at: at || "/", severity, what });
}

/** The two schemas at `at`: every difference between them, into `walk.changes`. */
function compare(walk: Walk, before: Schema, after: Schema, at: string): void {
  const refs = `${String(before.$ref)}|${String(after.$ref)}@${at}`;
  if (before.$ref !== undefined || after.$ref !== undefined) {
    if (walk.seen.has(refs)) return;
    walk.seen.add(refs);
  }
  const a = unwrapNullable(resolve(before, walk.oldRoot));
  const b = unwrapNullable(resolve(after, walk.newRoot));

  for (const key of ANNOTATIONS) {
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key]) && key !== "$id" && key !== "$schema")
      push(walk, `${at}/${key}`, "non-breaking", `${key} changed`);
  }
  compareTypes(walk, a, b, at);
  compareValues(walk, a, b, at);
  compareProperties(walk, a, b, at);
  compareItems(walk, a, b, at);
  compareVariants(walk, a, b, at);
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (ANNOTATIONS.has(key) || STRUCTURE.has(key)) continue;
    if (JSON.stringify(a[key]) === JSON.stringify(b[key])) continue;
    push(
      walk,
      `${at}/${key}`,
      "breaking",
      `${key} changed from ${JSON.stringify(a[key])} to ${JSON.stringify(b[key])}`,
    );
  }
}

function compareTypes(walk: Walk, a: Schema, b: Schema, at: string): void {
  const before = typesOf(a);
  const after = typesOf(b);
  if (JSON.stringify(before) === JSON.stringify(after)) return;
  const nullable = (types: string[]) => types.includes("null");
  const what =
    nullable(after) && !nullable(before)
      ? "may now be null"
      : nullable(before) && !nullable(after)
        ? "may no longer be null"
        : `type changed from ${before.join("|") || "any"} to ${after.join("|") || "any"}`;
  push(walk, `${at}/type`, "breaking", what);
}

/** The values a `const` or an `enum` allows, or undefined when the schema sets neither. */
function allowedValues(schema: Schema): string[] | undefined {
  if (Array.isArray(schema.enum)) return schema.enum.map(String);
  return "const" in schema ? [String(schema.const)] : undefined;
}

/**
 * `schemaVersion` names the release, so its value changes with every one; what a stored document
 * needs is that the versions accepted before are still accepted (a minor keeps its major's
 * earlier minors readable). Dropping one is breaking, which only a major version may announce.
 */
function compareAcceptedVersions(walk: Walk, a: Schema, b: Schema, at: string): void {
  const before = allowedValues(a) ?? [];
  const after = allowedValues(b) ?? [];
  for (const value of before.filter((item) => !after.includes(item)))
    push(walk, `${at}/enum`, "breaking", `schemaVersion "${value}" no longer accepted`);
  for (const value of after.filter((item) => !before.includes(item)))
    push(walk, `${at}/enum`, "non-breaking", `schemaVersion "${value}" accepted`);
}

function compareValues(walk: Walk, a: Schema, b: Schema, at: string): void {
  if (at.endsWith("/properties/schemaVersion")) {
    compareAcceptedVersions(walk, a, b, at);
    return;
  }
  if (JSON.stringify(a.const) !== JSON.stringify(b.const))
    push(
      walk,
      `${at}/const`,
      "breaking",
      `const changed from ${String(a.const)} to ${String(b.const)}`,
    );
  const before = Array.isArray(a.enum) ? a.enum.map(String) : undefined;
  const after = Array.isArray(b.enum) ? b.enum.map(String) : undefined;
  if (before && after) {
    for (const value of before.filter((item) => !after.includes(item)))
      push(walk, `${at}/enum`, "breaking", `enum value "${value}" removed`);
    for (const value of after.filter((item) => !before.includes(item)))
      push(walk, `${at}/enum`, "breaking", `enum value "${value}" added to an output`);
  } else if (before || after) {
    push(walk, `${at}/enum`, "breaking", before ? "enum removed" : "enum added");
  }
  if (a.pattern !== b.pattern)
    // Whether one regular expression accepts less than another is not decidable here: any change may reject a stored value.
    push(
      walk,
      `${at}/pattern`,
      "breaking",
      `pattern changed from ${String(a.pattern)} to ${String(b.pattern)}`,
    );
}

function compareProperties(walk: Walk, a: Schema, b: Schema, at: string): void {
  const before = isObject(a.properties) ? a.properties : {};
  const after = isObject(b.properties) ? b.properties : {};
  const requiredBefore = new Set(Array.isArray(a.required) ? a.required.map(String) : []);
  const requiredAfter = new Set(Array.isArray(b.required) ? b.required.map(String) : []);
  for (const key of Object.keys(before)) {
    const path = `${at}/properties/${pointerSegment(key)}`;
    const next = after[key];
    if (!isObject(next)) {
      push(walk, path, "breaking", `property "${key}" removed (or renamed)`);
      continue;
    }
    if (requiredBefore.has(key) && !requiredAfter.has(key))
      push(walk, path, "breaking", `property "${key}" required -> optional in an output`);
    if (!requiredBefore.has(key) && requiredAfter.has(key))
      push(walk, path, "breaking", `property "${key}" optional -> required`);
    compare(walk, before[key] as Schema, next, path);
  }
  for (const key of Object.keys(after)) {
    if (isObject(before[key])) continue;
    const path = `${at}/properties/${pointerSegment(key)}`;
    if (requiredAfter.has(key)) push(walk, path, "breaking", `required property "${key}" added`);
    else push(walk, path, "non-breaking", `optional property "${key}" added`);
  }
}

function compareItems(walk: Walk, a: Schema, b: Schema, at: string): void {
  if (isObject(a.items) && isObject(b.items)) compare(walk, a.items, b.items, `${at}/items`);
  else if (isObject(a.items) !== isObject(b.items))
    push(walk, `${at}/items`, "breaking", isObject(a.items) ? "items removed" : "items added");
  const before = Array.isArray(a.prefixItems) ? a.prefixItems : [];
  const after = Array.isArray(b.prefixItems) ? b.prefixItems : [];
  if (before.length !== after.length)
    push(walk, `${at}/prefixItems`, "breaking", "tuple length changed");
  before.forEach((item, index) => {
    const next = after[index];
    if (isObject(item) && isObject(next)) compare(walk, item, next, `${at}/prefixItems/${index}`);
  });
}

/** Each variant's const properties: `{ kind: "class-spec", schemaVersion: "2.0.0" }`. */
function constsOf(variant: Schema, root: Schema): Map<string, string> {
  const resolved = resolve(variant, root);
  const properties = isObject(resolved.properties) ? resolved.properties : {};
  const consts = new Map<string, string>();
  for (const [key, value] of Object.entries(properties))
    if (isObject(value) && value.const !== undefined) consts.set(key, String(value.const));
  return consts;
}

/**
 * The name of each variant of a union: the const that tells them apart
 * (`kind=class-spec`, `type=requirement`), a const every variant has with a
 * different value (never one they share, like the schema version); else its
 * position.
 */
function variantNames(variants: readonly Schema[], root: Schema): string[] {
  const consts = variants.map((variant) => constsOf(variant, root));
  const keys = [...(consts[0]?.keys() ?? [])].filter((key) => {
    const values = consts.map((each) => each.get(key));
    return values.every((value) => value !== undefined) && new Set(values).size === values.length;
  });
  const key = keys[0];
  return variants.map((_, index) =>
    key === undefined ? `#${index}` : `${key}=${consts[index]?.get(key)}`,
  );
}

function compareVariants(walk: Walk, a: Schema, b: Schema, at: string): void {
  for (const keyword of ["anyOf", "oneOf"] as const) {
    const before = (Array.isArray(a[keyword]) ? a[keyword] : []) as Schema[];
    const after = (Array.isArray(b[keyword]) ? b[keyword] : []) as Schema[];
    const beforeNames = variantNames(before, walk.oldRoot);
    const afterNames = variantNames(after, walk.newRoot);
    before.forEach((variant, index) => {
      const name = beforeNames[index] ?? `#${index}`;
      const next = after[afterNames.indexOf(name)];
      if (next) compare(walk, variant, next, `${at}/${keyword}/${name}`);
      else push(walk, `${at}/${keyword}`, "breaking", `variant ${name} removed`);
    });
    for (const name of afterNames)
      if (!beforeNames.includes(name))
        push(walk, `${at}/${keyword}`, "breaking", `variant ${name} added to an output`);
  }
}

/** Every difference between two versions of one published schema, classified. */
export function compareSchemas(before: Schema, after: Schema): SchemaChange[] {
  const walk: Walk = { changes: [], oldRoot: before, newRoot: after, seen: new Set() };
  compare(walk, withoutDefs(before), withoutDefs(after), "");
  return walk.changes;
}

/** `$defs` are compared where they are used, not on their own. */
function withoutDefs(schema: Schema): Schema {
  const { $defs: _defs, ...rest } = schema;
  return rest;
}

export interface Version {
  major: number;
  minor: number;
  patch: number;
}

export function parseVersion(text: string): Version | undefined {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (!match) return undefined;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]) };
}

export function compareVersions(a: Version, b: Version): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

/**
 * Whether going from `from` to `to` announces `changes`: a breaking change
 * needs a major bump, any change a bump at least. Undefined when it does;
 * else why not.
 */
export function unannounced(
  changes: readonly SchemaChange[],
  from: string,
  to: string,
): string | undefined {
  const a = parseVersion(from);
  const b = parseVersion(to);
  if (!a || !b) return `Unexpected schema version "${!a ? from : to}", expected MAJOR.MINOR.PATCH`;
  const order = compareVersions(a, b);
  if (order > 0) return `Unexpected schema version ${to} below the released ${from}`;
  const breaking = changes.filter((change) => change.severity === "breaking").length;
  if (breaking > 0 && b.major <= a.major)
    return `Unexpected ${breaking} breaking change(s) from ${from} to ${to}, expected a major version bump (${a.major + 1}.0.0)`;
  if (changes.length > 0 && order === 0)
    return `Unexpected ${changes.length} schema change(s) with the version still ${to}, expected a version bump`;
  return undefined;
}
