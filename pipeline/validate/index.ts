/**
 * Stage 6, validate: zod parse of the whole document. Issues are data
 * (code, path); they become one error message each, never a crash.
 */
import type { z } from "zod";
import { SpecDocument, type SpecDocument as SpecDocumentType } from "../../schemas/index.js";
import type { DocFile } from "../file.js";
import { pointer } from "../shared/provenance.js";

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

/** The one place schema issues become text. */
export function formatIssue(issue: SchemaIssue): string {
  return `${issue.pointer || "/"}: ${issue.message} (${issue.code})`;
}

/** Parses `candidate`; returns the parsed document (keys in schema order) or undefined. */
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
