/** Data that flows between the stages (DESIGN.md, "Stages"). */
import type { Root } from "mdast";
import type {
  ClassSeriesBody,
  ClassSpecBody,
  Jurisdiction,
  Place,
  Provenance,
  Rule,
  SourceFormat,
  Unmapped,
} from "../schemas/index.js";
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
  line: number;
  /** 1-based page, for PDF and for text exports that hold form feeds. */
  page?: number;
}

/** Output of `extract`. */
export interface Extracted {
  source: Source;
  lines: Line[];
  /** Number of pages, for paged inputs. */
  pages?: number;
  /** The mdast of a markdown or HTML input (HTML goes through rehype-remark). */
  tree?: Root;
}

export type Body =
  | { kind: "class-spec"; body: ClassSpecBody }
  | { kind: "class-series"; body: ClassSeriesBody };

/** Output of a profile's `interpret`. */
export type Interpretation = Body & {
  id: string;
  title: string;
  /** JSON pointer (into the document, e.g. `/body/grade`) -> place. */
  provenance: Provenance;
  unmapped: Unmapped[];
  /** Source text that no body field holds but a rule quotes (e.g. the probation sentence). */
  sources?: Record<string, { text: string; place: Place }>;
};

export interface Detection {
  /** 0 (certainly not this family) .. 1 (certainly this family). */
  score: number;
  /** Why the score is what it is, for the "no known family" error. */
  reasons: string[];
}

export interface RulesResult {
  rules: Rule[];
  /** `/rules/<index>` -> place. */
  provenance: Provenance;
}

/** A jurisdiction's family of documents: one folder under `pipeline/profiles/`. */
export interface Profile {
  name: string;
  kind: "class-spec" | "class-series";
  jurisdiction: Jurisdiction;
  /**
   * Headings and labels the family prints that no field repeats ("Job Code:"), as phrases: the
   * conservation stage accounts for them (pipeline/conserve). Never a place to hide dropped text.
   */
  vocabulary: readonly string[];
  detect(extracted: Extracted): Detection;
  /** Sections -> body. Returns undefined after a fatal message on `file`. */
  interpret(extracted: Extracted, file: DocFile): Interpretation | undefined;
  /** Body -> rules, with provenance for each rule. */
  rules(interpretation: Interpretation, file: DocFile): RulesResult;
  /** Consistency checks between statements of one document (warnings on `file`). */
  check(interpretation: Interpretation, rules: RulesResult, file: DocFile): void;
}

export type { Place };
