/**
 * A publisher profile checked against its fixtures: every document in
 * `fixtures/publishers/<name>/` is ingested and compared with the facts its
 * `gold.json` states (`{ "<file>": { "<json pointer>": value,
 * "<pointer>#length": n } }`, written by hand from the fixture's text).
 * Used by `npm run publisher -- <name>` and by tests/publishers.test.ts.
 */
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { DOCUMENT_EXTENSIONS } from "../pipeline/batch/inputs.js";
import { ingestAll } from "../pipeline/run.js";

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
    if (Array.isArray(value))
      for (const [index, item] of value.entries()) walk(item, `${at}/${index}`);
    else if (typeof value === "object")
      for (const [key, inner] of Object.entries(value)) walk(inner, `${at}/${key}`);
    else if (!(at in document.provenance)) out.push(at);
  };
  walk(document.body, "/body");
  return out;
}

export async function checkPublisher(repo: string, name: string): Promise<GoldReport> {
  const folder = join(repo, PUBLISHER_FIXTURES, name);
  // Sub-folders hold a format's twins (html/, text/, pdf/): one id per folder (pipeline/batch/deliver).
  // Gold keys are paths below the publisher's folder.
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(
    () => undefined,
  );
  if (!entries)
    return { documents: [], problems: [`no fixtures: ${PUBLISHER_FIXTURES}/${name}/ is missing`] };
  const documents = entries
    .filter(
      (entry) =>
        entry.isFile() &&
        DOCUMENT_EXTENSIONS.has(entry.name.split(".").pop()?.toLowerCase() ?? "") &&
        entry.name !== "README.md",
    )
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join("/"))
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
  const seen: string[] = [];
  for (const file of documents) {
    if (!Object.keys(gold).some((key) => key === file || key.startsWith(`${file}#`))) {
      problems.push(`${file}: no gold facts`);
      continue;
    }
    const path = `${PUBLISHER_FIXTURES}/${name}/${file}`;
    const bytes = new Uint8Array(await readFile(join(folder, file)));
    const result = await ingestDocuments(bytes, path);
    if ("code" in result) {
      problems.push(`${file}: failed ${result.code}: ${result.message}`);
      continue;
    }
    // A page of several classes gives one document per class: keyed `<file>#<id>`.
    const keyed = result.map((document) => ({
      key: result.length === 1 ? file : `${file}#${(document as { id: string }).id}`,
      document,
    }));
    for (const { key, document } of keyed) {
      const expected = gold[key];
      if (!expected) {
        problems.push(`${key}: no gold facts`);
        continue;
      }
      for (const [pointer, value] of Object.entries(expected)) {
        const problem = factProblem(document, pointer, value);
        if (problem) problems.push(`${key}: ${problem}`);
      }
    }
    seen.push(...keyed.map(({ key }) => key));
    for (const { key, document } of keyed) {
      const unplaced = unplacedLeaves(document as Parameters<typeof unplacedLeaves>[0]);
      if (unplaced.length > 0)
        problems.push(`${key}: values without provenance: ${unplaced.join(", ")}`);
    }
  }
  for (const key of Object.keys(gold))
    if (!seen.includes(key)) problems.push(`${key}: in ${GOLD} but no document of the folder`);
  return { documents, problems };
}

/**
 * What a user gets: the pipeline's `ingestAll`, whole (detection, rules, conservation,
 * validation); a page of several classes gives one document per class.
 */
async function ingestDocuments(
  bytes: Uint8Array,
  path: string,
): Promise<object[] | { code: string; message: string }> {
  const result = await ingestAll(bytes, path);
  return result.status === "failed"
    ? result.error
    : result.documents.map(({ document }) => document);
}
