/** What downstream apps import: the library, the JSON Schemas and the types, through the exports map. */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO } from "./helpers.js";

function node(script: string): string {
  return execFileSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: REPO,
    encoding: "utf8",
  });
}

describe("package exports", () => {
  it("imports the library by package name and ingests a spec", () => {
    const output = node(`
      import { readFileSync } from "node:fs";
      import { ingest, SpecDocument } from "classpec";
      const result = await ingest(readFileSync("fixtures/kentucky/accountant-iii.txt"), "a.txt");
      console.log(result.status, result.document.body.pay.grades[0].value, SpecDocument.safeParse(result.document).success);
    `);
    expect(output.trim()).toBe("complete 14 true");
  });

  it("resolves the JSON Schemas and the zod schemas", () => {
    const output = node(`
      import { createRequire } from "node:module";
      import { SCHEMA_VERSION } from "classpec/schemas";
      const require = createRequire(import.meta.url);
      const schema = require("classpec/schemas/spec-document.schema.json");
      console.log(SCHEMA_VERSION, schema.$id);
    `);
    expect(output.trim()).toBe(
      "2.1.0 https://classpec.dev/schemas/2.1.0/spec-document.schema.json",
    );
  });

  it("points the types export at the generated declarations", () => {
    const pkg = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8"));
    const types = join(REPO, pkg.exports["./types"].types);
    expect(existsSync(types)).toBe(true);
    expect(readFileSync(types, "utf8")).toContain(
      "export type SpecDocument = ClassSpecDocument | ClassSeriesDocument;",
    );
  });
});
