/**
 * Section headings found by vocabulary: a unit whose text is a heading
 * synonym (any case, with or without a colon, "Requirement(s)" = "Requirements"),
 * or opens with one run into its first sentence ("DEFINITION: This class ...",
 * "TYPICAL WORK - Reviews ..."). A list item is never a heading. An
 * unrecognised heading (a page heading, or a short line in capitals) opens an
 * `unknown` section whose text stays unmapped.
 */
import type { PublisherProfile, SectionField } from "./profile.js";
import type { Unit } from "./units.js";
import { GENERIC_HEADINGS } from "./vocabulary.js";

export type SectionKey = SectionField | "unknown";

export interface FoundHeading {
  key: SectionKey;
  /** The heading as printed (without the text run into it). */
  printed: string;
  /** Text printed after the heading on its own line, when it was run in. */
  rest: string;
}

/** Lower case, "&" as "and", "(s)" as "s", punctuation as spaces. */
export function headingKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/\(s\)/g, "s")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** How far into a line a run-in heading's colon or dash may stand. */
const RUN_IN_MAX = 80;
const DASHES = [" - ", " – ", " — "];

/**
 * A heading run into its text by a colon or a spaced dash ("Definition: ...",
 * "DUTIES - ..."): the head and the rest, by index search, not a lazy pattern.
 */
function splitRunIn(text: string): [string, string] | undefined {
  const at = [text.indexOf(":"), ...DASHES.map((dash) => text.indexOf(dash))]
    .filter((index) => index >= 2 && index <= RUN_IN_MAX)
    .sort((a, b) => a - b)[0];
  if (at === undefined) return undefined;
  const width = text[at] === ":" ? 1 : 3;
  const rest = text.slice(at + width).trim();
  return rest === "" ? undefined : [text.slice(0, at).trim(), rest];
}
const MAX_HEADING_WORDS = 9;
const HAS_LOWERCASE = /\p{Ll}/u;
const HAS_LETTERS = /\p{L}{2}/u;
/** Not a heading though in capitals: a note, a lead-in, a lone conjunction. */
const NOT_A_HEADING =
  /^(?:notes?\b|either\b|or\b|and\b|knowledge of|skills? in|abilit(?:y|ies) to)/i;

export class HeadingVocabulary {
  private readonly fields = new Map<string, SectionField>();
  /** Each synonym's key with the synonym as the profile spells it, for messages. */
  private readonly names = new Map<string, string>();

  constructor(profile: PublisherProfile) {
    // A profile's synonyms first: they win over a generic synonym of the same words.
    const extension = { extension: profile.extension?.headings ?? [] };
    for (const source of [extension, profile.headings, GENERIC_HEADINGS]) {
      for (const [field, names] of Object.entries(source) as [SectionField, string[]][]) {
        for (const name of names) {
          const key = headingKey(name);
          if (!this.fields.has(key)) this.fields.set(key, field);
          if (!this.names.has(key)) this.names.set(key, name);
        }
      }
    }
  }

  /** Every synonym, for the conservation check's vocabulary. */
  static phrases(profile: PublisherProfile): string[] {
    return [
      ...(profile.extension?.headings ?? []),
      ...Object.values(profile.headings),
      ...Object.values(GENERIC_HEADINGS),
    ].flat();
  }

  /**
   * The heading `text` is the start of, cut inside a word ("Class
   * Specification Hist", "GENERAL Q"): a line no heading is but that a
   * heading begins with, stopping where the heading goes on in the same word.
   * Undefined for a whole heading or one cut between words.
   */
  fragmentOf(text: string): string | undefined {
    const key = headingKey(text);
    if (
      key === "" ||
      this.fields.has(key) ||
      !/[a-z0-9]$/.test(key) ||
      !/\p{L}$/u.test(text.trim())
    )
      return undefined;
    for (const [name, printed] of this.names)
      if (name.startsWith(key) && /[a-z0-9]/.test(name[key.length] ?? "")) return printed;
    return undefined;
  }

  fieldOf(text: string): SectionField | undefined {
    return this.fields.get(headingKey(text));
  }

  headingAt(unit: Unit): FoundHeading | undefined {
    if (unit.role === "item") return undefined;
    const text = unit.text;
    const whole = this.fieldOf(text);
    if (whole) return { key: whole, printed: text, rest: "" };
    const runIn = splitRunIn(text);
    const runInField = runIn ? this.fieldOf(runIn[0]) : undefined;
    if (runIn && runInField) return { key: runInField, printed: runIn[0], rest: runIn[1] };
    const capitals = this.capitalsRunIn(text);
    if (capitals) return capitals;
    return looksLikeHeading(unit) ? { key: "unknown", printed: text, rest: "" } : undefined;
  }

  /** "DEFINITION This class ...": the longest opening run of capitalised words that is a synonym. */
  private capitalsRunIn(text: string): FoundHeading | undefined {
    const words = text.split(" ");
    for (let count = Math.min(MAX_HEADING_WORDS, words.length - 1); count >= 1; count--) {
      const printed = words.slice(0, count).join(" ");
      if (HAS_LOWERCASE.test(printed)) continue;
      const field = this.fieldOf(printed);
      if (field) return { key: field, printed, rest: words.slice(count).join(" ") };
    }
    return undefined;
  }
}

/** A page heading, or a short line in capitals that ends no sentence. */
function looksLikeHeading(unit: Unit): boolean {
  const text = unit.text;
  if (NOT_A_HEADING.test(text) || !HAS_LETTERS.test(text)) return false;
  if (text.split(" ").length > MAX_HEADING_WORDS || /[.;,]$/.test(text)) return false;
  return unit.role === "heading" || !HAS_LOWERCASE.test(text);
}
