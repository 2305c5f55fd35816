/** Header and sections -> the `class-spec` body: each part read on its own, composed in order. */
import type { ClassSpecBody, Duty, Place, QualificationSet } from "../../../schemas/index.js";
import type { DocFile } from "../../file.js";
import { probationFacts } from "../../rules/probation.js";
import { joinLines } from "../../shared/joined.js";
import { type Pointer, specAt, TITLE_AT } from "../../shared/pointer.js";
import { placeOf, unclaimedRuns } from "../../shared/provenance.js";
import { type Read, ReadBuilder, Readings } from "../../shared/read.js";
import type { Interpretation, Line } from "../../types.js";
import { readHeader } from "./header.js";
import { linePlace, readHeaderFields, SOURCE, warnValue } from "./header-fields.js";
import { SECTIONS, type SectionKey } from "./layout.js";
import { dutiesOf, itemsOf, linesOf, proseOf, readSection, type SectionText } from "./prose.js";
import { type Layout, splitSections } from "./sections.js";
import { checkClosing } from "./truncation.js";

/** A sentence that opens with "Note:" is a notice, not a value. */
const NOTE_SENTENCE = /^notes?\s*:/i;

type Reading<T> = Read<T, Line>;
type Substitutions = QualificationSet["substitutions"];

/** Pages and lines a number key tells apart: a page below 2^20, a line below 2^32 (a sum below 2^53). */
const KEY_PAGES = 2 ** 20;
const KEY_LINES = 2 ** 32;

/**
 * Identity of a line for claims: synthetic copies of a line (a heading's tail) claim the original.
 * A number for every real page and line (one per pair, and no string equals it); a string
 * (`page:line`) otherwise. Every line is claimed or looked up by it, and a string per line
 * was built and hashed twice.
 */
function lineKey(line: Line): number | string {
  const page = line.page ?? 0;
  const at = line.line;
  if (
    Number.isInteger(page) &&
    Number.isInteger(at) &&
    page >= 0 &&
    page < KEY_PAGES &&
    at >= 0 &&
    at < KEY_LINES
  )
    return page * KEY_LINES + at;
  return `${page}:${at}`;
}

export function interpretKentucky(
  lines: readonly Line[],
  file: DocFile,
): Interpretation<"class-spec"> | undefined {
  const layout = splitSections(lines, file);
  const header = readHeader(layout.header);
  const jobNumber = header.labels.jobNumber?.text;
  for (const { label, text, expected, line } of header.unreadable)
    warnValue(file, label, text, expected, line);
  if (!jobNumber || !header.title) {
    const missing = [!header.title && "class title", !jobNumber && "Job Number"]
      .filter(Boolean)
      .join(" and ");
    file.fail(
      "missing-identity",
      `Unexpected Kentucky spec without a ${missing}, expected both in the header block`,
    );
    return undefined;
  }
  if (isTruncated(layout)) {
    file.fail(
      "truncated-input",
      "Unexpected end of document before the closing statement with required sections missing, expected a complete spec",
    );
    return undefined;
  }
  checkClosing(layout, lines, file);

  const readings = new Readings<Line>(lineKey);
  // A long title wraps: its place spans every line it was read from. Set first, so it leads the provenance.
  readings.place(
    TITLE_AT,
    placeOf([header.title.line, ...header.titleLines]) ?? linePlace(header.title.line),
  );
  readings.claim(header.claimed);
  reportMissingSections(layout, file);

  const fields = readings.take(readHeaderFields(header, jobNumber, file));
  const { probation, source } = readings.take(readProbation(layout, file));
  const definition = readings.take(readProse(layout, "characteristics", specAt("definition")));
  // The heading above EDUCATION and EXPERIENCE holds no text of its own: any there is unmapped.
  readings.take(readSectionOf(layout, "minimumRequirements", false));
  const education = readings.take(
    readProse(layout, "education", specAt("qualifications", "minimum", "education")),
  );
  const experience = readings.take(
    readProse(layout, "experience", specAt("qualifications", "minimum", "experience")),
  );
  const substitutions = readings.take(readSubstitutions(layout));
  const special = readings.take(
    readProse(layout, "specialRequirements", specAt("qualifications", "special")),
  );
  const duties = readings.take(readDuties(layout));
  const physical = readings.take(
    readProse(layout, "physicalRequirements", specAt("conditions", "physical")),
  );
  const working = readings.take(
    readProse(layout, "workingConditions", specAt("conditions", "working")),
  );
  const additionalRequirements = readings.take(readAdditional(layout));
  readings.take(readNotesAndClosing(layout));
  readings.notices.forEach((notice, index) => {
    readings.place(specAt("notices", index), placeOf(notice.from));
  });

  // Keys in the schema's order (the emitted JSON follows it); what Kentucky never prints is empty.
  const body: ClassSpecBody = {
    codes: fields.codes,
    group: fields.group,
    pay: fields.pay,
    dates: fields.dates,
    definition,
    distinguishingCharacteristics: null,
    duties,
    knowledgeSkillsAbilities: [],
    qualifications: {
      minimum: {
        text: null,
        education,
        experience,
        alternatives: [],
        substitutions,
        notes: [],
      },
      desirable: null,
      preferred: null,
      licenses: [],
      special,
      legal: null,
    },
    probation,
    conditions: { working, physical },
    classification: { flsa: null, bargainingUnit: null, eeoCategory: null },
    additionalRequirements,
    notices: readings.notices.map((notice) => notice.text),
    extensions: {},
  };
  return {
    kind: "class-spec",
    id: `us-ky/class/${jobNumber.toLowerCase()}`,
    title: header.title.text,
    body,
    provenance: readings.provenance,
    unmapped: unclaimedRuns(lines, (line) => readings.isClaimed(line)),
    sources: source ? { probation: source } : {},
  };
}

/**
 * A section's text: its heading claimed, its content too unless
 * `claimContent` is false (content is then claimed only by a field that
 * takes it); the family's preamble is a notice.
 */
function readSectionOf(
  layout: Layout,
  key: SectionKey,
  claimContent = true,
): Reading<SectionText | undefined> {
  const read = new ReadBuilder<Line>();
  const section = layout.sections.get(key);
  if (!section) return read.done(undefined);
  read.claim(...section.headingLines);
  if (claimContent) read.claim(...section.content);
  const text = readSection(section.definition, section.content);
  if (text.preamble) read.notice(text.preamble.text, ...text.preamble.lines);
  return read.done(text);
}

/** A section read as one prose value; its place is the paragraphs, or the whole content when it says none. */
function readProse(layout: Layout, key: SectionKey, at: Pointer): Reading<string | null> {
  const read = new ReadBuilder<Line>();
  const text = read.take(readSectionOf(layout, key));
  const value = text ? proseOf(text.paragraphs) : null;
  if (text && value !== null) read.place(at, placeOf(linesOf(text.paragraphs)));
  else if (text) read.place(at, placeOf(layout.sections.get(key)?.content ?? []));
  return read.done(value);
}

function readSubstitutions(layout: Layout): Reading<Substitutions> {
  const read = new ReadBuilder<Line>();
  const substitutions: Substitutions = [];
  for (const [key, direction] of [
    ["educationForExperience", "education-for-experience"],
    ["experienceForEducation", "experience-for-education"],
  ] as const) {
    const text = read.take(readSectionOf(layout, key));
    if (!text || text.none) continue;
    const index = substitutions.length;
    substitutions.push({ direction, text: proseOf(text.paragraphs) ?? "" });
    const heading = layout.sections.get(key)?.heading;
    read.place(
      specAt("qualifications", "minimum", "substitutions", index, "direction"),
      placeOf(heading ? [heading] : []),
    );
    read.place(
      specAt("qualifications", "minimum", "substitutions", index, "text"),
      placeOf(linesOf(text.paragraphs)),
    );
  }
  return read.done(substitutions);
}

function readDuties(layout: Layout): Reading<Duty[]> {
  const read = new ReadBuilder<Line>();
  const text = read.take(readSectionOf(layout, "duties"));
  const duties: Duty[] = [];
  for (const duty of text ? dutiesOf(text.paragraphs) : []) {
    // A note run into the duties ("... other units. Note: incumbents may ...") is a notice.
    if (NOTE_SENTENCE.test(duty.text)) {
      read.notice(duty.text, ...duty.lines);
      continue;
    }
    read.place(specAt("duties", duties.length, "text"), placeOf(duty.lines));
    duties.push({ text: duty.text });
  }
  return read.done(duties);
}

function readAdditional(layout: Layout): Reading<string[]> {
  const read = new ReadBuilder<Line>();
  const text = read.take(readSectionOf(layout, "additionalRequirements"));
  const items: string[] = [];
  for (const paragraph of itemsOf(text?.paragraphs ?? [])) {
    read.place(specAt("additionalRequirements", items.length), placeOf(paragraph.lines));
    items.push(paragraph.text);
  }
  return read.done(items);
}

/** `NOTE:` paragraphs wherever they stand, then the closing statement: notices. */
function readNotesAndClosing(layout: Layout): Reading<void> {
  const read = new ReadBuilder<Line>();
  for (const note of layout.notes) {
    read.claim(...note);
    read.notice(joinLines(note).text, ...note);
  }
  const closing = read.take(readSectionOf(layout, "closing"));
  for (const paragraph of closing?.paragraphs ?? [])
    read.notice(paragraph.text, ...paragraph.lines);
  return read.done(undefined);
}

interface Probation {
  probation: ClassSpecBody["probation"];
  /** The sentence the probation rule quotes, when a period was read from it. */
  source?: { text: string; place: Place };
}

/** Probation text no period was read from stays unmapped, not silently claimed. */
function readProbation(layout: Layout, file: DocFile): Reading<Probation> {
  const read = new ReadBuilder<Line>();
  const text = read.take(readSectionOf(layout, "probation", false));
  const found = text ? probationOf(text, file) : undefined;
  if (found) {
    for (const key of ["initialMonths", "promotionalMonths", "reference"] as const)
      read.place(specAt("probation", key), found.source.place);
  }
  if (found || text?.none) read.claim(...(layout.sections.get("probation")?.content ?? []));
  return read.done(found ?? { probation: null });
}

function probationOf(text: SectionText, file: DocFile): Required<Probation> | undefined {
  const joined = text.paragraphs.map((piece) => piece.text).join(" ");
  const facts = probationFacts(joined);
  const place = placeOf(linesOf(text.paragraphs));
  if (facts.initialMonths === undefined && facts.promotionalMonths === undefined) {
    if (!text.none) {
      file.warn(
        "probation-unreadable",
        `Unexpected probation text "${joined.slice(0, 60)}", expected "probationary period of N months"`,
        {
          place,
          source: SOURCE,
        },
      );
    }
    return undefined;
  }
  if (!place) return undefined;
  const probation = {
    initialMonths: facts.initialMonths ?? facts.promotionalMonths ?? 0,
    promotionalMonths: facts.promotionalMonths ?? facts.initialMonths ?? 0,
    reference: facts.reference,
  };
  return { probation, source: { text: joined, place } };
}

function reportMissingSections(layout: Layout, file: DocFile): void {
  for (const definition of SECTIONS) {
    if (!definition.required || layout.sections.has(definition.key)) continue;
    file.error(
      "missing-section",
      `Unexpected spec without its ${definition.name} section, expected one`,
      {
        source: SOURCE,
      },
    );
  }
}

/**
 * Truncated: the family's closing statement never comes and required
 * sections are missing. A spec that only lacks a section in the middle is
 * read as partial instead.
 */
function isTruncated(layout: Layout): boolean {
  if (layout.sections.has("closing")) return false;
  return SECTIONS.some((definition) => definition.required && !layout.sections.has(definition.key));
}
