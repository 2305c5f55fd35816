/**
 * Sections and labels -> the neutral class-spec body, each value placed at
 * the lines it was read from and every line it read claimed.
 */
import type {
  ClassSpecBody,
  KsaGroup,
  PayGrade,
  PayRange,
  PrintedDate,
  QualificationSet,
} from "../../../schemas/class-spec.js";
import { partialDate } from "../../shared/dates.js";
import { placeOf } from "../../shared/provenance.js";
import { type Read, ReadBuilder } from "../../shared/read.js";
import { splitSentenceSpans } from "../../shared/sentences.js";
import type { Line } from "../../types.js";
import { neutralAt } from "./at.js";
import type { SectionKey } from "./headings.js";
import { type LabelValue, withoutInitials } from "./labels.js";
import { type HistoryEntry, readDuties, readHistory, readKsas } from "./lists.js";
import { linesOfPieces, type Piece, proseOf } from "./pieces.js";
import { readQualifications } from "./qualifications.js";
import type { Unit } from "./units.js";

export interface SectionText {
  heading: Unit[];
  pieces: Piece[];
  /** Read from paragraphs placed by content, not under a heading. */
  guessed?: boolean;
}

export type SectionPieces = Map<SectionKey, SectionText>;

type Reading<T> = Read<T, Line>;

const linesOf = (units: readonly Unit[]) => units.map((unit) => unit.line);

/** A section's heading and text claimed, handed back with its pieces. */
function open(read: ReadBuilder<Line>, section: SectionText | undefined): Piece[] {
  if (!section) return [];
  read.claim(...linesOf(section.heading));
  read.claim(...linesOfPieces(section.pieces));
  return section.pieces;
}

function prose(
  read: ReadBuilder<Line>,
  sections: SectionPieces,
  key: SectionKey,
  at: ReturnType<typeof neutralAt>,
): string | null {
  const pieces = open(read, sections.get(key));
  const value = proseOf(pieces);
  if (value !== null) read.place(at, placeOf(linesOfPieces(pieces)));
  return value;
}

function qualificationSet(
  read: ReadBuilder<Line>,
  sections: SectionPieces,
  key: "minimum" | "desirable" | "preferred",
  licences: Piece[],
): QualificationSet | null {
  const section = sections.get(key);
  if (!section) return null;
  const all = open(read, section);
  const found = readQualifications(all);
  licences.push(...found.licences);
  const pieces = all.filter((piece) => !found.licences.includes(piece));
  if (pieces.length === 0) return null;
  const { set, from } = found;
  const at = (field: "text" | "education" | "experience") =>
    neutralAt("qualifications", key, field);
  read.place(at("text"), placeOf(linesOfPieces(from.text)));
  read.place(at("education"), placeOf(linesOfPieces(from.education)));
  read.place(at("experience"), placeOf(linesOfPieces(from.experience)));
  from.alternatives.forEach((pieces, index) => {
    read.place(
      neutralAt("qualifications", key, "alternatives", index),
      placeOf(linesOfPieces(pieces)),
    );
  });
  from.substitutions.forEach((piece, index) => {
    const place = placeOf(linesOfPieces([piece]));
    read.place(neutralAt("qualifications", key, "substitutions", index, "direction"), place);
    read.place(neutralAt("qualifications", key, "substitutions", index, "text"), place);
  });
  from.notes.forEach((piece, index) => {
    read.place(neutralAt("qualifications", key, "notes", index), placeOf(linesOfPieces([piece])));
  });
  return set;
}

function duties(read: ReadBuilder<Line>, sections: SectionPieces): ClassSpecBody["duties"] {
  const pieces = open(read, sections.get("duties"));
  const found = readDuties(pieces);
  found.from.forEach((piece, index) => {
    const place = placeOf(linesOfPieces([piece]));
    read.place(neutralAt("duties", index, "text"), place);
    if (found.duties[index]?.area !== undefined)
      read.place(neutralAt("duties", index, "area"), place);
  });
  for (const leadIn of found.leadIns)
    if (!found.duties.some((duty) => `${duty.area}:` === leadIn.text))
      read.notice(leadIn.text, ...linesOfPieces([leadIn]));
  return found.duties;
}

function ksas(read: ReadBuilder<Line>, sections: SectionPieces): KsaGroup[] {
  const pieces = open(read, sections.get("knowledgeSkillsAbilities"));
  const found = readKsas(pieces);
  found.groups.forEach((group, index) => {
    const head = found.heads[index];
    if (head)
      read.place(
        neutralAt("knowledgeSkillsAbilities", index, "heading"),
        placeOf(linesOfPieces([head])),
      );
    const items = found.from[index] ?? [];
    read.place(
      neutralAt("knowledgeSkillsAbilities", index, "kind"),
      placeOf(linesOfPieces(items.length > 0 ? items : head ? [head] : [])),
    );
    group.items.forEach((_, item) => {
      const piece = found.from[index]?.[item];
      if (piece)
        read.place(
          neutralAt("knowledgeSkillsAbilities", index, "items", item),
          placeOf(linesOfPieces([piece])),
        );
    });
  });
  return found.groups;
}

/** A piece printed without a list marker, one piece per sentence. */
function sentencesOf(piece: Piece): Piece[] {
  if (piece.marker) return [piece];
  return splitSentenceSpans(piece.text).map((span) => ({
    ...piece,
    text: piece.text.slice(span.start, span.end),
  }));
}

/** "None." under a licences heading: no licence. */
const NONE = /^none\.?$/i;

function listOf(
  read: ReadBuilder<Line>,
  sections: SectionPieces,
  key: "licenses" | "additional",
  more: readonly Piece[] = [],
): string[] {
  const listed = [
    ...more,
    ...open(read, sections.get(key)).filter((piece) => !NONE.test(piece.text)),
  ];
  // A paragraph of licences names one per sentence, however it wraps.
  const pieces = key === "licenses" ? listed.flatMap(sentencesOf) : listed;
  const field = key === "licenses" ? "qualifications" : "additionalRequirements";
  pieces.forEach((piece, index) => {
    const at =
      field === "qualifications"
        ? neutralAt("qualifications", "licenses", index)
        : neutralAt("additionalRequirements", index);
    read.place(at, placeOf(linesOfPieces([piece])));
  });
  return pieces.map((piece) => piece.text);
}

function labelled(values: readonly LabelValue[], field: LabelValue["spec"]["field"]): LabelValue[] {
  return values.filter((value) => value.spec.field === field);
}

type DatePart = [] | ["printed" | "date" | "yearMonth" | "year"];

/** Every part of a printed date that is there, placed where it prints. */
function placeDate(
  read: ReadBuilder<Line>,
  at: (...part: DatePart) => ReturnType<typeof neutralAt>,
  date: PrintedDate,
  place: ReturnType<typeof placeOf>,
): void {
  for (const part of ["printed", "date", "yearMonth", "year"] as const)
    if (date[part] !== undefined) read.place(at(part), place);
}

function dates(
  read: ReadBuilder<Line>,
  sections: SectionPieces,
  values: readonly LabelValue[],
): ClassSpecBody["dates"] {
  const pieces = sections.get("history")?.pieces ?? [];
  const section = sections.get("history");
  const { entries, unread } = readHistory(pieces);
  if (section) read.claim(...linesOf(section.heading));
  read.claim(...linesOfPieces(pieces.filter((piece) => !unread.includes(piece))));
  entries.forEach((entry, index) => {
    const place = placeOf(linesOfPieces([entry.piece]));
    read.place(neutralAt("dates", "history", index, "event"), place);
    placeDate(
      read,
      (...key) => neutralAt("dates", "history", index, "date", ...key),
      entry.date,
      place,
    );
    read.place(neutralAt("dates", "history", index, "text"), place);
  });
  const fromLabel = (
    field: "established" | "revised" | "title-changed",
    key: "established" | "revised" | "titleChanged",
    pick: (found: HistoryEntry[]) => HistoryEntry | undefined,
  ): PrintedDate | null => {
    const label = labelled(values, field)[0];
    const at = (...part: DatePart) => neutralAt("dates", key, ...part);
    if (label) {
      // Parsed without the initials a date may carry; printed with them.
      const date = { ...partialDate(withoutInitials(label.value)), printed: label.value };
      placeDate(read, at, date, placeOf(linesOf(label.units)));
      return date;
    }
    const entry = pick(entries.filter((candidate) => candidate.event === field));
    if (!entry) return null;
    placeDate(read, at, entry.date, placeOf(linesOfPieces([entry.piece])));
    return entry.date;
  };
  return {
    established: fromLabel("established", "established", (found) => found[0]),
    revised: fromLabel("revised", "revised", (found) => found.at(-1)),
    titleChanged: fromLabel("title-changed", "titleChanged", (found) => found.at(-1)),
    history: entries.map(({ event, date, text }) => ({ event, date, text })),
  };
}

function identity(read: ReadBuilder<Line>, values: readonly LabelValue[]) {
  const codes = labelled(values, "code").map((value, index) => {
    const place = placeOf(linesOf(value.units));
    for (const key of ["scheme", "value", "label"] as const)
      read.place(neutralAt("codes", index, key), place);
    return { scheme: value.spec.scheme ?? "other", value: value.value, label: value.label };
  });
  const grades = labelled(values, "grade").map((value, index): PayGrade => {
    const place = placeOf(linesOf(value.units));
    const numbers = value.value.match(/\d+/g) ?? [];
    const grade = {
      label: value.label,
      value: value.value,
      ...(numbers.length === 1 ? { number: Number(numbers[0]) } : {}),
    };
    for (const key of Object.keys(grade) as Array<keyof PayGrade>)
      read.place(neutralAt("pay", "grades", index, key), place);
    return grade;
  });
  // One label may print several ranges, one per period.
  const priced = labelled(values, "pay").flatMap((value) =>
    (value.ranges ?? []).map((range) => ({ value, range })),
  );
  priced.forEach(({ value, range }, index) => {
    const place = placeOf(linesOf(value.units));
    if (index === 0) read.place(neutralAt("pay", "basis"), place);
    for (const key of Object.keys(range) as Array<keyof PayRange>)
      read.place(neutralAt("pay", "ranges", index, key), place);
  });
  const ranges = priced.map(({ range }) => range);
  const group = labelled(values, "group")[0];
  if (group) {
    read.place(neutralAt("group", "kind"), placeOf(linesOf(group.units)));
    read.place(neutralAt("group", "name"), placeOf(linesOf(group.units)));
  }
  const text = (
    field: "flsa" | "bargaining-unit" | "eeo",
    key: "flsa" | "bargainingUnit" | "eeoCategory",
  ) => {
    const value = labelled(values, field)[0];
    if (value) read.place(neutralAt("classification", key), placeOf(linesOf(value.units)));
    return value?.value ?? null;
  };
  return {
    codes,
    group: group
      ? {
          kind: /series/i.test(group.label) ? ("series" as const) : ("occupational-group" as const),
          code: null,
          name: group.value,
        }
      : null,
    pay: {
      grades,
      basis: ranges.length > 0 ? ("min-max" as const) : null,
      ranges,
      specialEntranceRates: [],
    },
    classification: {
      flsa: text("flsa", "flsa"),
      bargainingUnit: text("bargaining-unit", "bargainingUnit"),
      eeoCategory: text("eeo", "eeoCategory"),
    },
  };
}

export function readBody(
  sections: SectionPieces,
  notices: readonly Piece[],
  values: readonly LabelValue[],
): Reading<ClassSpecBody> {
  const read = new ReadBuilder<Line>();
  // A heading that only groups others holds no text of its own: any there stays unmapped.
  read.claim(...linesOf(sections.get("group")?.heading ?? []));
  const { codes, group, pay, classification } = identity(read, values);
  const licences: Piece[] = [];
  const minimum = qualificationSet(read, sections, "minimum", licences);
  const desirable = qualificationSet(read, sections, "desirable", licences);
  const preferred = qualificationSet(read, sections, "preferred", licences);
  const body: ClassSpecBody = {
    codes,
    group,
    pay,
    dates: dates(read, sections, values),
    definition: prose(read, sections, "definition", neutralAt("definition")),
    distinguishingCharacteristics: prose(
      read,
      sections,
      "distinguishing",
      neutralAt("distinguishingCharacteristics"),
    ),
    duties: duties(read, sections),
    knowledgeSkillsAbilities: ksas(read, sections),
    qualifications: {
      minimum,
      desirable,
      preferred,
      licenses: listOf(read, sections, "licenses", licences),
      special: prose(read, sections, "special", neutralAt("qualifications", "special")),
      legal: prose(read, sections, "legal", neutralAt("qualifications", "legal")),
    },
    probation: null,
    conditions: {
      working: prose(read, sections, "working", neutralAt("conditions", "working")),
      physical: prose(read, sections, "physical", neutralAt("conditions", "physical")),
    },
    classification,
    additionalRequirements: listOf(read, sections, "additional"),
    notices: [],
    extensions: {},
  };
  for (const notice of notices) read.notice(notice.text, ...linesOfPieces([notice]));
  return read.done(body);
}
