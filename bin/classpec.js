#!/usr/bin/env node
// Entry point: the compiled CLI lives in dist/ (built by `npm ci` through `prepare`).
import { readFileSync } from "node:fs";
import * as nodeModule from "node:module";

const argv = process.argv.slice(2);

// An unsupported Node (engines: >=22.13) gets one line, not a stack from a module it lacks.
const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 22 || (major === 22 && minor < 13)) {
  process.stderr.write(
    `classpec: needs Node.js 22.13 or later (24 is tested in full); this is ${process.version}\n`,
  );
  process.exit(1);
}

// `classpec --version` answers before the pipeline (zod, unified, the diff) is loaded:
// scripts call it to probe for the tool, and it should cost no more than starting Node.
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
  process.stdout.write(`${pkg.version}\n`);
} else {
  // V8's compiled code of every module loaded from here on is kept on disk between runs
  // (Node's module compile cache: os.tmpdir()/node-compile-cache; NODE_COMPILE_CACHE moves
  // it, NODE_DISABLE_COMPILE_CACHE=1 turns it off). The worker threads that parse
  // documents are Node instances of their own: the variable hands them the same cache.
  const cache = nodeModule.enableCompileCache();
  if (cache.directory !== undefined) process.env.NODE_COMPILE_CACHE ??= cache.directory;
  const compiled = new URL("../dist/pipeline/cli/main.js", import.meta.url);
  const loaded = await import(compiled.href).catch((error) => error);
  if (loaded instanceof Error) {
    // dist/ is missing (never built, or being rebuilt): one line, no stack.
    const missing = loaded.code === "ERR_MODULE_NOT_FOUND" && loaded.message.includes("dist");
    process.stderr.write(
      missing
        ? "classpec: the compiled CLI (dist/) is missing; run 'npm run build' in the classpec folder, or reinstall it\n"
        : `classpec: the compiled CLI failed to load: ${loaded.message}\n`,
    );
    process.exit(1);
  }
  const { main } = loaded;
  const io = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    env: process.env,
    // Touched only when an argument is `-`: opening stdin eagerly could hold the process open.
    get stdin() {
      return process.stdin;
    },
  };
  process.exitCode = await main(argv, io);
}
