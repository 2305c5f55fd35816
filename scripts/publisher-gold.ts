/**
 * A publisher profile checked against its fixtures: every document in
 * `fixtures/publishers/<name>/` is ingested and compared with the facts its
 * `gold.json` states (`{ "<file>": { "<json pointer>": value,
 * "<pointer>#length": n } }`, written by hand from the fixture's text).
 * Used by `npm run publisher -- <name>` and by tests/publishers.test.ts.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { DOCUMENT_EXTENSIONS } from "../pipeline/batch/inputs.js";
import { ingest } from "../pipeline/run.js";

export const PUBLISHER_FIXTURES = "fixtures/publishers";
const GOLD = "gold.json";

export interface GoldReport {
  /** Documents of the profile's folder, by file name. */
  documents: string[];
  /** What differs or is missing, one line each; empty when the profile gives its gold. */
  problems: string[];
}

type Gold = Record<string, Record<string, unknown>>;

/** The value at a JSON pointer (RFC 6901), or `undefined`. */
export function valueAt(document: unknown, pointer: string): unknown {
  let value: unknown = document;
  for (const raw of pointer.split("/").slice(1)) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function factProblem(document: unknown, key: string, expected: unknown): string | undefined {
  const length = key.endsWith("#length");
  const pointer = length ? key.slice(0, -"#length".length) : key;
  const found = valueAt(document, pointer);
  const actual = length ? (Array.isArray(found) ? found.length : undefined) : found;
  if (JSON.stringify(actual) === JSON.stringify(expected)) return undefined;
  return `${key}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
}

/** Pointers of the body's values (strings, numbers) that have no place in `provenance`. */
export function unplacedLeaves(document: {
  body: unknown;
  provenance: Record<string, unknown>;
}): string[] {
  const out: string[] = [];
  const walk = (value: unknown, at: string): void => {
    if (value === null) return;
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) walk(item, `${at}/${index}`);
    } else if (typeof value === "object")
      for (const [key, inner] of Object.entries(value)) walk(inner, `${at}/${key}`);
    else if (!(at in document.provenance)) out.push(at);
  };
  walk(document.body, "/body");
  return out;
}

export async function checkPublisher(repo: string, name: string): Promise<GoldReport> {
  const folder = join(repo, PUBLISHER_FIXTURES, name);
  // Sub-folders hold a format's twins (`pdf/`): one id per folder (pipeline/batch/deliver).
  const names = await readdir(folder, { recursive: true }).catch(() => undefined);
  if (!names)
    return { documents: [], problems: [`no fixtures: ${PUBLISHER_FIXTURES}/${name}/ is missing`] };
  const documents = names
    .filter(
      (file) =>
        DOCUMENT_EXTENSIONS.has(/\.([^./]+)$/.exec(file)?.[1]?.toLowerCase() ?? "") &&
        file !== "README.md",
    )
    .sort();
  const problems: string[] = [];
  const formats = new Set(documents.map((file) => file.split(".").pop()));
  if (documents.length < 2 || formats.size < 2)
    problems.push(
      `${name}: ${documents.length} document(s) in ${formats.size} format(s), expected at least two of each`,
    );
  const goldText = await readFile(join(folder, GOLD), "utf8").catch(() => undefined);
  if (goldText === undefined) return { documents, problems: [...problems, `${name}: no ${GOLD}`] };
  const gold = JSON.parse(goldText) as Gold;
  for (const file of documents) {
    const facts = gold[file];
    if (!facts || Object.keys(facts).length === 0) {
      problems.push(`${file}: no gold facts`);
      continue;
    }
    const path = `${PUBLISHER_FIXTURES}/${name}/${file}`;
    const result = await readDocument(new Uint8Array(await readFile(join(folder, file))), path);
    if ("code" in result) {
      problems.push(`${file}: failed ${result.code}: ${result.message}`);
      continue;
    }
    for (const [key, expected] of Object.entries(facts)) {
      const problem = factProblem(result, key, expected);
      if (problem) problems.push(`${file}: ${problem}`);
    }
    const unplaced = unplacedLeaves(result as Parameters<typeof unplacedLeaves>[0]);
    if (unplaced.length > 0)
      problems.push(`${file}: values without provenance: ${unplaced.join(", ")}`);
  }
  for (const file of Object.keys(gold))
    if (!documents.includes(file)) problems.push(`${file}: in ${GOLD} but not in the folder`);
  return { documents, problems };
}

async function readDocument(
  bytes: Uint8Array,
  path: string,
): Promise<object | { code: string; message: string }> {
  const result = await ingest(bytes, path);
  return result.status === "failed" ? result.error : result.document;
}
