/**
 * `classpec validate <json|dirs...>`: check output files against the schema
 * (the same verdict as the published JSON Schema). Folders are walked for
 * `*.json`; paths are printed as given.
 */
import { readdirSync, statSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import { describe, readInput } from "../../batch/inputs.js";
import { githubMessage } from "../../report/ingest.js";
import { plural, trimEnd } from "../../shared/text.js";
import type { SchemaIssue } from "../../validate/index.js";
import { booleanFlag, stringFlag } from "../args.js";
import { type Command, EXIT_FAILED, EXIT_OK, errorLine, type Io } from "../command.js";

export const VALIDATE_REPORTERS = ["pretty", "json", "github"] as const;
type ValidateReporter = (typeof VALIDATE_REPORTERS)[number];

interface Verdict {
  path: string;
  /** A problem with the file itself (not-found, invalid-json, ...), else the schema's issues. */
  problem?: { code: string; message: string };
  issues: SchemaIssue[];
}

/** The JSON files to check: files as named, folders walked (sorted, dot-files skipped). */
function collect(args: readonly string[], cwd: string): { paths: string[]; problems: Verdict[] } {
  const paths: string[] = [];
  const problems: Verdict[] = [];
  const walk = (shown: string, absolute: string): number => {
    let found = 0;
    for (const entry of readdirSync(absolute, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      if (entry.name.startsWith(".")) continue;
      const child = `${trimEnd(shown, "/")}/${entry.name}`;
      if (entry.isDirectory()) found += walk(child, join(absolute, entry.name));
      else if (entry.name.toLowerCase().endsWith(".json")) {
        paths.push(child);
        found++;
      }
    }
    return found;
  };
  for (const arg of args) {
    const absolute = isAbsolute(arg) ? arg : join(cwd, arg);
    let isFolder = false;
    try {
      isFolder = statSync(absolute).isDirectory();
    } catch {
      // Reported when read, with its code.
    }
    if (!isFolder) {
      paths.push(arg);
      continue;
    }
    try {
      if (walk(arg, absolute) === 0) {
        problems.push({
          path: arg,
          problem: {
            code: "no-documents",
            message: "Unexpected folder without .json files, expected classpec output",
          },
          issues: [],
        });
      }
    } catch (error) {
      problems.push({
        path: arg,
        problem: { code: "unreadable", message: describe(error as NodeJS.ErrnoException) },
        issues: [],
      });
    }
  }
  return { paths, problems };
}

/** The validation stage with zod, loaded only when this command runs (never for ingest). */
type Validation = typeof import("../../validate/index.js");

function check(path: string, cwd: string, { validateDocument }: Validation): Verdict {
  // The same budget and file checks as every input: size before reading, regular files only.
  const bytes = readInput(isAbsolute(path) ? path : join(cwd, path));
  if (!Buffer.isBuffer(bytes)) return { path, problem: bytes, issues: [] };
  const text = bytes.toString("utf8");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      path,
      problem: { code: "invalid-json", message: (error as Error).message },
      issues: [],
    };
  }
  if (isDiffReport(value)) {
    return {
      path,
      problem: {
        code: "not-a-document",
        message:
          "Unexpected classpec diff report, expected a spec document made by 'classpec ingest'",
      },
      issues: [],
    };
  }
  const result = validateDocument(value);
  return { path, issues: result.valid ? [] : result.issues };
}

/**
 * A report written by `classpec diff --format json` (it sits beside
 * documents in many output folders): named for what it is, not as a
 * document whose `kind` is missing.
 */
function isDiffReport(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
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
  for (const { error, text } of errors) {
    io.stderr(errorLine(verdict.path, error.code, text));
    if (reporter === "github") {
      io.stderr(
        githubMessage(verdict.path, {
          severity: "error",
          code: error.code,
          message: text,
          fatal: true,
        }),
      );
    }
  }
}

export const validateCommand: Command = {
  name: "validate",
  summary:
    "Check JSON files (or folders of them) against the classpec schema; each error with its JSON pointer",
  usage: "classpec validate <json|dirs...> [--reporter pretty|json|github] [-q]",
  flags: {
    reporter: {
      type: "string",
      values: VALIDATE_REPORTERS,
      argName: "NAME",
      description: "How results are printed; default pretty",
    },
    quiet: { type: "boolean", description: "Print only errors and the summary", short: "q" },
  },
  positionals: { min: 1, name: "<json|dirs...>" },
  notes: [
    "Exit codes: 0 every file valid; 1 a file is invalid or unreadable, or a folder holds no .json; 2 usage error.",
  ],

  async run(args, io) {
    const reporter = (stringFlag(args, "reporter") ?? "pretty") as ValidateReporter;
    const quiet = booleanFlag(args, "quiet");
    const validation = await import("../../validate/index.js");
    const { paths, problems } = collect(args.positionals, io.cwd);
    const verdicts = paths.map((path) => check(path, io.cwd, validation));
    for (const verdict of [...problems, ...verdicts])
      report(verdict, validation, reporter, quiet, io);
    const invalid = verdicts.filter(
      (verdict) => verdict.problem || verdict.issues.length > 0,
    ).length;
    const valid = verdicts.length - invalid;
    // A folder that holds no document (or cannot be read) is no file, valid or not: it is counted apart.
    const folderProblems = problems.length;
    if (reporter === "json")
      io.stdout(`${JSON.stringify({ summary: { valid, invalid, folderProblems } })}\n`);
    else
      io.stdout(
        `classpec: ${valid} valid, ${invalid} invalid (${plural(verdicts.length, "file")} checked)${folderProblems > 0 ? `; ${plural(folderProblems, "folder")} without documents or unreadable` : ""}\n`,
      );
    return invalid > 0 || folderProblems > 0 ? EXIT_FAILED : EXIT_OK;
  },
};
