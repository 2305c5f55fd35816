/**
 * The orchestrator: sequences the stages for one document and sets its
 * status. It holds no parsing logic of its own (docling's pipeline model).
 */
import { SCHEMA_VERSION, type SpecDocument } from "../schemas/index.js";
import { type Acknowledgement, acknowledge } from "./acknowledge.js";
import { detect } from "./detect/index.js";
import { extract } from "./extract/index.js";
import { DocFile, type Message, toDiagnostics } from "./file.js";
import { type LoadOptions, load } from "./load/index.js";
import { PROFILES } from "./profiles/index.js";
import type { Profile } from "./types.js";
import { validate } from "./validate/index.js";

export interface IngestOptions extends LoadOptions {
  profiles?: readonly Profile[];
  /** Known warnings acknowledged per document (`--ignore CODE@ID`). */
  ignore?: readonly Acknowledgement[];
}

export type IngestResult =
  | { status: "complete" | "partial"; document: SpecDocument; messages: Message[] }
  | { status: "failed"; error: { code: string; message: string }; messages: Message[] };

/** Runs every stage over one input. Never throws for bad content. */
export async function ingest(
  bytes: Uint8Array,
  path: string,
  options: IngestOptions = {},
): Promise<IngestResult> {
  const file = new DocFile(path);
  const document = await runStages(bytes, file, options);
  const fatal = file.fatal;
  if (!document || fatal) {
    const error = fatal ?? file.messages.find((message) => message.severity === "error");
    return {
      status: "failed",
      error: {
        code: error?.code ?? "internal",
        message: error?.reason ?? "No document was produced",
      },
      messages: file.messages,
    };
  }
  return { status: document.status, document, messages: file.messages };
}

async function runStages(
  bytes: Uint8Array,
  file: DocFile,
  options: IngestOptions,
): Promise<SpecDocument | undefined> {
  const source = load(bytes, file, options);
  if (!source) return undefined;
  const extracted = await extract(source, file);
  if (!extracted) return undefined;
  const profile = detect(extracted, options.profiles ?? PROFILES, file);
  if (!profile) return undefined;
  const interpretation = profile.interpret(extracted, file);
  if (!interpretation || file.fatal) return undefined;
  const rules = profile.rules(interpretation, file);
  profile.check(interpretation, rules, file);

  for (const piece of interpretation.unmapped) {
    const preview = piece.text.length > 60 ? `${piece.text.slice(0, 57)}...` : piece.text;
    file.warn(
      "unmapped-text",
      `Unexpected text that no field claims: "${preview.replace(/\n/g, " ")}"`,
      {
        place: piece,
        source: profile.name,
      },
    );
  }

  if (options.ignore) acknowledge(file.messages, interpretation.id, options.ignore);
  const candidate = {
    schemaVersion: SCHEMA_VERSION,
    kind: interpretation.kind,
    id: interpretation.id,
    title: interpretation.title,
    jurisdiction: profile.jurisdiction,
    status: file.hasErrors ? "partial" : "complete",
    source: {
      path: file.path,
      format: source.format,
      sha256: source.sha256,
      profile: profile.name,
      ...(extracted.pages !== undefined && source.format === "pdf"
        ? { pages: extracted.pages }
        : {}),
    },
    body: interpretation.body,
    rules: rules.rules,
    provenance: { ...interpretation.provenance, ...rules.provenance },
    unmapped: interpretation.unmapped,
    diagnostics: toDiagnostics(file.messages),
  };
  const document = validate(candidate, file);
  if (!document) {
    const first = file.messages.find((message) => message.code === "schema-invalid");
    file.fail("schema-invalid", first?.reason ?? "Unexpected document that fails the schema");
  }
  return document;
}
