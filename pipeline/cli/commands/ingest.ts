/** `classpec ingest <files|dirs...> --out DIR`: one JSON per input (per class of a page of several). */
import { accessSync, constants as fsConstants, lstatSync, statSync } from "node:fs";
import { constants } from "node:os";
import { dirname, isAbsolute, join } from "node:path";
import { parseAcknowledgement } from "../../acknowledge.js";
import {
  type Budgets,
  budgetProblemLine,
  budgetsFrom,
  DEFAULT_MAX_MEMORY_MB,
  DEFAULT_TIMEOUT_MS,
  MEMORY_VARIABLE,
  TIMEOUT_VARIABLE,
} from "../../batch/budgets.js";
import { watchCpuBudget } from "../../batch/cpu-budget.js";
import type { BatchOptions, Outcome } from "../../batch/deliver.js";
import {
  collectInputs,
  describe,
  displayPath,
  type Input,
  STDIN_ARGUMENT,
} from "../../batch/inputs.js";
import { planThreads, THREADS_VARIABLE, threadsFrom } from "../../batch/threads.js";
import { PROVENANCE_MODES, type ProvenanceMode } from "../../emit/provenance.js";
import {
  MAX_OPERATORS_PER_PAGE,
  MAX_STREAM_MIB,
  OPERATORS_VARIABLE,
  STREAM_VARIABLE,
} from "../../extract/pdf/limits.js";
import { DEFAULT_MAX_BYTES } from "../../load/limits.js";
import {
  count,
  emptyTally,
  githubMessage,
  jsonOutcome,
  prettyGroup,
  REPORTERS,
  type ReporterName,
  summaryLine,
} from "../../report/ingest.js";
import { jurisdictionOf } from "../../shared/jurisdictions.js";
import { positiveDecimalNumber, positiveWholeNumber } from "../../shared/settings-number.js";
import { booleanFlag, listFlag, stringFlag } from "../args.js";
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
import { createProgress } from "../progress.js";

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
  if (pool.poolAvailable()) {
    // Every document is parsed on a worker thread, under its budgets (one worker unless pooled).
    const threads = plan.pooled ? plan.threads : 1;
    return pool.runBatchPooled(inputs, options, onOutcome, {
      budgets,
      ...(threads === undefined ? {} : { threads }),
    });
  }
  // In-process only without compiled workers (TypeScript source, in tests).
  const { runBatch } = await import("../../batch/index.js");
  return runBatch(inputs, options, onOutcome);
}

function isFile(path: string): boolean {
  try {
    return !statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Why `folder` cannot hold the output (a file stands in its path, or the
 * nearest folder that exists is not writable), or undefined. Checked without
 * making it: the writer makes it with the first document, so a batch in
 * which every input fails leaves no empty folder behind.
 */
function folderProblem(folder: string): string | undefined {
  try {
    let existing = folder;
    let info = statSync(existing, { throwIfNoEntry: false });
    while (info === undefined && dirname(existing) !== existing) {
      // A link to nothing cannot be made into a folder: every write through it would fail.
      if (lstatSync(existing, { throwIfNoEntry: false }) !== undefined)
        throw Object.assign(new Error(existing), { code: "ENOENT" });
      existing = dirname(existing);
      info = statSync(existing, { throwIfNoEntry: false });
    }
    if (info !== undefined && !info.isDirectory())
      throw Object.assign(new Error(existing), { code: "ENOTDIR" });
    accessSync(existing, fsConstants.W_OK);
    return undefined;
  } catch (error) {
    return `Cannot write the output here: ${describe(error as NodeJS.ErrnoException)}`;
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
  summary:
    "Read class specs (PDF, text, markdown, HTML) and write one JSON document per input (per class of a page of several)",
  usage: "classpec ingest <files|dirs|globs|-...> --out DIR|- [--reporter pretty|json|github]",
  flags: {
    out: {
      type: "string",
      argName: "DIR",
      description:
        "Folder to write JSON into (required unless --dry-run); '-' writes to stdout: one document's JSON, or JSON Lines for several (inputs, or classes of one page)",
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
      description:
        "Skip files under PATH, or matching a quoted glob, while walking folders (repeatable)",
    },
    jurisdiction: {
      type: "string",
      argName: "CODE",
      description:
        "Jurisdiction of documents whose publisher no profile knows (us-wa); default none (null)",
    },
    ignore: {
      type: "string",
      multiple: true,
      argName: "CODE@ID",
      description:
        "Acknowledge a known warning of one document (ID '*': every document); kept in its JSON, not printed or counted (repeatable)",
    },
    provenance: {
      type: "string",
      values: PROVENANCE_MODES,
      argName: "MODE",
      description:
        "full: in each document (default); none: left out (empty); sidecar: in <name>.provenance.json beside it",
    },
    quiet: { type: "boolean", description: "Print only errors and the summary", short: "q" },
    "dry-run": {
      type: "boolean",
      description: "Parse and report what would be written, write nothing",
    },
    strict: {
      type: "boolean",
      description: "Exit 1 when a document is only partial, as when one fails",
    },
    "follow-symlinks": {
      type: "boolean",
      description: "Read links that lead out of a folder being walked (default: skip them)",
    },
    "max-bytes": {
      type: "string",
      argName: "N",
      description: `Largest input accepted, default ${DEFAULT_MAX_BYTES}`,
    },
    "max-cpu-seconds": {
      type: "string",
      argName: "N",
      description:
        "CPU budget of the whole batch (every thread); when spent, no new input starts, the files written stay complete, exit 1",
    },
  },
  positionals: { min: 1, name: "<files|dirs|globs|-...>" },
  notes: [
    "Inputs: a file, a folder (walked for documents), a quoted glob ('specs/**/*.pdf'), or - for stdin.",
    "source.path in each JSON is the input's path below its root: a file's root is its folder, a",
    "folder's is itself, a glob's its fixed leading folders; stdin's is -.",
    "",
    "Environment:",
    `  ${THREADS_VARIABLE}=N  worker threads for large batches (1 to the cores; more is capped);`,
    "                      default: 16+ PDFs use every core, 64+ texts use them on 3+ cores, else one",
    `  ${TIMEOUT_VARIABLE}=N   time budget of one document in ms, default ${DEFAULT_TIMEOUT_MS}, at most 2^31-1`,
    `  ${MEMORY_VARIABLE}=N memory budget of one document in MiB, default ${DEFAULT_MAX_MEMORY_MB}`,
    `  ${STREAM_VARIABLE}=N most MiB one PDF stream may inflate to, default ${MAX_STREAM_MIB}`,
    `  ${OPERATORS_VARIABLE}=N most operators on one PDF page, default ${MAX_OPERATORS_PER_PAGE}`,
    "",
    "Exit codes: 0 every input written; 1 an input failed (the others are still written),",
    "or with --strict a document is partial, or --max-cpu-seconds was spent before the last input;",
    "2 usage error; 130 / 143 stopped by Ctrl-C / SIGTERM (every file written is complete).",
  ],

  async run(args, io) {
    const out = stringFlag(args, "out");
    const dryRun = booleanFlag(args, "dry-run");
    if (out === undefined && !dryRun) {
      io.stderr(usageLine("ingest", "Missing --out DIR (or --out - for stdout, or --dry-run)"));
      return EXIT_USAGE;
    }
    const maxBytesText = stringFlag(args, "max-bytes");
    const maxBytes = maxBytesText === undefined ? undefined : positiveWholeNumber(maxBytesText);
    if (maxBytesText !== undefined && maxBytes === undefined) {
      io.stderr(
        usageLine(
          "ingest",
          `Unexpected '${maxBytesText}' for '--max-bytes', expected a positive whole number`,
        ),
      );
      return EXIT_USAGE;
    }
    const cpuText = stringFlag(args, "max-cpu-seconds");
    const cpuSeconds = cpuText === undefined ? undefined : positiveDecimalNumber(cpuText);
    if (cpuText !== undefined && cpuSeconds === undefined) {
      io.stderr(
        `classpec: Unexpected '${cpuText}' for '--max-cpu-seconds', expected a positive number of seconds\n`,
      );
      return EXIT_USAGE;
    }
    const budgets = budgetsFrom(io.env);
    if ("variable" in budgets) {
      io.stderr(budgetProblemLine(budgets));
      return EXIT_USAGE;
    }
    const threads = threadsFrom(io.env);
    if ("problem" in threads) {
      io.stderr(threads.problem);
      return EXIT_USAGE;
    }
    if (threads.note) io.stderr(threads.note);
    const ignoreTexts = listFlag(args, "ignore");
    const ignore = ignoreTexts.map(parseAcknowledgement);
    const badIgnore = ignoreTexts.find((_, index) => ignore[index] === undefined);
    if (badIgnore !== undefined) {
      io.stderr(
        usageLine(
          "ingest",
          `Unexpected '${badIgnore}' for '--ignore', expected CODE@ID (e.g. distinction-chart-mismatch@us-ia/series/x, or CODE@* for every document)`,
        ),
      );
      return EXIT_USAGE;
    }
    const reporter = (stringFlag(args, "reporter") ?? "pretty") as ReporterName;
    const quiet = booleanFlag(args, "quiet");
    const strict = booleanFlag(args, "strict");

    const toStdout = out === "-";
    const provenance = stringFlag(args, "provenance") as ProvenanceMode | undefined;
    if (provenance === "sidecar" && (toStdout || out === undefined)) {
      io.stderr(
        usageLine(
          "ingest",
          "Option '--provenance sidecar' needs --out DIR to write the sidecars in",
        ),
      );
      return EXIT_USAGE;
    }
    const outFolder =
      out === undefined || dryRun || toStdout
        ? undefined
        : isAbsolute(out)
          ? out
          : join(io.cwd, out);
    if (outFolder !== undefined && isFile(outFolder)) {
      io.stderr(
        usageLine(
          "ingest",
          `Unexpected file '${out}' for '--out', expected a folder (ingest writes one JSON per input)`,
        ),
      );
      return EXIT_USAGE;
    }
    // A folder that cannot be made would fail every document the same way: say it once.
    const unwritable = outFolder === undefined ? undefined : folderProblem(outFolder);
    if (out !== undefined && outFolder !== undefined && unwritable !== undefined) {
      io.stderr(errorLine(out, "output-unwritable", unwritable));
      return EXIT_FAILED;
    }

    const stdin = args.positionals.includes(STDIN_ARGUMENT)
      ? await readStdin(io, maxBytes ?? DEFAULT_MAX_BYTES)
      : undefined;
    if (stdin !== undefined && !(stdin instanceof Uint8Array)) {
      io.stderr(errorLine(STDIN_ARGUMENT, stdin.code, stdin.message));
      return EXIT_FAILED;
    }
    const { inputs, problems } = await collectInputs(
      args.positionals,
      io.cwd,
      listFlag(args, "exclude"),
      {
        followSymlinks: booleanFlag(args, "follow-symlinks"),
        refuseEmptyFolders: true,
        ...(stdin ? { stdin } : {}),
      },
    );
    // With --out -, stdout carries documents only: one document's JSON as a file holds it, or
    // JSON Lines (several inputs, or one page of several classes).
    const onDocument = toStdout
      ? (json: string, ofInput: number) =>
          io.stdout(
            inputs.length > 1 || ofInput > 1 ? `${JSON.stringify(JSON.parse(json))}\n` : json,
          )
      : undefined;
    const tally = emptyTally();
    const progress = createProgress(inputs.length, io.stderr, {
      enabled: Boolean(io.stderrIsTTY) && !io.env.CI,
    });
    // Every line goes out on a cleared progress line.
    const stderr = (text: string) => {
      progress.clear();
      io.stderr(text);
    };
    const stdout = (text: string) => {
      progress.clear();
      (toStdout ? io.stderr : io.stdout)(text);
    };
    /** A whole file failed (or was skipped): one line, the reporter's own for GitHub. */
    const failure = (
      path: string,
      code: string,
      message: string,
      severity: "error" | "warning" = "error",
    ) =>
      stderr(
        reporter === "github"
          ? githubMessage(path, { severity, code, message, fatal: true })
          : errorLine(path, code, message),
      );
    for (const problem of problems) {
      failure(problem.path, problem.code, problem.message, problem.severity);
      if (problem.severity === "warning") tally.warnings++;
      else tally.failed++;
    }

    const jurisdictionText = stringFlag(args, "jurisdiction");
    const jurisdiction =
      jurisdictionText === undefined ? undefined : jurisdictionOf(jurisdictionText);
    if (jurisdictionText !== undefined && !jurisdiction) {
      io.stderr(
        `classpec: Unexpected '${jurisdictionText}' for '--jurisdiction', expected a US state or territory code like us-wa\n`,
      );
      return EXIT_USAGE;
    }
    // Messages name an input as the user gave it (an absolute path stays absolute).
    const shown = new Map(inputs.map((input) => [input.path, input.shown ?? input.path]));
    let done = 0;
    const stop = stopOnSignal();
    const cpu = cpuSeconds === undefined ? undefined : watchCpuBudget(cpuSeconds);
    try {
      await runInputs(
        inputs,
        {
          out: outFolder,
          signal: cpu ? AbortSignal.any([stop.signal, cpu.signal]) : stop.signal,
          onDocument,
          provenance,
          ...(maxBytes !== undefined ? { maxBytes } : {}),
          ...(ignore.length > 0 ? { ignore: ignore.filter((item) => item !== undefined) } : {}),
          onNotice: (path, code, message) => {
            stderr(errorLine(displayPath(path, io.cwd), code, message));
            tally.warnings++;
          },
          ...(jurisdiction ? { jurisdiction } : {}),
        },
        (outcome) => {
          // Inputs done: a page of several classes is done with its last class.
          if (!outcome.part || outcome.part.index === outcome.part.of - 1) done++;
          count(tally, outcome);
          const file = shown.get(outcome.path) ?? outcome.path;
          // Each class of a page of several is named `<file>#<id>`.
          const path = outcome.part ? `${file}#${outcome.part.id}` : file;
          if (outcome.error) failure(path, outcome.error.code, outcome.error.message);
          if (reporter === "json") {
            stdout(jsonOutcome({ ...outcome, path }));
          } else {
            if (dryRun && outcome.output !== undefined && !quiet)
              stdout(`would write ${outcome.output} (${outcome.status})\n`);
            const shownMessages = outcome.messages.filter(
              (message) =>
                !message.fatal && !message.acknowledged && !(quiet && message.severity !== "error"),
            );
            if (reporter === "github")
              // An annotation names a file that exists: the class is named in its title.
              for (const message of shownMessages)
                stderr(githubMessage(file, message, outcome.part?.id));
            else stderr(prettyGroup(path, shownMessages));
          }
          progress.update(done);
          cpu?.check();
        },
        io.env,
        budgets,
      );
    } finally {
      stop.done();
      cpu?.stop();
    }
    const signal = stop.stopped();
    // A signal after the last document changed nothing: the batch is complete.
    progress.clear();
    if (signal !== undefined && done < inputs.length) {
      io.stderr(
        errorLine(
          out ?? ".",
          "interrupted",
          `Stopped by ${signal} after ${done} of ${inputs.length} inputs; every file written is complete, run again to finish`,
        ),
      );
      return SIGNAL_EXIT_BASE + constants.signals[signal];
    }
    const overBudget = cpu?.spent() === true && done < inputs.length;
    if (overBudget)
      io.stderr(
        errorLine(
          out ?? ".",
          "batch-budget-spent",
          `Stopped after ${cpuSeconds} s of CPU (--max-cpu-seconds) with ${done} of ${inputs.length} inputs done; every file written is complete, the rest were not started`,
        ),
      );
    if (reporter === "json")
      stdout(`${JSON.stringify({ summary: dryRun ? { ...tally, dryRun } : tally })}\n`);
    else stdout(summaryLine(tally, { dryRun }));
    return overBudget || tally.failed > 0 || (strict && tally.partial > 0) ? EXIT_FAILED : EXIT_OK;
  },
};
