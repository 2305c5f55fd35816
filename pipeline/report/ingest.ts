/**
 * Reporters for a batch (pretty, json, github). Reporting is separate from
 * the pipeline: it only formats outcomes that the batch hands over.
 */
import type { Outcome } from "../batch/deliver.js";
import { type Message, type RelatedPlace, toDiagnostics } from "../file.js";
import { plural } from "../shared/text.js";
import { githubData, githubProperty, visible } from "./visible.js";

export type ReporterName = "pretty" | "json" | "github";
export const REPORTERS: readonly ReporterName[] = ["pretty", "json", "github"];

export interface Tally {
  complete: number;
  partial: number;
  failed: number;
  warnings: number;
  errors: number;
}

export function emptyTally(): Tally {
  return { complete: 0, partial: 0, failed: 0, warnings: 0, errors: 0 };
}

export function count(tally: Tally, outcome: Outcome): void {
  tally[outcome.status]++;
  for (const message of outcome.messages) {
    if (message.severity === "warning" && !message.acknowledged) tally.warnings++;
    if (message.severity === "error" && !message.fatal) tally.errors++;
  }
}

function lineAndPage(place: { startLine?: number | undefined; page?: number | undefined }): string {
  const page = place.page !== undefined ? `:p${place.page}` : "";
  return `${page}${place.startLine !== undefined ? `:${place.startLine}` : ""}`;
}

/** The other places a message names ("the distinction at line 165"), so a reader can open both. */
function seeAlso(related: readonly RelatedPlace[] | undefined): string {
  if (!related || related.length === 0) return "";
  const places = related.map((place) => {
    const at = lineAndPage(place)
      .replace(/^:/, "line ")
      .replace(/^line p(\d+):/, "page $1 line ");
    return [at, place.pointer].filter((part) => part !== undefined && part !== "").join(" ");
  });
  return ` (see ${places.join("; ")})`;
}

/**
 * One file's messages as eslint's stylish reporter groups them: the file's
 * name on a line of its own, then one indented line per message (place,
 * severity, message, code). Nothing for a file without messages.
 */
export function prettyGroup(path: string, messages: readonly Message[]): string {
  if (messages.length === 0) return "";
  const rows = messages.map((message) => [
    lineAndPage(message.place ?? {}).replace(/^:/, "") || "-",
    message.severity,
    visible(message.message + seeAlso(message.related)),
    message.code,
  ]);
  const placeWidth = Math.max(...rows.map(([place = ""]) => place.length));
  const severityWidth = Math.max(...rows.map(([, severity = ""]) => severity.length));
  const lines = rows.map(
    ([place = "", severity = "", text, code]) =>
      `  ${place.padEnd(placeWidth)}  ${severity.padEnd(severityWidth)}  ${text}  ${code}`,
  );
  return `${visible(path)}\n${lines.join("\n")}\n\n`;
}

export function githubMessage(path: string, message: Message, id?: string): string {
  const level = message.severity === "info" ? "notice" : message.severity;
  const line = message.place?.startLine !== undefined ? `,line=${message.place.startLine}` : "";
  const title = id === undefined ? message.code : `${message.code} (${id})`;
  return `::${level} file=${githubProperty(path)}${line},title=${githubProperty(title)}::${githubData(message.message + seeAlso(message.related))}\n`;
}

export function jsonOutcome(outcome: Outcome): string {
  return `${JSON.stringify({
    path: outcome.path,
    status: outcome.status,
    ...(outcome.output !== undefined ? { output: outcome.output } : {}),
    ...(outcome.error ? { error: outcome.error } : {}),
    // The same shape as a document's `diagnostics`, so one parser reads both.
    diagnostics: toDiagnostics(outcome.messages.filter((message) => !message.fatal)),
  })}\n`;
}

/** The last line of a batch; a dry run says what it would have written. */
export function summaryLine(tally: Tally, options: { dryRun?: boolean } = {}): string {
  const written = tally.complete + tally.partial;
  const verb = options.dryRun ? "would be written" : "written";
  return `classpec: ${plural(written, "document")} ${verb} (${tally.complete} complete, ${tally.partial} partial), ${tally.failed} failed; ${plural(tally.warnings, "warning")}, ${plural(tally.errors, "error")}\n`;
}
