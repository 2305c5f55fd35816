/**
 * Golden diffs of the revision pairs under fixtures/revisions/: for each
 * `<family>/<case>/before.<ext>` + `after.<ext>`, the expected
 * `output/revisions/<family>/<case>/diff.json` and `diff.md` (and `diff.html`
 * for HTML_GOLDEN_PAIRS). `classpec
 * check` and tests/diff-fixtures.test.ts use the same function, so they
 * cannot disagree.
 */
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { loadSides } from "../batch/sides.js";
import { diffSides } from "../diff/index.js";
import type { DiffReport } from "../diff/types.js";
import { renderDiffHtml } from "../report/diff-html.js";
import { renderDiffJson } from "../report/diff-json.js";
import { renderDiffMarkdown } from "../report/diff-markdown.js";

export const REVISIONS_DIR = "fixtures/revisions";
export const REVISIONS_OUTPUT_DIR = "output/revisions";

/**
 * Pairs whose HTML report is a golden too (`diff.html`), one of each shape:
 * a spec with money, word diffs and rule facts; a folder with its index and
 * unchanged line; an incomplete comparison with its banner. The rest would
 * repeat these; tests/diff-html.full.test.ts opens each in Chromium.
 */
export const HTML_GOLDEN_PAIRS: readonly string[] = [
  "kentucky/seed-revision",
  "kentucky/folder",
  "kentucky/partial-side-raw",
];

export interface RevisionPair {
  /** `<family>/<case>`. */
  name: string;
  before: string;
  after: string;
}

/** Pairs found under fixtures/revisions, sorted by name. */
export async function revisionPairs(cwd: string): Promise<RevisionPair[]> {
  const pairs: RevisionPair[] = [];
  for (const family of await folders(join(cwd, REVISIONS_DIR))) {
    for (const name of await folders(join(cwd, REVISIONS_DIR, family))) {
      const folder = `${REVISIONS_DIR}/${family}/${name}`;
      const files = await readdir(join(cwd, folder));
      // A side is one file (before.txt) or a folder of documents (before/).
      const before = files.find((file) => /^before(\.[a-z]+)?$/.test(file));
      const after = files.find((file) => /^after(\.[a-z]+)?$/.test(file));
      if (before && after)
        pairs.push({
          name: `${family}/${name}`,
          before: `${folder}/${before}`,
          after: `${folder}/${after}`,
        });
    }
  }
  return pairs;
}

async function folders(path: string): Promise<string[]> {
  const entries = await readdir(path, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith("."))
    .map((entry) => entry.name)
    .sort();
}

export type PairOutcome =
  | { pair: RevisionPair; report: DiffReport }
  | { pair: RevisionPair; failure: string };

export async function diffPair(pair: RevisionPair, cwd: string): Promise<PairOutcome> {
  const [before, after] = await loadSides(pair.before, pair.after, cwd);
  const problems = [...before.problems, ...after.problems];
  if (problems.length > 0) {
    return {
      pair,
      failure: problems
        .map((problem) => `${problem.path}: ${problem.code}: ${problem.message}`)
        .join("; "),
    };
  }
  const folder = async (path: string) => (await stat(join(cwd, path))).isDirectory();
  const filesNamed = !(await folder(pair.before)) && !(await folder(pair.after));
  const report = diffSides(
    before.documents.map((loaded) => loaded.document),
    after.documents.map((loaded) => loaded.document),
    { filesNamed },
  );
  return { pair, report: { before: pair.before, after: pair.after, ...report } };
}

/** The generator shape of pipeline/check (files, roots whose other files are orphans, failures). */
export async function revisionGoldens(
  cwd: string,
): Promise<{ files: Map<string, string>; roots: string[]; failures: string[] }> {
  const files = new Map<string, string>();
  const failures: string[] = [];
  for (const pair of await revisionPairs(cwd)) {
    const outcome = await diffPair(pair, cwd);
    if ("failure" in outcome) {
      failures.push(outcome.failure);
      continue;
    }
    const folder = `${REVISIONS_OUTPUT_DIR}/${pair.name}`;
    files.set(`${folder}/diff.json`, renderDiffJson(outcome.report));
    files.set(`${folder}/diff.md`, renderDiffMarkdown(outcome.report));
    if (HTML_GOLDEN_PAIRS.includes(pair.name))
      files.set(`${folder}/diff.html`, renderDiffHtml(outcome.report));
  }
  return { files, roots: [REVISIONS_OUTPUT_DIR], failures };
}

/** Relative path -> contents of every golden diff that can be made (pairs that fail are left out). */
export async function diffGoldens(cwd: string): Promise<Map<string, string>> {
  return (await revisionGoldens(cwd)).files;
}
