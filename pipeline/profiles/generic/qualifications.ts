/**
 * A qualifications section -> a `QualificationSet`: NOTE paragraphs are
 * notes; "Education:" / "Experience:" paragraphs (or paragraphs that read as
 * one: "Graduation from ...", "Two years of experience ...") fill education
 * and experience; "Either 1. ... or 2. ..." gives the alternatives;
 * sentences that substitute ("may be substituted", "or equivalent") are
 * substitutions with their direction. The text keeps every paragraph but
 * the notes.
 */
import type { QualificationSet } from "../../../schemas/class-spec.js";
import { splitSentenceSpans } from "../../shared/sentences.js";
import { collapseWhitespace, trimCharacters } from "../../shared/text.js";
import { spaceRunStart } from "../../shared/whitespace.js";
import type { Piece } from "./pieces.js";

const NOTE = /^notes?\s*(?::|[-–—]\s)\s*/i;
const EDUCATION_LABEL = /^education\s*:\s*/i;
const EXPERIENCE_LABEL = /^experience\s*:\s*/i;
const READS_AS_EDUCATION =
  /^(?:requires\s+)?(?:graduation from|(?:a |an )?(?:bachelor'?s?|master'?s?|associate'?s?|doctoral|doctorate)\b|high school|completion of (?:a |\w+ years? of )?(?:college|degree|\d+ semester))/i;
const READS_AS_EXPERIENCE =
  /^(?:requires\s+)?(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)(?:\s*\(\d+\))?\s+(?:full-time\s+)?years?\b.*\bexperience\b|experience\b)/i;
/** A requirement that is a licence or certificate ("Requires possession of a valid driver's license."). */
const LICENCE =
  /^(?:requires\s+)?(?:registration as\b|(?:possession of|a valid|valid)\b.*\b(?:licen[cs]e|certificate|certification|registration)\b)/i;
const SUBSTITUTES =
  /\b(?:may be substituted|(?:may|will|can|shall) substitute|substitut(?:es|ed|ion)|in lieu of|or (?:any )?equivalent|any equivalent combination)\b/i;
/** Numbered alternatives: "1.", "(2)", "2)". */
const ALTERNATIVE = /(?:^|\s)(?:either\s+|or\s+)?\(?([1-9])[.)]\s+/gi;
const TRAILING_PUNCTUATION = new Set([" ", ",", ";"]);

/** "..., or" / "...; or" / "...;" -> "...": an alternative without the word that joins it to the next. */
function withoutTrailingOr(text: string): string {
  const trimmed = trimCharacters(text, TRAILING_PUNCTUATION);
  const bare = /(?:^|[^a-z])or$/i.test(trimmed) ? trimmed.slice(0, -2) : trimmed;
  return trimCharacters(bare, TRAILING_PUNCTUATION);
}
const EITHER_ALONE = /^either\s*:?$/i;
const OR_ALONE = /^or$/i;
const WORD = /\w/;
const OR_LEAD = /[\s,;]/;

/**
 * Where a piece's closing "or" (joining it to the next alternative: "One year
 * as ...; or") starts with the white space, commas and semicolons before it,
 * or -1: what `/[\s,;]*\bor\s*$/i` matched, read from the end (that pattern
 * was quadratic in a run of white space).
 */
export function trailingOrStart(text: string): number {
  const end = spaceRunStart(text, text.length);
  const or = end - 2;
  if (or < 0 || text.slice(or, end).toLowerCase() !== "or") return -1;
  if (or > 0 && WORD.test(text.charAt(or - 1))) return -1;
  let start = or;
  while (start > 0 && OR_LEAD.test(text.charAt(start - 1))) start--;
  return start;
}

function endsWithOr(text: string): boolean {
  return trailingOrStart(text) >= 0;
}

function withoutClosingOr(text: string): string {
  const start = trailingOrStart(text);
  return start < 0 ? text : text.slice(0, start);
}

/** The paragraphs on either side of lone "OR" lines (A, OR, B, OR, C), else none. */
function orSeparated(pieces: readonly Piece[]): Piece[] {
  const ors = pieces.flatMap((piece, index) => (OR_ALONE.test(piece.text) ? [index] : []));
  const alternating = ors.every(
    (at, index) => at > 0 && (index === 0 || at === (ors[index - 1] ?? 0) + 2),
  );
  if (ors.length === 0 || !alternating) return [];
  const chosen = [(ors[0] ?? 0) - 1, ...ors.map((at) => at + 1)].map((at) => pieces[at]);
  return chosen.every((piece) => piece !== undefined && !OR_ALONE.test(piece.text))
    ? (chosen as Piece[])
    : [];
}

/** A run of pieces each but the last ending in "or" (a list of "...; or" items): the run, else none. */
function orJoined(pieces: readonly Piece[]): Piece[] {
  const end = pieces.findIndex((piece) => !endsWithOr(piece.text));
  if (end < 1) return [];
  return pieces.slice(0, end + 1);
}

export interface ReadQualifications {
  set: QualificationSet;
  /** Pieces that require a licence or certificate: `qualifications.licenses`, not this set. */
  licences: Piece[];
  /** Which pieces each field was read from, for provenance. */
  from: {
    text: Piece[];
    education: Piece[];
    experience: Piece[];
    alternatives: Piece[][];
    substitutions: Piece[];
    notes: Piece[];
  };
}

type Subject = "education" | "experience";

function subjectOf(text: string): Subject | undefined {
  const education = /\b(?:education|college|degree|coursework|graduation|school)\b/i.test(text);
  const experience = /\bexperience\b/i.test(text);
  if (education === experience) return undefined;
  return education ? "education" : "experience";
}

const SUBSTITUTE_VERB =
  /\b(?:may be substituted|(?:may|will|can|shall) substitute|substitutes?|in lieu of)\b/i;
const OR_EQUIVALENT = /\bor (?:any )?equivalent\b/i;
const FOR = /\bfor\b/i;

/** `text` split around the first match of `pattern`, or undefined. */
function around(text: string, pattern: RegExp): [string, string] | undefined {
  const match = pattern.exec(text);
  if (!match) return undefined;
  return [text.slice(0, match.index), text.slice(match.index + match[0].length)];
}

/** "X may be substituted for Y": X stands in for Y. "Y or equivalent X": X stands in for Y. */
export function directionOf(
  sentence: string,
): "education-for-experience" | "experience-for-education" | "other" {
  let substitute: Subject | undefined;
  let replaced: Subject | undefined;
  const substituted = around(sentence, SUBSTITUTE_VERB);
  if (substituted) {
    const [before, after] = substituted;
    substitute = subjectOf(before);
    replaced = subjectOf(around(after, FOR)?.[1] ?? "") ?? subjectOf(after);
  } else {
    const [before, after] = around(sentence, OR_EQUIVALENT) ?? ["", ""];
    replaced = subjectOf(before);
    substitute = subjectOf(after) ?? (replaced === "education" ? "experience" : undefined);
  }
  if (substitute === "education" && replaced === "experience") return "education-for-experience";
  if (substitute === "experience" && replaced === "education") return "experience-for-education";
  return "other";
}

/** "Either I", "Or II", "Either 1", "Or (2)": a line that only opens an alternative. */
const ALTERNATIVE_OPENER = /^(?:either|or)\s*\(?(?:[IVX]+|\d+)[.)]?\s*:?$/i;

/** The alternatives between "Either I" / "Or II" lines, each the text of its pieces. */
function openedAlternatives(pieces: readonly Piece[]): Array<{ text: string; from: Piece[] }> {
  const out: Array<{ text: string; from: Piece[] }> = [];
  let open: Piece[] | undefined;
  for (const piece of pieces) {
    if (ALTERNATIVE_OPENER.test(piece.text)) {
      open = [];
      out.push({ text: "", from: open });
    } else open?.push(piece);
  }
  for (const alternative of out)
    alternative.text = alternative.from.map((piece) => piece.text).join("\n\n");
  return out.filter((alternative) => alternative.from.length > 0);
}

/**
 * The alternatives printed in the pieces: between "Either I" / "Or II" lines,
 * else numbered ("Either 1. ... or 2. ..."), whether each number opens a
 * piece of its own or stands inside one.
 */
function alternativesOf(pieces: readonly Piece[]): Array<{ text: string; from: Piece[] }> {
  const opened = openedAlternatives(pieces);
  if (opened.length >= 2) return opened;
  // Numbered items are alternatives when "Either" or a joining "or" says so, else requirements.
  const said = pieces.some((piece) => /\beither\b/i.test(piece.text) || endsWithOr(piece.text));
  const numbered = said ? numberedAlternatives(pieces) : [];
  if (numbered.length >= 2) return numbered;
  const joined = orJoined(pieces);
  if (joined.length >= 2)
    return joined.map((piece) => ({ text: withoutClosingOr(piece.text), from: [piece] }));
  const between = orSeparated(pieces);
  if (between.length >= 2)
    return between.map((piece) => ({ text: piece.text.replace(/[;,]$/, ""), from: [piece] }));
  // A page's list items print no number in its text: after "Either", each item is one.
  const items = pieces.filter((piece) => piece.units[0]?.role === "item" && !piece.marker);
  if (items.length >= 2 && pieces.some((piece) => EITHER_ALONE.test(piece.text)))
    return items.map((piece) => ({ text: withoutClosingOr(piece.text), from: [piece] }));
  return [];
}

/** "Either 1. ... or 2. ...": each number opens an alternative, in a piece of its own or inside one. */
function numberedAlternatives(pieces: readonly Piece[]): Array<{ text: string; from: Piece[] }> {
  let text = "";
  const starts: number[] = [];
  for (const piece of pieces) {
    if (text !== "") text += "\n";
    starts.push(text.length);
    text += piece.marker ? `${piece.marker} ${piece.text}` : piece.text;
  }
  const found = [...text.matchAll(ALTERNATIVE)];
  if (found.length < 2 || found[0]?.[1] !== "1") return [];
  const pieceAt = (offset: number) => {
    let index = 0;
    while (index + 1 < starts.length && (starts[index + 1] ?? 0) <= offset) index++;
    return index;
  };
  return found.map((start, index) => {
    const from = (start.index ?? 0) + start[0].length;
    const piece = pieceAt(from);
    // An alternative ends at the next one, or with the paragraph it is printed in.
    const to = Math.min(found[index + 1]?.index ?? text.length, starts[piece + 1] ?? text.length);
    return {
      text: withoutTrailingOr(collapseWhitespace(text.slice(from, to))),
      from: pieces.slice(piece, pieceAt(Math.max(from, to - 1)) + 1),
    };
  });
}

export function readQualifications(pieces: readonly Piece[]): ReadQualifications {
  const from: ReadQualifications["from"] = {
    text: [],
    education: [],
    experience: [],
    alternatives: [],
    substitutions: [],
    notes: [],
  };
  const set: QualificationSet = {
    text: null,
    education: null,
    experience: null,
    alternatives: [],
    substitutions: [],
    notes: [],
  };
  const education: string[] = [];
  const experience: string[] = [];
  const text: string[] = [];
  const unlabelled: Piece[] = [];
  const licences: Piece[] = [];
  for (const piece of pieces) {
    if (LICENCE.test(piece.text)) {
      licences.push(piece);
    } else if (NOTE.test(piece.text)) {
      set.notes.push(piece.text);
      from.notes.push(piece);
    } else if (EDUCATION_LABEL.test(piece.text)) {
      education.push(piece.text.replace(EDUCATION_LABEL, ""));
      from.education.push(piece);
    } else if (EXPERIENCE_LABEL.test(piece.text)) {
      experience.push(piece.text.replace(EXPERIENCE_LABEL, ""));
      from.experience.push(piece);
    } else {
      unlabelled.push(piece);
    }
  }
  // Unlabelled paragraphs split by what they read as only when every one reads as one or the other.
  const readAs = unlabelled.map((piece) =>
    READS_AS_EDUCATION.test(piece.text)
      ? "education"
      : READS_AS_EXPERIENCE.test(piece.text)
        ? "experience"
        : undefined,
  );
  const split = unlabelled.length > 0 && readAs.every((subject) => subject !== undefined);
  unlabelled.forEach((piece, index) => {
    if (split && readAs[index] === "education") {
      education.push(piece.text);
      from.education.push(piece);
    } else if (split) {
      experience.push(piece.text);
      from.experience.push(piece);
    } else {
      text.push(piece.text);
      from.text.push(piece);
    }
  });
  if (education.length > 0) set.education = education.join("\n\n");
  if (experience.length > 0) set.experience = experience.join("\n\n");
  if (text.length > 0) set.text = text.join("\n\n");
  for (const alternative of alternativesOf(pieces)) {
    set.alternatives.push(alternative.text);
    from.alternatives.push(alternative.from);
  }
  for (const piece of [...from.text, ...from.education, ...from.experience, ...from.notes]) {
    for (const span of splitSentenceSpans(piece.text)) {
      const sentence = piece.text.slice(span.start, span.end).replace(NOTE, "");
      if (!SUBSTITUTES.test(sentence)) continue;
      set.substitutions.push({ direction: directionOf(sentence), text: sentence });
      from.substitutions.push(piece);
    }
  }
  return { set, licences, from };
}
