/** Whole-number `--name N` options of the benchmark and corpus scripts, parsed with node:util. */
import { parseArgs } from "node:util";

/** Exit code for a usage error, as the CLI uses. */
const EXIT_USAGE = 2;

/**
 * Each of `defaults`' keys as a `--key N` option (a whole number >= 0), plus
 * the string options named in `strings`. A bad value ends the script with a
 * one-line message and exit 2.
 */
export function scriptOptions<Numbers extends Record<string, number>, Strings extends string>(
  script: string,
  defaults: Numbers,
  strings: Record<Strings, string>,
): Numbers & Record<Strings, string> {
  const names = [...Object.keys(defaults), ...Object.keys(strings)];
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      options: Object.fromEntries(names.map((name) => [name, { type: "string" as const }])),
    }).values;
  } catch (error) {
    return fail(script, error instanceof Error ? error.message : String(error));
  }
  const result: Record<string, number | string> = { ...strings };
  for (const [name, fallback] of Object.entries(defaults)) {
    const text = values[name];
    if (typeof text !== "string") {
      result[name] = fallback;
      continue;
    }
    const value = Number(text);
    if (text.trim() === "" || !Number.isInteger(value) || value < 0)
      return fail(script, `Unexpected '${text}' for '--${name}', expected a whole number`);
    result[name] = value;
  }
  for (const name of Object.keys(strings)) {
    const text = values[name];
    if (typeof text === "string") result[name] = text;
  }
  return result as Numbers & Record<Strings, string>;
}

function fail(script: string, message: string): never {
  process.stderr.write(`${script}: ${message}\n`);
  process.exit(EXIT_USAGE);
}
