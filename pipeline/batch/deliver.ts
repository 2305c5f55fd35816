/**
 * Delivering a batch's results in input order: claiming output names,
 * writing each document atomically, reporting outcomes. Shared by the
 * in-process batch and the worker pool, and kept apart from the pipeline
 * itself so the main thread of a pooled batch never loads a parser.
 */
import { lstatSync } from "node:fs";
import { join } from "node:path";
import { setImmediate } from "node:timers/promises";
import { writeAtomicSync } from "../emit/index.js";
import { type Json, jsonText } from "../emit/json-text.js";
import { type ProvenanceMode, sidecarName, withProvenance } from "../emit/provenance.js";
import type { Message } from "../file.js";
import type { IngestOptions } from "../run.js";
import { describe, type Input } from "./inputs.js";
import { removeStaleTemps } from "./temps.js";

export interface Outcome {
  path: string;
  status: "complete" | "partial" | "failed";
  /** Where the document was written, relative to the output folder. */
  output?: string;
  error?: { code: string; message: string };
  messages: Message[];
  /**
   * For a page of several classes (docs/multi-class.md): which of its documents this is. Its
   * messages are named `<path>#<id>`.
   */
  part?: { id: string; index: number; of: number };
}

export interface BatchOptions extends IngestOptions {
  /** Output folder; nothing is written when undefined (a dry run). */
  out?: string | undefined;
  /** Stops the batch (SIGINT): no new input is started, no write is cut, no parse is waited for. */
  signal?: AbortSignal | undefined;
  /** Told of what in the output folder was left alone (a folder with a temp file's name). */
  onNotice?: ((path: string, code: string, message: string) => void) | undefined;
  /** What becomes of each document's provenance (`--provenance`); default full. */
  provenance?: ProvenanceMode | undefined;
  /**
   * Receives each document's JSON, in input order, when there is no output folder (`--out -`),
   * with the number of documents its input gave (several for a page of several classes).
   */
  onDocument?: ((json: string, ofInput: number) => void) | undefined;
}

/**
 * An outcome with the document's JSON to write, before it is claimed and
 * written: the string when made in this thread (Node writes a string in one
 * native call, encoding it on the way), its UTF-8 bytes when made by a worker,
 * which transfers them to the main thread without a copy.
 */
export type Result = Outcome & {
  json?: Json;
  /** The input's other documents (a page of several classes), delivered right after this one. */
  siblings?: Array<Outcome & { json?: Json }>;
};

function internalFailure(input: Input, error: unknown): Result {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    path: input.path,
    status: "failed",
    error: {
      code: "internal",
      message: `Unexpected internal error (${reason}), expected a document`,
    },
    messages: [],
  };
}

/**
 * Results made by `produce` up to `window` inputs ahead, consumed in input
 * order: the first input (in path order) to yield an output file keeps it,
 * a later one fails with `duplicate-id`; each document is written before its
 * outcome is reported. Used by `runBatch` and by the worker pool.
 */
export async function deliverInOrder(
  inputs: readonly Input[],
  produce: (input: Input) => Promise<Result>,
  window: number,
  options: BatchOptions,
  onOutcome: (outcome: Outcome) => void,
): Promise<void> {
  if (options.out !== undefined) {
    for (const path of await removeStaleTemps(options.out, inputs))
      options.onNotice?.(
        path,
        "stale-temp-skipped",
        "Unexpected entry named like a classpec temp file that is not a file, expected none; left alone",
      );
  }
  const pending: Array<Promise<Result> | undefined> = [];
  const start = (index: number): void => {
    const input = inputs[index];
    // A result made ahead must never reject unobserved: a bug in one document fails that document.
    if (input && !options.signal?.aborted)
      pending[index] = produce(input).catch((error: unknown) => internalFailure(input, error));
  };
  for (let index = 0; index < Math.min(window, inputs.length); index++) start(index);
  const claimed = new Map<string, string>();
  const folders = new Set<string>();
  const checked = new Set<string>();
  for (let index = 0; index < inputs.length; index++) {
    // Reads, parses and writes can all complete without a turn of the event loop (synchronous
    // I/O, promises settled as microtasks): give it one per document, so a signal gets through.
    await setImmediate();
    if (options.signal?.aborted) return;
    start(index + window);
    // A stop does not wait for the document being parsed (a worker may be busy for a
    // minute on one PDF): only writes are never cut, and none is in progress here.
    const result = await unlessAborted(pending[index], options.signal);
    if (options.signal?.aborted) return;
    pending[index] = undefined; // let the settled result go
    if (!result) continue;
    const { siblings = [], ...first } = result;
    for (const { json, ...outcome } of [first, ...siblings]) {
      try {
        deliver(outcome, json, siblings.length + 1);
      } finally {
        if (json !== undefined && typeof json !== "string") release(json);
      }
    }
  }

  /** Claims the document's output name, writes it, and reports its outcome. */
  function deliver(outcome: Outcome, json: Json | undefined, ofInput: number): void {
    if (outcome.output !== undefined && json !== undefined) {
      const owner = claimed.get(outcome.output);
      if (owner !== undefined) {
        onOutcome({
          path: outcome.path,
          ...(outcome.part ? { part: outcome.part } : {}),
          status: "failed",
          error: {
            code: "duplicate-id",
            message: `Unexpected second document for ${outcome.output}${classOf(outcome)} (also made from ${owner}), expected one document per id and folder`,
          },
          messages: outcome.messages,
        });
        return;
      }
      claimed.set(outcome.output, madeFrom(outcome));
      const { document, sidecar } = withProvenance(json, options.provenance);
      if (options.out !== undefined) {
        const failed =
          linkInOutput(options.out, outcome.output, checked) ??
          writeOutput(join(options.out, outcome.output), document, folders) ??
          (sidecar === undefined
            ? undefined
            : writeOutput(join(options.out, sidecarName(outcome.output)), sidecar, folders));
        if (failed) {
          const { output: _unwritten, ...rest } = outcome;
          onOutcome({ ...rest, status: "failed", error: failed });
          return;
        }
      } else {
        options.onDocument?.(jsonText(document), ofInput);
      }
    }
    onOutcome(outcome);
  }
}

/**
 * A symbolic link among the folders an output goes into under `out`
 * (`out/kentucky -> elsewhere`): a write must never go through it. `out`
 * itself is the user's choice and may be a link. Folders found safe are
 * remembered in `checked`.
 */
function linkInOutput(
  out: string,
  output: string,
  checked: Set<string>,
): Outcome["error"] | undefined {
  const parts = output.split("/").slice(0, -1);
  let folder = out;
  for (const part of parts) {
    folder = join(folder, part);
    if (checked.has(folder)) continue;
    const info = lstatSafe(folder);
    if (info?.isSymbolicLink())
      return {
        code: "output-symlink",
        message: `Unexpected symbolic link ${folder} inside the output folder, expected a folder; not written through it`,
      };
    if (info) checked.add(folder);
  }
  return undefined;
}

function lstatSafe(path: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Frees a document's bytes once delivered, instead of at a garbage collection:
 * the main thread of a pooled batch allocates little of its own, so the
 * buffers its workers transfer to it would pile up until one comes.
 * (`transfer` is ES2024, beyond this project's ES2023 library types.)
 */
function release(bytes: Uint8Array<ArrayBuffer>): void {
  (bytes.buffer as ArrayBuffer & { transfer(length: number): ArrayBuffer }).transfer(0);
}

/** Writes one document; a file-system error (disk full, a file where a folder should be) fails that document only. */
function writeOutput(
  path: string,
  bytes: Uint8Array | string,
  folders: Set<string>,
): Outcome["error"] | undefined {
  try {
    writeAtomicSync(path, bytes, folders);
    return undefined;
  } catch (error) {
    return {
      code: "write-failed",
      message: `Could not write ${path}: ${describe(error as NodeJS.ErrnoException)}`,
    };
  }
}

/**
 * `promise`'s value, or undefined as soon as `signal` aborts. The abort
 * listener lives only while this one result is awaited (a race against one
 * long-lived promise would keep every result of the batch reachable).
 */
function unlessAborted<T>(
  promise: Promise<T> | undefined,
  signal: AbortSignal | undefined,
): Promise<T | undefined> {
  if (promise === undefined || signal === undefined) return Promise.resolve(promise);
  if (signal.aborted) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const onAbort = (): void => resolve(undefined);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}

/** Which class of its page a document is, when the page gave several: " (class 2 of 3 of its page)". */
function classOf(outcome: Outcome): string {
  return outcome.part ? ` (class ${outcome.part.index + 1} of ${outcome.part.of} of its page)` : "";
}

/** Where a document was made from, as diagnostics name it: `<file>#<id>` for a class of a page of several. */
function madeFrom(outcome: Outcome): string {
  return outcome.part ? `${outcome.path}#${outcome.part.id}${classOf(outcome)}` : outcome.path;
}
