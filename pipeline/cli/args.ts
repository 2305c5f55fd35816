/**
 * Pure argument parsing (after antfu/ni): argv -> a parsed command or a
 * usage error. No I/O here, so it is tested directly.
 */
import { didYouMean } from "./suggest.js";

export interface FlagSpec {
  type: "string" | "boolean";
  /** Allowed values of a string flag. */
  values?: readonly string[];
  /** A string flag that may be given more than once. */
  multiple?: boolean;
  /** Placeholder for help text, e.g. "DIR". */
  argName?: string;
  description: string;
  short?: string;
}

export interface CommandSpec {
  name: string;
  summary: string;
  usage: string;
  flags: Readonly<Record<string, FlagSpec>>;
  positionals: { min: number; max?: number; name: string };
  /** Lines printed after the options (environment, exit codes). */
  notes?: readonly string[];
}

export type FlagValue = string | boolean | string[];

export interface ParsedCommand {
  kind: "command";
  command: string;
  positionals: string[];
  flags: Record<string, FlagValue>;
}

export type Parsed =
  | ParsedCommand
  | { kind: "help"; command?: string }
  | { kind: "version" }
  | { kind: "usage-error"; message: string; command?: string };

const HELP_FLAGS = new Set(["--help", "-h"]);
const VERSION_FLAGS = new Set(["--version", "-v"]);

export function parseArgs(argv: readonly string[], commands: readonly CommandSpec[]): Parsed {
  const [first, ...rest] = argv;
  const names = commands.map((c) => c.name).join(", ");
  // No command is a usage error (exit 2), as for an unknown one: a script that forgot it must not pass.
  if (first === undefined)
    return { kind: "usage-error", message: `Missing command, expected one of: ${names}.` };
  if (HELP_FLAGS.has(first) || first === "help") {
    return rest[0] && first === "help" ? { kind: "help", command: rest[0] } : { kind: "help" };
  }
  if (VERSION_FLAGS.has(first)) return { kind: "version" };
  const spec = commands.find((command) => command.name === first);
  if (!spec && first.startsWith("-")) {
    return {
      kind: "usage-error",
      message: `Unknown option '${first}', expected a command first (${names}) or --help, --version.`,
    };
  }
  if (!spec) {
    return {
      kind: "usage-error",
      message: `Unknown command '${first}', expected one of: ${commands.map((c) => c.name).join(", ")}.${didYouMean(
        first,
        commands.map((c) => c.name),
      )}`,
    };
  }
  return parseCommand(spec, rest);
}

function parseCommand(spec: CommandSpec, argv: readonly string[]): Parsed {
  const positionals: string[] = [];
  const flags: Record<string, FlagValue> = {};
  const fail = (message: string): Parsed => ({ kind: "usage-error", message, command: spec.name });
  const byShort = new Map(
    Object.entries(spec.flags).flatMap(([name, flag]) =>
      flag.short ? [[flag.short, name] as const] : [],
    ),
  );

  for (let index = 0; index < argv.length; index++) {
    const token = argv[index] ?? "";
    if (HELP_FLAGS.has(token)) return { kind: "help", command: spec.name };
    if (token === "--") {
      positionals.push(...argv.slice(index + 1));
      break;
    }
    if (!token.startsWith("-") || token === "-") {
      positionals.push(token);
      continue;
    }
    const [rawName, inlineValue] = splitFlag(token);
    const name = rawName.startsWith("--") ? rawName.slice(2) : byShort.get(rawName.slice(1));
    const flag = name === undefined ? undefined : spec.flags[name];
    if (name === undefined || !flag) {
      const known = Object.entries(spec.flags).flatMap(([long, { short }]) =>
        rawName.startsWith("--") || !short ? [`--${long}`] : [`-${short}`, `--${long}`],
      );
      return fail(
        `Unknown option '${rawName}' for '${spec.name}'.${didYouMean(rawName, [...known, "--help"])}`,
      );
    }
    if (flag.type === "boolean") {
      if (inlineValue !== undefined) return fail(`Option '--${name}' takes no value`);
      flags[name] = true;
      continue;
    }
    const value = inlineValue ?? argv[++index];
    if (value === undefined || (inlineValue === undefined && value.startsWith("--"))) {
      return fail(`Option '--${name}' needs a value${flag.argName ? ` (${flag.argName})` : ""}`);
    }
    if (flag.values && !flag.values.includes(value)) {
      return fail(
        `Unknown value '${value}' for '--${name}', expected one of: ${flag.values.join(", ")}.${didYouMean(value, flag.values)}`,
      );
    }
    if (flag.multiple) {
      const previous = flags[name];
      flags[name] = Array.isArray(previous) ? [...previous, value] : [value];
    } else {
      flags[name] = value;
    }
  }

  if (positionals.length < spec.positionals.min) return fail(missingPositionals(spec, positionals));
  if (spec.positionals.max !== undefined && positionals.length > spec.positionals.max) {
    return fail(`Too many arguments for '${spec.name}', expected at most ${spec.positionals.max}`);
  }
  return { kind: "command", command: spec.name, positionals, flags };
}

/** Names what is missing: for `diff a`, the <after>, with what was taken as the <before>. */
export function missingPositionals(spec: CommandSpec, given: readonly string[]): string {
  const names = spec.positionals.name.split(" ");
  if (names.length <= 1 || given.length === 0)
    return `Missing ${spec.positionals.name} for '${spec.name}'`;
  const taken = names
    .slice(0, given.length)
    .map((name, index) => `${name} '${given[index]}'`)
    .join(", ");
  return `Missing ${names.slice(given.length).join(" ")} for '${spec.name}' (got ${taken})`;
}

function splitFlag(token: string): [string, string | undefined] {
  const equals = token.indexOf("=");
  return equals === -1 ? [token, undefined] : [token.slice(0, equals), token.slice(equals + 1)];
}

export function stringFlag(parsed: ParsedCommand, name: string): string | undefined {
  const value = parsed.flags[name];
  return typeof value === "string" ? value : undefined;
}

export function listFlag(parsed: ParsedCommand, name: string): string[] {
  const value = parsed.flags[name];
  return Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
}

export function booleanFlag(parsed: ParsedCommand, name: string): boolean {
  return parsed.flags[name] === true;
}

/** Help text for one command, generated from its spec so the two never drift. */
export function commandHelp(spec: CommandSpec): string {
  const lines = [`Usage: ${spec.usage}`, "", spec.summary, "", "Options:"];
  const entries = Object.entries(spec.flags).map(([name, flag]) => {
    const short = flag.short ? `-${flag.short}, ` : "    ";
    const arg = flag.type === "string" ? ` ${flag.argName ?? "VALUE"}` : "";
    const values = flag.values ? ` (${flag.values.join("|")})` : "";
    return [`  ${short}--${name}${arg}`, `${flag.description}${values}`] as const;
  });
  entries.push(["      --help", "Show this help"]);
  const width = Math.max(...entries.map(([left]) => left.length)) + 2;
  for (const [left, right] of entries) lines.push(`${left.padEnd(width)}${right}`);
  if (spec.notes && spec.notes.length > 0) lines.push("", ...spec.notes);
  return `${lines.join("\n")}\n`;
}
