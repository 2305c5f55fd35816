/**
 * Which files a batch reads: the files named, and the documents found by
 * walking the folders named (sorted, so the batch's order never depends on
 * the file system or on the order of the arguments).
 */
import {
  closeSync,
  type Dirent,
  constants as fsConstants,
  fstatSync,
  openSync,
  readSync,
  type Stats,
  statSync,
} from "node:fs";
import { lstat, readdir, realpath, stat } from "node:fs/promises";
import { basename, isAbsolute, join, posix, relative, sep } from "node:path";
import { DEFAULT_MAX_BYTES } from "../load/limits.js";
import { trimEnd } from "../shared/text.js";
import { globMatcher, isGlob, splitGlob } from "./globs.js";

export interface Input {
  /** The batch's key (its order, its outcomes): relative to cwd, `/` separators. */
  path: string;
  /** As the user gave it (an absolute path stays absolute), for messages; `/` separators. */
  shown?: string;
  /**
   * Stored in `source.path`: the path below the input's root, so the bytes never depend on the
   * working directory (a file argument's root is its folder, a folder's is itself, a glob's is
   * its fixed leading folders); `-` for standard input. Defaults to `path`.
   */
  source?: string;
  absolute: string;
  /** Folder under the output folder: the input's folder relative to the folder argument. */
  outputFolder: string;
  /** The file found when the inputs were collected: a different file there at read time is refused. */
  identity?: FileIdentity;
  /** The bytes already read (standard input), instead of reading `absolute`. */
  bytes?: Uint8Array;
}

/** Device and inode: which file a path led to. */
export interface FileIdentity {
  dev: number;
  ino: number;
}

/** The argument that names standard input. */
export const STDIN_ARGUMENT = "-";

export interface InputProblem {
  /** As the user gave it (see Input.shown). */
  path: string;
  code: string;
  message: string;
  /** A skipped entry that is no failure (a link out of the folder, or back into it); default error. */
  severity?: "warning";
}

export interface CollectOptions {
  /** Read symbolic links that lead out of the folder being walked (default: skip them with a warning). */
  followSymlinks?: boolean;
  /** Extensions a folder walk picks up (`classpec diff` adds `json`: ingest's outputs). */
  extensions?: ReadonlySet<string>;
  /** Standard input's bytes, read by the caller when `-` is an argument. */
  stdin?: Uint8Array;
  /**
   * A folder argument in which nothing is read is a `no-documents` problem (ingest: a mistyped
   * folder must not pass as an empty success in CI); `diff` words its own for a side.
   */
  refuseEmptyFolders?: boolean;
}

/** Files a folder walk picks up; files named on the command line are always read. */
export const DOCUMENT_EXTENSIONS = new Set(["txt", "text", "md", "markdown", "html", "htm", "pdf"]);
/** A FIFO would block the batch forever on read; a socket or device is no document either. */
const NOT_REGULAR = "Unexpected FIFO, socket or device, expected a regular file";
/** Notes that sit beside documents (fixtures/README.md) are not documents. */
const NOT_DOCUMENTS = /^(readme|changelog|license)(\.[a-z]+)?$/i;

export function displayPath(absolute: string, cwd: string): string {
  const path = relative(cwd, absolute) || ".";
  return sep === "/" ? path : path.split(sep).join("/");
}

/** An `--exclude` value (relative to cwd): a path skips itself and what is below it, a glob what it matches. */
function isExcluded(path: string, exclude: readonly string[]): boolean {
  return exclude.some((prefix) => {
    const clean = prefix.replace(/(?<!\/)\/+$/, "");
    if (isGlob(clean)) return globMatcher(clean)(path);
    return path === clean || path.startsWith(`${clean}/`);
  });
}

export async function collectInputs(
  args: readonly string[],
  cwd: string,
  exclude: readonly string[] = [],
  options: CollectOptions = {},
): Promise<{ inputs: Input[]; problems: InputProblem[] }> {
  const inputs: Input[] = [];
  const problems: InputProblem[] = [];
  const excluded = exclude.map((path) =>
    displayPath(isAbsolute(path) ? path : join(cwd, path), cwd),
  );
  const state: Omit<WalkState, "rootReal" | "skipped"> = {
    cwd,
    excluded,
    extensions: options.extensions ?? DOCUMENT_EXTENSIONS,
    inputs,
    problems,
    followSymlinks: options.followSymlinks === true,
  };

  for (const arg of args) {
    if (arg === STDIN_ARGUMENT && options.stdin !== undefined) {
      const source = STDIN_ARGUMENT;
      const bytes = options.stdin;
      inputs.push({
        path: source,
        shown: source,
        source,
        absolute: source,
        outputFolder: "",
        bytes,
      });
      continue;
    }
    const absolute = isAbsolute(arg) ? arg : join(cwd, arg);
    const path = displayPath(absolute, cwd);
    const shown = asGiven(arg);
    const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => error);
    if (info instanceof Error && isGlob(arg)) {
      const found = inputs.length;
      const { base, rest } = splitGlob(shown);
      const baseAbsolute = isAbsolute(base) ? base : join(cwd, base);
      const baseInfo = await stat(baseAbsolute).catch(() => undefined);
      if (baseInfo?.isDirectory()) await walkArgument(base, baseAbsolute, state);
      const matches = globMatcher(rest);
      const matched = inputs.splice(found).filter((input) => matches(input.source ?? input.path));
      inputs.push(...matched);
      if (matched.length === 0)
        problems.push({ path: shown, code: "not-found", message: "No file matches this pattern" });
      continue;
    }
    if (info instanceof Error) {
      problems.push({
        path: shown,
        code: info.code === "ENOENT" ? "not-found" : "unreadable",
        message: describe(info),
      });
      continue;
    }
    if (info.isDirectory()) {
      const found = inputs.length;
      const failed = problems.filter((problem) => problem.severity !== "warning").length;
      const skipped = await walkArgument(shown, absolute, state);
      const failedInside = problems.filter((problem) => problem.severity !== "warning").length;
      if (options.refuseEmptyFolders && inputs.length === found && failedInside === failed)
        problems.push({ path: shown, code: "no-documents", message: emptyFolderMessage(skipped) });
    } else if (!info.isFile()) {
      problems.push({ path: shown, code: "unreadable", message: NOT_REGULAR });
    } else {
      inputs.push({
        path,
        shown,
        source: basename(absolute),
        absolute,
        outputFolder: "",
        identity: identityOf(info),
      });
    }
  }
  inputs.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { inputs, problems };
}

/** Entries a folder walk passed over, by why: said when a folder yields no input. */
interface Skipped {
  /** Files whose name is no document's (`.dat`, `.png`, README). */
  notDocuments: number;
  /** Names starting with a dot. */
  hidden: number;
  /** Matched by `--exclude`. */
  excluded: number;
  /** Symbolic links out of the folder (`symlink-outside`). */
  linksOutside: number;
  /** Links back to a folder being walked (`symlink-loop`, warning). */
  loops: number;
}

/** A folder argument (or a glob's base folder): the root its inputs' `source` paths start from. */
async function walkArgument(
  shown: string,
  absolute: string,
  state: Omit<WalkState, "rootReal" | "skipped">,
): Promise<Skipped> {
  const rootReal = await realpath(absolute).catch(() => absolute);
  const skipped: Skipped = { notDocuments: 0, hidden: 0, excluded: 0, linksOutside: 0, loops: 0 };
  await walk(absolute, absolute, shown, new Set(), { ...state, rootReal, skipped });
  return skipped;
}

function emptyFolderMessage(skipped: Skipped): string {
  const extensions = [...DOCUMENT_EXTENSIONS].map((extension) => `.${extension}`).join(", ");
  const reasons = [
    [skipped.notDocuments, "not a document by its name"],
    [skipped.hidden, "hidden (name starts with a dot)"],
    [skipped.excluded, "matched by --exclude"],
    [skipped.linksOutside, "a link out of the folder"],
    [skipped.loops, "a link back to a folder being read"],
  ] as const;
  const said = reasons
    .filter(([count]) => count > 0)
    .map(([count, why]) => `${count} ${count === 1 ? "entry" : "entries"} ${why}`);
  const skippedText = said.length === 0 ? "it is empty" : `skipped ${said.join(", ")}`;
  return `Unexpected folder with no document to read (${skippedText}), expected ${extensions} files`;
}

interface WalkState {
  cwd: string;
  /** The walked folder with its links resolved: links whose target is outside it are skipped. */
  rootReal: string;
  followSymlinks: boolean;
  excluded: string[];
  extensions: ReadonlySet<string>;
  inputs: Input[];
  problems: InputProblem[];
  skipped: Skipped;
}

async function walk(
  root: string,
  folder: string,
  shownFolder: string,
  seen: Set<string>,
  state: WalkState,
): Promise<void> {
  const real = await realpath(folder).catch(() => folder);
  if (seen.has(real)) {
    // Its files are read on the way in (it is one of the folders being walked), so skipping
    // loses nothing: a warning, like a link out of the folder, not a failure of the batch.
    state.problems.push({
      path: shownFolder,
      code: "symlink-loop",
      severity: "warning",
      message: "Unexpected folder that links back to a folder being read, skipped it",
    });
    state.skipped.loops++;
    return;
  }
  const inside = new Set(seen).add(real);
  // With their types: only an entry that is a link needs its own lstat (one per file was a
  // tenth of a catalogue diff's reading).
  const entries = await readdir(folder, { withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => error,
  );
  if (entries instanceof Error) {
    state.problems.push({
      path: shownFolder,
      code: "unreadable",
      message: describe(entries),
    });
    return;
  }
  for (const entry of entries.sort(byName)) {
    const { name } = entry;
    if (name.startsWith(".")) {
      state.skipped.hidden++;
      continue;
    }
    const absolute = join(folder, name);
    const path = displayPath(absolute, state.cwd);
    const shown = shownFolder === "." ? name : `${trimEnd(shownFolder, "/")}/${name}`;
    if (isExcluded(path, state.excluded)) {
      state.skipped.excluded++;
      continue;
    }
    const outside = entry.isSymbolicLink() ? await linkOutside(absolute, state) : undefined;
    if (outside !== undefined) {
      state.problems.push({
        path,
        code: "symlink-outside",
        severity: "warning",
        message: `Unexpected symbolic link to ${outside}, outside the folder being read; skipped it (--follow-symlinks reads it)`,
      });
      state.skipped.linksOutside++;
      continue;
    }
    const info = statOf(absolute);
    if (info instanceof Error) {
      const code = info.code === "ELOOP" ? "symlink-loop" : "unreadable";
      state.problems.push({ path: shown, code, message: describe(info) });
      continue;
    }
    if (info.isDirectory()) {
      await walk(root, absolute, shown, inside, state);
    } else if (isDocumentName(name, state.extensions) && !info.isFile()) {
      state.problems.push({ path: shown, code: "unreadable", message: NOT_REGULAR });
    } else if (isDocumentName(name, state.extensions)) {
      const outputFolder = displayPath(folder, root).replace(/^\.$/, "");
      state.inputs.push({
        path,
        shown,
        source: outputFolder === "" ? name : `${outputFolder}/${name}`,
        absolute,
        outputFolder,
        identity: identityOf(info),
      });
    } else {
      state.skipped.notDocuments++;
    }
  }
}

/**
 * A walked entry's stat, or why it has none. Synchronous: the walk awaits each
 * entry in turn anyway, and the thread pool's round trip per file (its
 * wake-ups) was most of the system time of reading a catalogue of small files.
 */
function statOf(absolute: string): Stats | NodeJS.ErrnoException {
  try {
    return statSync(absolute);
  } catch (error) {
    return error as NodeJS.ErrnoException;
  }
}

/** Folder entries in the order of their names' code units, as a sort of the names gives. */
function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** A path argument as the user typed it, tidied ("./a//b" -> "a/b"), `/` separators; absolute stays absolute. */
export function asGiven(arg: string): string {
  return posix.normalize(sep === "/" ? arg : arg.split(sep).join("/"));
}

/** Where a symbolic link leads when that is outside the walked folder (and links are not followed). */
async function linkOutside(absolute: string, state: WalkState): Promise<string | undefined> {
  if (state.followSymlinks) return undefined;
  const link = await lstat(absolute).catch(() => undefined);
  if (!link?.isSymbolicLink()) return undefined;
  const target = await realpath(absolute).catch(() => undefined);
  if (target === undefined) return undefined; // dangling or a loop: reported when read
  const inside = relative(state.rootReal, target);
  return inside === "" || (!inside.startsWith("..") && !isAbsolute(inside)) ? undefined : target;
}

function isDocumentName(name: string, extensions: ReadonlySet<string>): boolean {
  if (NOT_DOCUMENTS.test(name)) return false;
  const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
  return extension !== undefined && extensions.has(extension);
}

export function describe(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case "ENOENT":
      return "No such file or folder";
    case "EACCES":
    case "EPERM":
      return "Permission denied";
    case "ELOOP":
      return "Too many levels of symbolic links";
    case "EISDIR":
      return "Unexpected folder, expected a file";
    case "ENOTDIR":
    case "EEXIST":
      return "A file stands where a folder is needed";
    case "ENOSPC":
      return "No space left on the device";
    case "EROFS":
      return "The file system is read-only";
    default:
      return error.message.replace(/^[A-Z]+: /, "");
  }
}

export interface ReadProblem {
  code: string;
  message: string;
}

/** Bytes read at a time: the limit is enforced as the file is read, not after. */
const READ_CHUNK = 1024 * 1024;

/**
 * A file's bytes, or why it was not read: its size is checked (`fstat`)
 * before any byte is read, and the read stops past `maxBytes` whatever the
 * size said (a file that grows, or a /proc file that claims 0 bytes).
 * Opened non-blocking and refused unless a regular file, so a FIFO or a
 * device never blocks or floods the batch. Synchronous for the reason
 * `writeAtomicSync` is (pipeline/emit): small files, CPU-bound batches.
 */
export function readInput(
  path: string,
  maxBytes = DEFAULT_MAX_BYTES,
  expected?: FileIdentity,
): Buffer | ReadProblem {
  let fd: number | undefined;
  try {
    fd = openSync(path, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
    const info = fstatSync(fd);
    // Checked on the open file, not the path: a swap after this check cannot redirect the read.
    if (expected && (info.dev !== expected.dev || info.ino !== expected.ino)) return CHANGED;
    if (info.isDirectory())
      return { code: "unreadable", message: describe({ code: "EISDIR" } as NodeJS.ErrnoException) };
    if (!info.isFile()) return { code: "unreadable", message: NOT_REGULAR };
    if (info.size > maxBytes) return tooLarge(`${info.size} bytes`, maxBytes);
    // The first buffer is the size stat gave plus one byte, so a file that did not grow is read
    // in one allocation (a 1 MiB buffer per file was a fifth of a diff's time, and its garbage
    // more); the end shows as a read of 0 into that spare byte. What grew is read on, chunk by chunk.
    const chunks: Buffer[] = [];
    let chunk = Buffer.allocUnsafe(Math.min(info.size + 1, READ_CHUNK, maxBytes + 1));
    let filled = 0;
    let total = 0;
    for (;;) {
      if (filled === chunk.length) {
        chunks.push(chunk);
        chunk = Buffer.allocUnsafe(Math.min(READ_CHUNK, maxBytes + 1 - total));
        filled = 0;
      }
      const read = readSync(fd, chunk, filled, chunk.length - filled, null);
      if (read === 0) break;
      filled += read;
      total += read;
      if (total > maxBytes) return tooLarge(`more than ${maxBytes} bytes`, maxBytes);
    }
    const last = chunk.subarray(0, filled);
    return chunks.length === 0 ? last : Buffer.concat([...chunks, last], total);
  } catch (error) {
    const failure = error as NodeJS.ErrnoException;
    const code =
      failure.code === "ELOOP"
        ? "symlink-loop"
        : failure.code === "ENOENT"
          ? "not-found"
          : "unreadable";
    return { code, message: describe(failure) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const CHANGED: ReadProblem = {
  code: "input-changed",
  message:
    "Unexpected file that is not the one found when the inputs were collected (replaced, or swapped for a symbolic link), expected the same file; not read, run again",
};

function identityOf(info: { dev: number; ino: number }): FileIdentity {
  return { dev: info.dev, ino: info.ino };
}

function tooLarge(size: string, maxBytes: number): ReadProblem {
  return {
    code: "too-large",
    message: `Unexpected file of ${size}, expected at most ${maxBytes} (--max-bytes)`,
  };
}
