/**
 * One worker thread of the ingest pool (pool.ts): runs `ingestInput` for one
 * input and sends back the outcome and the serialized JSON. Profiles are the
 * built-in ones (functions cannot cross a thread boundary).
 */
import { type BatchOptions, ingestInput, type Result } from "./index.js";
import type { Input } from "./inputs.js";

export interface PoolTask {
  input: Input;
  /** Only the cloneable options: no `profiles`, no `signal`. */
  options: Pick<BatchOptions, "maxBytes" | "ignore">;
}

export default async function ingestTask(task: PoolTask): Promise<Result> {
  return ingestInput(task.input, task.options);
}
