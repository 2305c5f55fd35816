import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Slow suites (full fuzzing, PDFs at three sizes, Chromium, scale and determinism runs)
    // are `*.full.test.ts`: `npm run test:full` runs them with everything else.
    exclude:
      process.env.CLASSPEC_TESTS === "full"
        ? [...configDefaults.exclude]
        : [...configDefaults.exclude, "tests/**/*.full.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
