/**
 * Lines -> the header block and the headed sections. Each section keeps its
 * heading line and its content lines; text after a heading on the same line
 * is content (the export prints preambles there).
 */
import type { DocFile } from "../../file.js";
import { PARAGRAPH_END } from "../../shared/joined.js";
import { splitAtHeadings } from "../../shared/sections.js";
import { collapseWhitespace } from "../../shared/text.js";
import type { Line } from "../../types.js";
import { NONE, SECTIONS, type SectionDefinition, type SectionKey } from "./layout.js";
import { BULLET } from "./prose.js";

export interface Section {
  definition: SectionDefinition;
  /** First line of the heading. */
  heading: Line;
  /** Every line the heading spans (a narrow wrap can break it in two). */
  headingLines: Line[];
  content: Line[];
}

export interface Layout {
  header: Line[];
  sections: Map<SectionKey, Section>;
  /** Second copies of a section: not read, reported, kept as unmapped text. */
  duplicates: Section[];
  /** `NOTE:` paragraphs, wherever they stand: notices, never a field's text. */
  notes: Line[][];
}

/** A heading pattern that starts with a literal word: "^MINIMUM REQUIREMENTS..." -> "MINIMUM". */
const PATTERN_FIRST_WORD = /^\^([A-Za-z]+)\b/;
/** The line's first word, leading whitespace skipped. */
const FIRST_WORD = /^\s*([A-Za-z]+)/;

/**
 * The words a heading can start with, read from the patterns. Nearly every
 * line opens no section, and one set look-up answers that instead of a
 * dozen regexes; undefined (look at every line) if a pattern starts otherwise.
 */
const HEADING_FIRST_WORDS: ReadonlySet<string> | undefined = (() => {
  const words = SECTIONS.map((definition) =>
    PATTERN_FIRST_WORD.exec(definition.heading.source)?.[1]?.toUpperCase(),
  );
  return words.every((word) => word !== undefined) ? new Set(words) : undefined;
})();

/** How long those first words are: most lines' first word has another length, and is not copied. */
const HEADING_FIRST_WORD_LENGTHS: ReadonlySet<number> = new Set(
  [...(HEADING_FIRST_WORDS ?? [])].map((word) => word.length),
);

/** An ASCII letter's code. */
function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** ASCII characters `\s` matches: tab, line feed, vertical tab, form feed, return, space. */
function isAsciiSpace(code: number): boolean {
  return (code >= 9 && code <= 13) || code === 32;
}

/** Whether a raw line can open a section (on its own or with the next line): its first word can. */
function mayOpenSection(raw: string): boolean {
  if (!HEADING_FIRST_WORDS) return true;
  const code = raw.charCodeAt(0);
  let first: string | undefined;
  if (isAsciiLetter(code)) {
    // Nearly every line starts at its first word: it is read here without a regex.
    let end = 1;
    while (end < raw.length && isAsciiLetter(raw.charCodeAt(end))) end++;
    if (!HEADING_FIRST_WORD_LENGTHS.has(end)) return false;
    first = raw.slice(0, end);
  } else if (code < 128 && !isAsciiSpace(code)) {
    // Neither a letter nor white space: no word opens the line.
    return false;
  } else {
    first = FIRST_WORD.exec(raw)?.[1];
  }
  return first !== undefined && HEADING_FIRST_WORDS.has(first.toUpperCase());
}

/** The section a line opens, and the rest of the line after the heading. */
function headingIn(
  text: string,
): { definition: SectionDefinition; rest: string; end: number } | undefined {
  for (const definition of SECTIONS) {
    const match = definition.heading.exec(text);
    if (match) {
      // The whitespace after the heading is skipped here, not by the pattern: `[^:]{0,80}:\s*`
      // is too large an automaton for the ReDoS analyser to prove linear.
      const end = text.length - text.slice(match[0].length).trimStart().length;
      return { definition, rest: definition.headingIsContent ? text : text.slice(end), end };
    }
  }
  return undefined;
}

/** A line of capitals without a colon may be the first half of a heading the wrap broke. */
const HEADING_START = /^[A-Z][A-Z (),.'&/-]{5,}$/;

interface Found {
  definition: SectionDefinition;
  rest: string;
  /** How many lines the heading takes: 1, or 2 when broken across lines. */
  span: 1 | 2;
  /** A heading wrapped in a label column: the text printed beside each of its lines. */
  beside?: [string, string];
}

/** What a PDF row holds between a label column and a value column (extract/pdf COLUMN_BREAK). */
const COLUMN_BREAK = "\t";

function columnsOf(text: string): { label: string; value: string } {
  const at = text.indexOf(COLUMN_BREAK);
  if (at === -1) return { label: collapseWhitespace(text), value: "" };
  return {
    label: collapseWhitespace(text.slice(0, at)),
    value: collapseWhitespace(text.slice(at + 1)),
  };
}

/**
 * A heading wrapped in a narrow label column with its text in the value
 * column beside it ("UNIQUE PHYSICAL<tab>Must be able to" /
 * "REQUIREMENTS:<tab>lift 50 pounds."): the two label parts make the heading.
 */
function labelColumnHeadingAt(lines: readonly Line[], index: number): Found | undefined {
  const first = lines[index]?.text ?? "";
  const second = lines[index + 1]?.text;
  if (second === undefined || !first.includes(COLUMN_BREAK)) return undefined;
  const top = columnsOf(first);
  const bottom = columnsOf(second);
  if (!HEADING_START.test(top.label) || bottom.label === "") return undefined;
  const joined = headingIn(`${top.label} ${bottom.label}`);
  if (joined?.rest !== "" || joined.definition.headingIsContent) return undefined;
  return { definition: joined.definition, rest: "", span: 2, beside: [top.value, bottom.value] };
}

/** The heading that starts at lines[index], on one line or across two. */
function headingAt(lines: readonly Line[], index: number): Found | undefined {
  const raw = lines[index]?.text ?? "";
  if (!mayOpenSection(raw)) return undefined;
  const text = collapseWhitespace(raw);
  const single = headingIn(text);
  if (single) return { definition: single.definition, rest: single.rest, span: 1 };
  const inColumn = labelColumnHeadingAt(lines, index);
  if (inColumn) return inColumn;
  const next = lines[index + 1];
  if (!next || !HEADING_START.test(text)) return undefined;
  const joined = headingIn(`${text} ${collapseWhitespace(next.text)}`);
  // Only a heading that really continues onto the next line counts.
  if (!joined || joined.end <= text.length + 1 || joined.definition.headingIsContent)
    return undefined;
  return { definition: joined.definition, rest: joined.rest, span: 2 };
}

/** A note paragraph opens with "NOTE:" (or "Notes:"). */
const NOTE = /^\s*notes?\s*:/i;
/** A line that ends a sentence ends a note: the lines after it are the section's again. */
const SENTENCE_END = /[.!?]["')\]\u201d\u2019]*$/;
/** The label alone, its text still to come ("NOTE:" on a line of its own). */
const NOTE_LABEL_ONLY = /^\s*notes?\s*:\s*$/i;

/**
 * Whether `line` no longer belongs to the open note: a blank line, a list
 * item (a bullet below a note is the section's next item), or the note's
 * sentence ended on the line before. A label alone waits for its text.
 */
function endsNote(note: readonly Line[], line: Line): boolean {
  if (note.length === 1 && NOTE_LABEL_ONLY.test(note[0]?.text ?? "")) return false;
  const last = note[note.length - 1]?.text.trimEnd() ?? "";
  return line.text.trim() === "" || BULLET.test(line.text) || SENTENCE_END.test(last);
}

/** Capitals ending in a colon ("SELECTIVE CERTIFICATION:"), on whitespace-collapsed text; text may follow. */
const CAPITALS_COLON = /^([A-Z][A-Z0-9,&'()/-]*(?: [A-Z0-9,&'()/-]+)*) ?:/;
/** A stand-alone line of two to eight capital words, no sentence ("AREAS FOR EVALUATION"). */
const CAPITALS_LINE = /^[A-Z][A-Z,&'()/-]*(?: [A-Z0-9,&'()/-]+){1,7}$/;
const LETTERS = /[A-Z].*[A-Z]/;
/** The first character past leading whitespace is a capital. */
const OPENS_WITH_CAPITAL = /^\s*[A-Z]/;

/**
 * The name of a heading no section of the layout has, or undefined. A
 * heading stands at the start of its block: a capitals line without a colon
 * counts only after a blank line or a line that ends a sentence or list
 * item, so a wrapped line of capitals inside a sentence is never taken for one.
 */
function unknownHeadingAt(lines: readonly Line[], index: number): string | undefined {
  const raw = lines[index]?.text ?? "";
  // Both shapes open with a capital: most lines are prose, tested no further.
  if (!OPENS_WITH_CAPITAL.test(raw)) return undefined;
  const text = collapseWhitespace(raw);
  if (text === "" || NONE.test(text)) return undefined;
  const colon = CAPITALS_COLON.exec(text);
  if (colon?.[1] && LETTERS.test(colon[1])) return colon[1];
  const previous = lines[index - 1]?.text.trim() ?? "";
  const startsBlock = previous === "" || PARAGRAPH_END.test(previous);
  if (startsBlock && CAPITALS_LINE.test(text)) return text;
  return mixedCaseHeading(text, previous, () => (lines[index + 1]?.text.trim() ?? "") === "");
}

/** Words a title-case heading leaves in lower case ("Conditions of Employment"). */
const MINOR_WORD = /^(?:a|an|and|as|at|by|for|in|of|on|or|the|to|with)$/;
/** A capitalized word of a heading (a "/", "&" or bracket may be part of it). */
const TITLE_WORD = /^[A-Z][A-Za-z'\u2019&/()-]*$/;
/** A heading is short; a longer line is a sentence or a list item. */
const HEADING_MAX_WORDS = 6;
/** A label run into its paragraph: one to four words and a colon ("Selective certification: applicants ..."). */
const RUN_IN_LABEL = /^([A-Z][a-z'\u2019]+(?: [A-Za-z'\u2019]+){0,3}):\s+\S/;

function isTitleCase(text: string): boolean {
  // A line of more words than a heading has (most of them) is not split to say so.
  let spaces = 0;
  for (let at = text.indexOf(" "); at !== -1; at = text.indexOf(" ", at + 1))
    if (++spaces >= HEADING_MAX_WORDS) return false;
  const words = text.split(" ");
  return (
    words.length <= HEADING_MAX_WORDS &&
    TITLE_WORD.test(words[0] ?? "") &&
    words.every((word) => TITLE_WORD.test(word) || MINOR_WORD.test(word))
  );
}

/**
 * A heading printed in mixed case: a short title-case line ending in a colon
 * ("Supervisory Duties:"), one standing alone at the start of a block
 * ("Selective Certification"), or a short label run into the paragraph it
 * opens. A lead-in sentence ("Performs the following:") is not title case.
 */
function mixedCaseHeading(
  text: string,
  previous: string,
  nextIsBlank: () => boolean,
): string | undefined {
  if (text.endsWith(":")) {
    const name = text.slice(0, -1).trim();
    return isTitleCase(name) ? name : undefined;
  }
  // After a lead-in ending in ":" a short capitalized line is a list item, not a heading.
  const startsBlock = previous === "" || SENTENCE_END.test(previous);
  if (!startsBlock) return undefined;
  if (isTitleCase(text) && (text.includes(" ") || nextIsBlank())) return text;
  if (previous === "") return RUN_IN_LABEL.exec(text)?.[1];
  return undefined;
}

export function splitSections(lines: readonly Line[], file: DocFile): Layout {
  const notes: Line[][] = [];
  let note: Line[] | undefined;
  const endNote = () => {
    if (note) notes.push(note);
    note = undefined;
  };
  const split = splitAtHeadings<Line, SectionKey, Found & { key: SectionKey }>(lines, {
    headingAt(units, index) {
      const found = headingAt(units, index);
      return found && { ...found, key: found.definition.key };
    },
    contentOf(found, headingLines) {
      const content: Line[] = [];
      const last = headingLines[headingLines.length - 1] as Line;
      // The rest keeps its place on the heading's line: where it ends tells a short line (shared/joined).
      if (found.rest !== "")
        content.push({ ...last, text: found.rest.padStart(last.text.trimEnd().length) });
      found.beside?.forEach((text, offset) => {
        const at = headingLines[offset];
        if (at && text !== "") content.push({ ...at, text });
      });
      return content;
    },
    onHeading: endNote,
    route(line, index, open) {
      if (note && endsNote(note, line)) endNote();
      // Below the header and above the closing statement, a note or an unknown heading ends what
      // stands before it; the closing statement is itself all capitals and is not looked into.
      if (!open || open.found.definition.headingIsContent) return "content";
      if (note) {
        // Only blank lines below a label alone reach here; they are no part of the note.
        if (line.text.trim() !== "") note.push(line);
        return "aside";
      }
      if (NOTE.test(line.text)) {
        note = [line];
        return "aside";
      }
      const unknown = unknownHeadingAt(lines, index);
      if (unknown === undefined) return "content";
      file.warn(
        "unknown-section",
        `Unexpected section '${unknown}', expected a Kentucky section heading; its text is kept in unmapped`,
        { place: { startLine: line.line, page: line.page }, source: "kentucky" },
      );
      return "cut";
    },
    onRepeat(section, first) {
      const line = section.heading[0] as Line;
      const firstLine = first.heading[0] as Line;
      file.warn(
        "duplicate-section",
        `Unexpected second '${section.found.definition.name}' section, expected one; read the first`,
        {
          place: { startLine: line.line, page: line.page },
          related: [{ startLine: firstLine.line, page: firstLine.page }],
          source: "kentucky",
        },
      );
    },
  });
  endNote();
  const sectionOf = ({ found, heading, content }: (typeof split.repeated)[number]): Section => ({
    definition: found.definition,
    heading: heading[0] as Line,
    headingLines: heading,
    content,
  });
  const sections = new Map<SectionKey, Section>();
  for (const [key, section] of split.sections) sections.set(key, sectionOf(section));
  return { header: split.preamble, sections, duplicates: split.repeated.map(sectionOf), notes };
}
