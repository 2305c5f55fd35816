/**
 * `node dist/scripts/smoke-packed.js [--node PATH]...`: packs this checkout,
 * installs the tarball with production dependencies only in a temp folder and
 * runs every CLI command and the library there, once per Node binary given
 * (default: the Node running this script). Prints each check and which Node
 * ran; exit 1 if any check failed.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { packAndInstall, smokeChecks } from "./packed-smoke.js";

const repo = fileURLToPath(new URL("../../", import.meta.url));
const { values } = parseArgs({ options: { node: { type: "string", multiple: true } } });
const nodes = values.node ?? [process.execPath];
const version = (
  JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as { version: string }
).version;

const folder = mkdtempSync(join(tmpdir(), "classpec-smoke-"));
let failed = 0;
try {
  const app = packAndInstall(repo, folder);
  for (const node of nodes) {
    const checks = smokeChecks(app, node, version);
    const nodeVersion = checks[0]?.detail ?? "?";
    for (const check of checks) {
      process.stdout.write(
        `${check.ok ? "ok  " : "FAIL"} [node ${nodeVersion}] ${check.name}${check.ok ? "" : `: ${check.detail}`}\n`,
      );
    }
    const bad = checks.filter((check) => !check.ok).length;
    failed += bad;
    process.stdout.write(
      `smoke: Node ${nodeVersion} (${node}): ${bad === 0 ? `all ${checks.length} checks passed` : `${bad} of ${checks.length} checks FAILED`}\n`,
    );
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
process.exitCode = failed > 0 ? 1 : 0;
