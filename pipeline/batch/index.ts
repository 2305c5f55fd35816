/**
 * A batch: every input through `ingest`, each document written atomically
 * as soon as it is made (nothing is held for the whole batch), a bad file
 * reported and skipped while the others go on.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { outputName, serialize, writeAtomic } from "../emit/index.js";
import type { Message } from "../file.js";
import { type IngestOptions, ingest } from "../run.js";
import { describe, type Input } from "./inputs.js";

export interface Outcome {
  path: string;
  status: "complete" | "partial" | "failed";
  /** Where the document was written, relative to the output folder. */
  output?: string;
  error?: { code: string; message: string };
  messages: Message[];
}

export interface BatchOptions extends IngestOptions {
  /** Output folder; nothing is written when undefined (a dry run). */
  out?: string | undefined;
}

export async function ingestInput(
  input: Input,
  options: BatchOptions,
): Promise<Outcome & { json?: string }> {
  const bytes = await readFile(input.absolute).catch((error: NodeJS.ErrnoException) => error);
  if (bytes instanceof Error) {
    const code = bytes.code === "ELOOP" ? "symlink-loop" : "unreadable";
    return {
      path: input.path,
      status: "failed",
      error: { code, message: describe(bytes) },
      messages: [],
    };
  }
  const result = await ingest(
    new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    input.path,
    options,
  );
  if (result.status === "failed") {
    return { path: input.path, status: "failed", error: result.error, messages: result.messages };
  }
  const output = [input.outputFolder, outputName(result.document.id)].filter(Boolean).join("/");
  return {
    path: input.path,
    status: result.status,
    output,
    messages: result.messages,
    json: serialize(result.document),
  };
}

export async function runBatch(
  inputs: readonly Input[],
  options: BatchOptions,
  onOutcome: (outcome: Outcome) => void,
): Promise<void> {
  // Two inputs that yield one id would overwrite each other: the first (in path order) wins.
  const claimed = new Map<string, string>();
  for (const input of inputs) {
    const { json, ...outcome } = await ingestInput(input, options);
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
}
