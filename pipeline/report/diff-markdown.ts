/**
 * The markdown rendering: a changelog a maintainer pastes into a review.
 * Grouped by section with majors first; word changes as ~~old~~ **new**.
 * Every value is escaped, so text from a document cannot become markup.
 */
import type { Change, DiffReport, DocumentDiff } from "../diff/types.js";
import { plural, trimEnd } from "../shared/text.js";
import {
  changeNote,
  contentLines,
  factText,
  groupBySection,
  isRulePointer,
  needsIndex,
  noChangesText,
  parseDifferenceText,
  payLines,
  renameText,
  replacementText,
  severityCounts,
  shownDocuments,
  sideText,
  unchangedDocuments,
} from "./diff-group.js";
import { visibleLines } from "./visible.js";

/** Characters markdown (GFM) gives a meaning; `<`, `>`, `&` become entities so HTML stays text. */
const MARKDOWN_SPECIAL = /[\\`*_[\]{}|~#]/g;

/**
 * What GitHub turns into a link in plain text (`https://…`, `www.…`, an
 * e-mail address): an escaped `:`, `.` or `@` renders the same and links nothing.
 */
const AUTOLINKED = /:\/\/|\b(www)\.|@/gi;

export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(MARKDOWN_SPECIAL, (char) => `\\${char}`)
    .replace(AUTOLINKED, (found, www: string | undefined) => (www ? `${www}\\.` : `\\${found}`))
    .replace(/\s+/g, " ");
}

const OP_WORDS: Readonly<Record<Change["op"], string>> = {
  add: "added",
  remove: "removed",
  replace: "changed",
  move: "moved",
  reorder: "items reordered",
};

/** A diff report as markdown, grouped by document and section. */
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
  const extras = [
    summary.incomplete > 0 ? `**${plural(summary.incomplete, "incomplete comparison")}**` : "",
    summary.doubts > 0 ? `**${plural(summary.doubts, "change")} in doubt**` : "",
    summary.parseDifferences > 0 ? plural(summary.parseDifferences, "parse difference") : "",
  ].filter((part) => part !== "");
  lines.push(
    `**${summary.major} major**, ${summary.minor} minor, ${summary.editorial} editorial ` +
      `(${plural(summary.total, "change")} in ${changed} of ${plural(report.documents.length, "document")})` +
      `${extras.length > 0 ? `; ${extras.join(", ")}` : ""}.`,
    "",
  );
  if (needsIndex(report)) lines.push(...index(report));
  for (const document of shownDocuments(report)) lines.push(...documentSection(document));
  return `${visibleLines(trimEnd(lines.join("\n"), "\n"))}\n`;
}

/** A folder diff's index: every document that needs reading, then one line for the rest. */
function index(report: DiffReport): string[] {
  const shown = shownDocuments(report);
  const lines: string[] = [];
  if (shown.length > 0) {
    lines.push(
      "| document | status | major | minor | editorial |",
      "| --- | --- | --- | --- | --- |",
    );
    for (const document of shown) {
      const counts = severityCounts(document);
      lines.push(
        `| ${escapeMarkdown(document.title)} (\`${document.id}\`) | ${document.status}${document.rename ? `, ${document.rename.as}` : ""} | ${counts.major} | ${counts.minor} | ${counts.editorial} |`,
      );
    }
    lines.push("");
  }
  const unchanged = unchangedDocuments(report);
  if (unchanged.length > 0) {
    // One id a line, folded away: a folder of hundreds is a list to search, not a paragraph.
    lines.push(
      `<details><summary>Unchanged: ${plural(unchanged.length, "document")}</summary>`,
      "",
      ...unchanged.map((document) => `- \`${document.id}\``),
      "",
      "</details>",
      "",
    );
  }
  return lines;
}

function documentSection(document: DocumentDiff): string[] {
  const lines = [
    `## ${escapeMarkdown(document.title)} (\`${document.id}\`): ${document.status}`,
    "",
  ];
  const renamed = renameText(document);
  if (renamed) lines.push(`**${escapeMarkdown(renamed)}**`, "");
  if (document.incomplete) {
    lines.push(
      `> **Incomplete comparison:** ${escapeMarkdown(document.incomplete.join("; "))}. ` +
        "The changes below may not be all of them.",
      "",
    );
  }
  if (document.changes.length === 0) lines.push(noChangesText(document), "");
  for (const group of groupBySection(document.changes)) {
    lines.push(`### ${group.section}`, "");
    for (const change of group.changes) lines.push(...changeItem(change));
    lines.push("");
  }
  if (document.parseDifferences.length > 0) {
    lines.push(
      "### Parse differences (not changes)",
      "",
      "The two sides were read differently here; the document itself may say the same.",
      "",
    );
    for (const change of document.parseDifferences) {
      lines.push(
        `- **info** ${escapeMarkdown(parseDifferenceText(change))} (\`${change.pointer}\`)`,
      );
      // A rule's facts are told in words by the line itself.
      const text = isRulePointer(change.pointer)
        ? ""
        : sideText(change, change.op === "add" ? change.after : change.before);
      if (text !== "") lines.push(`  ${quoted(text)}`);
    }
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
  const note = changeNote(change);
  if (note) lines.push(`  _${escapeMarkdown(note)}_`);
  const isRule = isRulePointer(change.pointer);
  const content = contentLines(change.op === "remove" ? change.before : change.after);
  const pay = payLines(change);
  if (isRule) {
    // A rule change is told by its fact, in words (below), not by its fields.
  } else if (pay) {
    for (const line of pay) lines.push(`  - ${escapeMarkdown(line)}`);
  } else if (change.words) {
    lines.push(`  ${wordsMarkdown(change.words)}`);
  } else if (
    content &&
    (change.op === "add" || change.op === "remove" || change.op === "reorder")
  ) {
    const strike = change.op === "remove" ? "~~" : "";
    for (const line of content) lines.push(`  - ${strike}${quoted(line)}${strike}`);
  } else if (change.op === "move" || change.op === "add") {
    lines.push(`  ${quoted(sideText(change, change.after))}`);
  } else if (change.op === "remove") {
    lines.push(`  ~~${quoted(sideText(change, change.before))}~~`);
  } else {
    const money = replacementText(change);
    lines.push(
      `  ${money ? escapeMarkdown(money) : `${quoted(sideText(change, change.before))} → ${quoted(sideText(change, change.after))}`}`,
    );
  }
  for (const fact of change.facts ?? []) lines.push(`  - rule: ${escapeMarkdown(factText(fact))}`);
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
