/** `classpec validate <json...>`: check output files against the schema. */
import { readFile } from "node:fs/promises";
import { isAbsolute, join } from "node:path";
import { describe, displayPath } from "../../batch/inputs.js";
import { type Command, EXIT_FAILED, EXIT_OK, errorLine } from "../command.js";

export const validateCommand: Command = {
  name: "validate",
  summary: "Check JSON files against the classpec schema; each error with its JSON pointer",
  usage: "classpec validate <json...>",
  flags: {},
  positionals: { min: 1, name: "<json...>" },

  async run(args, io) {
    // zod and the schemas load only when this command runs.
    const [{ SpecDocument }, { formatIssue, schemaIssues }] = await Promise.all([
      import("../../../schemas/index.js"),
      import("../../validate/index.js"),
    ]);
    let invalid = 0;
    for (const arg of args.positionals) {
      const absolute = isAbsolute(arg) ? arg : join(io.cwd, arg);
      const path = displayPath(absolute, io.cwd);
      const text = await readFile(absolute, "utf8").catch((error: NodeJS.ErrnoException) => error);
      if (text instanceof Error) {
        io.stderr(
          errorLine(path, text.code === "ENOENT" ? "not-found" : "unreadable", describe(text)),
        );
        invalid++;
        continue;
      }
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        io.stderr(errorLine(path, "invalid-json", (error as Error).message));
        invalid++;
        continue;
      }
      const result = SpecDocument.safeParse(value);
      if (result.success) {
        io.stdout(`${path}: valid\n`);
        continue;
      }
      invalid++;
      for (const issue of schemaIssues(result.error)) {
        io.stderr(errorLine(path, "schema-invalid", formatIssue(issue)));
      }
    }
    return invalid > 0 ? EXIT_FAILED : EXIT_OK;
  },
};
