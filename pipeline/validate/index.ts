/**
 * Stage 6, validate: zod parse of the whole document. Issues are data
 * (code, path); they become one error message each, never a crash.
 */
import type { z } from "zod";
import {
  READABLE_SCHEMA_VERSIONS,
  SpecDocument,
  type SpecDocument as SpecDocumentType,
} from "../../schemas/index.js";
import type { DocFile } from "../file.js";
import { pointer } from "../shared/provenance.js";

/** One reason a value is not a valid document: where (JSON pointer), zod's code and words. */
export interface SchemaIssue {
  code: string;
  pointer: string;
  message: string;
}

export function schemaIssues(error: z.ZodError): SchemaIssue[] {
  return error.issues.map((issue) => ({
    code: issue.code,
    pointer: pointer(
      ...issue.path.map((segment) => (typeof segment === "symbol" ? String(segment) : segment)),
    ),
    message: issue.message,
  }));
}

/** What a reader can do about a document of a schema version this classpec does not read. */
const VERSION_HINT = `this classpec reads schema ${READABLE_SCHEMA_VERSIONS.join(" and ")}: a later version needs a newer classpec, a 1.x document the migration in docs/migration-2.0.md`;

/** The one place schema issues become text. */
export function formatIssue(issue: SchemaIssue): string {
  const hint = issue.pointer === "/schemaVersion" ? `; ${VERSION_HINT}` : "";
  return `${issue.pointer || "/"}: ${issue.message}${hint} (${issue.code})`;
}

/** What `validate` returns: the document when valid, else its issues. */
export type ValidationResult =
  | { valid: true; document: SpecDocumentType; issues: [] }
  | { valid: false; issues: SchemaIssue[] };

/**
 * The library's `validate(json)`: is a parsed JSON value a classpec document?
 * The same verdict as `classpec validate` and the published JSON Schema.
 */
export function validateDocument(json: unknown): ValidationResult {
  const result = SpecDocument.safeParse(json);
  return result.success
    ? { valid: true, document: result.data, issues: [] }
    : { valid: false, issues: schemaIssues(result.error) };
}

/** The pipeline's stage: parses `candidate`; returns the document (keys in schema order) or undefined. */
export function validate(candidate: unknown, file: DocFile): SpecDocumentType | undefined {
  const result = SpecDocument.safeParse(candidate);
  if (result.success) return result.data;
  for (const issue of schemaIssues(result.error)) {
    file.error("schema-invalid", `Unexpected value at ${formatIssue(issue)}`, {
      pointer: issue.pointer,
    });
  }
  return undefined;
}
