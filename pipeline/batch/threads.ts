/**
 * When a batch runs on worker threads. Kept apart from pool.ts so that
 * deciding costs nothing.
 */
import { availableParallelism } from "node:os";
import { positiveWholeNumber } from "../shared/settings-number.js";
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
  const setting = threadsFrom(env);
  const forced = "threads" in setting ? setting.threads : undefined;
  if (forced !== undefined) {
    return forced === 1 ? { pooled: false } : { pooled: inputs.length > 0, threads: forced };
  }
  const pdfs = inputs.filter((input) => PDF_NAME.test(input.path)).length;
  if (pdfs >= POOL_MIN_PDF_INPUTS) return { pooled: true };
  return {
    pooled: inputs.length >= POOL_MIN_INPUTS && availableParallelism() >= MIN_CORES_FOR_TEXT_POOL,
  };
}

/** What `CLASSPEC_THREADS` asks for: a count (capped at the cores, with a note), nothing, or a usage error. */
export type ThreadsSetting = { threads?: number; note?: string } | { problem: string };

/**
 * `CLASSPEC_THREADS` read strictly: a whole number from 1 up. More threads
 * than cores only cost memory (200 threads on 400 small files: 2.9 GB
 * against 96 MB with one), so a larger number is capped at the cores and
 * the run says so; 0, -1, 1.5 or a word is a usage error.
 */
export function threadsFrom(
  env: Readonly<Record<string, string | undefined>>,
  cores = availableParallelism(),
): ThreadsSetting {
  const text = env[THREADS_VARIABLE];
  if (text === undefined || text === "") return {};
  const value = positiveWholeNumber(text);
  if (value === undefined)
    return {
      problem: `classpec: Unexpected '${text}' for ${THREADS_VARIABLE}, expected a whole number from 1 to ${cores} (the cores)\n`,
    };
  if (value > cores)
    return {
      threads: cores,
      note: `classpec: ${THREADS_VARIABLE}=${value} is more than the ${cores} cores; using ${cores}\n`,
    };
  return { threads: value };
}
