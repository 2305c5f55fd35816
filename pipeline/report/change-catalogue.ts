/** The change catalogue as text: `classpec diff --list-changes`, and the README's generated table. */
import { CHANGE_CATALOGUE, type ChangeScope } from "../diff/catalogue.js";
import { DIFF_KINDS } from "../diff/tables/index.js";
import { serialize } from "../emit/index.js";

/** Which documents an id applies to, as the list and the table print it. */
function scopeName(scope: ChangeScope): string {
  return scope === "any" ? "any" : DIFF_KINDS[scope].documents;
}

/** One line per id: id, default severity, documents it applies to, meaning. */
export function renderChangeList(): string {
  const width = Math.max(...CHANGE_CATALOGUE.map((entry) => entry.id.length)) + 2;
  const lines = CHANGE_CATALOGUE.map(
    (entry) =>
      `${entry.id.padEnd(width)}${entry.severity.padEnd(11)}${scopeName(entry.scope).padEnd(14)}${entry.meaning}`,
  );
  return `${"id".padEnd(width)}${"severity".padEnd(11)}${"documents".padEnd(14)}meaning\n${lines.join("\n")}\n`;
}

/** `--list-changes --format json`: the catalogue as data, one object per id, keys in a fixed order. */
export function renderChangeListJson(): string {
  return serialize(
    CHANGE_CATALOGUE.map((entry) => ({
      id: entry.id,
      severity: entry.severity,
      scope: entry.scope,
      meaning: entry.meaning,
    })),
  );
}

export const CHANGE_TABLE_START =
  "<!-- change-table:start (generated from the change catalogue) -->";
export const CHANGE_TABLE_END = "<!-- change-table:end -->";

/** The markdown table between the README's markers. */
export function renderChangeTable(): string {
  const rows = CHANGE_CATALOGUE.map(
    (entry) =>
      `| \`${entry.id}\` | ${entry.severity} | ${scopeName(entry.scope)} | ${entry.meaning.replace(/\|/g, "\\|")} |`,
  );
  return [
    "| change id | default severity | documents | meaning |",
    "| --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}

/** `readme` with the text between the markers replaced by the current table (unchanged without markers). */
export function withChangeTable(readme: string): string {
  const start = readme.indexOf(CHANGE_TABLE_START);
  const end = readme.indexOf(CHANGE_TABLE_END);
  if (start === -1 || end < start) return readme;
  return `${readme.slice(0, start + CHANGE_TABLE_START.length)}\n${renderChangeTable()}\n${readme.slice(end)}`;
}
