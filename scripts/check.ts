/** `npm run check`: is every generated file of this checkout fresh? (see check-run.ts) */
import { fileURLToPath } from "node:url";
import { runCheck } from "./check-run.js";

// dist/scripts/check.js -> the repository root: the check never looks at the caller's folder.
const repo = fileURLToPath(new URL("../../", import.meta.url));
process.exitCode = await runCheck(process.argv.slice(2), repo, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
});
