/** Argument parsing is pure: tested without running anything. */
import { describe, expect, it } from "vitest";
import { commandHelp, parseArgs } from "../pipeline/cli/args.js";
import { COMMANDS } from "../pipeline/cli/main.js";

describe("parseArgs", () => {
  it("parses a command with positionals, string, repeatable and boolean flags", () => {
    expect(
      parseArgs(
        ["ingest", "a.txt", "dir", "--out", "o", "--exclude=x", "--exclude", "y", "-q"],
        COMMANDS,
      ),
    ).toEqual({
      kind: "command",
      command: "ingest",
      positionals: ["a.txt", "dir"],
      flags: { out: "o", exclude: ["x", "y"], quiet: true },
    });
  });

  it.each([
    [["--help"], { kind: "help" }],
    [["ingest", "--help"], { kind: "help", command: "ingest" }],
    [["help", "diff"], { kind: "help", command: "diff" }],
    [["--version"], { kind: "version" }],
    [
      [],
      {
        kind: "usage-error",
        message: "Missing command, expected one of: ingest, validate, diff, qualify.",
      },
    ],
    [
      ["--bogus"],
      {
        kind: "usage-error",
        message:
          "Unknown option '--bogus', expected a command first (ingest, validate, diff, qualify) or --help, --version.",
      },
    ],
  ])("%j -> %j", (argv, expected) => {
    expect(parseArgs(argv, COMMANDS)).toEqual(expected);
  });

  it.each([
    [["frobnicate"], /Unknown command 'frobnicate'/],
    [["ingest"], /Missing <files\|dirs\|globs\|-...>/],
    [["ingest", "a", "--bogus"], /Unknown option '--bogus'/],
    [["ingest", "a", "--out"], /'--out' needs a value/],
    [
      ["ingest", "a", "--reporter", "xml"],
      /Unknown value 'xml' for '--reporter', expected one of: pretty, json, github/,
    ],
    [["validate", "a", "--quiet=1"], /Option '--quiet' takes no value/],
    [["validate", "a", "--frobnicate"], /^Unknown option '--frobnicate' for 'validate'\.$/],
    [["diff", "a", "b", "c"], /Too many arguments/],
    // A maintainer command of the repository (npm run check), not part of the published CLI.
    [["check"], /Unknown command 'check'/],
  ])("%j is a usage error", (argv, message) => {
    const parsed = parseArgs(argv, COMMANDS);
    expect(parsed.kind).toBe("usage-error");
    if (parsed.kind === "usage-error") expect(parsed.message).toMatch(message);
  });

  it("writes help for every command from its spec", () => {
    for (const command of COMMANDS) {
      const help = commandHelp(command);
      expect(help).toContain(`Usage: ${command.usage}`);
      for (const flag of Object.keys(command.flags)) expect(help).toContain(`--${flag}`);
    }
  });
});
