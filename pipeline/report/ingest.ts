/**
 * Reporters for a batch (pretty, json, github). Reporting is separate from
 * the pipeline: it only formats outcomes that the batch hands over.
 */
import type { Outcome } from "../batch/index.js";
import type { Message } from "../file.js";

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
    if (message.severity === "warning") tally.warnings++;
    if (message.severity === "error" && !message.fatal) tally.errors++;
  }
}

function where(path: string, message: Message): string {
  const line = message.place?.startLine;
  const page = message.place?.page;
  return `${path}${page !== undefined ? `:p${page}` : ""}${line !== undefined ? `:${line}` : ""}`;
}

export function prettyMessage(path: string, message: Message): string {
  return `  ${where(path, message)}  ${message.severity}  ${message.reason}  ${message.code}\n`;
}

export function githubMessage(path: string, message: Message): string {
  const level = message.severity === "info" ? "notice" : message.severity;
  const line = message.place?.startLine !== undefined ? `,line=${message.place.startLine}` : "";
  const escapeData = (text: string) =>
    text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  return `::${level} file=${escapeData(path)}${line},title=${message.code}::${escapeData(message.reason)}\n`;
}

export function jsonOutcome(outcome: Outcome): string {
  return `${JSON.stringify({
    path: outcome.path,
    status: outcome.status,
    ...(outcome.output !== undefined ? { output: outcome.output } : {}),
    ...(outcome.error ? { error: outcome.error } : {}),
    diagnostics: outcome.messages
      .filter((message) => !message.fatal)
      .map((message) => ({
        severity: message.severity,
        code: message.code,
        message: message.reason,
        ...(message.place?.startLine !== undefined ? { startLine: message.place.startLine } : {}),
        ...(message.place?.page !== undefined ? { page: message.place.page } : {}),
      })),
  })}\n`;
}

export function summaryLine(tally: Tally): string {
  const written = tally.complete + tally.partial;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `classpec: ${plural(written, "document")} written (${tally.complete} complete, ${tally.partial} partial), ${tally.failed} failed; ${plural(tally.warnings, "warning")}, ${plural(tally.errors, "error")}\n`;
}
