/** The JSON rendering of a diff: the report as the library returns it, in emit's deterministic form. */
import type { DiffReport } from "../diff/types.js";
import { serialize } from "../emit/index.js";
import { jsonVisible } from "./visible.js";

/** A diff report as JSON (what `classpec diff --format json` prints). */
export function renderDiffJson(report: DiffReport): string {
  // Keys in a fixed order, whatever order the report object was built in.
  return jsonVisible(
    serialize({
      ...(report.before !== undefined ? { before: report.before } : {}),
      ...(report.after !== undefined ? { after: report.after } : {}),
      summary: report.summary,
      documents: report.documents.map((document) => ({
        id: document.id,
        title: document.title,
        kind: document.kind,
        status: document.status,
        ...(document.rename ? { rename: document.rename } : {}),
        ...(document.incomplete ? { incomplete: document.incomplete } : {}),
        changes: document.changes,
        parseDifferences: document.parseDifferences,
      })),
    }),
  );
}
