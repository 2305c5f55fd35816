/**
 * The schema-compatibility check (scripts/schema-compat*.ts): each rule of
 * the classifier on small made-up schema pairs, the version verdict, and the
 * repository's own released snapshots and generated schemas.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runSchemaCompat } from "../scripts/schema-compat.js";
import { compareSchemas, type SchemaChange, unannounced } from "../scripts/schema-compat-rules.js";
import { REPO } from "./helpers.js";

type Schema = Record<string, unknown>;

const object = (properties: Schema, required: string[] = Object.keys(properties)): Schema => ({
  type: "object",
  properties,
  required,
  additionalProperties: false,
});
const text: Schema = { type: "string" };
const nullable = (schema: Schema): Schema => ({ anyOf: [schema, { type: "null" }] });
const brief = (changes: readonly SchemaChange[]) =>
  changes.map((change) => `${change.severity}: ${change.what}`);

describe("classifying a difference", () => {
  const base = object({ grade: text, kind: { type: "string", enum: ["a", "b"] } });

  it.each<[string, Schema, string[]]>([
    ["nothing changed", base, []],
    [
      "a property removed",
      object({ kind: { type: "string", enum: ["a", "b"] } }),
      ['breaking: property "grade" removed (or renamed)'],
    ],
    [
      "a property renamed",
      object({ level: text, kind: { type: "string", enum: ["a", "b"] } }),
      [
        'breaking: property "grade" removed (or renamed)',
        'breaking: required property "level" added',
      ],
    ],
    [
      "a type changed",
      object({ grade: { type: "number" }, kind: { type: "string", enum: ["a", "b"] } }),
      ["breaking: type changed from string to number"],
    ],
    [
      "required -> optional",
      object({ grade: text, kind: { type: "string", enum: ["a", "b"] } }, ["kind"]),
      ['breaking: property "grade" required -> optional in an output'],
    ],
    [
      "an enum value removed",
      object({ grade: text, kind: { type: "string", enum: ["a"] } }),
      ['breaking: enum value "b" removed'],
    ],
    [
      "an enum value added to an output",
      object({ grade: text, kind: { type: "string", enum: ["a", "b", "c"] } }),
      ['breaking: enum value "c" added to an output'],
    ],
    [
      "a value that may now be null",
      object({ grade: nullable(text), kind: { type: "string", enum: ["a", "b"] } }),
      ["breaking: may now be null"],
    ],
    [
      "a pattern narrowed",
      object({
        grade: { type: "string", pattern: "^\\d+$" },
        kind: { type: "string", enum: ["a", "b"] },
      }),
      ["breaking: pattern changed from undefined to ^\\d+$"],
    ],
    [
      "a bound tightened",
      object({
        grade: { type: "string", minLength: 1 },
        kind: { type: "string", enum: ["a", "b"] },
      }),
      ["breaking: minLength changed from undefined to 1"],
    ],
    [
      "a new optional property",
      object({ grade: text, kind: { type: "string", enum: ["a", "b"] }, note: text }, [
        "grade",
        "kind",
      ]),
      ['non-breaking: optional property "note" added'],
    ],
    [
      "a description changed",
      object({
        grade: { ...text, description: "The pay grade" },
        kind: { type: "string", enum: ["a", "b"] },
      }),
      ["non-breaking: description changed"],
    ],
  ])("%s", (_name, after, expected) => {
    expect(brief(compareSchemas(base, after))).toEqual(expected);
  });

  it("pairs union variants by their discriminator, whatever their order", () => {
    const variant = (type: string, extra: Schema = {}) =>
      object({ type: { type: "string", const: type }, ...extra });
    const before = { oneOf: [variant("a"), variant("b")] };
    expect(compareSchemas(before, { oneOf: [variant("b"), variant("a")] })).toEqual([]);
    expect(brief(compareSchemas(before, { oneOf: [variant("a")] }))).toEqual([
      "breaking: variant type=b removed",
    ]);
    expect(
      brief(compareSchemas(before, { oneOf: [variant("a"), variant("b", { x: text })] })),
    ).toEqual(['breaking: required property "x" added']);
  });

  it("follows $ref into $defs", () => {
    const withDefs = (grade: Schema): Schema => ({
      $ref: "#/$defs/Doc",
      $defs: { Doc: object({ grade }) },
    });
    expect(brief(compareSchemas(withDefs(text), withDefs({ type: "integer" })))).toEqual([
      "breaking: type changed from string to integer",
    ]);
  });

  describe("the schema version: what matters is which stored versions are still accepted", () => {
    const doc = (version: Schema) => object({ schemaVersion: { type: "string", ...version } });

    it("a minor that keeps the earlier minor readable adds only", () => {
      expect(
        brief(compareSchemas(doc({ const: "2.0.0" }), doc({ enum: ["2.0.0", "2.1.0"] }))),
      ).toEqual(['non-breaking: schemaVersion "2.1.0" accepted']);
    });

    it("a version no longer accepted breaks stored documents (a major announces it)", () => {
      expect(brief(compareSchemas(doc({ const: "1.0.0" }), doc({ const: "2.0.0" })))).toEqual([
        'breaking: schemaVersion "1.0.0" no longer accepted',
        'non-breaking: schemaVersion "2.0.0" accepted',
      ]);
      expect(
        brief(compareSchemas(doc({ enum: ["2.0.0", "2.1.0"] }), doc({ const: "2.1.0" }))),
      ).toEqual(['breaking: schemaVersion "2.0.0" no longer accepted']);
    });
  });
});

describe("the version decides", () => {
  const breaking: SchemaChange = { at: "/", severity: "breaking", what: "x" };
  const additive: SchemaChange = { at: "/", severity: "non-breaking", what: "y" };

  it.each<[string, SchemaChange[], string, string, boolean]>([
    ["a breaking change with a major bump", [breaking], "1.0.0", "2.0.0", true],
    ["a breaking change with a minor bump", [breaking], "1.0.0", "1.1.0", false],
    ["a breaking change without a bump", [breaking], "2.0.0", "2.0.0", false],
    ["an additive change with a minor bump", [additive], "2.0.0", "2.1.0", true],
    ["an additive change without a bump", [additive], "2.0.0", "2.0.0", false],
    ["no change and no bump", [], "2.0.0", "2.0.0", true],
    ["a version going back", [], "2.0.0", "1.9.0", false],
  ])("%s", (_name, changes, from, to, announced) => {
    expect(unannounced(changes, from, to) === undefined).toBe(announced);
  });
});

describe("the repository's schemas", () => {
  it("announce every released step and match the current release", () => {
    let out = "";
    let err = "";
    const code = runSchemaCompat(
      REPO,
      { stdout: (t) => (out += t), stderr: (t) => (err += t) },
      false,
    );
    expect(err).toBe("");
    expect(code).toBe(0);
    // 1.0.0 -> 2.0.0 was breaking, announced by the major bump; 2.0.0 -> 2.1.0 only added
    // optional fields (a minor bump); 2.1.0 is released as generated.
    expect(out).toMatch(/^schema 1\.0\.0 -> 2\.0\.0: \d+ change\(s\), [1-9]\d* breaking$/m);
    expect(out).toMatch(/^schema 2\.0\.0 -> 2\.1\.0: [1-9]\d* change\(s\), 0 breaking$/m);
    expect(out).toContain("schema 2.1.0 -> 2.1.0: 0 change(s), 0 breaking\n");
    expect(out).toContain("schema-compat: 2.1.0 ok");
  });

  it("fail on a generated schema that changed without a version bump", () => {
    const repo = mkdtempSync(join(tmpdir(), "classpec-compat-"));
    cpSync(join(REPO, "schemas", "released"), join(repo, "schemas", "released"), {
      recursive: true,
    });
    mkdirSync(join(repo, "schemas", "json"), { recursive: true });
    for (const name of readdirSync(join(REPO, "schemas", "json"))) {
      // The current release as generated, with one optional property added to the body.
      const schema = JSON.parse(readFileSync(join(REPO, "schemas", "json", name), "utf8"));
      if (name === "class-spec-document.schema.json")
        schema.$defs.ClassSpecDocument.properties.body.properties.remarks = { type: "string" };
      writeFileSync(join(repo, "schemas", "json", name), JSON.stringify(schema));
    }
    let out = "";
    let err = "";
    const code = runSchemaCompat(
      repo,
      { stdout: (t) => (out += t), stderr: (t) => (err += t) },
      false,
    );
    expect(code).toBe(1);
    expect(out).toContain(
      'non-breaking  class-spec-document.schema.json#/properties/body/properties/remarks  optional property "remarks" added',
    );
    expect(err).toMatch(
      /1 schema change\(s\) with the version still 2\.1\.0, expected a version bump/,
    );
  });
});
