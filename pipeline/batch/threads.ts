/**
 * When a batch runs on worker threads. Kept apart from pool.ts so that
 * deciding costs nothing.
 */
import { availableParallelism } from "node:os";
import type { Input } from "./inputs.js";

/** Below this many inputs, starting workers (each loads the pipeline, ~0.3 s) costs more than it saves. */
export const POOL_MIN_INPUTS = 64;
/** A PDF takes ~50x longer than a text, so fewer of them repay the workers. */
export const POOL_MIN_PDF_INPUTS = 16;
/**
 * Text parses in about a millisecond, so the main thread (claiming, writing,
 * reporting) is busy too: on two cores, two workers measured slower than one
 * thread. PDFs leave the main thread idle and gain from two cores.
 */
const MIN_CORES_FOR_TEXT_POOL = 3;
/** `CLASSPEC_THREADS=N` sets the worker count (every document is parsed on a worker, so 1 is one worker). */
export const THREADS_VARIABLE = "CLASSPEC_THREADS";

const PDF_NAME = /\.pdf$/i;

export interface ThreadPlan {
  pooled: boolean;
  /** Worker threads; undefined: the machine's available parallelism. */
  threads?: number;
}

/** Whether (and on how many threads) a batch runs pooled. */
export function planThreads(
  inputs: readonly Input[],
  env: Readonly<Record<string, string | undefined>>,
): ThreadPlan {
  const forced = Number(env[THREADS_VARIABLE]);
  if (Number.isInteger(forced) && forced >= 1) {
    return forced === 1 ? { pooled: false } : { pooled: inputs.length > 0, threads: forced };
  }
  const pdfs = inputs.filter((input) => PDF_NAME.test(input.path)).length;
  if (pdfs >= POOL_MIN_PDF_INPUTS) return { pooled: true };
  return {
    pooled: inputs.length >= POOL_MIN_INPUTS && availableParallelism() >= MIN_CORES_FOR_TEXT_POOL,
  };
}
