/**
 * `classpec validate <json|dirs...>`: check output files against the schema
 * (the same verdict as the published JSON Schema). Folders are walked for
 * `*.json`; paths are printed as given.
 */
import { globMatcher, isGlob, splitGlob } from "../../batch/globs.js";
import {
  asGiven,
  collectInputs,
  type Input,
  readInput,
  STDIN_ARGUMENT,
} from "../../batch/inputs.js";
import { SIDECAR_SUFFIX } from "../../emit/provenance.js";
import { DEFAULT_MAX_BYTES } from "../../load/limits.js";
import { githubMessage } from "../../report/ingest.js";
import { plural, trimEnd } from "../../shared/text.js";
import type { SchemaIssue } from "../../validate/index.js";
import { booleanFlag, listFlag, stringFlag } from "../args.js";
import { type Command, EXIT_FAILED, EXIT_OK, errorLine, type Io, readStdin } from "../command.js";

export const VALIDATE_REPORTERS = ["pretty", "json", "github"] as const;
type ValidateReporter = (typeof VALIDATE_REPORTERS)[number];

interface Verdict {
  path: string;
  /** A problem with the file itself (not-found, invalid-json, ...), else the schema's issues. */
  problem?: { code: string; message: string };
  /** Why a file found in a folder is not checked (a diff report). */
  skipped?: string;
  /** What the skipped file is ("classpec diff report"), to count them. */
  skippedAs?: string;
  issues: SchemaIssue[];
}

const JSON_FILES: ReadonlySet<string> = new Set(["json"]);

/**
 * The JSON files to check, found by the walker `ingest` uses (files as named,
 * folders walked, globs, `-`); a file that cannot be read is a failed verdict,
 * a folder without any .json is reported apart.
 */
async function collect(
  args: readonly string[],
  cwd: string,
  exclude: readonly string[],
  stdin: Uint8Array | undefined,
): Promise<{ inputs: Input[]; failures: Verdict[]; empty: Verdict[]; walkNotes: Verdict[] }> {
  const { inputs, problems } = await collectInputs(args, cwd, exclude, {
    extensions: JSON_FILES,
    ...(stdin ? { stdin } : {}),
  });
  const failures: Verdict[] = [];
  // A link the walk skips as it says (one back into the folder, or out of it) is a note, not a failure.
  const walkNotes: Verdict[] = [];
  for (const { path, code, message, severity } of problems) {
    if (severity === "warning")
      walkNotes.push({ path, skipped: `${code}: ${message}`, issues: [] });
    else failures.push({ path, problem: { code, message }, issues: [] });
  }
  const empty: Verdict[] = [];
  for (const arg of args) {
    const given = asGiven(arg);
    if (isGlob(arg) || failures.some((failure) => failure.path === given)) continue;
    const found = inputs.some(
      (input) => (input.shown ?? input.path) === given || holds(given, input),
    );
    if (!found)
      empty.push({
        path: arg,
        problem: {
          code: "no-documents",
          message: "This folder holds no .json files; expected classpec output",
        },
        issues: [],
      });
  }
  return { inputs, failures, empty, walkNotes };
}

/** Whether a folder or glob argument (as given) found this input. */
function holds(given: string, input: Input): boolean {
  const shown = input.shown ?? input.path;
  if (isGlob(given)) {
    const { base, rest } = splitGlob(given);
    const inBase = base === "." || shown.startsWith(`${trimEnd(base, "/")}/`);
    return inBase && globMatcher(rest)(input.source ?? input.path);
  }
  const folder = trimEnd(given, "/");
  return folder === "." || shown.startsWith(`${folder}/`);
}

/**
 * A folder or glob whose files were all skipped (diff reports, sidecars) checked nothing: as
 * a folder without .json, it is no pass, and the message says what was skipped.
 */
function nothingChecked(
  args: readonly string[],
  results: ReadonlyArray<{ input: Input; verdicts: Verdict[] }>,
  reported: ReadonlySet<string>,
): Verdict[] {
  const verdicts: Verdict[] = [];
  for (const arg of args) {
    const given = asGiven(arg);
    if (reported.has(given) || reported.has(arg)) continue;
    const found = results.filter(
      ({ input }) => (input.shown ?? input.path) !== given && holds(given, input),
    );
    const all = found.flatMap((result) => result.verdicts);
    if (all.length === 0 || all.some((verdict) => verdict.skipped === undefined)) continue;
    // "1 classpec diff report and 2 provenance sidecars": each kind of file skipped, counted.
    const counts = new Map<string, number>();
    for (const { skippedAs = "file" } of all)
      counts.set(skippedAs, (counts.get(skippedAs) ?? 0) + 1);
    const why = [...counts].map(([noun, count]) => plural(count, noun)).join(" and ");
    const what = isGlob(arg) ? "The files this pattern matches hold" : "This folder holds";
    verdicts.push({
      path: arg,
      problem: {
        code: "no-documents",
        message: `${what} no document to check: ${plural(all.length, "file")} skipped, ${why}, none a spec document made by 'classpec ingest'`,
      },
      issues: [],
    });
  }
  return verdicts;
}

/** The validation stage with zod, loaded only when this command runs (never for ingest). */
type Validation = typeof import("../../validate/index.js");

function check(input: Input, named: boolean, validation: Validation): Verdict[] {
  const path = input.shown ?? input.path;
  // The same budget and file checks as every input: size before reading, regular files only.
  const bytes = input.bytes ?? readInput(input.absolute);
  if (!(bytes instanceof Uint8Array)) return [{ path, problem: bytes, issues: [] }];
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const lines = jsonLines(text);
    if (lines)
      return lines.map((line) => {
        if ("problem" in line)
          return { path: `${path}#line ${line.number}`, problem: line.problem, issues: [] };
        const id = (line.value as { id?: unknown }).id;
        const at = `${path}#${typeof id === "string" ? id : `line ${line.number}`}`;
        return checkValue(line.value, at, named, validation);
      });
    return [
      {
        path,
        problem: { code: "invalid-json", message: (error as Error).message },
        issues: [],
      },
    ];
  }
  return [checkValue(value, path, named, validation)];
}

type JsonLine =
  | { number: number; value: unknown }
  | { number: number; problem: { code: string; message: string } };

/**
 * JSON Lines (`classpec ingest --out -` of several documents: one per line), each line
 * with its number in the file; or undefined when the text is one (broken) JSON document.
 * A file is JSON Lines when it has two or more lines and at least half of them,
 * unindented, are a JSON object each: a pretty-printed document's only unindented lines are its
 * braces, so a broken one stays one invalid-json. A line that is not JSON (cut off,
 * garbage) is then its own invalid-json and the other lines are still checked.
 */
function jsonLines(text: string): JsonLine[] | undefined {
  const lines: Array<{ number: number; text: string }> = [];
  text.split("\n").forEach((line, index) => {
    if (line.trim() !== "") lines.push({ number: index + 1, text: line });
  });
  if (lines.length < 2) return undefined;
  const parsed: JsonLine[] = lines.map(({ number, text: line }) => {
    try {
      return { number, value: JSON.parse(line) };
    } catch (error) {
      // The parser counts in this line alone: "line 1" would contradict the line named.
      const message = (error as Error).message.replace(/ \(line 1 column (\d+)\)$/, " (column $1)");
      return { number, problem: { code: "invalid-json", message } };
    }
  });
  const objectLines = parsed.filter(
    (line, index) =>
      "value" in line && isObject(line.value) && !/^\s/.test(lines[index]?.text ?? " "),
  ).length;
  // At least half the lines are documents: a pretty-printed document appended to JSON Lines
  // is one invalid-json, not one per line of it.
  return objectLines > 0 && objectLines * 2 >= parsed.length ? parsed : undefined;
}

function isObject(value: unknown): value is object {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function checkValue(
  value: unknown,
  path: string,
  named: boolean,
  { validateDocument }: Validation,
): Verdict {
  const notADocument = isDiffReport(value)
    ? { noun: "classpec diff report", detail: "" }
    : isSidecar(path, value)
      ? { noun: "provenance sidecar", detail: " (--provenance sidecar)" }
      : undefined;
  if (notADocument !== undefined) {
    const { noun, detail } = notADocument;
    // Found in a folder, a report or sidecar sits beside the documents: not one of them.
    if (!named)
      return { path, skipped: `a ${noun}${detail}, not a document`, skippedAs: noun, issues: [] };
    return {
      path,
      problem: {
        code: "not-a-document",
        message: `Unexpected ${noun}${detail}, expected a spec document made by 'classpec ingest'`,
      },
      issues: [],
    };
  }
  const result = validateDocument(value);
  return { path, issues: result.valid ? [] : result.issues };
}

/**
 * A provenance sidecar written by `ingest --provenance sidecar`: named `<name>.provenance.json`,
 * or (renamed, piped) an object of only the document's `id` and its `provenance`.
 */
function isSidecar(path: string, value: unknown): boolean {
  if (path.split("#")[0]?.endsWith(SIDECAR_SUFFIX)) return true;
  if (!isObject(value)) return false;
  const keys = Object.keys(value).sort();
  return keys.length === 2 && keys[0] === "id" && keys[1] === "provenance";
}

/**
 * A report written by `classpec diff --format json` (it sits beside
 * documents in many output folders): named for what it is, not as a
 * document whose `kind` is missing.
 */
function isDiffReport(value: unknown): boolean {
  if (!isObject(value)) return false;
  return !("kind" in value) && "summary" in value && "documents" in value && "before" in value;
}

interface FileError {
  code: string;
  pointer?: string;
  message: string;
}

/** Each error of a file, with the text printed for it ("<pointer>: <message> (<zod code>)" for a schema issue). */
function errorsOf(
  verdict: Verdict,
  { formatIssue }: Validation,
): Array<{ error: FileError; text: string }> {
  if (verdict.problem) return [{ error: verdict.problem, text: verdict.problem.message }];
  return verdict.issues.map((issue) => ({
    error: { code: "schema-invalid", pointer: issue.pointer, message: issue.message },
    text: formatIssue(issue),
  }));
}

function report(
  verdict: Verdict,
  validation: Validation,
  reporter: ValidateReporter,
  quiet: boolean,
  io: Io,
): void {
  const errors = errorsOf(verdict, validation);
  if (verdict.skipped !== undefined) {
    if (reporter === "json")
      io.stdout(`${JSON.stringify({ path: verdict.path, skipped: verdict.skipped })}\n`);
    else if (!quiet && reporter === "pretty")
      io.stdout(`${verdict.path}: skipped, ${verdict.skipped}\n`);
    return;
  }
  if (reporter === "json") {
    const listed = errors.map(({ error }) => error);
    io.stdout(
      `${JSON.stringify({ path: verdict.path, valid: errors.length === 0, errors: listed })}\n`,
    );
    return;
  }
  if (errors.length === 0) {
    if (!quiet && reporter === "pretty") io.stdout(`${verdict.path}: valid\n`);
    return;
  }
  // One line per error, in the reporter's own form.
  for (const { error, text } of errors)
    io.stderr(
      reporter === "github"
        ? githubMessage(verdict.path, {
            severity: "error",
            code: error.code,
            message: text,
            fatal: true,
          })
        : errorLine(verdict.path, error.code, text),
    );
}

export const validateCommand: Command = {
  name: "validate",
  summary:
    "Check JSON files (or folders of them) against the classpec schema; each error with its JSON pointer",
  usage:
    "classpec validate <json|dirs|globs|-...> [--exclude PATH]... [--reporter pretty|json|github] [-q]",
  flags: {
    reporter: {
      type: "string",
      values: VALIDATE_REPORTERS,
      argName: "NAME",
      description: "How results are printed; default pretty",
    },
    quiet: { type: "boolean", description: "Print only errors and the summary", short: "q" },
    exclude: {
      type: "string",
      multiple: true,
      argName: "PATH",
      description:
        "Skip files under PATH, or matching a quoted glob, while walking folders (repeatable)",
    },
  },
  positionals: { min: 1, name: "<json|dirs|globs|-...>" },
  notes: [
    "Inputs as for ingest: files, folders (walked for .json), quoted globs, - for stdin.",
    "JSON Lines (ingest --out - of several documents) are checked one document a line, each named <file>#<id>.",
    "A diff report (classpec diff --format json) or a provenance sidecar found in a folder",
    "is skipped with a note; named on its own, it is an error (not-a-document).",
    "",
    "Exit codes: 0 every file valid; 1 a file is invalid or unreadable, or a folder holds no .json",
    "or only skipped files (no-documents); 2 usage error.",
  ],

  async run(args, io) {
    const reporter = (stringFlag(args, "reporter") ?? "pretty") as ValidateReporter;
    const quiet = booleanFlag(args, "quiet");
    const validation = await import("../../validate/index.js");
    const stdin = args.positionals.includes(STDIN_ARGUMENT)
      ? await readStdin(io, DEFAULT_MAX_BYTES)
      : undefined;
    if (stdin !== undefined && !(stdin instanceof Uint8Array)) {
      io.stderr(errorLine(STDIN_ARGUMENT, stdin.code, stdin.message));
      return EXIT_FAILED;
    }
    const { inputs, failures, empty, walkNotes } = await collect(
      args.positionals,
      io.cwd,
      listFlag(args, "exclude"),
      stdin,
    );
    const named = new Set(args.positionals);
    const results = inputs.map((input) => ({
      input,
      verdicts: check(input, named.has(input.shown ?? input.path), validation),
    }));
    const checked = results.flatMap((result) => result.verdicts);
    const reported = new Set([...empty, ...failures].map((verdict) => verdict.path));
    const onlySkipped = nothingChecked(args.positionals, results, reported);
    for (const verdict of [...walkNotes, ...empty, ...failures, ...checked, ...onlySkipped])
      report(verdict, validation, reporter, quiet, io);
    const verdicts = [...failures, ...checked.filter((verdict) => verdict.skipped === undefined)];
    const skipped = checked.length - verdicts.length;
    const invalid = verdicts.filter(
      (verdict) => verdict.problem || verdict.issues.length > 0,
    ).length;
    const valid = verdicts.length - invalid;
    // A folder that holds no document (or cannot be read) is no file, valid or not: it is counted apart.
    const folderProblems = empty.length + onlySkipped.length;
    if (reporter === "json")
      io.stdout(`${JSON.stringify({ summary: { valid, invalid, skipped, folderProblems } })}\n`);
    else
      io.stdout(
        `classpec: ${valid} valid, ${invalid} invalid (${plural(verdicts.length, "file")} checked${skipped > 0 ? `, ${skipped} skipped as not documents` : ""})${folderProblems > 0 ? `; ${plural(folderProblems, "folder")} without documents` : ""}\n`,
      );
    return invalid > 0 || folderProblems > 0 ? EXIT_FAILED : EXIT_OK;
  },
};
