/**
 * One registration per kind (issue 22 item 4): a made-up third kind,
 * `pay-plan`, is added to a temporary copy of the sources the way
 * docs/architecture.md says a kind is added: its body schema
 * (schemas/pay-plan.ts), its folder (pipeline/kinds/pay-plan/), its diff table
 * (pipeline/diff/tables/pay-plan.ts), and one entry in each registry keyed by
 * kind name: DOCUMENT_KINDS (schemas/kinds.ts), KINDS (pipeline/kinds/) and
 * DIFF_KINDS (pipeline/diff/tables/), plus the compiled validator regenerated.
 * The copy type-checks with every part; leaving out any one registry entry
 * (or the regeneration) makes it fail to compile, with the error in the
 * registry that misses it. The TypeScript compiler API checks each variant.
 */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO } from "./helpers.js";

const KIND_FILES: Readonly<Record<string, string>> = {
  "schemas/pay-plan.ts": `/** A pay plan: steps of one pay table (a made-up kind, registered by a test). */
import { z } from "zod";

export const PayPlanBody = z
  .strictObject({
    steps: z.array(z.strictObject({ step: z.number().int().positive(), amount: z.number() })),
    notices: z.array(z.string()),
  })
  .meta({ title: "PayPlanBody" });
`,
  "pipeline/kinds/pay-plan/index.ts": `/** Pay plans: no rules yet, one check that steps rise. */
import { defineCheck } from "../../checks/define.js";
import { bodyAt } from "../../shared/pointer.js";
import type { Kind } from "../../types.js";

const stepsRise = defineCheck<"pay-plan">("steps-rise", ({ interpretation, report }) => {
  interpretation.body.steps.forEach((step, index) => {
    const before = interpretation.body.steps[index - 1];
    if (before !== undefined && step.amount < before.amount)
      report("a step pays less than the one before", { pointer: bodyAt("pay-plan")("steps", index, "amount") });
  });
});

export const payPlan: Kind<"pay-plan"> = {
  name: "pay-plan",
  rules: () => ({ rules: [], provenance: {} }),
  checks: [stepsRise],
};
`,
  "pipeline/diff/tables/pay-plan.ts": `/** What a pay-plan diff compares: its notices (the steps would be a keyed field). */
import type { BodyOf } from "../../shared/pointer.js";
import type { Field } from "../fields.js";
import { noticesField } from "./notices.js";

export const PAY_PLAN_FIELDS: ReadonlyArray<Field<BodyOf<"pay-plan">>> = [noticesField()];
`,
};

interface Entry {
  /** Which registry, for the test's name. */
  name: string;
  file: string;
  /** Text in the file after which the entry goes, and the entry (with its import). */
  after: string;
  entry: string;
  import: string;
}

const ENTRIES: readonly Entry[] = [
  {
    name: "DOCUMENT_KINDS (schemas/kinds.ts)",
    file: "schemas/kinds.ts",
    after: 'file: "class-series-document",\n  },\n',
    entry:
      '  "pay-plan": { body: PayPlanBody, idSegment: "plan", definition: "PayPlanDocument", file: "pay-plan-document" },\n',
    import: 'import { PayPlanBody } from "./pay-plan.js";\n',
  },
  {
    name: "KINDS (pipeline/kinds/index.ts)",
    file: "pipeline/kinds/index.ts",
    after: '"class-series": classSeries,\n',
    entry: '  "pay-plan": payPlan,\n',
    import: 'import { payPlan } from "./pay-plan/index.js";\n',
  },
  {
    name: "DIFF_KINDS (pipeline/diff/tables/index.ts)",
    file: "pipeline/diff/tables/index.ts",
    after: "summary: seriesSummary,\n  },\n",
    entry:
      '  "pay-plan": { fields: PAY_PLAN_FIELDS, label: "Pay plan", documents: "pay plan", summary: (document) => [document.title] },\n',
    import: 'import { PAY_PLAN_FIELDS } from "./pay-plan.js";\n',
  },
];

const COMPILED = "schemas/compiled/spec-document.ts";
/** The files whose programs hold every registry, the kinds' code and what reads them. */
const ROOTS = [
  "schemas/index.ts",
  "schemas/generate.ts",
  "pipeline/kinds/index.ts",
  "pipeline/diff/index.ts",
  "pipeline/validate/compiled.ts",
  "pipeline/report/change-catalogue.ts",
];

let root: string;
let options: ts.CompilerOptions;
let previous: ts.Program | undefined;
/** The compiled validator generated with the third kind registered. */
let regenerated: string;

function withEntry(entry: Entry): void {
  const path = join(root, entry.file);
  const text = readFileSync(path, "utf8");
  if (!text.includes(entry.after)) throw new Error(`${entry.file}: anchor not found`);
  const lastImport = text.lastIndexOf("\nimport ");
  const importEnd = text.indexOf("\n", text.indexOf(";", lastImport)) + 1;
  const withImport = text.slice(0, importEnd) + entry.import + text.slice(importEnd);
  writeFileSync(path, withImport.replace(entry.after, `${entry.after}${entry.entry}`));
}

/** The copy as it stands in the repository, plus the kind's own files. */
function reset(): void {
  for (const folder of ["pipeline", "schemas"]) {
    rmSync(join(root, folder), { recursive: true, force: true });
    cpSync(join(REPO, folder), join(root, folder), { recursive: true });
  }
  for (const [path, text] of Object.entries(KIND_FILES)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

/** `file(line): TSxxxx` for every error of the copy's program. */
function compileErrors(): string[] {
  const program = ts.createProgram(
    ROOTS.map((path) => join(root, path)),
    options,
    undefined,
    previous,
  );
  previous = program;
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const file = diagnostic.file;
    const at =
      file && diagnostic.start !== undefined
        ? `${relative(root, file.fileName)}(${file.getLineAndCharacterOfPosition(diagnostic.start).line + 1})`
        : "(global)";
    return `${at}: TS${diagnostic.code}`;
  });
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "classpec-kind-"));
  symlinkSync(join(REPO, "node_modules"), join(root, "node_modules"), "dir");
  // `"type": "module"`: without it the copy's sources read as CommonJS and nothing compiles.
  cpSync(join(REPO, "package.json"), join(root, "package.json"));
  const config = ts.readConfigFile(join(REPO, "tsconfig.json"), ts.sys.readFile);
  options = ts.parseJsonConfigFileContent(config.config, ts.sys, root).options;
  reset();
  for (const entry of ENTRIES) withEntry(entry);
  // The generation `npm run generate` does, run on the copy's schemas.
  const { SpecDocument } = await import(join(root, "schemas/index.ts"));
  const { jsonSchemaOf } = await import(join(root, "schemas/generate.ts"));
  const { compiledValidatorFile } = await import(join(root, "schemas/compile.ts"));
  regenerated = compiledValidatorFile(jsonSchemaOf(SpecDocument, "spec-document"));
}, 300_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("a third kind registered in a copy of the sources", () => {
  it("its generated schema and validator know it, with its id segment", () => {
    expect(regenerated).toContain('"pay-plan": { validate: validatePayPlanDocument');
    expect(regenerated).toContain("(?:class|series|plan)");
  });

  it("compiles with its folder, its files and one entry per registry", () => {
    reset();
    for (const entry of ENTRIES) withEntry(entry);
    writeFileSync(join(root, COMPILED), regenerated);
    expect(compileErrors()).toEqual([]);
  }, 300_000);

  it.each(ENTRIES.map((left) => [left.name, left] as const))(
    "does not compile without its entry in %s",
    (_name, left) => {
      reset();
      for (const entry of ENTRIES) if (entry !== left) withEntry(entry);
      writeFileSync(join(root, COMPILED), regenerated);
      const errors = compileErrors();
      if (left.file === "schemas/kinds.ts") {
        // "pay-plan" is no KindName then: the other registries' entries for it are refused.
        for (const registry of ENTRIES.filter((entry) => entry !== left))
          expect(errors).toContainEqual(expect.stringMatching(new RegExp(`^${registry.file}\\(`)));
      } else {
        // The registry's mapped type over KindName misses the kind: TS2741, property missing.
        expect(errors).toContainEqual(
          expect.stringMatching(new RegExp(`^${left.file}\\(\\d+\\): TS2741$`)),
        );
      }
    },
    300_000,
  );

  it("does not compile when the compiled validator was not regenerated", () => {
    reset();
    for (const entry of ENTRIES) withEntry(entry);
    expect(compileErrors()).toContainEqual(
      expect.stringMatching(/^pipeline\/validate\/compiled\.ts\(\d+\): TS2741$/),
    );
  }, 300_000);
});
