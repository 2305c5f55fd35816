/** `classpec ingest <files|dirs...> --out DIR`: one JSON per input. */
import { isAbsolute, join } from "node:path";
import { runBatch } from "../../batch/index.js";
import { collectInputs } from "../../batch/inputs.js";
import { DEFAULT_MAX_BYTES } from "../../load/limits.js";
import {
  count,
  emptyTally,
  githubMessage,
  jsonOutcome,
  prettyMessage,
  REPORTERS,
  type ReporterName,
  summaryLine,
} from "../../report/ingest.js";
import { booleanFlag, listFlag, stringFlag } from "../args.js";
import { type Command, EXIT_FAILED, EXIT_OK, EXIT_USAGE, errorLine } from "../command.js";

/** Batches smaller than this finish too fast for a progress line to help. */
const PROGRESS_MIN_INPUTS = 50;

export const ingestCommand: Command = {
  name: "ingest",
  summary: "Read class specs (PDF, text, markdown, HTML) and write one JSON document per input",
  usage: "classpec ingest <files|dirs...> --out DIR [--reporter pretty|json|github]",
  flags: {
    out: {
      type: "string",
      argName: "DIR",
      description: "Folder to write JSON into (required unless --dry-run)",
      short: "o",
    },
    reporter: {
      type: "string",
      values: REPORTERS,
      argName: "NAME",
      description: "How diagnostics are printed; default pretty",
    },
    exclude: {
      type: "string",
      multiple: true,
      argName: "PATH",
      description: "Skip files under PATH while walking folders (repeatable)",
    },
    quiet: { type: "boolean", description: "Print only errors and the summary", short: "q" },
    "dry-run": { type: "boolean", description: "Parse and report, write nothing" },
    "max-bytes": {
      type: "string",
      argName: "N",
      description: `Largest input accepted, default ${DEFAULT_MAX_BYTES}`,
    },
  },
  positionals: { min: 1, name: "<files|dirs...>" },

  async run(args, io) {
    const out = stringFlag(args, "out");
    const dryRun = booleanFlag(args, "dry-run");
    if (out === undefined && !dryRun) {
      io.stderr(
        "classpec: ingest needs --out DIR (or --dry-run)\nRun 'classpec ingest --help' for usage.\n",
      );
      return EXIT_USAGE;
    }
    const maxBytesText = stringFlag(args, "max-bytes");
    const maxBytes = maxBytesText === undefined ? undefined : Number(maxBytesText);
    if (maxBytes !== undefined && !(Number.isInteger(maxBytes) && maxBytes > 0)) {
      io.stderr(
        `classpec: Unexpected '${maxBytesText}' for '--max-bytes', expected a positive whole number\n`,
      );
      return EXIT_USAGE;
    }
    const reporter = (stringFlag(args, "reporter") ?? "pretty") as ReporterName;
    const quiet = booleanFlag(args, "quiet");
    const showProgress = io.isTTY && !io.env.CI && reporter === "pretty";

    const { inputs, problems } = await collectInputs(
      args.positionals,
      io.cwd,
      listFlag(args, "exclude"),
    );
    const tally = emptyTally();
    for (const problem of problems) {
      io.stderr(errorLine(problem.path, problem.code, problem.message));
      tally.failed++;
    }

    let done = 0;
    await runBatch(
      inputs,
      {
        out: out === undefined || dryRun ? undefined : isAbsolute(out) ? out : join(io.cwd, out),
        ...(maxBytes !== undefined ? { maxBytes } : {}),
      },
      (outcome) => {
        count(tally, outcome);
        if (showProgress && inputs.length >= PROGRESS_MIN_INPUTS) {
          io.stderr(`\r[${++done}/${inputs.length}] `);
        }
        if (outcome.error)
          io.stderr(errorLine(outcome.path, outcome.error.code, outcome.error.message));
        if (reporter === "json") {
          io.stdout(jsonOutcome(outcome));
          return;
        }
        for (const message of outcome.messages) {
          if (message.fatal || (quiet && message.severity !== "error")) continue;
          io.stderr(
            reporter === "github"
              ? githubMessage(outcome.path, message)
              : prettyMessage(outcome.path, message),
          );
        }
      },
    );
    if (showProgress && inputs.length >= PROGRESS_MIN_INPUTS) io.stderr("\n");
    if (reporter === "json") io.stdout(`${JSON.stringify({ summary: tally })}\n`);
    else io.stdout(summaryLine(tally));
    return tally.failed > 0 ? EXIT_FAILED : EXIT_OK;
  },
};
