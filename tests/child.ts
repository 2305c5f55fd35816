/**
 * The built CLI (bin/classpec.js, which runs dist/) as a child process, for
 * the tests that need a real process: signals, worker threads, exit codes.
 * `npm test` builds first; without dist/ these tests are skipped, as in
 * pdf-pool.test.ts (the worker pool only runs compiled JavaScript).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { REPO } from "./helpers.js";

export const BIN = join(REPO, "bin", "classpec.js");
export const BUILT = existsSync(join(REPO, "dist", "pipeline", "cli", "main.js"));

export interface Exit {
  /** Exit code; null when the process was killed by a signal. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface Running {
  child: ChildProcess;
  exited: Promise<Exit>;
  /** Whether the process has exited (its output may still be draining). */
  done: () => boolean;
}

const children = new Set<ChildProcess>();

/**
 * Starts `classpec <args>`. `CLASSPEC_THREADS` is 1 unless `env` says
 * otherwise, so a run is single-threaded on any machine (a machine with 3+
 * cores would otherwise pool large text batches on its own).
 */
export function startCli(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): Running {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO,
    env: { ...process.env, CI: "1", CLASSPEC_THREADS: "1", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.add(child);
  let stdout = "";
  let stderr = "";
  let exited = false;
  child.stdout?.setEncoding("utf8").on("data", (text: string) => {
    stdout += text;
  });
  child.stderr?.setEncoding("utf8").on("data", (text: string) => {
    stderr += text;
  });
  child.on("exit", () => {
    exited = true;
  });
  const done = new Promise<Exit>((resolve, reject) => {
    child.on("error", reject);
    // "close": the process has exited and its stdout and stderr are drained.
    child.on("close", (code, signal) => {
      children.delete(child);
      resolve({ code, signal, stdout, stderr });
    });
  });
  return { child, exited: done, done: () => exited };
}

/** Waits for the process to end; past `timeoutMs` it is killed and the test fails, naming `what`. */
export async function waitForExit(run: Running, timeoutMs: number, what: string): Promise<Exit> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      run.child.kill("SIGKILL");
      reject(new Error(`${what}: still running after ${timeoutMs / 1000} s, killed it`));
    }, timeoutMs);
  });
  try {
    return await Promise.race([run.exited, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Runs `classpec <args>` to the end (bounded by `timeoutMs`). */
export function runCli(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string>; timeoutMs?: number } = {},
): Promise<Exit> {
  const { timeoutMs = 120_000, ...rest } = options;
  return waitForExit(startCli(args, rest), timeoutMs, `classpec ${args.join(" ")}`);
}

/** Kills every child still running (call in afterEach: nothing outlives its test). */
export function killChildren(): void {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  }
  children.clear();
}

/** Every file under `folder`, by path relative to it (`/` separators), with its bytes as text. */
export function readTree(folder: string, prefix = ""): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    const relative = prefix === "" ? name : `${prefix}/${name}`;
    if (statSync(path).isDirectory()) {
      for (const [inner, text] of readTree(path, relative)) files.set(inner, text);
    } else {
      files.set(relative, readFileSync(path, "utf8"));
    }
  }
  return files;
}

/** Paths whose contents differ between two trees, or that only one holds (small, readable on failure). */
export function treeDifferences(
  actual: ReadonlyMap<string, string>,
  expected: ReadonlyMap<string, string>,
): string[] {
  const differences: string[] = [];
  for (const [path, text] of actual) {
    const other = expected.get(path);
    if (other === undefined) differences.push(`${path}: unexpected`);
    else if (other !== text) differences.push(`${path}: differs`);
  }
  for (const path of expected.keys()) {
    if (!actual.has(path)) differences.push(`${path}: missing`);
  }
  return differences.sort();
}
