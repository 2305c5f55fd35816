/**
 * The orchestrator: sequences the stages for one document and sets its
 * status. It holds no parsing logic of its own (docling's pipeline model).
 */
import { isAbsolute, relative, sep } from "node:path";
import { SCHEMA_VERSION } from "../schemas/compiled/spec-document.js";
import type { Jurisdiction, SpecDocument } from "../schemas/index.js";
import { type Acknowledgement, acknowledge } from "./acknowledge.js";
import { conserve } from "./conserve/index.js";
import { detect } from "./detect/index.js";
import { extract } from "./extract/index.js";
import { DocFile, type Message, toDiagnostics } from "./file.js";
import { KINDS } from "./kinds/index.js";
import { type LoadOptions, load } from "./load/index.js";
import { type IngestInput, toBytes } from "./load/input.js";
import { PROFILES } from "./profiles/index.js";
import type {
  AnyProfile,
  Extracted,
  Interpretation,
  InterpretOptions,
  KindName,
  Profile,
  ProfileEntry,
  RulesResult,
} from "./types.js";
import { validateFast } from "./validate/compiled.js";

export interface IngestOptions extends LoadOptions {
  /** Profiles to detect among: loaded ones, or entries whose reading code loads on first use. */
  profiles?: readonly (AnyProfile | ProfileEntry)[];
  /** Known warnings acknowledged per document (`--ignore CODE@ID`). */
  ignore?: readonly Acknowledgement[];
  /** The jurisdiction of documents whose publisher no profile knows (`--jurisdiction us-wa`). */
  jurisdiction?: Jurisdiction | undefined;
}

/** What {@link ingest} returns: the document and its messages, or a coded error when no document could be made. */
export type IngestResult =
  | { status: "complete" | "partial"; document: SpecDocument; messages: Message[] }
  | { status: "failed"; error: { code: string; message: string }; messages: Message[] };

/** One document of {@link IngestAllResult}: its status, the document and its own messages. */
export interface IngestedDocument {
  status: "complete" | "partial";
  document: SpecDocument;
  messages: Message[];
}

/**
 * What {@link ingestAll} returns: every document of the input (one per class of a page of
 * several classes, in page order; one for any other input), `partial` when any of them is,
 * or a coded error when none could be made.
 */
export type IngestAllResult =
  | { status: "complete" | "partial"; documents: IngestedDocument[] }
  | { status: "failed"; error: { code: string; message: string }; messages: Message[] };

/**
 * Runs every stage over one input: its bytes (Buffer, Uint8Array, ArrayBuffer)
 * or its text, and the path it is reported under. Never throws for bad content.
 * A page of several classes gives its first class, with a `several-documents`
 * warning naming the others ({@link ingestAll} gives each).
 */
export async function ingest(
  input: IngestInput,
  path: string,
  options: IngestOptions = {},
): Promise<IngestResult> {
  const result = await ingestAll(input, path, options);
  if (result.status === "failed") return result;
  const [first, ...others] = result.documents as [IngestedDocument, ...IngestedDocument[]];
  if (others.length === 0) return first;
  const ids = others.map(({ document }) => document.id).join(", ");
  const warning: Message = {
    severity: "warning",
    code: "several-documents",
    message: `Unexpected page of ${others.length + 1} classes for ingest, expected one; this is the first, ingestAll (or the CLI) also gives ${ids}`,
    fatal: false,
  };
  const diagnostics = [...first.document.diagnostics, ...toDiagnostics([warning])];
  return {
    status: first.status,
    document: { ...first.document, diagnostics },
    messages: [...first.messages, warning],
  };
}

/**
 * Runs every stage over one input, like {@link ingest}, and gives every document it holds:
 * a page of several classes (docs/multi-class.md) gives one document per class, each with its
 * own id, provenance into the whole input, unmapped text and diagnostics.
 */
export async function ingestAll(
  input: IngestInput,
  path: string,
  options: IngestOptions = {},
): Promise<IngestAllResult> {
  const file = new DocFile(sourcePath(path));
  const read = await runStages(toBytes(input), file, options);
  const failedFile = read?.find((part) => part.file.fatal || !part.document)?.file;
  if (!read || file.fatal || failedFile) {
    const messages = (failedFile ?? file).messages;
    const error =
      (failedFile ?? file).fatal ?? messages.find((message) => message.severity === "error");
    return {
      status: "failed",
      error: {
        code: error?.code ?? "internal",
        message: error?.message ?? "No document was produced",
      },
      messages,
    };
  }
  const documents = read.map(({ document, file: own }) => ({
    status: (document as SpecDocument).status,
    document: document as SpecDocument,
    messages: own.messages,
  }));
  const partial = documents.some((document) => document.status === "partial");
  return { status: partial ? "partial" : "complete", documents };
}

/**
 * `source.path` is never absolute (docs/architecture.md): a library caller's absolute
 * path is made relative to the working directory, with `/` separators.
 */
function sourcePath(path: string): string {
  const portable = isAbsolute(path) ? relative(process.cwd(), path) : path;
  return sep === "/" ? portable : portable.split(sep).join("/");
}

/** Interpret, then the kind's rules and checks, then the profile's own checks. */
function readAs<K extends KindName>(
  profile: Profile<K>,
  extracted: Extracted,
  file: DocFile,
  options: IngestOptions,
): { interpretation: Interpretation<K>; rules: RulesResult } | undefined {
  const interpretation = profile.interpret(extracted, file, { jurisdiction: options.jurisdiction });
  if (!interpretation || file.fatal) return undefined;
  const kind = KINDS[profile.kind];
  const rules = kind.rules(interpretation, file);
  for (const check of [...kind.checks, ...(profile.checks ?? [])])
    check(interpretation, rules, file);
  return { interpretation, rules };
}

/** One document of the input: its own file of messages and, unless it failed, the document. */
interface Made {
  file: DocFile;
  document: SpecDocument | undefined;
}

async function runStages(
  bytes: Uint8Array,
  file: DocFile,
  options: IngestOptions,
): Promise<Made[] | undefined> {
  const source = load(bytes, file, options);
  if (!source) return undefined;
  const extracted = await extract(source, file);
  if (!extracted) return undefined;
  const detected = detect(extracted, options.profiles ?? PROFILES, file);
  if (!detected) return undefined;
  // A union of profiles widened to one generic profile: its kind, body and
  // checks still belong together, which is all readAs relies on.
  const profile = ("load" in detected ? await detected.load() : detected) as Profile<KindName>;
  const parts = profile.parts?.(extracted);
  if (!parts) return [{ file, document: await makeDocument(profile, extracted, file, options) }];
  // Every line of the page is checked by the conservation stage in some document: a line no
  // part holds is checked with the first (where, read by no one, it is reported dropped).
  const held = new Set(parts.flatMap((part) => part.extracted.lines));
  const left = extracted.lines.filter((line) => !held.has(line) && line.text.trim() !== "");
  const first = parts[0];
  if (first && left.length > 0) {
    const lines = [...first.extracted.lines, ...left].sort((a, b) => a.line - b.line);
    parts[0] = { ...first, extracted: { ...first.extracted, lines } };
  }
  const made: Made[] = [];
  for (const part of parts) {
    const own = file.fork();
    const interpret = (_: Extracted, partFile: DocFile, interpretOptions?: InterpretOptions) =>
      part.read(partFile, interpretOptions);
    const document = await makeDocument({ ...profile, interpret }, part.extracted, own, options);
    made.push({ file: own, document });
  }
  return made;
}

/** The stages after detection, for the whole input or one part of a page of several. */
async function makeDocument(
  profile: Profile<KindName>,
  extracted: Extracted,
  file: DocFile,
  options: IngestOptions,
): Promise<SpecDocument | undefined> {
  const { source } = extracted;
  const read = readAs(profile, extracted, file, options);
  if (!read || file.fatal) return undefined;
  const { interpretation, rules } = read;
  conserve(extracted, interpretation, profile.vocabulary, file, profile.name);

  for (const piece of interpretation.furniture ?? []) {
    file.info("page-furniture", `Web-page furniture left out of the body: "${piece.text}"`, {
      place: piece.place,
      source: profile.name,
    });
  }
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
    jurisdiction:
      interpretation.jurisdiction !== undefined
        ? interpretation.jurisdiction
        : profile.jurisdiction,
    ...(profile.publisher !== undefined ? { publisher: profile.publisher } : {}),
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
  const document = await validateFast(candidate, file);
  if (!document) {
    const first = file.messages.find((message) => message.code === "schema-invalid");
    file.fail("schema-invalid", first?.message ?? "Unexpected document that fails the schema");
  }
  return document;
}
