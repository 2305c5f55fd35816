/** The thin CLI: parse, dispatch, map outcomes to exit codes. */
import { readFileSync } from "node:fs";
import { commandHelp, parseArgs } from "./args.js";
import { type Command, EXIT_FAILED, EXIT_OK, EXIT_USAGE, type Io, usageLine } from "./command.js";
import { diffCommand } from "./commands/diff.js";
import { ingestCommand } from "./commands/ingest.js";
import { qualifyCommand } from "./commands/qualify.js";
import { validateCommand } from "./commands/validate.js";

export const COMMANDS: readonly Command[] = [
  ingestCommand,
  validateCommand,
  diffCommand,
  qualifyCommand,
];

/** The package's version; main.ts runs from pipeline/cli/ (tests) or dist/pipeline/cli/ (the binary). */
export function version(): string {
  for (const candidate of ["../../package.json", "../../../package.json"]) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(candidate, import.meta.url), "utf8")) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === "classpec" && pkg.version) return pkg.version;
    } catch {
      // Not at this depth: try the next.
    }
  }
  return "unknown";
}

export function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length)) + 2;
  return [
    "Usage: classpec <command> [options]",
    "",
    "Turns job-classification specifications into validated JSON, and diffs revisions.",
    "",
    "Commands:",
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}${command.summary}`),
    "",
    "Options:",
    "  --help, -h     Show help (also after a command: classpec ingest --help)",
    "  --version, -v  Show the version",
    "",
    "Exit codes: 0 ok, 1 a document failed or a gate tripped, 2 usage error.",
    "",
  ].join("\n");
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv, COMMANDS);
  switch (parsed.kind) {
    case "version":
      io.stdout(`${version()}\n`);
      return EXIT_OK;
    case "help": {
      const command = COMMANDS.find((candidate) => candidate.name === parsed.command);
      io.stdout(command ? commandHelp(command) : mainHelp());
      return EXIT_OK;
    }
    case "usage-error":
      io.stderr(usageLine(parsed.command, parsed.message));
      return EXIT_USAGE;
    case "command": {
      const command = COMMANDS.find((candidate) => candidate.name === parsed.command);
      if (!command) return EXIT_USAGE;
      try {
        return await command.run(parsed, io);
      } catch (error) {
        // Only a bug gets here: content problems are messages, not exceptions.
        const reason = error instanceof Error ? error.message : String(error);
        io.stderr(`classpec: internal error: ${reason}\n`);
        if (io.env.CLASSPEC_DEBUG && error instanceof Error && error.stack)
          io.stderr(`${error.stack}\n`);
        return EXIT_FAILED;
      }
    }
  }
}
