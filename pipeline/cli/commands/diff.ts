/**
 * `classpec diff <before> <after>`: compare two revisions. Each side is a raw
 * document, a JSON output or a folder of either (paired by id). A side that
 * cannot be read is an error (exit 1), never "no changes".
 */
import { statSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import { budgetProblemLine, budgetsFrom } from "../../batch/budgets.js";
import { describe, displayPath, STDIN_ARGUMENT } from "../../batch/inputs.js";
import type { LoadProblem } from "../../batch/sides.js";
import type { ChangeSeverity, DiffReport } from "../../diff/types.js";
import { writeAtomic } from "../../emit/index.js";
import { DEFAULT_MAX_BYTES } from "../../load/limits.js";
import { booleanFlag, listFlag, missingPositionals, stringFlag } from "../args.js";
import {
  type Command,
  EXIT_FAILED,
  EXIT_OK,
  EXIT_USAGE,
  errorLine,
  type Io,
  readStdin,
  usageLine,
} from "../command.js";
import { parseSeverityOverrides } from "./severity-flag.js";

export const DIFF_FORMATS = ["md", "json", "html"] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];
const GATE_LEVELS = ["major", "minor", "editorial"] as const;

/** Each renderer is loaded only when its format is asked for (the CLI loads only what runs). */
const RENDERERS: Readonly<Record<DiffFormat, () => Promise<(report: DiffReport) => string>>> = {
  md: async () => (await import("../../report/diff-markdown.js")).renderDiffMarkdown,
  json: async () => (await import("../../report/diff-json.js")).renderDiffJson,
  html: async () => (await import("../../report/diff-html.js")).renderDiffHtml,
};

/** `--format`, else the `--out` file's extension, else md for a person at a terminal and json for a pipe. */
export function chooseFormat(
  format: string | undefined,
  out: string | undefined,
  isTTY: boolean,
): DiffFormat {
  if (format !== undefined && (DIFF_FORMATS as readonly string[]).includes(format))
    return format as DiffFormat;
  const extension = out?.toLowerCase().match(/\.(md|markdown|json|html?)$/)?.[1];
  if (extension === "md" || extension === "markdown") return "md";
  if (extension === "json") return "json";
  if (extension === "html" || extension === "htm") return "html";
  return isTTY ? "md" : "json";
}

export const diffCommand: Command = {
  name: "diff",
  summary: "Compare two revisions (documents, JSON outputs or folders) and classify each change",
  usage:
    "classpec diff <before> <after> [--format md|json|html] [--fail-on major|minor|editorial] [--allow-incomplete] [--severity ID=LEVEL]... [--no-renames] [--exclude PATH]... [--out FILE]\n       classpec diff --list-changes",
  flags: {
    format: {
      type: "string",
      values: DIFF_FORMATS,
      argName: "FORMAT",
      description:
        "Report format; default from --out's extension, else md on a terminal and json otherwise (said on stderr)",
    },
    "fail-on": {
      type: "string",
      values: GATE_LEVELS,
      argName: "LEVEL",
      description:
        "Exit 1 when a change at or above this severity exists, a comparison is incomplete, or a change is marked doubt",
    },
    "allow-incomplete": {
      type: "boolean",
      description:
        "With --fail-on: do not fail because a side is partial or was read with errors, or a change is marked doubt",
    },
    severity: {
      type: "string",
      multiple: true,
      argName: "ID=LEVEL",
      description:
        "Give every change with id ID the severity LEVEL (major, minor, editorial), rule facts and editorial-only edits included; repeatable",
    },
    exclude: {
      type: "string",
      multiple: true,
      argName: "PATH",
      description:
        "Skip this file or folder, or files matching a quoted glob, when walking a folder side (as in ingest); repeatable",
    },
    "follow-symlinks": {
      type: "boolean",
      description: "Read links that lead out of a folder side (default: skip them, as ingest does)",
    },
    "no-renames": {
      type: "boolean",
      description:
        "In folder diffs, do not pair a document removed with one added by the text they share (a re-code or retitle)",
    },
    "list-changes": {
      type: "boolean",
      description:
        "Print every change id with its default severity and meaning, then exit (--format json or md: as data or a table)",
    },
    out: {
      type: "string",
      argName: "FILE",
      description: "Write the report to FILE (atomically) instead of stdout",
    },
  },
  // Two sides, checked in run: --list-changes needs none.
  positionals: { min: 0, max: 2, name: "<before> <after>" },

  async run(args, io) {
    if (booleanFlag(args, "list-changes")) {
      const catalogue = await import("../../report/change-catalogue.js");
      const format = stringFlag(args, "format");
      if (format === "html") {
        io.stderr(usageLine("diff", "'--list-changes' prints text, md or json, not html"));
        return EXIT_USAGE;
      }
      io.stdout(
        format === "json"
          ? catalogue.renderChangeListJson()
          : format === "md"
            ? `${catalogue.renderChangeTable()}\n`
            : catalogue.renderChangeList(),
      );
      return EXIT_OK;
    }
    if (args.positionals.length < 2) {
      io.stderr(usageLine("diff", missingPositionals(diffCommand, args.positionals)));
      return EXIT_USAGE;
    }
    const severities = await parseSeverityOverrides(listFlag(args, "severity"));
    if ("error" in severities) {
      io.stderr(usageLine("diff", severities.error));
      return EXIT_USAGE;
    }
    const [beforeArg = "", afterArg = ""] = args.positionals;
    const outArg = stringFlag(args, "out");
    if (outArg !== undefined && isFolder(resolve(outArg, io.cwd))) {
      io.stderr(
        usageLine(
          "diff",
          `Unexpected folder '${outArg}' for '--out', expected a file (diff writes one report)`,
        ),
      );
      return EXIT_USAGE;
    }
    const budgets = budgetsFrom(io.env);
    if ("variable" in budgets) {
      io.stderr(budgetProblemLine(budgets));
      return EXIT_USAGE;
    }
    if (beforeArg === STDIN_ARGUMENT && afterArg === STDIN_ARGUMENT) {
      io.stderr(usageLine("diff", "Only one side of 'diff' can be read from stdin (-)"));
      return EXIT_USAGE;
    }
    const stdin = args.positionals.includes(STDIN_ARGUMENT)
      ? await readStdin(io, DEFAULT_MAX_BYTES)
      : undefined;
    if (stdin !== undefined && !(stdin instanceof Uint8Array)) {
      io.stderr(errorLine(STDIN_ARGUMENT, stdin.code, stdin.message));
      return EXIT_FAILED;
    }
    const sideOptions = {
      budgets,
      exclude: listFlag(args, "exclude"),
      followSymlinks: booleanFlag(args, "follow-symlinks"),
      ...(stdin ? { stdin } : {}),
    };
    const [
      { loadSides },
      { countAtOrAbove, diffSides, doubtfulChanges, gateTrips, incompleteDocuments },
    ] = await Promise.all([import("../../batch/sides.js"), import("../../diff/index.js")]);
    const [before, after] = await loadSides(beforeArg, afterArg, io.cwd, sideOptions);
    const all = [...before.problems, ...after.problems];
    // A skipped link is said, and the rest of the comparison is still made.
    for (const line of new Set(
      all.filter((problem) => problem.severity === "warning").map(problemLine),
    ))
      io.stderr(line);
    const problems = all.filter((problem) => problem.severity !== "warning");
    if (problems.length > 0) {
      reportProblems(problems, io);
      return EXIT_FAILED;
    }
    const report: DiffReport = {
      before: displayPath(resolve(beforeArg, io.cwd), io.cwd),
      after: displayPath(resolve(afterArg, io.cwd), io.cwd),
      ...diffSides(
        before.documents.map((loaded) => loaded.document),
        after.documents.map((loaded) => loaded.document),
        {
          severities: severities.overrides,
          renames: !booleanFlag(args, "no-renames"),
          // Two files named as a pair are one document's revisions, whatever their ids.
          filesNamed: !isFolder(resolve(beforeArg, io.cwd)) && !isFolder(resolve(afterArg, io.cwd)),
        },
      ),
    };
    // An override of an id no change has is said: the user may have meant another id.
    const given = new Set(
      report.documents.flatMap((document) => document.changes.map((c) => c.ruleId)),
    );
    for (const [id, level] of severities.overrides)
      if (!given.has(id))
        io.stderr(
          `classpec: diff: warning: '--severity ${id}=${level}' matched no change in this comparison\n`,
        );
    const incomplete = incompleteDocuments(report);
    const pathOf = new Map(
      [...before.documents, ...after.documents].map((loaded) => [loaded.document.id, loaded.path]),
    );
    for (const document of incomplete)
      io.stderr(
        errorLine(
          pathOf.get(document.id) ?? document.id,
          "incomplete",
          `Comparison incomplete: ${(document.incomplete ?? []).join("; ")}; changes may be missing`,
        ),
      );
    const out = stringFlag(args, "out");
    const formatFlag = stringFlag(args, "format");
    const format = chooseFormat(formatFlag, out, io.isTTY);
    if (formatFlag === undefined && out === undefined)
      io.stderr(
        `classpec: diff: writing ${format === "md" ? "markdown, as stdout is a terminal" : "JSON, as stdout is not a terminal"}; --format ${format === "md" ? "json" : "md"} for the other\n`,
      );
    const render = await RENDERERS[format]();
    const text = render(report);
    if (out === undefined) {
      io.stdout(text);
    } else {
      const written = await writeAtomic(resolve(out, io.cwd), text).catch(
        (error: NodeJS.ErrnoException) => error,
      );
      if (written instanceof Error) {
        io.stderr(errorLine(out, "unwritable", describe(written)));
        return EXIT_FAILED;
      }
      const { major, minor, editorial } = report.summary;
      io.stderr(`classpec: wrote ${out}: ${major} major, ${minor} minor, ${editorial} editorial\n`);
    }

    const gate = stringFlag(args, "fail-on") as ChangeSeverity | undefined;
    // A change a reading doubt touches may be no change at all: a gate cannot pass or fail on it.
    const doubtful = doubtfulChanges(report);
    if (
      gate !== undefined &&
      (incomplete.length > 0 || doubtful.length > 0) &&
      !booleanFlag(args, "allow-incomplete")
    ) {
      const reasons = [
        incomplete.length > 0 ? `${incomplete.length} incomplete comparison(s)` : "",
        doubtful.length > 0
          ? `${doubtful.length} change(s) that may be differences in reading (doubt)`
          : "",
      ].filter((reason) => reason !== "");
      io.stderr(
        errorLine(
          report.after ?? afterArg,
          "fail-on",
          `${reasons.join(" and ")}; pass --allow-incomplete to accept them`,
        ),
      );
      return EXIT_FAILED;
    }
    if (gate !== undefined && gateTrips(report, gate)) {
      const count = countAtOrAbove(report, gate);
      io.stderr(
        errorLine(report.after ?? afterArg, "fail-on", `${count} change(s) at or above ${gate}`),
      );
      return EXIT_FAILED;
    }
    return EXIT_OK;
  },
};

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function resolve(path: string, cwd: string): string {
  return isAbsolute(path) ? path : join(cwd, path);
}

function problemLine(problem: LoadProblem): string {
  return errorLine(problem.path, problem.code, problem.message);
}

function reportProblems(problems: readonly LoadProblem[], io: Io): void {
  // Both sides can name one folder: each problem is said once.
  const lines = new Set(problems.map(problemLine));
  for (const line of lines) io.stderr(line);
  io.stderr("classpec: diff: the comparison could not be made; no report was written\n");
}
