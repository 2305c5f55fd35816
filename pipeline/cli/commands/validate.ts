/** `classpec validate <json...>`: check output files against the schema. */
import { isAbsolute, join } from "node:path";
import { SpecDocument } from "../../../schemas/index.js";
import { displayPath, readInput } from "../../batch/inputs.js";
import { formatIssue, schemaIssues } from "../../validate/index.js";
import { type Command, EXIT_FAILED, EXIT_OK, errorLine } from "../command.js";

export const validateCommand: Command = {
  name: "validate",
  summary: "Check JSON files against the classpec schema; each error with its JSON pointer",
  usage: "classpec validate <json...>",
  flags: {},
  positionals: { min: 1, name: "<json...>" },

  async run(args, io) {
    let invalid = 0;
    for (const arg of args.positionals) {
      const absolute = isAbsolute(arg) ? arg : join(io.cwd, arg);
      const path = displayPath(absolute, io.cwd);
      // The same budget and file checks as every input: size before reading, regular files only.
      const bytes = readInput(absolute);
      if (!Buffer.isBuffer(bytes)) {
        io.stderr(errorLine(path, bytes.code, bytes.message));
        invalid++;
        continue;
      }
      const text = bytes.toString("utf8");
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
