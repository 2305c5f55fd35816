/**
 * Stage 7, emit: deterministic JSON (keys in schema order, 2-space indent,
 * trailing newline), written atomically (temp file in the same folder, then
 * rename) so a reader never sees half a file.
 */
import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

export function serialize(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * Prefix of temporary files, so an interrupted run's leftovers are
 * recognizable; the writer's pid follows, so a later run can tell a dead
 * writer's leftovers from a live one's (pipeline/batch/temps.ts).
 */
export const TEMP_PREFIX = ".classpec-tmp-";

export async function writeAtomic(path: string, contents: string): Promise<void> {
  const folder = dirname(path);
  await mkdir(folder, { recursive: true });
  const temp = join(folder, `${TEMP_PREFIX}${process.pid}-${randomBytes(6).toString("hex")}`);
  try {
    await writeFile(temp, contents);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Output file name for a document id: `us-ky/class/20001499` -> `us-ky.class.20001499.json`. */
export function outputName(id: string): string {
  const safe = id
    .split("/")
    .map((segment) =>
      segment
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, "-")
        .replace(/^-+|-+$/g, ""),
    )
    .filter((segment) => segment !== "")
    .join(".");
  return `${safe || "document"}.json`;
}
