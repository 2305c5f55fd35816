/**
 * The classpec library: the same pipeline the CLI runs.
 *
 *   import { ingest, validate } from "classpec";
 *   const result = await ingest(readFileSync("specs/20001499.pdf"), "specs/20001499.pdf");
 *   if (result.status !== "failed") console.log(result.document.body);
 *   validate(JSON.parse(text)); // { valid: true, document } | { valid: false, issues }
 */
export * from "../schemas/index.js";
export { type Acknowledgement, parseAcknowledgement } from "./acknowledge.js";
export { type Outcome, runBatch } from "./batch/index.js";
export { collectInputs, type Input } from "./batch/inputs.js";
export { loadSide } from "./batch/sides.js";
export { defineCheck } from "./checks/define.js";
export {
  CHANGE_CATALOGUE,
  type Change,
  type ChangeOp,
  type ChangeSeverity,
  compareDocuments,
  countAtOrAbove,
  type DiffOptions,
  type DiffReport,
  type DiffSummary,
  type DocumentDiff,
  diffChanges,
  diffCollections,
  diffDocuments,
  gateTrips,
  incompleteDocuments,
  type SeverityOverrides,
  summarize,
} from "./diff/index.js";
export { outputName, serialize, writeAtomic } from "./emit/index.js";
export { DocFile, type Message, toDiagnostics } from "./file.js";
export { KINDS } from "./kinds/index.js";
export type { IngestInput } from "./load/input.js";
export { DEFAULT_MAX_BYTES } from "./load/limits.js";
export { PROFILES } from "./profiles/index.js";
export { renderDiffHtml } from "./report/diff-html.js";
export { renderDiffJson } from "./report/diff-json.js";
export { renderDiffMarkdown } from "./report/diff-markdown.js";
export { type IngestOptions, type IngestResult, ingest } from "./run.js";
export type {
  AnyProfile,
  Check,
  Extracted,
  Interpretation,
  Kind,
  KindName,
  Line,
  Profile,
  ProfileEntry,
  Source as LoadedSource,
} from "./types.js";
export {
  formatIssue,
  type SchemaIssue,
  schemaIssues,
  type ValidationResult,
  // The library's validate takes only the JSON; the pipeline's stage (with a DocFile) stays internal.
  validateDocument as validate,
} from "./validate/index.js";
