/** Data that flows between the stages (docs/architecture.md, "Stages"). */
import type { Root as HastRoot } from "hast";
import type { Root } from "mdast";
import type { z } from "zod";
import type {
  Jurisdiction,
  Place,
  Provenance,
  Rule,
  SourceFormat,
  Unmapped,
} from "../schemas/index.js";
import type { DOCUMENT_KINDS, KindName } from "../schemas/kinds.js";
import type { DocFile } from "./file.js";

/** Output of `load`: the bytes, what they are, and their text when they are text. */
export interface Source {
  path: string;
  format: SourceFormat;
  bytes: Uint8Array;
  sha256: string;
  /** Decoded text with line endings normalized to `\n`; empty for PDF. */
  text: string;
  /** Encoding the text was decoded from (`utf-8`, `utf-16le`, `windows-1252`, ...). */
  encoding: string;
}

/** One line of the input, with its place. Line numbers are 1-based. */
export interface Line {
  text: string;
  /** The 1-based line of `source.text` where the text starts (PDF: the rebuilt line's number). */
  line: number;
  /** 1-based page, for PDF and for text exports that hold form feeds. */
  page?: number;
  /**
   * What the block is, for a source only read rendered (HTML): a heading or a
   * list item's paragraph; absent for any other block and for lines read as written.
   */
  block?: "heading" | "item";
}

/** What a reader of pages hands over (PDF): its lines, before the tree is built from them. */
export interface ExtractedLines {
  source: Source;
  lines: Line[];
  /** Number of pages, for paged inputs. */
  pages?: number;
}

/**
 * Output of `extract`, the same contract for every format:
 *
 * - `tree`: one positioned mdast of the whole document. Markdown is parsed by
 *   remark (GFM tables); HTML goes through rehype-parse and rehype-remark; a
 *   plain-text export and a PDF are one paragraph per line that holds text
 *   (the line's text verbatim, tabs included, its position that line).
 *   Positions are lines of `source.text` (PDF: of the rebuilt lines).
 * - `lines`: the document's text line by line as its source is read, each
 *   with the place where it starts. A source read as written (text, markdown,
 *   a PDF's rebuilt lines) gives every physical line, blank ones included,
 *   exactly as written: markdown keeps its markup (`#`, `|`, `<p>`,
 *   `&rsquo;`), so a line reader (Kentucky's) reads a `.md` export like its
 *   `.txt` twin. A source only read rendered (HTML, whose tags and line breaks
 *   no reader sees) gives the text of each block of `tree` (a heading, a
 *   paragraph, a list item's paragraph, one paragraph of a table cell), markup
 *   removed, references decoded, whitespace collapsed. Detection, the
 *   conservation stage and line readers read these; readers of structure read
 *   `tree` through `extract/flatten`, which drops markup for every format.
 * - `hast`: for HTML, the hast the mdast was made from, which keeps what
 *   mdast cannot say (cells spanning rows or columns, `class` and `style`).
 */
export interface Extracted extends ExtractedLines {
  tree: Root;
  hast?: HastRoot;
}

/** Each document kind's body (docs/architecture.md, "Output contract"), from schemas/kinds.ts. */
export type BodyByKind = { [K in KindName]: z.output<(typeof DOCUMENT_KINDS)[K]["body"]> };

export type { KindName };

interface InterpretationBase {
  id: string;
  title: string;
  /** JSON pointer (into the document, e.g. `/body/grade`) -> place. */
  provenance: Provenance;
  unmapped: Unmapped[];
  /** Source text that no body field holds but a rule quotes (e.g. the probation sentence). */
  sources?: Record<string, { text: string; place: Place }>;
  /**
   * Web-page chrome the reader left out of the body (navigation, "Print",
   * "N views", a footer's contact lines): held by the conservation stage,
   * each piece named in an info diagnostic, never dropped in silence.
   */
  furniture?: ReadonlyArray<{ text: string; place: Place }>;
  /** The document's jurisdiction when it is not the profile's (the generic profile's: named by the caller, or none). */
  jurisdiction?: Jurisdiction | null;
}

/** Output of a profile's `interpret`: a body of kind K (any kind when K is the union). */
export type Interpretation<K extends KindName = KindName> = {
  [P in K]: InterpretationBase & { kind: P; body: BodyByKind[P] };
}[K];

export interface Detection {
  /** 0 (certainly not this family) .. 1 (certainly this family). */
  score: number;
  /** Why the score is what it is, for the "no known family" error. */
  reasons: string[];
}

/**
 * What a profile's score must beat to win detection: over `score`, or equal to it when
 * `winsTies` (its name sorts first). A detector may stop early below it (scoreLandmarks).
 */
export interface DetectionBar {
  score: number;
  winsTies: boolean;
}

export interface RulesResult {
  rules: Rule[];
  /** `/rules/<index>` -> place. */
  provenance: Provenance;
}

/**
 * A consistency check between statements of one document of kind K
 * (warnings on `file`); made with `defineCheck`.
 */
export type Check<K extends KindName = KindName> = (
  interpretation: Interpretation<K>,
  rules: RulesResult,
  file: DocFile,
) => void;

/**
 * What a document kind owns, once for every jurisdiction that publishes it:
 * the rules read from its body and the checks between its statements.
 * One folder under `pipeline/kinds/`.
 */
export interface Kind<K extends KindName> {
  name: K;
  /** Body -> rules, with provenance for each rule. */
  rules(interpretation: Interpretation<K>, file: DocFile): RulesResult;
  checks: readonly Check<K>[];
}

/**
 * A jurisdiction's family of documents of one kind: one folder under
 * `pipeline/profiles/`. Only what is jurisdiction-specific lives here: how
 * to recognise and read its documents; rules and checks come from the kind.
 */
export interface Profile<K extends KindName> {
  name: string;
  kind: K;
  /** Who publishes; null for a profile that reads specs of any publisher (jurisdiction unknown). */
  jurisdiction: Jurisdiction | null;
  /** The office that prints the specs ("Washington State Office of Financial Management"), where known. */
  publisher?: string;
  /**
   * Headings and labels the family prints that no field repeats ("Job Code:"), as phrases: the
   * conservation stage accounts for them (pipeline/conserve). Never a place to hide dropped text.
   */
  vocabulary: readonly string[];
  /** With a bar, it may stop once it cannot beat it, giving a score below it (detect/index.ts). */
  detect(extracted: Extracted, bar?: DetectionBar): Detection;
  /** Sections -> body. Returns undefined after a fatal message on `file`. */
  interpret(
    extracted: Extracted,
    file: DocFile,
    options?: InterpretOptions,
  ): Interpretation<K> | undefined;
  /**
   * Set for a family whose pages may hold several documents (docs/multi-class.md): the page's
   * parts, each read as a document of its own, or undefined when the page holds one (then
   * `interpret` reads it whole).
   */
  parts?(extracted: Extracted): Part<K>[] | undefined;
  /** Checks only this jurisdiction's documents need, run after the kind's. */
  checks?: readonly Check<K>[];
  /**
   * Read only when no other profile claims the document: the generic
   * class-spec reader, for a publisher no profile knows.
   */
  fallback?: true;
}

/**
 * One document of a page of several: the lines of the page it is read from (its own and the
 * page's shared top), which the conservation stage checks, and its reading.
 */
export interface Part<K extends KindName> {
  extracted: Extracted;
  /** Sections -> body, like `Profile.interpret`, with the part's own messages on `file`. */
  read(file: DocFile, options?: InterpretOptions): Interpretation<K> | undefined;
}

/** What a caller may tell a profile's reader. */
export interface InterpretOptions {
  /** The jurisdiction of a document whose publisher no profile knows (`--jurisdiction us-wa`). */
  jurisdiction?: Jurisdiction | undefined;
}

/** A profile of any kind: what registries and detection hold. */
export type AnyProfile = { [K in KindName]: Profile<K> }[KindName];

/**
 * A registered profile as detection sees it: its name and detector, with the
 * reading code loaded on first use, so a batch loads only the profiles its
 * documents belong to (and a Kentucky batch never loads Iowa's markdown stack).
 */
export interface ProfileEntry extends Pick<AnyProfile, "name" | "detect" | "fallback"> {
  load(): Promise<AnyProfile>;
}

export type { Place };
