/**
 * `npm pack` / `npm publish` hooks (as pinst does for postinstall): the
 * repository's `prepare` (patch-package, then the build) is for a checkout,
 * never for a user, yet npm 11 lists any `prepare` of an installed package
 * under "install scripts not yet covered by allowScripts". `strip` (prepack)
 * packs a package.json without it; `restore` (postpack) puts it back.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const manifest = fileURLToPath(new URL("../../package.json", import.meta.url));
const backup = `${manifest}.prepack`;

const mode = process.argv[2];
if (mode === "strip") {
  const text = readFileSync(manifest, "utf8");
  const pkg = JSON.parse(text) as { scripts?: Record<string, string> };
  writeFileSync(backup, text);
  delete pkg.scripts?.prepare;
  writeFileSync(manifest, `${JSON.stringify(pkg, null, 2)}\n`);
} else if (mode === "restore") {
  if (existsSync(backup)) renameSync(backup, manifest);
} else {
  process.stderr.write("Usage: node dist/scripts/pack-manifest.js strip|restore\n");
  process.exitCode = 2;
}
