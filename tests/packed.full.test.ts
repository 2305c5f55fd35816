/**
 * The package as users get it (issue 15): packed, installed from the tarball
 * with production dependencies only (no devDependencies, so nothing may need
 * one), then every CLI command and the library run from the install.
 * Needs the build (`npm test` builds first) and npm's cache (--prefer-offline).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packAndInstall, type SmokeCheck, smokeChecks } from "../scripts/packed-smoke.js";
import { BUILT } from "./child.js";
import { REPO } from "./helpers.js";

const INSTALL_TIMEOUT_MS = 240_000;

describe.skipIf(!BUILT)("the packed package, installed with production dependencies only", () => {
  const folder = mkdtempSync(join(tmpdir(), "classpec-packed-"));
  let checks: SmokeCheck[] = [];

  beforeAll(() => {
    const app = packAndInstall(REPO, folder);
    const version = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")).version;
    checks = smokeChecks(app, process.execPath, version);
  }, INSTALL_TIMEOUT_MS);

  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it("runs every check (CLI commands, files shipped, each format through the library in every input shape)", () => {
    const names = checks.map((check) => check.name);
    for (const expected of [
      "ingest text",
      "ingest PDF",
      "ingest markdown",
      "ingest HTML",
      "validate",
      "diff",
      "qualify",
      "qualify generic publisher",
      "ships the patched pdfjs worker and loads it",
    ]) {
      expect(names).toContain(expected);
    }
    for (const format of ["ky.txt", "ky.pdf", "ia.md", "ia.html"]) {
      for (const shape of ["Buffer", "Uint8Array", "ArrayBuffer", "string"]) {
        expect(names).toContain(`library ingest ${format} as ${shape}`);
      }
    }
  });

  it("every check passes", () => {
    expect(checks.filter((check) => !check.ok)).toEqual([]);
  });
});
