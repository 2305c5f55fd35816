/**
 * `npm run check` (schema part): the generated JSON Schemas against the last
 * released ones (`schemas/released/<version>/`). Every difference is listed
 * and classified (schema-compat-rules.ts); the check fails on a change the
 * version does not announce: a breaking change without a major bump, any
 * change without a bump. Each released step is checked the same way, so the
 * history holds too. `UPDATE=1` snapshots the current version once it passes.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { SCHEMA_VERSION } from "../schemas/index.js";
import {
  compareSchemas,
  compareVersions,
  parseVersion,
  type SchemaChange,
  unannounced,
} from "./schema-compat-rules.js";

interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

type Files = Map<string, Record<string, unknown>>;

function readFolder(folder: string): Files {
  const files: Files = new Map();
  for (const name of readdirSync(folder)
    .filter((file) => file.endsWith(".schema.json"))
    .sort())
    files.set(name, JSON.parse(readFileSync(join(folder, name), "utf8")));
  return files;
}

/** Every difference between two sets of published schema files. */
export function compareReleases(before: Files, after: Files): SchemaChange[] {
  const changes: SchemaChange[] = [];
  for (const [name, schema] of before) {
    const next = after.get(name);
    if (!next) changes.push({ at: name, severity: "breaking", what: "schema file removed" });
    else
      changes.push(...compareSchemas(schema, next).map((c) => ({ ...c, at: `${name}#${c.at}` })));
  }
  for (const name of after.keys())
    if (!before.has(name))
      changes.push({ at: name, severity: "non-breaking", what: "schema file added" });
  return changes;
}

function releasedVersions(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => parseVersion(name) !== undefined)
    .sort((a, b) => compareVersions(parseVersion(a) ?? VOID, parseVersion(b) ?? VOID));
}
const VOID = { major: 0, minor: 0, patch: 0 };

/** A released step in one line; the step in progress change by change. */
function list(io: Io, from: string, to: string, changes: readonly SchemaChange[], full: boolean) {
  const breaking = changes.filter((change) => change.severity === "breaking").length;
  io.stdout(`schema ${from} -> ${to}: ${changes.length} change(s), ${breaking} breaking\n`);
  if (full)
    for (const change of changes) io.stdout(`  ${change.severity}  ${change.at}  ${change.what}\n`);
}

/** Exit code: 0 when every step is announced by its version, 1 when not. */
export function runSchemaCompat(repo: string, io: Io, update: boolean): number {
  const releasedAt = join(repo, "schemas", "released");
  const current = readFolder(join(repo, "schemas", "json"));
  const versions = releasedVersions(releasedAt);
  let failed = false;
  const step = (from: string, to: string, before: Files, after: Files, released: boolean) => {
    const changes = compareReleases(before, after);
    if (!released || changes.length > 0) list(io, from, to, changes, !released || from === to);
    const problem = unannounced(changes, from, to);
    if (problem) {
      io.stderr(`schema-compat: ${problem}\n`);
      failed = true;
    }
  };
  versions.forEach((version, index) => {
    const previous = versions[index - 1];
    if (previous === undefined) return;
    const before = readFolder(join(releasedAt, previous));
    step(previous, version, before, readFolder(join(releasedAt, version)), true);
  });
  const latest = versions.at(-1);
  if (latest !== undefined) {
    const released = readFolder(join(releasedAt, latest));
    // The version already released: the generated schemas must still be that release.
    step(latest, SCHEMA_VERSION, released, current, false);
  }
  if (!failed && update && !versions.includes(SCHEMA_VERSION)) {
    mkdirSync(join(releasedAt, SCHEMA_VERSION), { recursive: true });
    for (const name of current.keys())
      cpSync(join(repo, "schemas", "json", name), join(releasedAt, SCHEMA_VERSION, name));
    io.stdout(`schema ${SCHEMA_VERSION}: snapshot written to schemas/released/${SCHEMA_VERSION}\n`);
  }
  if (!failed) io.stdout(`schema-compat: ${SCHEMA_VERSION} ok\n`);
  return failed ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // dist/scripts/schema-compat.js -> the repository root.
  const repo = fileURLToPath(new URL("../../", import.meta.url));
  process.exitCode = runSchemaCompat(
    repo,
    { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) },
    // Like the freshness check, never written from CI.
    process.env.UPDATE === "1" && !process.env.CI,
  );
}
