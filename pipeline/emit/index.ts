/**
 * Stage 7, emit: deterministic JSON (keys in schema order, 2-space indent,
 * trailing newline), written atomically (temp file in the same folder, then
 * rename) so a reader never sees half a file.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { threadId } from "node:worker_threads";
import { TRAILING_DASHES } from "../shared/text.js";

/** A document as the CLI writes it: keys in schema order, 2-space indent, trailing newline. */
export function serialize(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * Prefix of temporary files, so an interrupted run's leftovers are
 * recognizable; the writer's pid follows, so a later run can tell a dead
 * writer's leftovers from a live one's (pipeline/batch/temps.ts).
 */
export const TEMP_PREFIX = ".classpec-tmp-";

/**
 * The rest of a temp name: thread, a random token drawn once per thread (two
 * machines sharing a folder may run writers of the same pid), and a counter.
 * One random draw per file cost more than the write's rename.
 */
const TEMP_TOKEN = `${threadId}-${randomBytes(4).toString("hex")}`;
let tempCount = 0;
/**
 * Creates `folder` and any missing parents, one level at a time. Node's own
 * `mkdir(..., { recursive: true })` never returns for some paths (under
 * /proc it spins forever); this stops at the root. Throws the file system's
 * error (ENOTDIR, EACCES, ...) when the folder cannot be made.
 */
export function ensureFolder(folder: string): void {
  try {
    mkdirSync(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const parent = dirname(folder);
    if (code === "ENOENT" && parent !== folder) {
      ensureFolder(parent);
      mkdirSync(folder);
    } else if (code !== "EEXIST" || !statSync(folder).isDirectory()) {
      throw error;
    }
  }
}

/**
 * Writes `contents` to a temp file beside `path` and renames it over `path`.
 * Synchronous on purpose: a batch writes thousands of small files, and each
 * asynchronous step is a round trip through libuv's thread pool that leaves
 * the (otherwise CPU-bound) main thread waiting. `knownFolders` remembers
 * folders already made, so a batch checks each folder once.
 */
export function writeAtomicSync(
  path: string,
  contents: string | Uint8Array,
  knownFolders?: Set<string>,
): void {
  const folder = dirname(path);
  if (!knownFolders?.has(folder)) {
    ensureFolder(folder);
    knownFolders?.add(folder);
  }
  const temp = join(folder, `${TEMP_PREFIX}${process.pid}-${TEMP_TOKEN}-${tempCount++}`);
  try {
    // "wx": a file (or a link) already at the temp name is never written through. The
    // encoding named: only then does Node write a string in one native call (open, write,
    // close) instead of encoding it to a Buffer first and calling open, write and close.
    writeFileSync(temp, contents, { flag: "wx", encoding: "utf8" });
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** `writeAtomicSync` behind the promise the library has always exported. */
export async function writeAtomic(path: string, contents: string): Promise<void> {
  writeAtomicSync(path, contents);
}

/** Output file name for a document id: `us-ky/class/20001499` -> `us-ky.class.20001499.json`. */
export function outputName(id: string): string {
  const safe = id
    .split("/")
    .map((segment) =>
      segment
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, "-")
        .replace(/^-+/, "")
        .replace(TRAILING_DASHES, ""),
    )
    .filter((segment) => segment !== "")
    .join(".");
  return `${safe || "document"}.json`;
}
