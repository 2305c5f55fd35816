/**
 * `classpec check`: regenerate everything from fixtures/ and the schemas,
 * and fail listing what is stale. With UPDATE=1 (never in CI) it rewrites.
 */
import { booleanFlag } from "../args.js";
import { type Command, EXIT_FAILED, EXIT_OK, EXIT_USAGE } from "../command.js";

export const checkCommand: Command = {
  name: "check",
  summary: "CI gate: fail when output/ or the generated schemas and types are stale",
  usage: "classpec check [--update]   (run from the repository root; UPDATE=1 also updates)",
  flags: {
    update: {
      type: "boolean",
      description: "Rewrite stale files instead of failing (same as UPDATE=1; refused in CI)",
    },
  },
  positionals: { min: 0, max: 0, name: "" },

  async run(args, io) {
    const update = booleanFlag(args, "update") || io.env.UPDATE === "1";
    if (update && io.env.CI) {
      io.stderr(
        "classpec: check: refusing to update golden files in CI (UPDATE=1 or --update with CI set)\n",
      );
      return EXIT_USAGE;
    }
    // Loaded on demand: check/ needs the schema generator, a devDependency that
    // an installed package does not have; every other command must run without it.
    const { expectedFiles, findStale, updateStale } = await import("../../check/index.js");
    const expected = await expectedFiles(io.cwd);
    for (const failure of expected.failures) io.stderr(`classpec: fixture failed: ${failure}\n`);
    const stale = await findStale(io.cwd, expected);
    if (update) {
      await updateStale(io.cwd, expected, stale);
      for (const entry of stale) io.stdout(`updated ${entry.path} (${entry.reason})\n`);
      io.stdout(`classpec: ${stale.length} file(s) updated, ${expected.files.size} checked\n`);
      return expected.failures.length > 0 ? EXIT_FAILED : EXIT_OK;
    }
    for (const entry of stale) io.stderr(`classpec: stale: ${entry.path} (${entry.reason})\n`);
    if (stale.length > 0) {
      io.stderr(
        `classpec: ${stale.length} generated file(s) are stale; run 'UPDATE=1 npx classpec check' and review the diff\n`,
      );
    } else {
      io.stdout(`classpec: ${expected.files.size} generated files are fresh\n`);
    }
    return stale.length > 0 || expected.failures.length > 0 ? EXIT_FAILED : EXIT_OK;
  },
};
