/** What a CLI command is: its spec (for parsing and help) and what it does. */
import { visible } from "../report/visible.js";
import type { CommandSpec, ParsedCommand } from "./args.js";

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** stdout is a terminal: prefer human formats. */
  isTTY: boolean;
  /** stderr is a terminal: a progress line may be drawn there. */
  stderrIsTTY?: boolean;
  env: Readonly<Record<string, string | undefined>>;
  /** Standard input, read only when an input argument is `-`. */
  stdin?: AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
}

export interface Command extends CommandSpec {
  run(args: ParsedCommand, io: Io): Promise<number>;
}

export const EXIT_OK = 0;
/** A document failed or a gate tripped. */
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/**
 * A usage error (exit 2), the same two lines everywhere: what is wrong, and
 * where the usage is. `main` prints parse errors this way too.
 */
export function usageLine(command: string | undefined, message: string): string {
  return `classpec: ${message}\nRun 'classpec ${command ? `${command} ` : ""}--help' for usage.\n`;
}

/**
 * The one-line error format of every command: `classpec: <file>: <code>: <message>`.
 * One line whatever the file is called: control characters in the name or
 * the message (a newline, an escape sequence) are shown as escapes.
 */
export function errorLine(file: string, code: string, message: string): string {
  return `classpec: ${visible(file)}: ${code}: ${visible(message.replace(/(?<!\s)\s*\n\s*/g, " "))}\n`;
}

/**
 * Standard input's bytes for a `-` argument, or why they were not read:
 * like a file, it is refused past `maxBytes` (reading stops there).
 */
export async function readStdin(
  io: Io,
  maxBytes: number,
): Promise<Uint8Array | { code: string; message: string }> {
  if (io.stdin === undefined) return { code: "unreadable", message: "No standard input here" };
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of io.stdin) {
    chunks.push(chunk);
    total += chunk.byteLength;
    if (total > maxBytes)
      return {
        code: "too-large",
        message: `Standard input is larger than ${maxBytes} bytes, the most accepted (--max-bytes)`,
      };
  }
  return Buffer.concat(chunks, total);
}
