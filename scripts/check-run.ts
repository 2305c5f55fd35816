/**
 * The freshness check of this repository's generated files (`npm run check`):
 * output/ from fixtures/, the JSON Schemas and the TypeScript declarations
 * from schemas/index.ts. A maintainer command, not part of the published CLI:
 * it works on the checkout it belongs to, never on the caller's folder.
 */
import { type Expected, expectedFiles, findStale, updateStale } from "../pipeline/check/index.js";

export interface CheckIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
}

export const EXIT_OK = 0;
export const EXIT_STALE = 1;
export const EXIT_USAGE = 2;

const USAGE = "Usage: npm run check [-- --update]   (UPDATE=1 npm run check also updates)\n";

/**
 * Checks (or with `--update` / UPDATE=1, rewrites) the generated files under
 * `repo`. `generate` makes what they should be (the golden test passes the
 * generation it already made).
 */
export async function runCheck(
  argv: readonly string[],
  repo: string,
  io: CheckIo,
  generate: (repo: string) => Promise<Expected> = expectedFiles,
): Promise<number> {
  const unknown = argv.filter((arg) => arg !== "--update");
  if (argv.includes("--help") || argv.includes("-h")) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  if (unknown.length > 0) {
    io.stderr(`check: Unexpected argument '${unknown[0]}', expected --update\n${USAGE}`);
    return EXIT_USAGE;
  }
  const update = argv.includes("--update") || io.env.UPDATE === "1";
  if (update && io.env.CI) {
    io.stderr("check: refusing to update golden files in CI (UPDATE=1 or --update with CI set)\n");
    return EXIT_USAGE;
  }
  const expected = await generate(repo);
  for (const failure of expected.failures) io.stderr(`check: fixture failed: ${failure}\n`);
  const stale = await findStale(repo, expected);
  if (update) {
    await updateStale(repo, expected, stale);
    for (const entry of stale) io.stdout(`updated ${entry.path} (${entry.reason})\n`);
    io.stdout(`check: ${stale.length} file(s) updated, ${expected.files.size} checked\n`);
    return expected.failures.length > 0 ? EXIT_STALE : EXIT_OK;
  }
  for (const entry of stale) io.stderr(`check: stale: ${entry.path} (${entry.reason})\n`);
  if (stale.length > 0) {
    io.stderr(
      `check: ${stale.length} generated file(s) are stale; run 'UPDATE=1 npm run check' and review the diff\n`,
    );
  } else {
    io.stdout(`check: ${expected.files.size} generated files are fresh\n`);
  }
  return stale.length > 0 || expected.failures.length > 0 ? EXIT_STALE : EXIT_OK;
}
