/**
 * `classpec qualify <spec> --candidate candidate.json`: does the candidate
 * meet the spec's minimum qualifications? The spec is a JSON output or any
 * document `ingest` reads. Exit 0 qualifies, 1 does not qualify (or the spec
 * or candidate could not be read: then an error line and no answer), 3
 * cannot tell, 2 usage error.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { isAbsolute, join } from "node:path";
import type { Candidate } from "../../../schemas/qualifications.js";
import { describe } from "../../batch/inputs.js";
import { stringFlag } from "../args.js";
import { type Command, EXIT_FAILED, EXIT_OK, errorLine, type Io } from "../command.js";

export const QUALIFY_FORMATS = ["text", "json"] as const;
/** The spec's text leaves the answer open: distinct from "does not qualify" (1) and usage (2). */
export const EXIT_CANNOT_TELL = 3;

async function readCandidate(path: string, io: Io): Promise<Candidate | undefined> {
  const absolute = isAbsolute(path) ? path : join(io.cwd, path);
  const bytes = await readFile(absolute, "utf8").catch((error: NodeJS.ErrnoException) => error);
  if (bytes instanceof Error) {
    io.stderr(errorLine(path, "unreadable", describe(bytes)));
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(bytes);
  } catch (error) {
    io.stderr(
      errorLine(path, "invalid-json", error instanceof Error ? error.message : String(error)),
    );
    return undefined;
  }
  // Loaded only when this command runs: the CLI loads only what runs.
  const [{ Candidate }, { formatIssue, schemaIssues }] = await Promise.all([
    import("../../../schemas/qualifications.js"),
    import("../../validate/index.js"),
  ]);
  const parsed = Candidate.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = schemaIssues(parsed.error)[0];
  io.stderr(errorLine(path, "candidate-invalid", issue ? formatIssue(issue) : "not a candidate"));
  return undefined;
}

export const qualifyCommand: Command = {
  name: "qualify",
  summary: "Evaluate a candidate against a spec's minimum qualifications, with the trace",
  usage: "classpec qualify <spec.json|spec source|page#id> --candidate FILE [--format text|json]",
  flags: {
    candidate: {
      type: "string",
      argName: "FILE",
      description:
        "The candidate as JSON: education, experience, training, licenses (schemas/json/candidate.schema.json)",
    },
    format: {
      type: "string",
      values: QUALIFY_FORMATS,
      argName: "FORMAT",
      description: "Answer format; default text on a terminal, json otherwise",
    },
  },
  positionals: { min: 1, max: 1, name: "<spec>" },
  notes: [
    "Exit codes: 0 qualifies, 1 does not qualify (or the spec or candidate could not be read),",
    "2 usage error, 3 cannot tell (a clause classpec does not model decides).",
    "A page of several classes: name one as <file>#<id> (series.html#us-il/class/49211).",
  ],

  async run(args, io) {
    const candidatePath = stringFlag(args, "candidate");
    if (candidatePath === undefined) {
      io.stderr(
        "classpec: qualify: Missing --candidate FILE\nRun 'classpec qualify --help' for usage.\n",
      );
      return 2;
    }
    const [specArg = ""] = args.positionals;
    const [{ loadSide }, { qualify }, candidate] = await Promise.all([
      import("../../batch/sides.js"),
      import("../../qualify/index.js"),
      readCandidate(candidatePath, io),
    ]);
    const { path: specPath, id } = splitClassId(specArg, io.cwd);
    const side = await loadSide(specPath, io.cwd);
    for (const problem of side.problems)
      io.stderr(errorLine(problem.path, problem.code, problem.message));
    if (candidate === undefined || side.problems.length > 0) return EXIT_FAILED;
    const all = side.documents.filter((loaded) => loaded.document.kind === "class-spec");
    const specs = id === undefined ? all : all.filter((loaded) => loaded.document.id === id);
    const [spec] = specs;
    if (specs.length !== 1 || spec === undefined) {
      io.stderr(errorLine(specArg, "not-one-spec", notOneSpec(specPath, id, all)));
      return EXIT_FAILED;
    }
    const answer = qualify(spec.document, candidate);
    const format = stringFlag(args, "format") ?? (io.isTTY ? "text" : "json");
    if (format === "json") {
      const { serialize } = await import("../../emit/index.js");
      io.stdout(serialize(answer));
    } else {
      const { renderAnswer } = await import("../../qualify/render.js");
      io.stdout(renderAnswer(answer));
    }
    return answer.answer === "qualifies"
      ? EXIT_OK
      : answer.answer === "does-not-qualify"
        ? EXIT_FAILED
        : EXIT_CANNOT_TELL;
  },
};

/**
 * `<file>#<id>`: one class of a page of several (the name diagnostics give
 * it). Split at the last `#` only when the whole argument names no file, so
 * a file whose name holds a `#` is still read.
 */
function splitClassId(arg: string, cwd: string): { path: string; id?: string } {
  const at = arg.lastIndexOf("#");
  if (at <= 0 || at === arg.length - 1) return { path: arg };
  if (existsSync(isAbsolute(arg) ? arg : join(cwd, arg))) return { path: arg };
  return { path: arg.slice(0, at), id: arg.slice(at + 1) };
}

/** Why no one spec was chosen, with the `<file>#<id>` names that would choose one. */
function notOneSpec(
  path: string,
  id: string | undefined,
  specs: readonly { document: { id: string } }[],
): string {
  const names = specs.map((loaded) => `${path}#${loaded.document.id}`).join(", ");
  if (id !== undefined)
    return `Expected a class spec with id ${id}, found ${specs.length === 0 ? "none" : names}`;
  if (specs.length === 0) return "Expected one class spec, found 0";
  return `Expected one class spec, found ${specs.length}; name one as <file>#<id>: ${names}`;
}
