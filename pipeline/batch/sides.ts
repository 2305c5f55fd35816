/**
 * Reading one side of a diff: a raw document (any format `ingest` reads), a
 * JSON output (parsed and validated as a SpecDocument), or a folder of
 * either, walked by the batch's own input walker (inputs.ts) with the same
 * `--exclude`. Problems are data, one per file, in the `classpec: <file>:
 * <code>: <message>` vocabulary; a side with any problem must not be compared
 * (a comparison that could not be made is never "no changes").
 *
 * A folder that holds ingest's outputs is read as outputs: its other files
 * (diff reports, notes) are not documents. The same id under two sub-folders
 * (one spec ingested from two formats) is one document when both say the
 * same, and an error naming both files when they do not.
 */
import { hash } from "node:crypto";
import { stat } from "node:fs/promises";
import { extname, isAbsolute, join } from "node:path";
import { SCHEMA_VERSION } from "../../schemas/compiled/spec-document.js";
import type { SpecDocument } from "../../schemas/index.js";
import { jsonText } from "../emit/json-text.js";
import { collapseWhitespace, unwrapped } from "../shared/text.js";
import { compiledCheck } from "../validate/compiled.js";
import { type Budgets, DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT_MS } from "./budgets.js";
import { isGlob } from "./globs.js";
import {
  collectInputs,
  DOCUMENT_EXTENSIONS,
  describe,
  displayPath,
  type FileIdentity,
  type Input,
  readInput,
  STDIN_ARGUMENT,
} from "./inputs.js";
import { isolationAvailable, parseIsolated } from "./isolation.js";

export interface LoadProblem {
  path: string;
  code: string;
  message: string;
  /** A skipped entry that is no failure (a link out of the folder): said, and the report still made. */
  severity?: "warning";
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
const SIDE_EXTENSIONS: ReadonlySet<string> = new Set([...DOCUMENT_EXTENSIONS, "json"]);

export interface SideOptions {
  /** Skip files under these paths while walking a folder side, as `ingest --exclude`. */
  exclude?: readonly string[];
  /** Budgets of each raw document (parsed on a worker thread, as `ingest` does). */
  budgets?: Budgets;
  /** Read links that lead out of a folder side, as `ingest --follow-symlinks`. */
  followSymlinks?: boolean;
  /** Standard input's bytes, for a side given as `-`. */
  stdin?: Uint8Array;
}

/**
 * JSON outputs already read and valid, by the SHA-256 of their bytes: a file
 * whose bytes equal one read before is the same document, so it is parsed
 * and validated once. Most files of two revisions of a catalogue are
 * unchanged, and parsing and validating them was most of a catalogue diff's
 * time; hashing a file costs a fiftieth of parsing it, and the digest, not the
 * text, is what is kept.
 */
type ReadJson = Map<string, { document: SpecDocument; errors: number }>;

export async function loadSide(arg: string, cwd: string, options: SideOptions = {}): Promise<Side> {
  return loadOneSide(arg, cwd, options, new Map());
}

/**
 * Both sides of a diff, as `loadSide` reads each. A file on the after side
 * whose bytes equal a file's on the before side is given the same document
 * object, so the diff can tell it unchanged without comparing it.
 */
export async function loadSides(
  before: string,
  after: string,
  cwd: string,
  options: SideOptions = {},
): Promise<[Side, Side]> {
  const read: ReadJson = new Map();
  return Promise.all([
    loadOneSide(before, cwd, options, read),
    loadOneSide(after, cwd, options, read),
  ]);
}

async function loadOneSide(
  arg: string,
  cwd: string,
  options: SideOptions,
  read: ReadJson,
): Promise<Side> {
  const budgets = options.budgets ?? {
    timeoutMs: DEFAULT_TIMEOUT_MS,
    maxMemoryMb: DEFAULT_MAX_MEMORY_MB,
  };
  const side: Side = { documents: [], problems: [] };
  if (arg === STDIN_ARGUMENT && options.stdin !== undefined) {
    await loadFile({ absolute: arg, path: arg }, side, false, budgets, read, options.stdin);
    return side;
  }
  const absolute = isAbsolute(arg) ? arg : join(cwd, arg);
  // Messages name files as the user gave them (as ingest does): an absolute path stays absolute.
  const path = isAbsolute(arg) ? arg : displayPath(absolute, cwd);
  const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => error);
  if (info instanceof Error && isGlob(arg)) {
    // A quoted glob is a folder side made of the files it matches.
    await loadFolder(arg, cwd, options, side, budgets, read);
    return mergeSameIds(side);
  }
  if (info instanceof Error) {
    const code = info.code === "ENOENT" ? "not-found" : "unreadable";
    return { documents: [], problems: [{ path, code, message: describe(info) }] };
  }
  if (info.isDirectory()) {
    await loadFolder(arg, cwd, options, side, budgets, read);
    // A folder whose only entries were skipped (links out of it) holds no document either.
    const failed = side.problems.some((problem) => problem.severity !== "warning");
    if (side.documents.length === 0 && !failed) {
      side.problems.push({
        path,
        code: "no-documents",
        message: "Unexpected folder with no documents or JSON outputs in it",
      });
    }
  } else {
    await loadFile({ absolute, path }, side, false, budgets, read);
  }
  return mergeSameIds(side);
}

async function loadFolder(
  arg: string,
  cwd: string,
  options: SideOptions,
  side: Side,
  budgets: Budgets,
  read: ReadJson,
): Promise<void> {
  const { inputs, problems } = await collectInputs([arg], cwd, options.exclude ?? [], {
    extensions: SIDE_EXTENSIONS,
    followSymlinks: options.followSymlinks === true,
  });
  side.problems.push(...problems);
  const isJsonName = (name: string) => extname(name).toLowerCase() === JSON_EXTENSION;
  for (const input of inputs.filter((input) => isJsonName(input.path)))
    await loadFile(sideFile(input), side, true, budgets, read);
  // Beside ingest's outputs, other files are reports and notes, not revisions to ingest.
  if (side.documents.length > 0) return;
  for (const input of inputs.filter((input) => !isJsonName(input.path)))
    await loadFile(sideFile(input), side, true, budgets, read);
}

/** A walked input as read: named as the user gave it, checked to be the file the walk found. */
function sideFile(input: Input) {
  return { absolute: input.absolute, path: input.shown ?? input.path, identity: input.identity };
}

async function loadFile(
  file: { absolute: string; path: string; identity?: FileIdentity | undefined },
  side: Side,
  inFolder: boolean,
  budgets: Budgets,
  read: ReadJson,
  given?: Uint8Array,
): Promise<void> {
  const { absolute, path } = file;
  const got = given ?? readInput(absolute, undefined, file.identity);
  if (!(got instanceof Uint8Array)) {
    side.problems.push({ path, ...got });
    return;
  }
  const bytes = Buffer.from(got.buffer, got.byteOffset, got.byteLength);
  if (isJson(absolute, bytes)) {
    const rejected = loadJson(bytes, path, side, inFolder, read);
    if (rejected) await wordRejected(rejected.value, path, side);
    return;
  }
  const documents = await parseRaw(absolute, path, bytes, budgets);
  if ("code" in documents) {
    side.problems.push({ path, ...documents });
    return;
  }
  // A page of several classes is a side of several documents, compared class by class (by id).
  for (const document of documents)
    side.documents.push({
      path: documents.length > 1 ? `${path}#${document.id}` : path,
      document,
      errors: countErrors(document),
    });
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
): Promise<SpecDocument[] | { code: string; message: string }> {
  if (isolationAvailable()) {
    const result = await parseIsolated(
      {
        // Standard input cannot be read again on the worker: its bytes go along.
        input: {
          path,
          absolute,
          outputFolder: "",
          ...(absolute === STDIN_ARGUMENT ? { bytes } : {}),
        },
        options: {},
      },
      budgets,
    );
    if (result.error || result.json === undefined)
      return result.error ?? { code: "internal", message: "No document was produced" };
    return [result, ...(result.siblings ?? [])].flatMap(({ json }) =>
      json === undefined ? [] : [JSON.parse(jsonText(json)) as SpecDocument],
    );
  }
  // The pipeline loads only when a raw document is read in this process: a diff of
  // JSON outputs has no use for it (a sixth of a small diff's start-up).
  const { ingestAll } = await import("../run.js");
  const result = await ingestAll(
    new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    path,
  );
  return result.status === "failed"
    ? result.error
    : result.documents.map(({ document }) => document);
}

/** By extension, or by content: no format `ingest` reads starts with `{`. */
function isJson(path: string, bytes: Buffer): boolean {
  if (extname(path).toLowerCase() === JSON_EXTENSION) return true;
  return /^\uFEFF?\s*\{/.test(bytes.subarray(0, 64).toString("utf8"));
}

/**
 * A JSON output read into `side`; a value the compiled validator rejects is
 * handed back, for `wordRejected` to say why.
 */
function loadJson(
  bytes: Buffer,
  path: string,
  side: Side,
  inFolder: boolean,
  read: ReadJson,
): { value: unknown } | undefined {
  const digest = hash("sha256", bytes, "base64");
  const known = read.get(digest);
  if (known) {
    side.documents.push({ path, ...known });
    return;
  }
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
  value = currentMinor(value);
  // The compiled validator, as ingest uses: a zod parse of every side was a fifth of a diff's
  // time. zod words the issues of a document the compiled one rejects.
  const valid = compiledCheck(value);
  if (!valid) return { value };
  const loaded = { document: valid, errors: countErrors(valid) };
  read.set(digest, loaded);
  side.documents.push({ path, ...loaded });
  return undefined;
}

/** zod, loaded only now, words the issues of a value the compiled validator rejected (and its parse stands). */
async function wordRejected(value: unknown, path: string, side: Side): Promise<void> {
  const [{ SpecDocument }, { formatIssue, schemaIssues }] = await Promise.all([
    import("../../schemas/index.js"),
    import("../validate/index.js"),
  ]);
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

/**
 * A document of an earlier minor version of the same major (2.0.0 under 2.1.0): a minor only
 * adds optional fields, so it is read as the current version. Any other version stays as it
 * is, for the schema to reject.
 */
function currentMinor(value: unknown): unknown {
  if (!claimsToBeDocument(value)) return value;
  const version = (value as { schemaVersion: unknown }).schemaVersion;
  const [major, minor] = SCHEMA_VERSION.split(".").map(Number);
  const parts = typeof version === "string" ? version.split(".").map(Number) : [];
  const [atMajor, atMinor] = parts;
  if (parts.length !== 3 || parts.some((part) => !Number.isInteger(part))) return value;
  if (atMajor !== major || atMinor === undefined || minor === undefined || atMinor > minor)
    return value;
  return { ...(value as object), schemaVersion: SCHEMA_VERSION };
}

function claimsToBeDocument(value: unknown): boolean {
  return typeof value === "object" && value !== null && "schemaVersion" in value && "kind" in value;
}

function countErrors(document: SpecDocument): number {
  return document.diagnostics.filter((diagnostic) => diagnostic.severity === "error").length;
}

/** What the diff compares of a document; two files of one id saying this alike are one document. */
function said(document: SpecDocument): string {
  const { id, kind, title, body, rules, unmapped } = document;
  const unplaced = unmapped.map((piece) => collapseWhitespace(unwrapped(piece.text)));
  return JSON.stringify([id, kind, title, body, rules, unplaced]);
}

/** Pairing is by id: one id twice on one side is one document if alike, else ambiguous. */
function mergeSameIds(side: Side): Side {
  const first = new Map<string, LoadedDocument>();
  const documents: LoadedDocument[] = [];
  for (const loaded of side.documents) {
    const earlier = first.get(loaded.document.id);
    if (earlier === undefined) {
      first.set(loaded.document.id, loaded);
      documents.push(loaded);
    } else if (said(earlier.document) !== said(loaded.document)) {
      side.problems.push({
        path: loaded.path,
        code: "duplicate-id",
        message: `Unexpected second document with id ${loaded.document.id} that differs from ${earlier.path}; compare them one at a time or --exclude one`,
      });
    }
  }
  return { documents, problems: side.problems };
}
