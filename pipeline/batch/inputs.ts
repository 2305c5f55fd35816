/**
 * Which files a batch reads: the files named, and the documents found by
 * walking the folders named (sorted, so the batch's order never depends on
 * the file system or on the order of the arguments).
 */
import { readFileSync } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { isAbsolute, join, posix, relative, sep } from "node:path";

export interface Input {
  /** Stored in `source.path` (and the batch's key): relative to cwd, `/` separators. */
  path: string;
  /** As the user gave it (an absolute path stays absolute), for messages; `/` separators. */
  shown?: string;
  absolute: string;
  /** Folder under the output folder: the input's folder relative to the folder argument. */
  outputFolder: string;
}

export interface InputProblem {
  /** As the user gave it (see Input.shown). */
  path: string;
  code: string;
  message: string;
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

function isExcluded(path: string, exclude: readonly string[]): boolean {
  return exclude.some((prefix) => {
    const clean = prefix.replace(/\/+$/, "");
    return path === clean || path.startsWith(`${clean}/`);
  });
}

export async function collectInputs(
  args: readonly string[],
  cwd: string,
  exclude: readonly string[] = [],
  /** Extensions a folder walk picks up (`classpec diff` adds `json`: ingest's outputs). */
  extensions: ReadonlySet<string> = DOCUMENT_EXTENSIONS,
): Promise<{ inputs: Input[]; problems: InputProblem[] }> {
  const inputs: Input[] = [];
  const problems: InputProblem[] = [];
  const excluded = exclude.map((path) =>
    displayPath(isAbsolute(path) ? path : join(cwd, path), cwd),
  );

  for (const arg of args) {
    const absolute = isAbsolute(arg) ? arg : join(cwd, arg);
    const path = displayPath(absolute, cwd);
    const shown = asGiven(arg);
    const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => error);
    if (info instanceof Error) {
      problems.push({
        path: shown,
        code: info.code === "ENOENT" ? "not-found" : "unreadable",
        message: describe(info),
      });
      continue;
    }
    if (info.isDirectory()) {
      await walk(absolute, absolute, shown, new Set(), {
        cwd,
        excluded,
        extensions,
        inputs,
        problems,
      });
    } else if (!info.isFile()) {
      problems.push({ path: shown, code: "unreadable", message: NOT_REGULAR });
    } else {
      inputs.push({ path, shown, absolute, outputFolder: "" });
    }
  }
  inputs.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { inputs, problems };
}

interface WalkState {
  cwd: string;
  excluded: string[];
  extensions: ReadonlySet<string>;
  inputs: Input[];
  problems: InputProblem[];
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
    state.problems.push({
      path: shownFolder,
      code: "symlink-loop",
      message: "Unexpected folder that links back to a folder being read, skipped it",
    });
    return;
  }
  const inside = new Set(seen).add(real);
  const entries = await readdir(folder).catch((error: NodeJS.ErrnoException) => error);
  if (entries instanceof Error) {
    state.problems.push({
      path: shownFolder,
      code: "unreadable",
      message: describe(entries),
    });
    return;
  }
  for (const name of entries.sort()) {
    if (name.startsWith(".")) continue;
    const absolute = join(folder, name);
    const path = displayPath(absolute, state.cwd);
    const shown = shownFolder === "." ? name : `${shownFolder.replace(/\/+$/, "")}/${name}`;
    if (isExcluded(path, state.excluded)) continue;
    const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => error);
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
      state.inputs.push({
        path,
        shown,
        absolute,
        outputFolder: displayPath(folder, root).replace(/^\.$/, ""),
      });
    }
  }
}

/** A path argument as the user typed it, tidied ("./a//b" -> "a/b"), `/` separators; absolute stays absolute. */
function asGiven(arg: string): string {
  return posix.normalize(sep === "/" ? arg : arg.split(sep).join("/"));
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
    default:
      return error.message.replace(/^[A-Z]+: /, "");
  }
}

/**
 * A file's bytes, or the file system's error. Synchronous for the reason
 * `writeAtomicSync` is (pipeline/emit): small files, CPU-bound batches.
 */
export function readInput(path: string): Buffer | NodeJS.ErrnoException {
  try {
    return readFileSync(path);
  } catch (error) {
    return error as NodeJS.ErrnoException;
  }
}
