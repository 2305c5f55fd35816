/**
 * Golden files: output/ and the generated schemas must equal what the code
 * makes from fixtures/ now. They are rewritten only by an explicit
 * `UPDATE=1 npx classpec check`, never by a test, and never in CI.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type Expected, expectedFiles, findStale } from "../pipeline/check/index.js";
import { REPO, run } from "./helpers.js";

describe("golden files", () => {
  let expected: Expected;
  beforeAll(async () => {
    expected = await expectedFiles(REPO);
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

  it("is deterministic: a second generation is byte-identical", async () => {
    const again = await expectedFiles(REPO);
    expect([...again.files]).toEqual([...expected.files]);
  });

  it("classpec check agrees, and refuses to update in CI", async () => {
    const result = await run(["check"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const refused = await run(["check", "--update"], { env: { CI: "true" } });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("refusing to update golden files in CI");
  });

  it("publishes JSON Schema 2020-12 with an $id", () => {
    const schema = JSON.parse(
      readFileSync(join(REPO, "schemas/json/spec-document.schema.json"), "utf8"),
    );
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toMatch(/^https:\/\/.+\/spec-document\.schema\.json$/);
  });
});
