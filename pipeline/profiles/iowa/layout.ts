/**
 * The Iowa DAS series-guideline layout: a title, then sections under fixed
 * headings (in capitals in Word exports, in title case in markdown).
 */

export type SectionKey =
  | "classes"
  | "concept"
  | "exclusions"
  | "definitions"
  | "distinctions"
  | "charts";

export const SECTION_HEADINGS: ReadonlyArray<{ key: SectionKey; pattern: RegExp }> = [
  { key: "classes", pattern: /^classes in (?:the |this )?series:?$/i },
  { key: "concept", pattern: /^series concept:?$/i },
  { key: "exclusions", pattern: /^exclusions:?$/i },
  {
    key: "definitions",
    pattern: /^(?:definitions|areas of work|definitions of (?:the )?areas of work):?$/i,
  },
  { key: "distinctions", pattern: /^class distinctions:?$/i },
  { key: "charts", pattern: /^guideline charts?:?$/i },
];

/**
 * Lead-ins that only announce what follows ("Typical duties include:", "The
 * following are excluded ..."): structure, not content. They are claimed by
 * the section they open and kept in `notices`.
 */
export const LEAD_IN = /^(?:the following (?:are|is|terminology)\b.*:|typical duties include:?)$/i;
export const TYPICAL_DUTIES = /\s*Typical duties include:?\s*$/i;

/** Header row of the classes table. */
export const CLASS_TABLE_HEADER = /class\s*code/i;
/** Class codes: "00118/90118", "00118, 90118". */
export const CLASS_CODE = /\b\d{4,6}\b/g;

/** A chart cell that says the level does not do this work. */
export const NOT_APPLICABLE = /^(?:n\/?a|not applicable|none|-+|—)\.?$/i;
