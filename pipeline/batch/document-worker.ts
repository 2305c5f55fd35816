/**
 * A worker thread of the document pool (isolation.ts): reads and parses one
 * input at a time and sends back its outcome with the bytes to write, the
 * serialized JSON encoded as UTF-8, transferred rather than copied. Only
 * this thread ever runs a parser, so the main thread stays free to enforce
 * deadlines and answer signals. Profiles are the built-in ones (functions
 * cannot cross a thread boundary).
 */
import { parentPort } from "node:worker_threads";
import { type BatchOptions, ingestInput, type Result } from "./index.js";
import type { Input } from "./inputs.js";

export interface DocumentTask {
  input: Input;
  /** Only the cloneable options: no `profiles`, no `signal`. */
  options: Pick<BatchOptions, "maxBytes" | "ignore" | "jurisdiction">;
}

/**
 * What a parser prints (pdfjs warnings, a V8 RangeError per nested form
 * XObject) is no message for the user: problems come back as coded messages
 * on the outcome. (Piping the worker's stdio to the main thread instead
 * would keep the process alive after the last document.)
 */
function silence(): void {
  const quiet = (): void => undefined;
  for (const method of ["log", "info", "warn", "error", "debug", "trace"] as const)
    console[method] = quiet;
  process.stdout.write = () => true;
  process.stderr.write = () => true;
}

/**
 * UTF-8 through TextEncoder, never `Buffer.from`: a small Buffer is a slice of
 * a shared pool, and a worker transfers (detaches) the whole ArrayBuffer of
 * what it sends; the bytes' buffers are the documents' own, so they move whole.
 */
const utf8 = new TextEncoder();

silence();
/** One document at a time, in the order handed over (the pool hands the next one early). */
let previous: Promise<void> = Promise.resolve();

parentPort?.on("message", (task: DocumentTask) => {
  previous = previous.then(() => runTask(task));
});

async function runTask(task: DocumentTask): Promise<void> {
  const result: Result = await ingestInput(task.input, task.options).catch((error: unknown) => ({
    path: task.input.path,
    status: "failed" as const,
    error: {
      code: "internal",
      message: `Unexpected internal error (${error instanceof Error ? error.message : String(error)}), expected a document`,
    },
    messages: [],
  }));
  const buffers: ArrayBuffer[] = [];
  for (const outcome of [result, ...(result.siblings ?? [])]) {
    if (typeof outcome.json !== "string") continue;
    outcome.json = utf8.encode(outcome.json);
    buffers.push(outcome.json.buffer);
  }
  parentPort?.postMessage(result, buffers);
}
