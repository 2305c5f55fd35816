/**
 * `classpec diff <before> <after>`: compare two revisions. Each side is a raw
 * document, a JSON output or a folder of either (paired by id). A side that
 * cannot be read is an error (exit 1), never "no changes".
 */
import { isAbsolute, join } from "node:path";
import { budgetProblemLine, budgetsFrom } from "../../batch/budgets.js";
import { describe, displayPath } from "../../batch/inputs.js";
import { countAtOrAbove, diffCollections, gateTrips } from "../../diff/index.js";
import { type LoadProblem, loadSide } from "../../diff/load.js";
import type { ChangeSeverity, DiffReport } from "../../diff/types.js";
import { writeAtomic } from "../../emit/index.js";
import { renderDiffHtml } from "../../report/diff-html.js";
import { renderDiffJson } from "../../report/diff-json.js";
import { renderDiffMarkdown } from "../../report/diff-markdown.js";
import { stringFlag } from "../args.js";
import { type Command, EXIT_FAILED, EXIT_OK, EXIT_USAGE, errorLine, type Io } from "../command.js";

export const DIFF_FORMATS = ["md", "json", "html"] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];
const GATE_LEVELS = ["major", "minor", "editorial"] as const;

const RENDERERS: Readonly<Record<DiffFormat, (report: DiffReport) => string>> = {
  md: renderDiffMarkdown,
  json: renderDiffJson,
  html: renderDiffHtml,
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
    "classpec diff <before> <after> [--format md|json|html] [--fail-on major|minor|editorial] [--out FILE]",
  flags: {
    format: {
      type: "string",
      values: DIFF_FORMATS,
      argName: "FORMAT",
      description:
        "Report format; default from --out's extension, else md on a terminal, json otherwise",
    },
    "fail-on": {
      type: "string",
      values: GATE_LEVELS,
      argName: "LEVEL",
      description: "Exit 1 when a change at or above this severity exists",
    },
    out: {
      type: "string",
      argName: "FILE",
      description: "Write the report to FILE (atomically) instead of stdout",
    },
  },
  positionals: { min: 2, max: 2, name: "<before> <after>" },

  async run(args, io) {
    const [beforeArg = "", afterArg = ""] = args.positionals;
    const budgets = budgetsFrom(io.env);
    if ("variable" in budgets) {
      io.stderr(budgetProblemLine(budgets));
      return EXIT_USAGE;
    }
    const sideOptions = { budgets };
    const [before, after] = await Promise.all([
      loadSide(beforeArg, io.cwd, sideOptions),
      loadSide(afterArg, io.cwd, sideOptions),
    ]);
    const problems = [...before.problems, ...after.problems];
    if (problems.length > 0) {
      reportProblems(problems, io);
      return EXIT_FAILED;
    }
    for (const { path, errors } of [...before.documents, ...after.documents]) {
      if (errors > 0)
        io.stderr(
          errorLine(
            path,
            "partial",
            `Document was read with ${errors} error diagnostic(s); changes may be incomplete`,
          ),
        );
    }

    const report: DiffReport = {
      before: displayPath(resolve(beforeArg, io.cwd), io.cwd),
      after: displayPath(resolve(afterArg, io.cwd), io.cwd),
      ...diffCollections(
        before.documents.map((loaded) => loaded.document),
        after.documents.map((loaded) => loaded.document),
      ),
    };
    const out = stringFlag(args, "out");
    const text = RENDERERS[chooseFormat(stringFlag(args, "format"), out, io.isTTY)](report);
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

function resolve(path: string, cwd: string): string {
  return isAbsolute(path) ? path : join(cwd, path);
}

function reportProblems(problems: readonly LoadProblem[], io: Io): void {
  for (const problem of problems) io.stderr(errorLine(problem.path, problem.code, problem.message));
  io.stderr("classpec: diff: the comparison could not be made; no report was written\n");
}
