/**
 * Golden files: output/ and the generated schemas must equal what the code
 * makes from fixtures/ now. They are rewritten only by an explicit
 * `UPDATE=1 npm run check`, never by a test, and never in CI.
 *
 * `npm test` (golden.test.ts) generates every golden but the generated docs
 * once; `npm run test:full` (golden.full.test.ts) generates all of them,
 * twice for determinism, and runs `npm run check`'s own entry on them.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type Expected,
  expectedFiles,
  findStale,
  GENERATORS,
  type Generator,
} from "../pipeline/check/index.js";
import { PROFILES } from "../pipeline/profiles/index.js";
import { KIND_NAMES } from "../schemas/kinds.js";
import { runCheck } from "../scripts/check-run.js";
import { REPO } from "./helpers.js";

let expected: Expected;

async function check(argv: readonly string[], env: Record<string, string>) {
  let stdout = "";
  let stderr = "";
  const code = await runCheck(
    argv,
    REPO,
    {
      stdout: (text) => {
        stdout += text;
      },
      stderr: (text) => {
        stderr += text;
      },
      env,
    },
    // The generation the tests already made: a third one would only cost time.
    async () => expected,
  );
  return { code, stdout, stderr };
}

/**
 * The golden suite over `generators`; `full`: every generator, a second
 * generation compared byte for byte, and the check script's entry.
 */
export function describeGolden(generators: readonly Generator[], full: boolean): void {
  describe(`golden files (${full ? "all" : `${generators.length} of ${GENERATORS.length} generators`})`, () => {
    beforeAll(async () => {
      expected = await expectedFiles(REPO, [...generators]);
    });

    it("are never updated in CI", () => {
      expect(process.env.CI && process.env.UPDATE).toBeFalsy();
    });

    it("every fixture ingests", () => {
      expect(expected.failures).toEqual([]);
    });

    it("nothing is stale, missing or orphaned", async () => {
      expect(await findStale(REPO, expected)).toEqual([]);
    });

    it("output/ holds documents of every registered profile and every kind", () => {
      const documents = [...expected.files]
        .filter(([path]) => path.startsWith("output/") && !path.startsWith("output/revisions/"))
        .filter(([path]) => path.endsWith(".json") && !path.endsWith(".provenance.json"))
        .map(([, text]) => JSON.parse(text) as { kind?: string; source?: { profile?: string } });
      const profiles = new Set(documents.map((document) => document.source?.profile));
      const kinds = new Set(documents.map((document) => document.kind));
      expect(PROFILES.map((entry) => entry.name).filter((name) => !profiles.has(name))).toEqual([]);
      expect(KIND_NAMES.filter((kind) => !kinds.has(kind))).toEqual([]);
    });

    it("output/ holds each Kentucky fixture under its id", () => {
      for (const id of [
        "20001499",
        "20004417",
        "20007731",
        "20002215",
        "20000618",
        "20005032",
        "20000104",
      ]) {
        expect(expected.files.has(`output/kentucky/us-ky.class.${id}.json`)).toBe(true);
      }
    });

    it.runIf(full)("is deterministic: a second generation is byte-identical", async () => {
      const again = await expectedFiles(REPO, [...generators]);
      expect([...again.files]).toEqual([...expected.files]);
    });

    // The check script's entry compares every generator's files: only with all of them made.
    it.runIf(full)("npm run check agrees, and refuses to update in CI", async () => {
      const result = await check([], {});
      expect(result.stderr).toBe("");
      expect(result.stdout).toMatch(/^check: \d+ generated files are fresh\n$/);
      expect(result.code).toBe(0);
      for (const [argv, env] of [
        [["--update"], { CI: "true" }],
        [[], { CI: "1", UPDATE: "1" }],
      ] as const) {
        const refused = await check(argv, env);
        expect(refused.code).toBe(2);
        expect(refused.stderr).toContain("refusing to update golden files in CI");
      }
      expect((await check(["--frobnicate"], {})).code).toBe(2);
    });

    it("a stale file is named, with the command that updates it", async () => {
      const stale = await findStale(REPO, {
        ...expected,
        files: new Map([...expected.files].map(([path, text]) => [path, `${text} `])),
      });
      expect(stale.length).toBe(expected.files.size);
      expect(stale.every((entry) => entry.reason === "differs")).toBe(true);
    });

    it("publishes JSON Schema 2020-12 with an $id", () => {
      const schema = JSON.parse(
        readFileSync(join(REPO, "schemas/json/spec-document.schema.json"), "utf8"),
      );
      expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(schema.$id).toMatch(/^https:\/\/.+\/spec-document\.schema\.json$/);
    });
  });
}
