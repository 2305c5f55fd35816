import { availableParallelism } from "node:os";
import { configDefaults, defineConfig } from "vitest/config";

const FULL = process.env.CLASSPEC_TESTS === "full";

/**
 * Files that must have a module registry of their own: they replace a
 * pipeline module with `vi.mock`, which would leak into the files that share
 * a worker with them.
 */
const OWN_MODULES = ["tests/linear-rewrites.test.ts", "tests/pdf-unrendered.test.ts"];

export default defineConfig({
  test: {
    // Slow suites (full fuzzing, PDFs at three sizes, Chromium, scale and determinism runs)
    // are `*.full.test.ts`: `npm run test:full` runs them with everything else.
    exclude: FULL
      ? [...configDefaults.exclude]
      : [...configDefaults.exclude, "tests/**/*.full.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    // Vitest's default is one worker fewer than the cores, which is one worker on a 2-core machine.
    // The full run keeps the default: its scale, memory and budget suites were measured with it.
    ...(FULL ? {} : { maxWorkers: Math.max(2, availableParallelism() - 1) }),
    projects: [
      {
        extends: true,
        test: {
          name: "shared",
          include: ["tests/**/*.test.ts"],
          exclude: [...OWN_MODULES],
          // Test files that run in one worker share its loaded modules: importing the pipeline
          // once per worker instead of once per file was 0.5 s of CPU per file, about a third
          // of the fast run. Files that mock a module are in the project below. The full run
          // isolates every file, as CI has always run it.
          isolate: FULL,
        },
      },
      { extends: true, test: { name: "isolated", include: [...OWN_MODULES] } },
    ],
  },
});
