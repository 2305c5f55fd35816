/**
 * The HTML rendering: one self-contained file (inline style, no script, no
 * external resource; a Content-Security-Policy forbids both anyway) with the
 * summary counts, changes grouped by section, before and after side by side
 * with word highlights. Every value from a document goes through `escapeHtml`.
 */
import type { Change, DiffReport, DocumentDiff, WordPart } from "../diff/types.js";
import { SEVERITIES } from "../diff/types.js";
import { plural } from "../shared/text.js";
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

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Text as HTML: markup characters as entities, and controls and bidi
 * overrides shown as escapes (`\x1b`, `\u202e`) as the markdown and JSON
 * reports show them, so document text cannot reorder what a reviewer reads.
 */
export function escapeHtml(text: string): string {
  return visibleLines(text).replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1f2328}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #d0d7de}h3{font-size:1.05rem}
.summary{display:flex;gap:1rem;margin:1rem 0}.count{padding:.5rem 1rem;border-radius:6px;background:#f6f8fa}
.count b{display:block;font-size:1.4rem}
.major{border-left:4px solid #cf222e}.minor{border-left:4px solid #bf8700}.editorial{border-left:4px solid #8c959f}
.change,.parse-difference{margin:.75rem 0;padding:.5rem .75rem;background:#fff;box-shadow:0 0 0 1px #d0d7de;border-radius:4px}
.change header{display:flex;gap:.75rem;align-items:baseline;flex-wrap:wrap}
.badge{font-size:.75rem;text-transform:uppercase;font-weight:600}
code{font-size:.8rem;color:#59636e}
.sides{display:grid;grid-template-columns:1fr 1fr;gap:.75rem;margin-top:.5rem}
.side{padding:.4rem .6rem;background:#f6f8fa;border-radius:4px;white-space:pre-wrap;overflow-wrap:anywhere}
.side h4{margin:0 0 .25rem;font-size:.75rem;color:#59636e;text-transform:uppercase}
del{background:#ffebe9;color:#82071e}ins{background:#dafbe1;color:#116329;text-decoration:none}
.facts{margin:.4rem 0 0;font-size:.85rem}
.banner{padding:.6rem .9rem;border:1px solid #cf222e;background:#ffebe9;border-radius:6px}
.note{font-size:.85rem;color:#59636e;margin:.3rem 0 0}
.info{border-left:4px solid #0969da}
table{border-collapse:collapse}td,th{padding:.25rem .6rem;border-bottom:1px solid #d0d7de;text-align:left}
.side ul{margin:0;padding-left:1.1rem}
.inline-words{margin-top:.5rem;padding:.4rem .6rem;background:#f6f8fa;border-radius:4px;white-space:pre-wrap;overflow-wrap:anywhere}
.inline-words h4{margin:0 0 .25rem;font-size:.75rem;color:#59636e;text-transform:uppercase}.elided{color:#8c959f}
`;

const CSP = "default-src 'none'; style-src 'unsafe-inline'";

/** A diff report as one self-contained HTML page (no script, inline style only). */
export function renderDiffHtml(report: DiffReport): string {
  const { summary } = report;
  const counts = SEVERITIES.map(
    (severity) =>
      `<div class="count ${severity}" data-severity="${severity}"><b data-count="${severity}">${summary[severity]}</b>${severity}</div>`,
  ).join("");
  const compared =
    report.before !== undefined && report.after !== undefined
      ? `<p>Comparing <code>${escapeHtml(report.before)}</code> with <code>${escapeHtml(report.after)}</code>.</p>`
      : "";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>classpec diff</title>
<style>${STYLE}</style>
</head>
<body>
<h1>classpec diff</h1>
${compared}<section class="summary" aria-label="Summary">${counts}<div class="count"><b data-count="total">${summary.total}</b>total</div><div class="count"><b data-count="incomplete">${summary.incomplete}</b>incomplete</div><div class="count"><b data-count="doubts">${summary.doubts}</b>in doubt</div><div class="count"><b data-count="parse-differences">${summary.parseDifferences}</b>parse differences</div></section>
${needsIndex(report) ? indexHtml(report) : ""}${shownDocuments(report)
  .map((document) => documentHtml(document, report))
  .join("\n")}
</body>
</html>
`;
}

/** Anchors by position in the report: ids hold "/" and are not for URLs. */
function anchor(document: DocumentDiff, report: DiffReport): string {
  return `document-${report.documents.indexOf(document) + 1}`;
}

function indexHtml(report: DiffReport): string {
  const rows = shownDocuments(report).map((document) => {
    const counts = severityCounts(document);
    return `<tr data-status="${document.status}"><td><a href="#${anchor(document, report)}">${escapeHtml(document.title)}</a> <code>${escapeHtml(document.id)}</code></td><td>${document.status}${document.rename ? `, ${document.rename.as}` : ""}</td><td>${counts.major}</td><td>${counts.minor}</td><td>${counts.editorial}</td></tr>`;
  });
  const table =
    rows.length > 0
      ? `<table><thead><tr><th>Document</th><th>Status</th><th>Major</th><th>Minor</th><th>Editorial</th></tr></thead><tbody>${rows.join("")}</tbody></table>`
      : "";
  const unchanged = unchangedDocuments(report);
  const rest =
    unchanged.length > 0
      ? `<p class="unchanged">Unchanged: ${plural(unchanged.length, "document")} (${unchanged.map((document) => `<code>${escapeHtml(document.id)}</code>`).join(", ")}).</p>`
      : "";
  return `<nav class="index" aria-label="Documents">${table}${rest}</nav>\n`;
}

function documentHtml(document: DocumentDiff, report: DiffReport): string {
  const id = anchor(document, report);
  const head = `<h2 id="${id}">${escapeHtml(document.title)} <code>${escapeHtml(document.id)}</code> <span class="badge" data-status="${document.status}">${document.status}</span></h2>`;
  const renamed = renameText(document);
  const rename = renamed ? `<p class="rename">${escapeHtml(renamed)}</p>` : "";
  const banner = document.incomplete
    ? `<p class="banner" role="alert"><strong>Incomplete comparison:</strong> ${escapeHtml(document.incomplete.join("; "))}. The changes below may not be all of them.</p>`
    : "";
  const groups = groupBySection(document.changes).map(
    (group) =>
      `<section class="group"><h3>${escapeHtml(group.section)} (${plural(group.changes.length, "change")})</h3>${group.changes.map(changeHtml).join("")}</section>`,
  );
  const none = document.changes.length === 0 ? `<p>${noChangesText(document)}</p>` : "";
  const parse =
    document.parseDifferences.length > 0
      ? `<section class="group parse-differences"><h3>Parse differences (not changes)</h3><p class="note">The two sides were read differently here; the document itself may say the same.</p>${document.parseDifferences.map(parseDifferenceHtml).join("")}</section>`
      : "";
  return `<section class="document">${head}${rename}${banner}${none}${groups.join("")}${parse}</section>`;
}

function parseDifferenceHtml(change: Change): string {
  // A rule's facts are told in words by the heading itself.
  const text = isRulePointer(change.pointer)
    ? ""
    : sideText(change, change.op === "add" ? change.after : change.before);
  return `<article class="parse-difference info" data-severity="info" data-fingerprint="${change.fingerprint}"><header><span class="badge">info</span><strong>${escapeHtml(parseDifferenceText(change))}</strong><code>${escapeHtml(change.pointer)}</code></header>${text ? `<div class="side">${escapeHtml(text)}</div>` : ""}</article>`;
}

function changeHtml(change: Change): string {
  const where =
    change.from !== undefined ? `${change.from} → ${change.pointer}` : change.pointer || "/";
  const header = `<header><span class="badge">${change.severity}</span><strong>${escapeHtml(change.label)}</strong><span>${change.op}</span><code>${escapeHtml(where)}</code></header>`;
  const note = changeNote(change);
  const facts = (change.facts ?? [])
    .map((fact) => `<li>rule: ${escapeHtml(factText(fact))}</li>`)
    .join("");
  const pay = payLines(change);
  const body = isRulePointer(change.pointer)
    ? ""
    : pay
      ? `<ul class="pay">${pay.map((line) => `<li>${escapeHtml(line)}</li>`).join("")}</ul>`
      : sides(change);
  return `<article class="change ${change.severity}" data-severity="${change.severity}" data-fingerprint="${change.fingerprint}">${header}${note ? `<p class="note">${escapeHtml(note)}</p>` : ""}${body}${facts ? `<ul class="facts">${facts}</ul>` : ""}</article>`;
}

function sideHtml(change: Change, value: Change["before"]): string {
  if (value === undefined) return "";
  const lines = contentLines(value);
  if (lines) return `<ul>${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join("")}</ul>`;
  return escapeHtml(sideText(change, value));
}

/** Prose longer than this many characters is shown once, its edits inline, not as two columns. */
const LONG_PROSE = 160;
/** Words of unchanged text kept on each side of an edit in a long paragraph; the rest is "…". */
const CONTEXT_WORDS = 8;

/** An unchanged run of a long paragraph, cut to the words beside the edits. */
function contextHtml(text: string, first: boolean, last: boolean): string {
  const words = text.split(/(\s+)/);
  // Pieces alternate word, space: 2 per word.
  const keep = CONTEXT_WORDS * 2;
  if (words.length <= keep * 2 + 1) return escapeHtml(text);
  const head = first ? "" : words.slice(0, keep).join("");
  const tail = last ? "" : words.slice(-keep).join("");
  return `${escapeHtml(head)}<span class="elided">…</span>${escapeHtml(tail)}`;
}

/** A long paragraph once, each removed run struck and each added run marked where it stands. */
function inlineWordsHtml(words: readonly WordPart[]): string {
  const runs = words.map((part, index) => {
    if (part.op === "remove") return `<del>${escapeHtml(part.text)}</del>`;
    if (part.op === "add") return `<ins>${escapeHtml(part.text)}</ins>`;
    return contextHtml(part.text, index === 0, index === words.length - 1);
  });
  return `<div class="inline-words"><h4>Changed words</h4>${runs.join("")}</div>`;
}

function isLongProse(words: readonly WordPart[]): boolean {
  return words.reduce((length, part) => length + part.text.length, 0) > LONG_PROSE;
}

function sides(change: Change): string {
  if (change.words && isLongProse(change.words)) return inlineWordsHtml(change.words);
  const before = change.words ? wordsHtml(change.words, "remove") : sideHtml(change, change.before);
  const after = change.words ? wordsHtml(change.words, "add") : sideHtml(change, change.after);
  const money = replacementText(change);
  const side = (title: string, body: string) =>
    `<div class="side"><h4>${title}</h4>${body || "<em>(none)</em>"}</div>`;
  return `<div class="sides">${side("Before", before)}${side("After", after)}</div>${money ? `<p class="note">${escapeHtml(money)}</p>` : ""}`;
}

/** One side of a word diff: the runs that side has, its own runs highlighted. */
function wordsHtml(words: readonly WordPart[], own: "add" | "remove"): string {
  const tag = own === "add" ? "ins" : "del";
  return words
    .filter((part) => part.op === "equal" || part.op === own)
    .map((part) =>
      part.op === "equal" ? escapeHtml(part.text) : `<${tag}>${escapeHtml(part.text)}</${tag}>`,
    )
    .join("");
}
