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
  | "charts"
  | "evaluation";

/** Each section as a reader knows it, for messages. */
export const SECTION_NAMES: Record<SectionKey, string> = {
  classes: "Classes in the Series",
  concept: "Series Concept",
  exclusions: "Exclusions",
  definitions: "Definitions",
  distinctions: "Class Distinctions",
  charts: "Guideline Charts",
  evaluation: "Areas for Evaluation",
};

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
  { key: "evaluation", pattern: /^areas (?:for|of) evaluation:?$/i },
];

/**
 * Lead-ins that only announce what follows ("Typical duties include:", "The
 * following are excluded ..."): structure, not content. They are claimed by
 * the section they open and kept in `notices`.
 */
export const LEAD_IN = /^(?:the following (?:are|is|terminology)\b.*:|typical duties include:?)$/i;
/** Closes a paragraph; no leading `\s*` (retried from every space of a long run), the caller trims. */
const TYPICAL_DUTIES = /Typical duties include:?\s*$/i;
/** A lead-in is short: "Examples of duties:", "Duties may include, but are not limited to:". */
const LEAD_IN_MAX_WORDS = 8;

/** A paragraph that only announces the list after it. */
export function isLeadIn(text: string): boolean {
  return LEAD_IN.test(text) || (text.endsWith(":") && wordCount(text) <= LEAD_IN_MAX_WORDS);
}

function wordCount(text: string): number {
  return text.split(" ").filter((word) => word !== "").length;
}

/**
 * A focus paragraph's closing lead-in ("Work is focused on X. Typical duties
 * include:"): the text before it and the lead-in, or undefined when the
 * paragraph does not close with one.
 */
export function trailingLeadIn(text: string): { before: string; leadIn: string } | undefined {
  const typical = TYPICAL_DUTIES.exec(text);
  if (typical) return { before: text.slice(0, typical.index).trim(), leadIn: typical[0].trim() };
  if (!text.endsWith(":")) return undefined;
  const start = text.lastIndexOf(". ") + 1;
  if (start === 0) return undefined;
  const leadIn = text.slice(start).trim();
  return isLeadIn(leadIn) ? { before: text.slice(0, start).trim(), leadIn } : undefined;
}

/** Header row of the classes table. */
export const CLASS_TABLE_HEADER = /class\s*code/i;
/** Class codes: "00118/90118", "00118, 90118". */
export const CLASS_CODE = /\b\d{4,6}\b/g;
/**
 * A class line that labels its code: "Grants Specialist     Class Code: 52310".
 * The match ends on the code's first digit (one space run before the colon and
 * one after it: `\s*:?\s*` retries a long run without a colon quadratically).
 */
export const CLASS_CODE_LABEL = /\bclass\s+codes?\s*(?::\s*)?\d/i;

/** A chart cell that says the level does not do this work ("n/a", "Not applicable at this level."). */
export const NOT_APPLICABLE =
  /^(?:n\/?a|not applicable|none|-+|—)(?:\s+(?:at|for|to)\s+this\s+(?:level|class))?\.?$/i;

/** Two spellings of one area name: case, "&" for "and", punctuation and spacing aside. */
export function sameAreaName(a: string, b: string): boolean {
  return areaNameKey(a) === areaNameKey(b);
}

function areaNameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
