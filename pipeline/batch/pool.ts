/**
 * `runBatch` on worker threads (piscina), for large batches: parsing is
 * CPU-bound (pdfjs parses on the calling thread in Node), so a batch runs
 * up to `threads` times faster. Workers only parse and serialize; the main
 * thread claims ids, writes and reports in input order through the same
 * `deliverInOrder` as `runBatch`, so output files and messages are
 * byte-identical to a single-threaded run whichever worker finishes first.
 *
 * This module loads piscina: import it only when `planThreads` says so
 * (the CLI imports it dynamically), never at startup.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { type BatchOptions, deliverInOrder, type Outcome, type Result } from "./index.js";
import type { Input } from "./inputs.js";
import type { PoolTask } from "./pool-worker.js";

export { POOL_MIN_INPUTS, POOL_MIN_PDF_INPUTS } from "./threads.js";

/** Tasks in flight per thread: enough to keep every thread busy, few enough to hold little in memory. */
const IN_FLIGHT_PER_THREAD = 8;
/**
 * A worker stuck on one input is terminated after this long. pdfjs runs
 * synchronously inside the worker, so only terminating the thread can stop
 * a pathological document; the reader's own budget (MAX_MILLISECONDS) is 30 s.
 */
export const TASK_TIMEOUT_MS = 60_000;

const WORKER = new URL("./pool-worker.js", import.meta.url);

/** Workers run compiled JavaScript: false when this module runs from TypeScript source (vitest). */
export function poolAvailable(): boolean {
  return existsSync(fileURLToPath(WORKER));
}

export interface PoolOptions {
  /** Worker threads; default: the machine's available parallelism. */
  threads?: number;
}

function taskFailure(input: Input, error: unknown): Result {
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
    filename: WORKER.href,
    minThreads: threads,
    maxThreads: threads,
  });
  // Only cloneable options cross the thread boundary: no profiles, no signal.
  const task: PoolTask["options"] = {
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
    ...(options.ignore === undefined ? {} : { ignore: options.ignore }),
  };
  const produce = (input: Input): Promise<Result> =>
    piscina
      .run({ input, options: task }, { signal: AbortSignal.timeout(TASK_TIMEOUT_MS) })
      .catch((error: unknown) => taskFailure(input, error));
  try {
    await deliverInOrder(inputs, produce, threads * IN_FLIGHT_PER_THREAD, options, onOutcome);
  } finally {
    await piscina.destroy();
  }
}
