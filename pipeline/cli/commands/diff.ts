/** Placeholder until the diff lands (issue 5). */
import { type Command, EXIT_FAILED } from "../command.js";

export const diffCommand: Command = {
  name: "diff",
  summary: "Compare two revisions (documents, JSON outputs or folders)",
  usage: "classpec diff <before> <after> [--format md|json|html] [--fail-on major|minor|editorial]",
  flags: {},
  positionals: { min: 2, max: 2, name: "<before> <after>" },
  run: async (_args, io) => {
    io.stderr("classpec: diff is not built yet\n");
    return EXIT_FAILED;
  },
};
