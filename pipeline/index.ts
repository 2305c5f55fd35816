/**
 * The classpec library: the same pipeline the CLI runs.
 *
 *   import { ingest } from "classpec";
 *   const result = await ingest(bytes, "specs/20001499.txt");
 *   if (result.status !== "failed") console.log(result.document.body.grade);
 */
export * from "../schemas/index.js";
export { type Acknowledgement, parseAcknowledgement } from "./acknowledge.js";
export { type Outcome, runBatch } from "./batch/index.js";
export { collectInputs, type Input } from "./batch/inputs.js";
export {
  type Change,
  type ChangeOp,
  type ChangeSeverity,
  countAtOrAbove,
  type DiffReport,
  type DiffSummary,
  type DocumentDiff,
  diffChanges,
  diffCollections,
  diffDocuments,
  gateTrips,
  summarize,
} from "./diff/index.js";
export { loadSide } from "./diff/load.js";
export { outputName, serialize, writeAtomic } from "./emit/index.js";
export { DocFile, type Message, toDiagnostics } from "./file.js";
export { DEFAULT_MAX_BYTES } from "./load/limits.js";
export { PROFILES } from "./profiles/index.js";
export { renderDiffHtml } from "./report/diff-html.js";
export { renderDiffJson } from "./report/diff-json.js";
export { renderDiffMarkdown } from "./report/diff-markdown.js";
export { type IngestOptions, type IngestResult, ingest } from "./run.js";
export type { Extracted, Interpretation, Line, Profile, Source as LoadedSource } from "./types.js";
export { formatIssue, type SchemaIssue, schemaIssues, validate } from "./validate/index.js";
