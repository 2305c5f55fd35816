/**
 * Generated files and whether they are fresh: output/ (from fixtures/), the
 * JSON Schemas and the TypeScript declarations. `npm run check` (scripts/check.ts) and the
 * golden tests use the same list, so they cannot disagree.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { generateSchemaFiles } from "../../schemas/generate.js";
import { ingestInput } from "../batch/index.js";
import { collectInputs } from "../batch/inputs.js";
import { writeAtomic } from "../emit/index.js";
import { jsonText } from "../emit/json-text.js";
import { withChangeTable } from "../report/change-catalogue.js";
import { API_REPORT, apiExports, renderApiReport } from "./api-report.js";
import { CLI_REFERENCE, renderCliReference } from "./cli-reference.js";
import { OUTPUT_CONTRACT, renderOutputContract } from "./output-contract.js";
import { revisionGoldens } from "./revisions.js";

export const FIXTURES_DIR = "fixtures";
export const OUTPUT_DIR = "output";
/** The page whose change table is generated from the diff's change catalogue. */
const CHANGE_TABLE_PAGE = "docs/diff.md";
/**
 * Fixtures that are not ingested into output/: bad inputs (tested for their errors), revision
 * pairs (diffed) and hidden-text PDFs (tested against the clean seed's body and rules).
 */
export const FIXTURE_EXCLUDES = [
  "fixtures/bad",
  "fixtures/revisions",
  "fixtures/pdf-hidden",
] as const;

export interface Expected {
  /** Repository-relative path -> contents. */
  files: Map<string, string>;
  /** Folders whose every file must be in `files` (anything else there is an orphan). */
  roots: string[];
  /** Fixtures that failed to ingest: always a problem for `check`. */
  failures: string[];
}

export type Generator = (cwd: string) => Promise<Expected>;

export const schemaFiles: Generator = async () => ({
  files: await generateSchemaFiles(),
  roots: ["schemas/json", "schemas/types", "schemas/compiled"],
  failures: [],
});

export const fixtureOutputs: Generator = async (cwd) => {
  const { inputs, problems } = await collectInputs([FIXTURES_DIR], cwd, [...FIXTURE_EXCLUDES]);
  const files = new Map<string, string>();
  const failures = problems.map(
    (problem) => `${problem.path}: ${problem.code}: ${problem.message}`,
  );
  for (const input of inputs) {
    const outcome = await ingestInput(input, {});
    if (outcome.json === undefined || outcome.output === undefined) {
      failures.push(`${input.path}: ${outcome.error?.code}: ${outcome.error?.message}`);
      continue;
    }
    // A page of several classes: one output per class.
    for (const document of [outcome, ...(outcome.siblings ?? [])])
      if (document.json !== undefined && document.output !== undefined)
        files.set(`${OUTPUT_DIR}/${document.output}`, jsonText(document.json));
  }
  return { files, roots: [OUTPUT_DIR], failures };
};

/** The diff page's change table, generated from the diff's change catalogue. */
export const diffPageChangeTable: Generator = async (cwd) => {
  const page = await readFile(join(cwd, CHANGE_TABLE_PAGE), "utf8").catch(() => undefined);
  return {
    files: page === undefined ? new Map() : new Map([[CHANGE_TABLE_PAGE, withChangeTable(page)]]),
    roots: [],
    failures: [],
  };
};

/** The docs that must not drift: the CLI reference, the output contract and the API report. */
export const generatedDocs: Generator = async (cwd) => ({
  files: new Map([
    [CLI_REFERENCE, renderCliReference()],
    [OUTPUT_CONTRACT, renderOutputContract()],
    [API_REPORT, renderApiReport(await apiExports(cwd))],
  ]),
  roots: ["api"],
  failures: [],
});

export const GENERATORS: Generator[] = [
  schemaFiles,
  fixtureOutputs,
  revisionGoldens,
  diffPageChangeTable,
  generatedDocs,
];

export async function expectedFiles(cwd: string, generators = GENERATORS): Promise<Expected> {
  const all: Expected = { files: new Map(), roots: [], failures: [] };
  for (const generator of generators) {
    const part = await generator(cwd);
    for (const [path, contents] of part.files) all.files.set(path, contents);
    all.roots.push(...part.roots.filter((root) => !all.roots.includes(root)));
    all.failures.push(...part.failures);
  }
  return all;
}

export interface Stale {
  path: string;
  reason: "missing" | "differs" | "orphan";
}

async function listFiles(cwd: string, folder: string): Promise<string[]> {
  const entries = await readdir(join(cwd, folder), { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const entry of entries) {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) out.push(...(await listFiles(cwd, path)));
    else if (!entry.name.startsWith(".")) out.push(path);
  }
  return out;
}

export async function findStale(cwd: string, expected: Expected): Promise<Stale[]> {
  const stale: Stale[] = [];
  for (const [path, contents] of [...expected.files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const actual = await readFile(join(cwd, path), "utf8").catch(() => undefined);
    if (actual === undefined) stale.push({ path, reason: "missing" });
    else if (actual !== contents) stale.push({ path, reason: "differs" });
  }
  for (const root of expected.roots) {
    for (const path of (await listFiles(cwd, root)).sort()) {
      if (!expected.files.has(path)) stale.push({ path, reason: "orphan" });
    }
  }
  return stale;
}

/** Brings the tree in line with `expected`. Only ever called with an explicit UPDATE. */
export async function updateStale(
  cwd: string,
  expected: Expected,
  stale: readonly Stale[],
): Promise<void> {
  const { rm } = await import("node:fs/promises");
  for (const entry of stale) {
    const contents = expected.files.get(entry.path);
    if (contents === undefined) await rm(join(cwd, entry.path), { force: true });
    else await writeAtomic(join(cwd, entry.path), contents);
  }
}
