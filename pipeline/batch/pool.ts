/**
 * A batch on the document pool (isolation.ts): every document is parsed in
 * a worker thread under its deadline and memory ceiling, so no input can
 * stall the batch, exhaust memory or keep Ctrl-C waiting. The main thread
 * only claims ids, writes and reports, in input order, through the same
 * `deliverInOrder` as `runBatch`, so output files and messages are
 * byte-identical to an in-process run whichever worker finishes first.
 */
import { availableParallelism } from "node:os";
import { type Budgets, DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT_MS } from "./budgets.js";
import { type BatchOptions, deliverInOrder, type Outcome } from "./deliver.js";
import type { DocumentTask } from "./document-worker.js";
import type { Input } from "./inputs.js";
import { DocumentPool, isolationAvailable } from "./isolation.js";

export { POOL_MIN_INPUTS, POOL_MIN_PDF_INPUTS } from "./threads.js";

/** Tasks in flight per thread: enough to keep every thread busy, few enough to hold little in memory. */
const IN_FLIGHT_PER_THREAD = 8;

/** Workers run compiled JavaScript: false when this module runs from TypeScript source (vitest). */
export const poolAvailable = isolationAvailable;

export interface PoolOptions {
  /** Worker threads; default: the machine's available parallelism. */
  threads?: number;
  budgets?: Budgets;
}

export async function runBatchPooled(
  inputs: readonly Input[],
  options: BatchOptions,
  onOutcome: (outcome: Outcome) => void,
  pool: PoolOptions = {},
): Promise<void> {
  const threads = Math.max(1, Math.min(pool.threads ?? availableParallelism(), inputs.length));
  const documents = new DocumentPool(
    threads,
    pool.budgets ?? { timeoutMs: DEFAULT_TIMEOUT_MS, maxMemoryMb: DEFAULT_MAX_MEMORY_MB },
  );
  // Only cloneable options cross the thread boundary: no profiles, no signal.
  const task: DocumentTask["options"] = {
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
    ...(options.ignore === undefined ? {} : { ignore: options.ignore }),
    ...(options.jurisdiction === undefined ? {} : { jurisdiction: options.jurisdiction }),
  };
  try {
    await deliverInOrder(
      inputs,
      (input) => documents.run({ input, options: task }),
      threads * IN_FLIGHT_PER_THREAD,
      options,
      onOutcome,
    );
  } finally {
    await documents.destroy();
  }
}
