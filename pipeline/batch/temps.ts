/**
 * Temporary files left by an interrupted run. `writeAtomic` writes
 * `.classpec-tmp-<pid>-<random>` beside the final file and renames it; a
 * SIGKILL between the two leaves the temp file behind. It is never JSON
 * (dot-prefixed, no extension) and no reader picks it up, but a re-run
 * removes it so the output folder holds only documents. A temp file of a
 * process still running (another classpec writing into the same folder) is
 * left alone.
 */
import { readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { TEMP_PREFIX } from "../emit/index.js";
import type { Input } from "./inputs.js";

const TEMP_PID = new RegExp(`^${TEMP_PREFIX.replace(/[.-]/g, "\\$&")}(\\d+)-`);

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Whether a file name is a temp file whose writer is gone. */
export function isStaleTemp(name: string): boolean {
  if (!name.startsWith(TEMP_PREFIX)) return false;
  const pid = TEMP_PID.exec(name)?.[1];
  // A name without a pid comes from an older classpec: nothing can still own it.
  return pid === undefined || !isRunning(Number(pid));
}

/**
 * Removes stale temp files from the folders this batch writes into. Only
 * files are classpec's: anything else with a temp name (a folder someone
 * made) is left alone, and its path returned so the run can name it.
 */
export async function removeStaleTemps(out: string, inputs: readonly Input[]): Promise<string[]> {
  const folders = new Set(inputs.map((input) => join(out, input.outputFolder)));
  const skipped: string[] = [];
  for (const folder of [...folders].sort()) {
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (!isStaleTemp(entry.name)) continue;
      if (entry.isFile()) await rm(join(folder, entry.name), { force: true });
      else skipped.push(join(folder, entry.name));
    }
  }
  return skipped;
}
