/**
 * Reading one side of a diff: a raw document (any format `ingest` reads), a
 * JSON output (parsed and validated as a SpecDocument), or a folder of
 * either (walked in sorted order). Problems are data, one per file, in the
 * `classpec: <file>: <code>: <message>` vocabulary; a side with any problem
 * must not be compared (a comparison that could not be made is never "no
 * changes").
 */
import { readdir, stat } from "node:fs/promises";
import { extname, isAbsolute, join } from "node:path";
import { SpecDocument } from "../../schemas/index.js";
import { type Budgets, DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT_MS } from "../batch/budgets.js";
import { DOCUMENT_EXTENSIONS, describe, displayPath, readInput } from "../batch/inputs.js";
import { isolationAvailable, parseIsolated } from "../batch/isolation.js";
import { ingest } from "../run.js";
import { formatIssue, schemaIssues } from "../validate/index.js";

export interface LoadProblem {
  path: string;
  code: string;
  message: string;
}

export interface LoadedDocument {
  path: string;
  document: SpecDocument;
  /** Error diagnostics the document was written with (a `partial` document). */
  errors: number;
}

export interface Side {
  documents: LoadedDocument[];
  problems: LoadProblem[];
}

const JSON_EXTENSION = ".json";
/** Notes beside documents are not documents (as in batch/inputs.ts). */
const NOT_DOCUMENTS = /^(readme|changelog|license)(\.[a-z]+)?$/i;

export interface SideOptions {
  /** Budgets of each raw document (parsed on a worker thread, as `ingest` does). */
  budgets?: Budgets;
}

export async function loadSide(arg: string, cwd: string, options: SideOptions = {}): Promise<Side> {
  const budgets = options.budgets ?? {
    timeoutMs: DEFAULT_TIMEOUT_MS,
    maxMemoryMb: DEFAULT_MAX_MEMORY_MB,
  };
  const absolute = isAbsolute(arg) ? arg : join(cwd, arg);
  const path = displayPath(absolute, cwd);
  const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => error);
  if (info instanceof Error) {
    return {
      documents: [],
      problems: [
        {
          path,
          code: info.code === "ENOENT" ? "not-found" : "unreadable",
          message: describe(info),
        },
      ],
    };
  }
  const side: Side = { documents: [], problems: [] };
  if (info.isDirectory()) {
    for (const file of await walk(absolute, side, cwd))
      await loadFile(file, displayPath(file, cwd), side, true, budgets);
    if (side.documents.length === 0 && side.problems.length === 0) {
      side.problems.push({
        path,
        code: "no-documents",
        message: "Unexpected folder with no documents or JSON outputs in it",
      });
    }
  } else {
    await loadFile(absolute, path, side, false, budgets);
  }
  checkDuplicateIds(side);
  return side;
}

async function walk(folder: string, side: Side, cwd: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => error,
  );
  if (entries instanceof Error) {
    side.problems.push({
      path: displayPath(folder, cwd),
      code: "unreadable",
      message: describe(entries),
    });
    return [];
  }
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith(".")) continue;
    const absolute = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(absolute, side, cwd)));
    else if (isCandidate(entry.name)) files.push(absolute);
  }
  return files;
}

function isCandidate(name: string): boolean {
  if (NOT_DOCUMENTS.test(name)) return false;
  const extension = extname(name).toLowerCase();
  return extension === JSON_EXTENSION || DOCUMENT_EXTENSIONS.has(extension.slice(1));
}

async function loadFile(
  absolute: string,
  path: string,
  side: Side,
  inFolder: boolean,
  budgets: Budgets,
): Promise<void> {
  const bytes = readInput(absolute);
  if (!Buffer.isBuffer(bytes)) {
    side.problems.push({ path, ...bytes });
    return;
  }
  if (isJson(absolute, bytes)) {
    loadJson(bytes, path, side, inFolder);
    return;
  }
  const document = await parseRaw(absolute, path, bytes, budgets);
  if ("code" in document) {
    side.problems.push({ path, ...document });
    return;
  }
  side.documents.push({ path, document, errors: countErrors(document) });
}

/**
 * A raw document parsed on a worker thread under its budgets, like every
 * document `ingest` reads; in-process only when there are no compiled
 * workers (TypeScript source, in tests).
 */
async function parseRaw(
  absolute: string,
  path: string,
  bytes: Buffer,
  budgets: Budgets,
): Promise<SpecDocument | { code: string; message: string }> {
  if (isolationAvailable()) {
    const result = await parseIsolated(
      { input: { path, absolute, outputFolder: "" }, options: {} },
      budgets,
    );
    if (result.error || result.json === undefined)
      return result.error ?? { code: "internal", message: "No document was produced" };
    return JSON.parse(result.json) as SpecDocument;
  }
  const result = await ingest(
    new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    path,
  );
  return result.status === "failed" ? result.error : result.document;
}

/** By extension, or by content: no format `ingest` reads starts with `{`. */
function isJson(path: string, bytes: Buffer): boolean {
  if (extname(path).toLowerCase() === JSON_EXTENSION) return true;
  return /^\uFEFF?\s*\{/.test(bytes.subarray(0, 64).toString("utf8"));
}

function loadJson(bytes: Buffer, path: string, side: Side, inFolder: boolean): void {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString("utf8").replace(/^\uFEFF/, ""));
  } catch (error) {
    side.problems.push({ path, code: "invalid-json", message: (error as Error).message });
    return;
  }
  // In a folder, JSON that does not claim to be a classpec document (a diff
  // report, a config file) is not one of the documents; named directly, it must be.
  if (inFolder && !claimsToBeDocument(value)) return;
  const result = SpecDocument.safeParse(value);
  if (!result.success) {
    const first = schemaIssues(result.error)[0];
    const more =
      result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more)` : "";
    side.problems.push({
      path,
      code: "schema-invalid",
      message: first
        ? `Unexpected value at ${formatIssue(first)}${more}`
        : "Unexpected document that fails the schema",
    });
    return;
  }
  side.documents.push({ path, document: result.data, errors: countErrors(result.data) });
}

function claimsToBeDocument(value: unknown): boolean {
  return typeof value === "object" && value !== null && "schemaVersion" in value && "kind" in value;
}

function countErrors(document: SpecDocument): number {
  return document.diagnostics.filter((diagnostic) => diagnostic.severity === "error").length;
}

/** Pairing is by id, so one id twice on one side makes the pairing ambiguous. */
function checkDuplicateIds(side: Side): void {
  const first = new Map<string, string>();
  for (const { path, document } of side.documents) {
    const earlier = first.get(document.id);
    if (earlier === undefined) first.set(document.id, path);
    else
      side.problems.push({
        path,
        code: "duplicate-id",
        message: `Unexpected second document with id ${document.id} (first in ${earlier})`,
      });
  }
}
