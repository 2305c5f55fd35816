/**
 * The markdown rendering: a changelog a maintainer pastes into a review.
 * Grouped by section with majors first; word changes as ~~old~~ **new**.
 * Every value is escaped, so text from a document cannot become markup.
 */
import type { Change, DiffReport, DocumentDiff } from "../diff/types.js";
import { factText, groupBySection, plural, valueText } from "./diff-group.js";

/** Characters markdown (GFM) gives a meaning; `<`, `>`, `&` become entities so HTML stays text. */
const MARKDOWN_SPECIAL = /[\\`*_[\]{}|~#]/g;

export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(MARKDOWN_SPECIAL, (char) => `\\${char}`)
    .replace(/\s+/g, " ");
}

const OP_WORDS: Readonly<Record<Change["op"], string>> = {
  add: "added",
  remove: "removed",
  replace: "changed",
  move: "moved",
};

export function renderDiffMarkdown(report: DiffReport): string {
  const { summary } = report;
  const lines = ["# classpec diff", ""];
  if (report.before !== undefined && report.after !== undefined) {
    lines.push(
      `Comparing \`${report.before.replace(/`/g, "'")}\` with \`${report.after.replace(/`/g, "'")}\`.`,
      "",
    );
  }
  const changed = report.documents.filter((document) => document.status !== "unchanged").length;
  lines.push(
    `**${summary.major} major**, ${summary.minor} minor, ${summary.editorial} editorial ` +
      `(${plural(summary.total, "change")} in ${changed} of ${plural(report.documents.length, "document")}).`,
    "",
  );
  for (const document of report.documents) lines.push(...documentSection(document));
  return `${lines.join("\n").replace(/\n+$/, "")}\n`;
}

function documentSection(document: DocumentDiff): string[] {
  const lines = [
    `## ${escapeMarkdown(document.title)} (\`${document.id}\`): ${document.status}`,
    "",
  ];
  if (document.changes.length === 0) return [...lines, "No changes.", ""];
  for (const group of groupBySection(document.changes)) {
    lines.push(`### ${group.section}`, "");
    for (const change of group.changes) lines.push(...changeItem(change));
    lines.push("");
  }
  return lines;
}

function changeItem(change: Change): string[] {
  const head = `- **${change.severity}** ${escapeMarkdown(change.label)} ${OP_WORDS[change.op]}`;
  const where =
    change.from !== undefined
      ? ` (\`${change.from}\` → \`${change.pointer}\`)`
      : ` (\`${change.pointer || "/"}\`)`;
  const lines = [`${head}${where}`];
  if (change.words) {
    lines.push(`  ${wordsMarkdown(change.words)}`);
  } else if (change.op === "move" || change.op === "add") {
    lines.push(`  ${quoted(valueText(change.after))}`);
  } else if (change.op === "remove") {
    lines.push(`  ~~${quoted(valueText(change.before))}~~`);
  } else {
    lines.push(`  ${quoted(valueText(change.before))} → ${quoted(valueText(change.after))}`);
  }
  for (const fact of change.facts ?? []) lines.push(`  - rule ${escapeMarkdown(factText(fact))}`);
  return lines;
}

function quoted(text: string): string {
  return text === "" ? "_(empty)_" : escapeMarkdown(text);
}

function wordsMarkdown(words: NonNullable<Change["words"]>): string {
  return words
    .map((part, index) => {
      const text = escapeMarkdown(part.text);
      const trimmed = text.trim();
      if (part.op === "equal" || trimmed === "") return text;
      // Emphasis must hug its text: keep the surrounding spaces outside the markers.
      const lead = text.slice(0, text.length - text.trimStart().length);
      const tail = text.slice(text.trimEnd().length);
      if (part.op === "add") return `${lead}**${trimmed}**${tail}`;
      // "~~old~~ **new**": a space keeps a replacement readable as two runs.
      const gap = words[index + 1]?.op === "add" && tail === "" ? " " : "";
      return `${lead}~~${trimmed}~~${tail}${gap}`;
    })
    .join("");
}
