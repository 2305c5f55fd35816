/**
 * The generic class-spec reader: any publisher's class spec, in any format,
 * read through a `PublisherProfile` (data) into the neutral class-spec body.
 * Furniture is stripped, labels read, the title found, the rest split at the
 * headings the vocabulary knows and each section read by its field; text
 * before the first heading is placed by content (fallback.ts). Every part
 * claims the lines it read; what none claims is `unmapped`.
 */
import type { ClassCode, ClassSpecBody } from "../../../schemas/class-spec.js";
import type { Jurisdiction, Place, Unmapped } from "../../../schemas/index.js";
import type { DocFile } from "../../file.js";
import { wrapWidth } from "../../shared/joined.js";
import { TITLE_AT } from "../../shared/pointer.js";
import { placeOf, unclaimedRuns } from "../../shared/provenance.js";
import { Readings } from "../../shared/read.js";
import { splitAtHeadings } from "../../shared/sections.js";
import { boundedSlug } from "../../shared/slug.js";
import type { Extracted, Line } from "../../types.js";
import { agencyOf } from "./agency.js";
import { neutralAt } from "./at.js";
import { readExtension } from "./extension.js";
import { guessPieces } from "./fallback.js";
import { findFurniture, isFurniture } from "./furniture.js";
import { type FoundHeading, HeadingVocabulary, type SectionKey } from "./headings.js";
import { labelTableAt } from "./label-table.js";
import { Labels, type LabelValue } from "./labels.js";
import { type Piece, piecesOf } from "./pieces.js";
import type { PublisherProfile } from "./profile.js";
import { readBody, type SectionPieces } from "./sections.js";
import { checkTruncation } from "./truncation.js";
import type { Unit } from "./units.js";
import { unitsOf } from "./units.js";

export interface Furniture {
  text: string;
  place: Place;
}

export interface GenericReading {
  kind: "class-spec";
  id: string;
  title: string;
  jurisdiction: Jurisdiction | null;
  body: ClassSpecBody;
  provenance: Record<string, Place>;
  unmapped: Unmapped[];
  /** Web-page chrome stripped from the body: held by the conservation stage, named in a diagnostic. */
  furniture: Furniture[];
}

export interface ReadOptions {
  /** The jurisdiction a caller names (`--jurisdiction us-wa`): the generic profile's, when set. */
  jurisdiction?: Jurisdiction | undefined;
  /** The id prefix of a locality read from the page's agency line (`us-or-cascade-ridge`). */
  idPrefix?: string | undefined;
}

const TITLE_MAX_WORDS = 15;

/** The title: a title label, else the first page heading, else the first short line above the first section. */
function findTitle(
  units: readonly Unit[],
  skip: (unit: Unit) => boolean,
  headings: HeadingVocabulary,
): number {
  const candidates = units
    .map((unit, index) => ({ unit, index }))
    .filter(({ unit }) => !skip(unit) && unit.role !== "item");
  const firstSection = candidates.find(
    ({ unit }) =>
      headings.headingAt(unit)?.key !== undefined && headings.headingAt(unit)?.key !== "unknown",
  );
  const above = candidates.filter(({ index }) => index < (firstSection?.index ?? units.length));
  const pageHeading = above.find(({ unit }) => unit.role === "heading");
  if (pageHeading) return pageHeading.index;
  const line = above.find(
    ({ unit }) => unit.text.split(" ").length <= TITLE_MAX_WORDS && !/[.;:]$/.test(unit.text),
  );
  return line?.index ?? -1;
}

export function readClassSpec(
  extracted: Extracted,
  file: DocFile,
  profile: PublisherProfile,
  options: ReadOptions = {},
  units: readonly Unit[] = unitsOf(extracted),
): GenericReading | undefined {
  const headings = new HeadingVocabulary(profile);
  const labels = new Labels(profile);
  const readings = new Readings<Line>();

  // Labels first: a label line is no heading, no title and no content.
  const labelled = new Map<Unit, LabelValue[]>();
  const values: LabelValue[] = [];
  for (let index = 0; index < units.length; index++) {
    const unit = units[index] as Unit;
    if (isFurniture(profile, unit.text) || labelled.has(unit)) continue;
    const table = labelTableAt(labels, units, index);
    const read = table?.rows[0] ?? labels.read(unit) ?? labels.readWrapped(unit, units[index + 1]);
    const pair = read ? undefined : labels.readPair(unit, units[index + 1]);
    for (const value of read ?? (pair ? [pair] : [])) {
      values.push(value);
      for (const part of value.units) labelled.set(part, [...(labelled.get(part) ?? []), value]);
    }
  }

  const agency = agencyOf(profile, units);
  const titleLabel = values.find((value) => value.spec.field === "title");
  const titleAt = titleLabel
    ? units.indexOf(titleLabel.units[0] as Unit)
    : findTitle(
        units,
        (unit) => labelled.has(unit) || unit === agency?.unit || isFurniture(profile, unit.text),
        headings,
      );
  const titleUnit = titleLabel ? undefined : units[titleAt];
  const title = titleLabel?.value ?? titleUnit?.text;
  if (!title) {
    file.fail(
      "missing-identity",
      "Unexpected class spec without a title, expected a title label, a page heading or a title line above the first section",
    );
    return undefined;
  }
  readings.place(
    TITLE_AT,
    placeOf((titleLabel?.units ?? [titleUnit as Unit]).map((unit) => unit.line)),
  );
  if (titleUnit) readings.claim([titleUnit.line]);
  // A title read from a label and printed again as the class's heading: the same title.
  const titleAgain = titleLabel
    ? units.find((unit) => !labelled.has(unit) && unit.text.toLowerCase() === title.toLowerCase())
    : undefined;
  if (titleAgain) readings.claim([titleAgain.line]);
  const series = seriesHeading(units, titleAt, labelled);
  if (series) {
    values.push({
      spec: { field: "group", names: [] },
      label: "Series",
      value: series.text,
      units: [series],
    });
    labelled.set(series, []);
  }

  const furniture = findFurniture(profile, units, titleAt < 0 ? 0 : titleAt);
  if (agency) furniture.add(agency.unit);
  const notices: Piece[] = [];
  const flow: Unit[] = [];
  for (let index = 0; index < units.length; index++) {
    const unit = units[index] as Unit;
    if (furniture.has(unit) || labelled.has(unit) || unit === titleUnit || unit === titleAgain)
      continue;
    if (profile.notices.some((pattern) => pattern.test(unit.text))) {
      // A notice runs to the end of its paragraph (text and PDF wrap it over several lines).
      const paragraph = [unit];
      for (let next = units[index + 1]; next && !next.blankBefore && next.role === "text"; ) {
        paragraph.push(next);
        index++;
        next = units[index + 1];
      }
      notices.push(...piecesOf(paragraph, false));
      continue;
    }
    flow.push(unit);
  }
  checkTruncation(extracted, profile, headings, units, furniture, new Set(labelled.keys()), file);
  for (const unit of labelled.keys()) readings.claim([unit.line]);
  for (const unit of furniture) readings.claim([unit.line]);

  let seenKnown = false;
  let openKey: SectionKey | undefined;
  /** Headings of the field already open ("MINIMUM QUALIFICATIONS" then "Education and Experience:"). */
  const continuing = new Set<FoundHeading>();
  const split = splitAtHeadings<Unit, SectionKey, FoundHeading>(flow, {
    headingAt: (all, index) => {
      const found = headings.headingAt(all[index] as Unit);
      if (found?.key === "unknown" && !seenKnown) return undefined;
      // In a section of labelled paragraphs, "WORKING CONDITIONS: Requires ..." is one of them.
      if (found && openKey === "extension" && found.rest !== "") return undefined;
      if (found && found.key !== "unknown") seenKnown = true;
      if (found && found.key === openKey && found.key !== "unknown") continuing.add(found);
      if (found) openKey = found.key;
      return found;
    },
    contentOf: (found, heading) => {
      const first = heading[0];
      return first && found.rest !== "" ? [{ ...first, text: found.rest, role: "text" }] : [];
    },
  });

  // A section of two short lines shows no margin: the document's longest line does.
  const width = wrapWidth(flow);
  const sections: SectionPieces = new Map();
  for (const [key, section] of split.sections) {
    if (key === "unknown") continue;
    const more = split.repeated.filter((repeat) => continuing.has(repeat.found));
    const units = [section, ...more.filter((repeat) => repeat.found.key === key)];
    sections.set(key, {
      heading: units.flatMap((part) => part.heading),
      pieces: units.flatMap((part) => piecesOf(part.content, LIST_FIELDS.has(key), width)),
    });
  }
  for (const section of [...split.sections.values(), ...split.repeated]) {
    if (section.found.key !== "unknown") continue;
    file.warn(
      "unknown-section",
      `Unexpected section heading "${section.found.printed}" that no class-spec field has, expected one of the headings in docs/publishers.md; its text is unmapped`,
      { place: placeOf(section.heading.map((unit) => unit.line)), source: profile.name },
    );
  }
  // Text above the first heading, placed by what it reads as, where its field has no section.
  const preamble = piecesOf(split.preamble, false, width);
  guessPieces(preamble).forEach((found, index) => {
    const piece = preamble[index] as Piece;
    // A page that lost its Definition heading: its first paragraph opens with a verb as duties
    // do ("Performs ..."), but with the duties under their own heading it is the definition.
    const lostDefinition =
      index === 0 &&
      found === "duties" &&
      piece.units[0]?.role !== "item" &&
      sections.has("duties") &&
      !sections.has("definition");
    const guess = lostDefinition ? "definition" : found;
    if (!guess || (sections.has(guess) && !sections.get(guess)?.guessed)) return;
    const section = sections.get(guess) ?? { heading: [], pieces: [], guessed: true };
    section.pieces.push(piece);
    sections.set(guess, section);
  });

  const body = readings.take(readBody(sections, notices, values));
  body.extensions = readings.take(readExtension(profile, sections));
  body.notices = readings.notices.map((notice) => notice.text);
  readings.notices.forEach((notice, index) => {
    readings.place(neutralAt("notices", index), placeOf(notice.from));
  });
  const reading = finish(
    extracted,
    file,
    profile,
    // A jurisdiction the caller names wins over the page's agency line.
    agency && options.jurisdiction === undefined ? { ...options, ...agency.options } : options,
    readings,
    body,
    title,
  );
  reading.furniture = units
    .filter((unit) => furniture.has(unit))
    .map((unit) => ({
      text: unit.text,
      place: placeOf([unit.line]) as Place,
    }));
  return reading;
}

/** A page heading above the title that names the class's series ("WATERWAYS TECHNICIAN SERIES"). */
function seriesHeading(
  units: readonly Unit[],
  titleAt: number,
  labelled: ReadonlyMap<Unit, unknown>,
): Unit | undefined {
  return units
    .slice(0, Math.max(0, titleAt))
    .find(
      (unit) =>
        !labelled.has(unit) &&
        unit.role !== "item" &&
        /\bseries$/i.test(unit.text) &&
        unit.text.split(" ").length <= TITLE_MAX_WORDS &&
        !/\p{Ll}/u.test(unit.text),
    );
}

const LIST_FIELDS = new Set<SectionKey>([
  "duties",
  "knowledgeSkillsAbilities",
  "licenses",
  "history",
]);

function idOf(
  profile: PublisherProfile,
  jurisdiction: Jurisdiction | null,
  title: string,
  codes: readonly ClassCode[],
  idPrefix: string | undefined,
): string {
  const prefix =
    profile.jurisdiction !== null
      ? profile.idPrefix
      : (idPrefix ?? jurisdiction?.code.toLowerCase() ?? profile.idPrefix);
  const code = profile.idCode
    ? codes.find((candidate) => candidate.scheme === profile.idCode)
    : undefined;
  const part = code && profile.idCodePart ? profile.idCodePart.exec(code.value)?.[0] : undefined;
  if (code) return `${prefix}/class/${boundedSlug(part ?? code.value, "class")}`;
  const first = codes[0];
  const slug = boundedSlug(first ? `${title} ${first.value}` : title, "class");
  return `${prefix}/class/${slug}`;
}

function finish(
  extracted: Extracted,
  file: DocFile,
  profile: PublisherProfile,
  options: ReadOptions,
  readings: Readings<Line>,
  body: ClassSpecBody,
  title: string,
): GenericReading {
  const jurisdiction = profile.jurisdiction ?? options.jurisdiction ?? null;
  const missing = [
    body.definition === null && body.duties.length === 0 && "a definition or duties",
    // Desirable requirements or licences alone are qualifications too (Illinois prints no minimum for many classes).
    Object.values(body.qualifications).every(
      (value) => value === null || (Array.isArray(value) && value.length === 0),
    ) && "qualifications",
  ].filter((part): part is string => typeof part === "string");
  for (const part of missing)
    file.error(
      "missing-section",
      `Unexpected class spec without ${part}, expected a section or paragraphs that read as one`,
      { source: profile.name },
    );
  return {
    kind: "class-spec",
    id: idOf(profile, jurisdiction, title, body.codes, options.idPrefix),
    title,
    jurisdiction,
    body,
    provenance: readings.provenance,
    unmapped: unclaimedRuns(extracted.lines, (line) => readings.isClaimed(line)),
    furniture: [],
  };
}
