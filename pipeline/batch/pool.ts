/**
 * `runBatch` on worker threads (piscina): PDF reading is CPU-bound (pdfjs
 * parses on the calling thread in Node), so a batch of PDFs runs about
 * `threads` times faster. Outcomes are reported, claimed (duplicate ids) and
 * written in input order, exactly as `runBatch` does, so output and messages
 * do not depend on which worker finished first.
 *
 * The CLI's `ingest` should call `runBatchPooled` instead of `runBatch` when
 * the batch is large enough to repay starting workers (POOL_MIN_INPUTS) and
 * no custom `profiles` are given.
 */
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Piscina } from "piscina";
import { writeAtomic } from "../emit/index.js";
import type { BatchOptions, Outcome } from "./index.js";
import type { Input } from "./inputs.js";
import type { PoolTask } from "./pool-worker.js";

/** Below this many inputs, starting workers (~50 ms each, pdfjs loaded in each) costs more than it saves. */
export const POOL_MIN_INPUTS = 16;
/** Tasks in flight per thread: enough to keep every thread busy, few enough to hold little in memory. */
const IN_FLIGHT_PER_THREAD = 4;
/**
 * A worker stuck on one input is terminated after this long. pdfjs runs
 * synchronously inside the worker, so only terminating the thread can stop
 * a pathological document; the reader's own budget (MAX_MILLISECONDS) is 30 s.
 */
export const TASK_TIMEOUT_MS = 60_000;

type Result = Outcome & { json?: string };

export interface PoolOptions {
  /** Worker threads; default: the machine's available parallelism. */
  threads?: number;
}

function timedOut(input: Input, error: unknown): Result {
  const aborted = error instanceof Error && error.name === "AbortError";
  return {
    path: input.path,
    status: "failed",
    error: aborted
      ? {
          code: "timeout",
          message: `Unexpected input that takes over ${TASK_TIMEOUT_MS / 1000} s, expected a class spec`,
        }
      : {
          code: "internal",
          message: `Unexpected worker failure (${error instanceof Error ? error.message : String(error)}), expected an outcome`,
        },
    messages: [],
  };
}

export async function runBatchPooled(
  inputs: readonly Input[],
  options: BatchOptions,
  onOutcome: (outcome: Outcome) => void,
  pool: PoolOptions = {},
): Promise<void> {
  const threads = Math.max(1, pool.threads ?? availableParallelism());
  const piscina = new Piscina<PoolTask, Result>({
    filename: new URL("./pool-worker.js", import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
  });
  const task: PoolTask["options"] =
    options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes };
  const run = (input: Input): Promise<Result> =>
    piscina
      .run({ input, options: task }, { signal: AbortSignal.timeout(TASK_TIMEOUT_MS) })
      .catch((error: unknown) => timedOut(input, error));
  try {
    const window = threads * IN_FLIGHT_PER_THREAD;
    const pending: Array<Promise<Result> | undefined> = inputs.slice(0, window).map(run);
    // Same rule as runBatch: the first input (in path order) to yield an id keeps it.
    const claimed = new Map<string, string>();
    for (let index = 0; index < inputs.length; index++) {
      const next = inputs[index + window];
      if (next) pending.push(run(next));
      const result = await pending[index];
      pending[index] = undefined; // let the settled result go
      if (!result) continue;
      const { json, ...outcome } = result;
      if (outcome.output !== undefined && json !== undefined) {
        const owner = claimed.get(outcome.output);
        if (owner !== undefined) {
          onOutcome({
            path: outcome.path,
            status: "failed",
            error: {
              code: "duplicate-id",
              message: `Unexpected second document for ${outcome.output} (also made from ${owner}), expected one document per id and folder`,
            },
            messages: outcome.messages,
          });
          continue;
        }
        claimed.set(outcome.output, outcome.path);
        if (options.out !== undefined) await writeAtomic(join(options.out, outcome.output), json);
      }
      onOutcome(outcome);
    }
  } finally {
    await piscina.destroy();
  }
}
