/** `classpec ingest <files|dirs...> --out DIR`: one JSON per input. */
import { accessSync, constants as fsConstants } from "node:fs";
import { constants } from "node:os";
import { isAbsolute, join } from "node:path";
import {
  type Budgets,
  budgetProblemLine,
  budgetsFrom,
  DEFAULT_MAX_MEMORY_MB,
  DEFAULT_TIMEOUT_MS,
  MEMORY_VARIABLE,
  TIMEOUT_VARIABLE,
} from "../../batch/budgets.js";
import { type BatchOptions, type Outcome, runBatch } from "../../batch/index.js";
import { collectInputs, type Input } from "../../batch/inputs.js";
import { planThreads, THREADS_VARIABLE } from "../../batch/threads.js";
import { ensureFolder } from "../../emit/index.js";
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
import { type Command, EXIT_FAILED, EXIT_OK, EXIT_USAGE, errorLine, type Io } from "../command.js";

/** Batches smaller than this finish too fast for a progress line to help. */
const PROGRESS_MIN_INPUTS = 50;
/** 128 + the signal's number, what shells expect of a program a signal stopped (Ctrl-C: 130). */
const SIGNAL_EXIT_BASE = 128;
const STOP_SIGNALS = ["SIGINT", "SIGTERM"] as const;
type StopSignal = (typeof STOP_SIGNALS)[number];

/**
 * Every document is parsed on a worker thread under its budgets (pool.ts,
 * loaded only here); large batches use more threads. Output and messages
 * are the same either way. From TypeScript source (tests) there are no
 * compiled workers, and documents are parsed in-process.
 */
async function runInputs(
  inputs: readonly Input[],
  options: BatchOptions,
  onOutcome: (outcome: Outcome) => void,
  env: Io["env"],
  budgets: Budgets,
): Promise<void> {
  const plan = planThreads(inputs, env);
  const pool = await import("../../batch/pool.js");
  if (!pool.poolAvailable()) return runBatch(inputs, options, onOutcome);
  const threads = plan.pooled ? plan.threads : 1;
  return pool.runBatchPooled(inputs, options, onOutcome, {
    budgets,
    ...(threads === undefined ? {} : { threads }),
  });
}

/** Why `folder` cannot hold the output (it is a file, or not writable), or undefined. */
function folderProblem(folder: string): string | undefined {
  try {
    ensureFolder(folder);
    accessSync(folder, fsConstants.W_OK);
    return undefined;
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    return `Unexpected ${code ?? "error"} (${message}), expected a folder classpec can write to`;
  }
}

/**
 * Ctrl-C (or SIGTERM) stops the batch between two documents: the write in
 * progress completes (it is atomic anyway), nothing new starts.
 */
function stopOnSignal(): {
  signal: AbortSignal;
  stopped: () => StopSignal | undefined;
  done: () => void;
} {
  const controller = new AbortController();
  let received: StopSignal | undefined;
  const listeners = STOP_SIGNALS.map((name) => {
    const listener = () => {
      received = name;
      controller.abort();
    };
    process.once(name, listener);
    return { name, listener };
  });
  return {
    signal: controller.signal,
    stopped: () => received,
    done: () => {
      for (const { name, listener } of listeners) process.removeListener(name, listener);
    },
  };
}

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
    "follow-symlinks": {
      type: "boolean",
      description: "Read links that lead out of a folder being walked (default: skip them)",
    },
    "max-bytes": {
      type: "string",
      argName: "N",
      description: `Largest input accepted, default ${DEFAULT_MAX_BYTES}`,
    },
  },
  positionals: { min: 1, name: "<files|dirs...>" },
  notes: [
    "Environment:",
    `  ${THREADS_VARIABLE}=N  worker threads for large batches; default: 16+ PDFs use`,
    "                      every core, 64+ texts use them on 3+ cores, else one",
    `  ${TIMEOUT_VARIABLE}=N   time budget of one document, default ${DEFAULT_TIMEOUT_MS}`,
    `  ${MEMORY_VARIABLE}=N memory budget of one document in MiB, default ${DEFAULT_MAX_MEMORY_MB}`,
    "",
    "Exit codes: 0 every input written; 1 an input failed (the others are still written);",
    "2 usage error; 130 / 143 stopped by Ctrl-C / SIGTERM (every file written is complete).",
  ],

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
    const budgets = budgetsFrom(io.env);
    if ("variable" in budgets) {
      io.stderr(budgetProblemLine(budgets));
      return EXIT_USAGE;
    }
    const reporter = (stringFlag(args, "reporter") ?? "pretty") as ReporterName;
    const quiet = booleanFlag(args, "quiet");
    const showProgress = io.isTTY && !io.env.CI && reporter === "pretty";

    const outFolder =
      out === undefined || dryRun ? undefined : isAbsolute(out) ? out : join(io.cwd, out);
    // A folder that cannot be made would fail every document the same way: say it once.
    const unwritable = outFolder === undefined ? undefined : folderProblem(outFolder);
    if (out !== undefined && unwritable !== undefined) {
      io.stderr(errorLine(out, "output-unwritable", unwritable));
      return EXIT_FAILED;
    }

    const { inputs, problems } = await collectInputs(
      args.positionals,
      io.cwd,
      listFlag(args, "exclude"),
      { followSymlinks: booleanFlag(args, "follow-symlinks") },
    );
    const tally = emptyTally();
    for (const problem of problems) {
      io.stderr(errorLine(problem.path, problem.code, problem.message));
      if (problem.severity === "warning") tally.warnings++;
      else tally.failed++;
    }

    let done = 0;
    const stop = stopOnSignal();
    try {
      await runInputs(
        inputs,
        {
          out: outFolder,
          signal: stop.signal,
          ...(maxBytes !== undefined ? { maxBytes } : {}),
        },
        (outcome) => {
          done++;
          count(tally, outcome);
          if (showProgress && inputs.length >= PROGRESS_MIN_INPUTS) {
            io.stderr(`\r[${done}/${inputs.length}] `);
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
        io.env,
        budgets,
      );
    } finally {
      stop.done();
    }
    const signal = stop.stopped();
    // A signal after the last document changed nothing: the batch is complete.
    if (signal !== undefined && done < inputs.length) {
      if (showProgress && inputs.length >= PROGRESS_MIN_INPUTS) io.stderr("\n");
      io.stderr(
        errorLine(
          out ?? ".",
          "interrupted",
          `Stopped by ${signal} after ${done} of ${inputs.length} inputs; every file written is complete, run again to finish`,
        ),
      );
      return SIGNAL_EXIT_BASE + constants.signals[signal];
    }
    if (showProgress && inputs.length >= PROGRESS_MIN_INPUTS) io.stderr("\n");
    if (reporter === "json") io.stdout(`${JSON.stringify({ summary: tally })}\n`);
    else io.stdout(summaryLine(tally));
    return tally.failed > 0 ? EXIT_FAILED : EXIT_OK;
  },
};
