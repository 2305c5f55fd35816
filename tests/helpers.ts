/** Shared test helpers: run the pipeline on a file, read facts by JSON pointer. */
import { readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { Io } from "../pipeline/cli/command.js";
import { main } from "../pipeline/cli/main.js";
import { type IngestResult, ingest } from "../pipeline/run.js";
import { joinWrapped } from "../pipeline/shared/text.js";
import {
  type ClassCode,
  type ClassSpecBody,
  READABLE_SCHEMA_VERSIONS,
  SCHEMA_VERSION,
  type SpecDocument,
} from "../schemas/index.js";
import type { QualificationTerm } from "../schemas/qualifications.js";
import { migratePointer, migrateValue } from "./migration-table.js";

export const REPO = join(dirname(fileURLToPath(import.meta.url)), "..");
export const SHARED = join(REPO, "..", "shared");

export function fixture(path: string): string {
  return join(REPO, "fixtures", path);
}

/** Runs the whole pipeline on a file, with its path shown relative to the repository. */
export async function ingestPath(absolute: string): Promise<IngestResult> {
  const bytes = readFileSync(absolute);
  return ingest(new Uint8Array(bytes), relative(REPO, absolute).split("\\").join("/"));
}

export async function ingestDocument(absolute: string): Promise<SpecDocument> {
  const result = await ingestPath(absolute);
  if (result.status === "failed") {
    throw new Error(`${absolute} failed: ${result.error.code}: ${result.error.message}`);
  }
  return result.document;
}

/** Value at a JSON pointer; a `#length` suffix asks for an array's length. */
export function at(document: unknown, pointer: string): unknown {
  const length = pointer.endsWith("#length");
  const path = length ? pointer.slice(0, -"#length".length) : pointer;
  let current: unknown = document;
  for (const raw of path.split("/").slice(1)) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return length ? (Array.isArray(current) ? current.length : undefined) : current;
}

/** The value of the first code of `scheme` a class spec prints ("job-number", "job-code"). */
export function codeOf(body: ClassSpecBody, scheme: ClassCode["scheme"]): string | undefined {
  return body.codes.find((code) => code.scheme === scheme)?.value;
}

/**
 * A seed's gold facts as written (against schema 1.x, `../shared/gold` is
 * read-only): check each with `holdsGoldFact`, which reads it through the
 * migration table.
 */
export function goldFacts(seed: string): Array<[string, unknown]> {
  const gold = JSON.parse(readFileSync(join(SHARED, "gold", "seeds.facts.json"), "utf8")) as Record<
    string,
    Record<string, unknown>
  >;
  const facts = gold[seed];
  if (!facts) throw new Error(`no gold facts for ${seed}`);
  return Object.entries(facts);
}

/** A 1.x gold fact read in a 2.0 document: the value at its migrated pointer, and the migrated value. */
export function goldFactIn(
  document: SpecDocument,
  pointer: string,
  expected: unknown,
): { actual: unknown; expected: unknown } {
  const actual = at(document, migratePointer(pointer, document));
  const migrated = migrateValue(pointer, expected);
  // The seed's 1.0.0 is 2.0.0 after the major migration; a later minor of 2 reads every 2.0.0
  // document (it only adds optional fields), so a document written as that minor holds the fact.
  const readable: readonly unknown[] = READABLE_SCHEMA_VERSIONS;
  if (pointer === "/schemaVersion" && actual === SCHEMA_VERSION && readable.includes(migrated))
    return { actual, expected: actual };
  return { actual, expected: migrated };
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output. */
export async function run(
  argv: string[],
  options: { cwd?: string; env?: Record<string, string>; isTTY?: boolean; stdin?: Uint8Array } = {},
): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd: options.cwd ?? REPO,
    isTTY: options.isTTY ?? false,
    env: options.env ?? {},
    ...(options.stdin ? { stdin: [options.stdin] } : {}),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/**
 * A document's unmapped pieces as words, wraps repaired: the same text laid
 * out at another width (a PDF and its text twin) gives the same list.
 */
export function unmappedWords(document: SpecDocument): string[] {
  return document.unmapped.map((piece) => joinWrapped(piece.text.split("\n")));
}

/** Every term of a document's qualification rules, groups opened (the same objects, to edit in place). */
export function termsOf(document: SpecDocument): QualificationTerm[] {
  return document.rules.flatMap((rule) =>
    rule.type !== "qualification"
      ? []
      : rule.expression.items.flatMap((item) =>
          item.kind === "allOf" || item.kind === "anyOf" ? item.items : [item],
        ),
  );
}
