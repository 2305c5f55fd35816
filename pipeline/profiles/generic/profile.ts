/**
 * A publisher as data (issue 20, "Jurisdictions as data"): what the generic
 * class-spec reader needs to know of one publisher's layout. A profile is one
 * object literal of this type in `pipeline/profiles/publishers/<name>.ts`, no
 * functions in it; the generic vocabulary (generic/vocabulary.ts) applies to
 * every publisher, a profile only adds to it. docs/publishers.md describes
 * each field.
 */
import type { ClassCode, ClassSpecBody } from "../../../schemas/class-spec.js";
import type { Jurisdiction } from "../../../schemas/index.js";

/** The neutral fields a section heading can open (schemas/class-spec.ts). */
type CodeScheme = ClassCode["scheme"];

export type SectionField =
  | "definition"
  | "distinguishing"
  | "duties"
  | "knowledgeSkillsAbilities"
  | "minimum"
  | "desirable"
  | "preferred"
  | "licenses"
  | "special"
  | "legal"
  | "working"
  | "physical"
  | "history"
  | "additional"
  /** A heading that only groups the sections under it ("GENERAL QUALIFICATION GUIDELINES"). */
  | "group"
  /** The profile's `extension` section: labelled paragraphs kept in `extensions`. */
  | "extension";

/** What a label's value is and where it goes. */
export type LabelField =
  | "title"
  | "code"
  | "grade"
  | "pay"
  | "group"
  | "established"
  | "revised"
  | "title-changed"
  | "flsa"
  | "bargaining-unit"
  | "eeo";

export interface LabelSpec {
  field: LabelField;
  /** The label as printed, any case, the colon optional: "Class Code", "Class No.", "Salary Group". */
  names: readonly string[];
  /** For `code`: what the code is. */
  scheme?: CodeScheme;
}

export interface Marker {
  /** Named in the refusal message when it is missing ("'Salary Group' label"). */
  name: string;
  pattern: RegExp;
  weight: number;
}

export interface PublisherProfile {
  /** The profile's name: its file name, `source.profile`, and its fixtures' folder. */
  name: string;
  /** Null for `generic`: a publisher classpec does not know (`--jurisdiction` may name it). */
  jurisdiction: Jurisdiction | null;
  /** The office that prints the specs ("Washington State Office of Financial Management"). */
  publisher?: string;
  /** The first segment of ids: `us-wa` gives `us-wa/class/<code>`. */
  idPrefix: string;
  /** Which printed code names the class in its id (the first code of this scheme; else the title's slug). */
  idCode?: CodeScheme;
  /** Heading synonyms per field, added to the generic ones. */
  headings: Partial<Record<SectionField, readonly string[]>>;
  /** Labels whose values the reader reads, added to the generic ones (tried first). */
  labels: readonly LabelSpec[];
  /** Whole blocks or lines that are the site's chrome (navigation, banners, footers), added to the generic ones. */
  furniture: readonly RegExp[];
  /** Text the publisher prints on every spec (a statement, a preamble): notices, never values. */
  notices: readonly RegExp[];
  /**
   * Text the publisher prints near the end of every spec (a disclaimer): a spec without it was cut
   * short (`truncated-text`). `name` says what it is in the message ("disclaimer statement").
   */
  closing?: { name: string; pattern: RegExp };
  /** Phrases the publisher prints that no field repeats (a banner), for the conservation check. */
  vocabulary: readonly string[];
  /** The part of the id code that names the class ("4531-23" -> /^\d{4}/ -> "4531"): a regrade keeps the id. */
  idCodePart?: RegExp;
  /**
   * The page's agency line, for a layout many localities share: a match with groups `locality`
   * ("Cascade Ridge County") and `state` ("OR", "Washington") gives the jurisdiction and the id
   * prefix (`us-or-cascade-ridge`); the line itself is furniture.
   */
  agencyLine?: RegExp;
  /**
   * A section of labelled paragraphs ("SKILL: Requires ...") the publisher alone prints, kept as
   * `extensions[key].evaluationFactors` (one entry per label): its headings and its key.
   */
  extension?: { key: keyof ClassSpecBody["extensions"]; headings: readonly string[] };
  /**
   * Pages of several classes (docs/multi-class.md): `"class-table"` when one page may list several
   * classes in its label table (one row each: title, code, date) and print each class's sections
   * under its title printed again (Illinois career standards). Each class is then a document of
   * its own; a page whose table lists one class reads as before.
   */
  parts?: "class-table";
  /** Landmarks that tell this publisher's documents apart; empty for `generic`. */
  markers: readonly Marker[];
}
