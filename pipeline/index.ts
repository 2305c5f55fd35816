/**
 * The classpec library: the same pipeline the CLI runs.
 *
 *   import { ingest, validate } from "classpec";
 *   const result = await ingest(readFileSync("specs/20001499.pdf"), "specs/20001499.pdf");
 *   if (result.status !== "failed") console.log(result.document.body);
 *   validate(JSON.parse(text)); // { valid: true, document } | { valid: false, issues }
 *
 * Only what is exported here is the public API (listed with each signature
 * in api/classpec.api.md, checked by `npm run check`): the batch, the writers,
 * the profiles and the pipeline's stages are internal and may change.
 */
import type { IngestInput } from "./load/input.js";
import {
  type IngestAllResult,
  type IngestResult,
  type IngestOptions as PipelineOptions,
  ingest as runPipeline,
  ingestAll as runPipelineAll,
} from "./run.js";

export * from "../schemas/index.js";
export * from "../schemas/qualifications.js";
export { type Acknowledgement, parseAcknowledgement } from "./acknowledge.js";
export type { CatalogueEntry } from "./diff/catalogue.js";
export {
  CHANGE_CATALOGUE,
  type Change,
  type ChangeOp,
  type ChangeSeverity,
  countAtOrAbove,
  type DiffOptions,
  type DiffReport,
  type DiffSummary,
  type DocumentDiff,
  diffCollections,
  diffDocuments,
  doubtfulChanges,
  gateTrips,
  incompleteDocuments,
  type PayChange,
  type SeverityOverrides,
} from "./diff/index.js";
export { outputName, serialize } from "./emit/index.js";
export type { Message } from "./file.js";
export type { IngestInput } from "./load/input.js";
export { DEFAULT_MAX_BYTES } from "./load/limits.js";
export { qualify } from "./qualify/index.js";
export { renderAnswer } from "./qualify/render.js";
export { renderDiffHtml } from "./report/diff-html.js";
export { renderDiffJson } from "./report/diff-json.js";
export { renderDiffMarkdown } from "./report/diff-markdown.js";
export type { IngestAllResult, IngestedDocument, IngestResult } from "./run.js";
export {
  formatIssue,
  type SchemaIssue,
  type ValidationResult,
  // The library's validate takes only the JSON; the pipeline's stage (with a DocFile) stays internal.
  validateDocument as validate,
} from "./validate/index.js";

/** Options of {@link ingest}: the largest input accepted, and warnings acknowledged per document. */
export type IngestOptions = Omit<PipelineOptions, "profiles">;

/**
 * Reads one class spec (PDF, text, markdown or HTML) into a validated document.
 *
 * @param input - The document's bytes (Buffer, Uint8Array, ArrayBuffer) or its text.
 * @param path - The name it is reported under and stored as `source.path`; an absolute
 *   path is made relative to the working directory.
 * @returns `complete` or `partial` with the document and its messages, or `failed` with
 *   a coded error. Never throws for bad content. A page of several classes (an Illinois
 *   career standard) gives its first class, with a `several-documents` warning naming the
 *   others: {@link ingestAll} gives each.
 */
export function ingest(
  input: IngestInput,
  path: string,
  options: IngestOptions = {},
): Promise<IngestResult> {
  return runPipeline(input, path, options);
}

/**
 * Reads every document of one input: a page of several classes (docs/multi-class.md) gives
 * one document per class, in page order, each with its own id, provenance (lines of the whole
 * input), unmapped text and diagnostics; any other input gives one, as {@link ingest} does.
 *
 *   const result = await ingestAll(readFileSync("series.html"), "series.html");
 *   if (result.status !== "failed") for (const { document } of result.documents) console.log(document.id);
 *
 * @param input - The document's bytes (Buffer, Uint8Array, ArrayBuffer) or its text.
 * @param path - The name it is reported under and stored as `source.path` of each document.
 * @returns `complete` (every document complete) or `partial` (any is) with the documents,
 *   each with its own status and messages, or `failed` with a coded error when none could be
 *   made. Never throws for bad content.
 */
export function ingestAll(
  input: IngestInput,
  path: string,
  options: IngestOptions = {},
): Promise<IngestAllResult> {
  return runPipelineAll(input, path, options);
}
