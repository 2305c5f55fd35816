/**
 * One contract (issue 15): the zod schemas (what `classpec validate` and the
 * library's `validate` use) and the published JSON Schemas (what a pipeline
 * checks with Ajv) give the same verdict on every fixture output and on
 * documents mutated the way hand edits and other tools break them.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { validate } from "../pipeline/index.js";
import { ClassSeriesDocument, ClassSpecDocument, SpecDocument } from "../schemas/index.js";
import { REPO } from "./helpers.js";

// ajv-formats is CommonJS: its default export arrives as the module object under NodeNext.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

const PUBLISHED = [
  ["spec-document", SpecDocument],
  ["class-spec-document", ClassSpecDocument],
  ["class-series-document", ClassSeriesDocument],
] as const;

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const ajvValidators = Object.fromEntries(
  PUBLISHED.map(([file]) => {
    const schema = JSON.parse(readFileSync(join(REPO, `schemas/json/${file}.schema.json`), "utf8"));
    return [file, ajv.compile(schema)];
  }),
);

/** Every document under output/ (output/revisions holds diff reports, not documents). */
function outputDocuments(folder = "output"): string[] {
  return readdirSync(join(REPO, folder), { withFileTypes: true })
    .flatMap((entry) => {
      const path = `${folder}/${entry.name}`;
      if (entry.isDirectory()) return path === "output/revisions" ? [] : outputDocuments(path);
      return entry.name.endsWith(".json") ? [path] : [];
    })
    .sort();
}

function read(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(REPO, path), "utf8"));
}

/** zod's and Ajv's verdicts on `value` for the schema published as `file`. */
function verdicts(value: unknown, file: (typeof PUBLISHED)[number][0] = "spec-document") {
  const zod = PUBLISHED.find(([name]) => name === file)?.[1];
  const ajvValidate = ajvValidators[file];
  if (!zod || !ajvValidate) throw new Error(`no schema ${file}`);
  return { zod: zod.safeParse(value).success, ajv: ajvValidate(value) };
}

// biome-ignore lint/suspicious/noExplicitAny: a mutation edits JSON of any shape, on purpose.
type Doc = Record<string, any>;
/** A mutation: a name, whether the result is still a valid document, and the edit. */
type Mutation = readonly [string, boolean, (document: Doc) => void];

const SHARED_MUTATIONS: Mutation[] = [
  ["unchanged", true, () => {}],
  ["an unknown top-level key", false, (d) => (d.extra = 1)],
  ["an unknown key in source", false, (d) => (d.source.origin = "web")],
  ["an unknown key in body", false, (d) => (d.body.remarks = "x")],
  ["an unknown key in jurisdiction", false, (d) => (d.jurisdiction.country = "US")],
  [
    "an unknown key in a diagnostic",
    false,
    (d) => d.diagnostics.push({ severity: "info", code: "x", message: "m", hint: "h" }),
  ],
  [
    "a diagnostic without a message",
    false,
    (d) => d.diagnostics.push({ severity: "info", code: "x" }),
  ],
  [
    "a diagnostic with the vfile name reason",
    false,
    (d) => d.diagnostics.push({ severity: "info", code: "x", reason: "m" }),
  ],
  [
    "an added diagnostic",
    true,
    (d) => d.diagnostics.push({ severity: "warning", code: "x", message: "m", startLine: 3 }),
  ],
  [
    "an unknown severity",
    false,
    (d) => d.diagnostics.push({ severity: "fatal", code: "x", message: "m" }),
  ],
  ["a missing title", false, (d) => delete d.title],
  ["an empty title", false, (d) => (d.title = "")],
  ["a null title", false, (d) => (d.title = null)],
  ["an unknown kind", false, (d) => (d.kind = "class-family")],
  [
    "the other kind",
    false,
    (d) => (d.kind = d.kind === "class-spec" ? "class-series" : "class-spec"),
  ],
  ["another schema version", false, (d) => (d.schemaVersion = "1.0.0")],
  ["status failed", false, (d) => (d.status = "failed")],
  ["status partial", true, (d) => (d.status = "partial")],
  ["an id outside the pattern", false, (d) => (d.id = "US-KY/class/1")],
  ["an id below a locality", true, (d) => (d.id = "us-wa-king/class/1")],
  ["an id of an unknown jurisdiction", true, (d) => (d.id = "unknown/class/1")],
  ["an id of another kind of document", false, (d) => (d.id = "us-ky/family/1")],
  ["no jurisdiction (null)", true, (d) => (d.jurisdiction = null)],
  [
    "a county's jurisdiction",
    true,
    (d) =>
      (d.jurisdiction = {
        code: "US-WA",
        name: "Washington",
        locality: { kind: "county", name: "King County" },
      }),
  ],
  [
    "a locality of an unknown kind",
    false,
    (d) => (d.jurisdiction.locality = { kind: "parish", name: "Orleans" }),
  ],
  ["a publisher", true, (d) => (d.publisher = "Personnel Cabinet")],
  ["an empty publisher", false, (d) => (d.publisher = "")],
  ["a sha256 in capitals", false, (d) => (d.source.sha256 = d.source.sha256.toUpperCase())],
  ["pages: 0", false, (d) => (d.source.pages = 0)],
  ["pages: 2.5", false, (d) => (d.source.pages = 2.5)],
  ["pages: 3", true, (d) => (d.source.pages = 3)],
  ["pages: null", false, (d) => (d.source.pages = null)],
  ["an unknown source format", false, (d) => (d.source.format = "docx")],
  [
    "a provenance entry with an unknown key",
    false,
    (d) => (d.provenance["/title"] = { startLine: 1, endLine: 1, column: 2 }),
  ],
  [
    "a provenance entry for any pointer",
    true,
    (d) => (d.provenance["/anything"] = { startLine: 1, endLine: 2, page: 1 }),
  ],
  ["a provenance line 0", false, (d) => (d.provenance["/title"] = { startLine: 0, endLine: 1 })],
  [
    "an unmapped piece with an unknown key",
    false,
    (d) => d.unmapped.push({ text: "t", startLine: 1, endLine: 1, why: "?" }),
  ],
  ["rules not an array", false, (d) => (d.rules = {})],
  ["a rule of an unknown type", false, (d) => d.rules.push({ id: "r", text: "t", type: "bonus" })],
  [
    "a rule with an unknown key",
    false,
    (d) => {
      d.rules[0].note = "n";
    },
  ],
  ["a numeric key", false, (d) => (d[0] = [])],
];

const SPEC_MUTATIONS: Mutation[] = [
  ["an invalid date", false, (d) => (d.body.dates.established.date = "2024-02-30")],
  ["a date with a time", false, (d) => (d.body.dates.established.date = "2024-02-03T00:00:00Z")],
  ["a leap day", true, (d) => (d.body.dates.established.date = "2024-02-29")],
  ["a date only printed", true, (d) => (d.body.dates.established = { printed: "spring 1978" })],
  [
    "a partial date",
    true,
    (d) => (d.body.dates.established = { printed: "8/78", yearMonth: "1978-08" }),
  ],
  [
    "a month 13",
    false,
    (d) => (d.body.dates.established = { printed: "13/78", yearMonth: "1978-13" }),
  ],
  ["an empty printed date", false, (d) => (d.body.dates.established = { printed: "" })],
  ["a negative salary", false, (d) => (d.body.pay.ranges[0].min = -1)],
  ["a salary as text", false, (d) => (d.body.pay.ranges[0].min = "13.58")],
  ["an unknown key in a salary range", false, (d) => (d.body.pay.ranges[0].currency = "USD")],
  ["no group (null)", true, (d) => (d.body.group = null)],
  ["an unknown key in probation", false, (d) => (d.body.probation.note = "n")],
  ["no probation (null)", true, (d) => (d.body.probation = null)],
  [
    "an unknown key in the group",
    false,
    (d) => (d.body.group = { kind: "series", code: "1", name: "n", x: 1 }),
  ],
  ["no codes", true, (d) => (d.body.codes = [])],
  ["a code of an unknown scheme", false, (d) => (d.body.codes[0].scheme = "badge")],
  ["an empty code", false, (d) => (d.body.codes[0].value = "")],
  [
    "a grade with its number",
    true,
    (d) => (d.body.pay.grades[0] = { label: "Band", value: "B17", number: 17 }),
  ],
  ["no pay basis (null)", true, (d) => (d.body.pay.basis = null)],
  ["a duty as a bare string (1.x)", false, (d) => (d.body.duties[0] = "Assigns work.")],
  ["a duty with its area", true, (d) => (d.body.duties[0].area = "Production")],
  [
    "a knowledge group",
    true,
    (d) =>
      d.body.knowledgeSkillsAbilities.push({
        kind: "knowledge",
        heading: "Knowledge of:",
        items: ["x"],
      }),
  ],
  [
    "a KSA group of an unknown kind",
    false,
    (d) => d.body.knowledgeSkillsAbilities.push({ kind: "wit", heading: null, items: [] }),
  ],
  ["no minimum qualifications (null)", true, (d) => (d.body.qualifications.minimum = null)],
  ["a 1.x field", false, (d) => (d.body.jobNumber = "20001499")],
  ["an extension of an unknown publisher", false, (d) => (d.body.extensions["us-zz"] = {})],
  [
    "New Hampshire's evaluation factors",
    true,
    (d) =>
      (d.body.extensions["us-nh"] = { evaluationFactors: [{ name: "Complexity", text: "t" }] }),
  ],
];

const SERIES_MUTATIONS: Mutation[] = [
  ["a class without codes", false, (d) => (d.body.classes[0].codes = [])],
  ["a class with one more code", true, (d) => d.body.classes[0].codes.push("99999")],
  ["a class at level 0", false, (d) => (d.body.classes[0].level = 0)],
  ["an unknown key in a class", false, (d) => (d.body.classes[0].grade = 3)],
  ["a chart cell n/a (null)", true, (d) => (d.body.charts[0].cells[0].text = null)],
  ["an unknown key in a chart cell", false, (d) => (d.body.charts[0].cells[0].note = "n")],
];

const documents = outputDocuments();
const KENTUCKY = "output/kentucky/us-ky.class.20001499.json";
const IOWA = "output/iowa/us-ia.series.information-technology-specialist-series.json";

describe("zod and Ajv 2020 agree", () => {
  it("finds the fixture outputs of both kinds", () => {
    expect(documents).toContain(KENTUCKY);
    expect(documents).toContain(IOWA);
    expect(documents.length).toBeGreaterThanOrEqual(15);
  });

  it.each(documents)("%s is valid for both", (path) => {
    const document = read(path);
    expect(verdicts(document)).toEqual({ zod: true, ajv: true });
    const kind = document.kind === "class-spec" ? "class-spec-document" : "class-series-document";
    expect(verdicts(document, kind)).toEqual({ zod: true, ajv: true });
    expect(validate(document).valid).toBe(true);
  });

  for (const [path, mutations] of [
    [KENTUCKY, [...SHARED_MUTATIONS, ...SPEC_MUTATIONS]],
    [IOWA, [...SHARED_MUTATIONS, ...SERIES_MUTATIONS]],
  ] as const) {
    it.each(mutations.map((mutation) => [mutation[0], mutation] as const))(
      `${path.split("/").pop()}: %s`,
      (_name, [, valid, edit]) => {
        const document = structuredClone(read(path));
        edit(document);
        expect(verdicts(document)).toEqual({ zod: valid, ajv: valid });
        // The library's validate gives the same verdict, with a pointer for each problem.
        const result = validate(document);
        expect(result.valid).toBe(valid);
        if (!result.valid) expect(result.issues.length).toBeGreaterThan(0);
      },
    );
  }

  it("names the unknown key and where it is", () => {
    const document = structuredClone(read(KENTUCKY));
    document.body = { ...(document.body as object), remarks: "x" };
    const result = validate(document);
    expect(result.valid).toBe(false);
    if (!result.valid)
      expect(result.issues).toMatchObject([{ code: "unrecognized_keys", pointer: "/body" }]);
  });
});
