/**
 * Load only what runs: the built CLI, run in a child with a hook that records
 * every module it resolves, must not load the markdown/HTML stack, pdfjs, the
 * Iowa profile, zod or the diff for a Kentucky text file, nor the ingest
 * pipeline or zod for a diff of JSON outputs. The Iowa run and the invalid
 * JSON side are the controls that show the recorder sees those modules when
 * they do load.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { BUILT, runCli } from "./child.js";
import { fixture, REPO } from "./helpers.js";

const RECORDER = join(REPO, "tests", "support", "record-modules.mjs");

/** Modules a text batch has no use for, by a piece of their URL. */
const NOT_FOR_TEXT = [
  "/node_modules/unified/",
  "/node_modules/remark-parse/",
  "/node_modules/remark-gfm/",
  "/node_modules/rehype-parse/",
  "/node_modules/rehype-remark/",
  "/node_modules/micromark",
  "/node_modules/mdast-util-",
  "/node_modules/pdfjs-dist/",
  "/node_modules/piscina/",
  // Iowa's detector loads (every profile scores the document); its reading code must not.
  "/pipeline/profiles/iowa/index.js",
  "/pipeline/profiles/iowa/body.js",
  "/pipeline/extract/markdown.js",
  "/pipeline/extract/pdf/",
  "/pipeline/diff/",
  // Validation runs on the compiled validator; zod loads only to word a rejected document's issues.
  "/node_modules/zod/",
  "/pipeline/validate/index.js",
  "/pipeline/check/",
];

const temps: string[] = [];
afterEach(() => {
  for (const folder of temps.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/**
 * Modules a diff of two JSON outputs has no use for: the ingest pipeline (it
 * reads no raw document) and zod (the compiled validator checks each side).
 */
const NOT_FOR_JSON_DIFF = [
  "/pipeline/run.js",
  "/pipeline/profiles/",
  "/pipeline/conserve/",
  "/pipeline/rules/",
  "/node_modules/zod/",
  "/pipeline/validate/index.js",
  "/schemas/kinds.js",
];

/** Runs the CLI with the recorder on (exit `code` expected); returns the URLs of the modules loaded. */
async function modulesLoadedWith(argv: (folder: string) => string[], code = 0): Promise<string[]> {
  const folder = mkdtempSync(join(tmpdir(), "classpec-lazy-"));
  temps.push(folder);
  const log = join(folder, "modules.log");
  const exit = await runCli(argv(folder), {
    env: { CLASSPEC_MODULE_LOG: log, NODE_OPTIONS: `--import=${RECORDER}` },
  });
  expect(exit.code, exit.stderr).toBe(code);
  return readFileSync(log, "utf8").split("\n").filter(Boolean);
}

/** Ingests `input` with the recorder on; returns the URLs of the modules loaded. */
function modulesLoadedBy(input: string): Promise<string[]> {
  return modulesLoadedWith((folder) => ["ingest", input, "--out", join(folder, "out")]);
}

/** Constants the CLI checks before work (the PDF caps' variables): no reader code. */
const CONSTANTS_ONLY = ["/pipeline/extract/pdf/limits.js"];

function loadedOf(modules: readonly string[], pieces: readonly string[]): string[] {
  const code = modules.filter((url) => !CONSTANTS_ONLY.some((piece) => url.endsWith(piece)));
  return pieces.filter((piece) => code.some((url) => url.includes(piece)));
}

describe.skipIf(!BUILT)("lazy loading (built CLI)", () => {
  it("ingests a Kentucky text file without loading markdown, HTML, PDF, Iowa or diff code", async () => {
    const modules = await modulesLoadedBy(fixture("kentucky/accountant-iii.txt"));
    expect(modules.some((url) => url.includes("/pipeline/profiles/kentucky/body.js"))).toBe(true);
    expect(loadedOf(modules, NOT_FOR_TEXT)).toEqual([]);
  });

  it("loads the markdown stack and the Iowa profile when an Iowa guideline is read", async () => {
    const modules = await modulesLoadedBy(
      fixture("iowa/seed-information-technology-specialist.txt"),
    );
    const expected = ["/node_modules/micromark", "/pipeline/profiles/iowa/body.js"];
    expect(loadedOf(modules, expected)).toEqual(expected);
  });

  it("diffs two JSON outputs without loading the ingest pipeline or zod", async () => {
    const json = join(REPO, "output", "kentucky", "us-ky.class.20000104.json");
    const modules = await modulesLoadedWith(() => ["diff", json, json, "--format", "json"]);
    expect(modules.some((url) => url.includes("/pipeline/diff/walk.js"))).toBe(true);
    expect(loadedOf(modules, NOT_FOR_JSON_DIFF)).toEqual([]);
  });

  it("loads zod when a JSON side fails the schema, to word its issues", async () => {
    const json = join(REPO, "output", "kentucky", "us-ky.class.20000104.json");
    const modules = await modulesLoadedWith((folder) => {
      const invalid = join(folder, "invalid.json");
      const document = JSON.parse(readFileSync(json, "utf8"));
      writeFileSync(invalid, JSON.stringify({ ...document, title: 7 }));
      return ["diff", json, invalid, "--format", "json"];
    }, 1);
    const expected = ["/node_modules/zod/", "/pipeline/validate/index.js"];
    expect(loadedOf(modules, expected)).toEqual(expected);
  });
});
