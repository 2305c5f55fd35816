/**
 * Series Concept and the areas of work. The concept names the areas in a
 * numbered list or inline, in parentheses ("(Network Coordination, Data
 * Base/Data Access, Internet/Intranet etc.)"). Definitions (or "Areas for
 * Evaluation") define them: numbered ("1. Name", "1)      Name"), or
 * un-numbered headings that name a listed area, each followed by its focus
 * paragraph and duties. An index of numbered names followed by the areas
 * under un-numbered headings reads as one area each.
 */
import type { ClassSeriesBody } from "../../../schemas/index.js";
import type { DocFile } from "../../file.js";
import { PARAGRAPH_END } from "../../shared/joined.js";
import { seriesAt } from "../../shared/pointer.js";
import type { Block } from "./blocks.js";
import { isQualifier } from "./headings.js";
import { isLeadIn, sameAreaName, trailingLeadIn } from "./layout.js";
import { type BlockRead, BlockReader, blockPlace, SOURCE } from "./reading.js";

type Area = ClassSeriesBody["areasOfWork"][number];

/** An area the concept names, with its number when it is numbered. */
export interface ListedArea {
  name: string;
  number?: number;
  block: Block;
}

/** "(Network Coordination, Data Base/Data Access, Internet/Intranet etc.)" */
const INLINE_LIST = /\(([^(),]*(?:,[^(),]*)+)\)/g;
/** "and Remote Access", "Internet/Intranet etc." (parts are whitespace-collapsed and trimmed). */
const LIST_JOINERS = /^(?:and|or) |(?:^| )(?:etc\.?|and so on)$/gi;
/** An area name is a few words, each significant one capitalized ("Data Base/Data Access"). */
const NAME_MAX_WORDS = 8;
const SMALL_WORD = /^(?:and|or|of|the|for|to|in|on|a|an|&|with)$/i;
const SENTENCE_MARK = /[.:;,!?]$/;

/** A line that reads as a name, not a sentence: few words, capitalized, no closing punctuation. */
export function isNameShaped(text: string): boolean {
  const words = text.split(" ");
  if (words.length > NAME_MAX_WORDS || SENTENCE_MARK.test(text)) return false;
  return words.every(
    (word) => SMALL_WORD.test(word) || /^[\p{Lu}\d(]/u.test(word) || !/[\p{L}\d]/u.test(word),
  );
}

/** Names listed inline in a concept paragraph. */
function inlineNames(block: Block): ListedArea[] {
  const names: ListedArea[] = [];
  for (const match of block.text.matchAll(INLINE_LIST)) {
    const parts = (match[1] ?? "")
      .split(",")
      .map((part) => part.trim().replace(LIST_JOINERS, "").trim())
      .filter((part) => part !== "");
    if (parts.length < 2 || !parts.every(isNameShaped)) continue;
    for (const name of parts) names.push({ name, block });
  }
  return names;
}

/** Series Concept: prose, plus the areas it names (numbered list or inline). */
export function readConcept(
  blocks: readonly Block[],
): BlockRead<{ concept: string | null; listed: ListedArea[] }> {
  const reading = new BlockReader();
  const prose = blocks.filter((block) => block.kind === "text");
  const listed = blocks.filter((block) => block.kind === "item");
  const concept = prose.length > 0 ? prose.map((block) => block.text).join("\n\n") : null;
  reading.set(seriesAt("concept"), ...prose);
  reading.claim(...prose, ...listed);
  const numbered = listed.map((block, index) => ({
    name: block.text,
    number: block.ordinal ?? index + 1,
    block,
  }));
  return reading.done({
    concept,
    listed: numbered.length > 0 ? numbered : prose.flatMap(inlineNames),
  });
}

/**
 * A numbered item opens an area when it is a heading, comes first, or reads
 * as a name numbered after the current area and, where the concept lists the
 * areas, is one of them; a numbered list of duties inside an area
 * ("1. Reviews permit applications", with or without a full stop) stays duties.
 */
function opensArea(
  block: Block,
  area: Area | undefined,
  listed: readonly ListedArea[],
): block is Block & { ordinal: number } {
  if (block.kind !== "item" || block.ordinal === undefined) return false;
  if (!area || block.heading) return true;
  if (PARAGRAPH_END.test(block.text)) return false;
  // Names listed inline ("… Internet/Intranet etc.") are examples, not the whole list.
  const numbered = listed.filter((entry) => entry.number !== undefined);
  if (block.ordinal <= area.number)
    // Definitions in another order than the list: the area is known by its name and number
    // as the concept lists them, not by coming after the one before.
    return numbered.some(
      ({ name, number }) => number === block.ordinal && sameAreaName(name, block.text),
    );
  return numbered.length === 0 || numbered.some(({ name }) => sameAreaName(name, block.text));
}

/** A verb in the third person opening a duty ("Plans", "Coordinates", "Tests and labels"). */
const DUTY_VERB = /^\p{Lu}\p{Ll}+s (?!(?:is|are|was|were|has|have)\b)/u;
/** Words in -s that open a focus or a description, not a duty: subjects, and verbs that describe the area. */
const NOT_A_DUTY =
  /^(?:This|Positions|Employees|Incumbents|Duties|Areas|Its|Focus|Focuses|Involves|Includes|Encompasses|Covers|Centers|Concentrates|Emphasis|Responsibilities|Tasks|Functions|Assignments)\b/;
/** A sentence's end inside the text: the paragraph holds more than one sentence. */
const INNER_SENTENCE_END = /[.!?;] \p{Lu}/u;

/**
 * A duty printed as a plain paragraph under its area (a text export, or a page
 * without bullets): one sentence that opens with a verb in the third person and
 * ends with a full stop ("Plans the addition of agency offices to the state
 * network."). A focus paragraph opens with its subject ("Work is focused on …").
 */
function isPlainDuty(block: Block): boolean {
  return (
    block.kind === "text" &&
    DUTY_VERB.test(block.text) &&
    !NOT_A_DUTY.test(block.text) &&
    PARAGRAPH_END.test(block.text) &&
    !block.text.endsWith(":") &&
    !INNER_SENTENCE_END.test(block.text)
  );
}

/** The listed area an un-numbered line names, or undefined. */
function namedArea(block: Block, listed: readonly ListedArea[]): ListedArea | undefined {
  if (block.kind !== "text" || !isNameShaped(block.text)) return undefined;
  return listed.find(({ name }) => sameAreaName(name, block.text));
}

export function readDefinitions(
  blocks: readonly Block[],
  listed: readonly ListedArea[],
): BlockRead<Area[]> {
  const reading = new BlockReader();
  const areas: Area[] = [];
  let area: Area | undefined;
  let index = -1;
  const focus = new Map<number, Block[]>();
  /** Provenance of the area being left: its focus paragraphs so far. */
  const leave = () => {
    const blocksOfFocus = focus.get(index);
    if (blocksOfFocus) reading.set(seriesAt("areasOfWork", index, "focus"), ...blocksOfFocus);
  };
  const open = (number: number, name: string, block: Block) => {
    leave();
    index = areas.length;
    area = { number, name, focus: null, duties: [] };
    areas.push(area);
    reading.set(seriesAt("areasOfWork", index, "number"), block);
    reading.set(seriesAt("areasOfWork", index, "name"), block);
    reading.claim(block);
  };
  // With no list of areas anywhere, a name-shaped line above the text it heads opens the next area.
  const unlisted = listed.length === 0 && !blocks.some((block) => block.ordinal !== undefined);
  blocks.forEach((block, position) => {
    const next = blocks[position + 1];
    const headsText =
      unlisted &&
      block.kind === "text" &&
      isNameShaped(block.text) &&
      next !== undefined &&
      !(next.kind === "text" && isNameShaped(next.text));
    const defined =
      block.kind === "text" && isNameShaped(block.text)
        ? areas.findIndex((candidate) => sameAreaName(candidate.name, block.text))
        : -1;
    const named = defined < 0 ? namedArea(block, listed) : undefined;
    if (opensArea(block, area, listed)) {
      open(block.ordinal, block.text, block);
    } else if (headsText && defined < 0) {
      open(areas.length + 1, block.text, block);
    } else if (defined >= 0) {
      // An index of numbered names came first: this heading opens the area it named.
      leave();
      index = defined;
      area = areas[defined];
      reading.claim(block);
    } else if (named) {
      const position = listed.indexOf(named) + 1;
      open(named.number ?? position, block.text, block);
    } else if (isQualifier(block) || isPreamble(block, area)) {
      reading.noticeBlock(block.text, block);
    } else if (!area) {
      // Text before the first area that announces nothing: no field reads it (unmapped).
    } else if (block.kind === "item" || isPlainDuty(block)) {
      reading.set(seriesAt("areasOfWork", index, "duties", area.duties.length), block);
      area.duties.push(block.text);
      reading.claim(block);
    } else if (block.kind === "text") {
      const leadIn = trailingLeadIn(block.text);
      const text = leadIn ? leadIn.before : block.text;
      if (leadIn) reading.noticeBlock(leadIn.leadIn, block);
      if (text !== "") {
        area.focus = area.focus ? `${area.focus}\n\n${text}` : text;
        focus.set(index, [...(focus.get(index) ?? []), block]);
      }
      reading.claim(block);
    }
  });
  leave();
  return reading.done(areas);
}

/** A lead-in, or the sentence that opens Definitions ("… are defined as follows:") before any area. */
function isPreamble(block: Block, area: Area | undefined): boolean {
  if (block.kind !== "text") return false;
  return isLeadIn(block.text) || (area === undefined && block.text.endsWith(":"));
}

/** A series without Definitions still names its areas in the concept. */
export function areasFromConcept(listed: readonly ListedArea[]): BlockRead<Area[]> {
  const reading = new BlockReader();
  const areas = listed.map(({ name, number, block }, index): Area => {
    reading.set(seriesAt("areasOfWork", index, "number"), block);
    reading.set(seriesAt("areasOfWork", index, "name"), block);
    return { number: number ?? index + 1, name, focus: null, duties: [] };
  });
  return reading.done(areas);
}

/**
 * The concept's list and the Definitions should name the same areas. An area
 * the list names that Definitions never defines ("11. Quantum Computing") is
 * warned, and is still an area of the series: it follows the defined ones, in
 * the list's order, with no focus and no duties, so its name lands in a value.
 */
export function undefinedListedAreas(
  listed: readonly ListedArea[],
  areas: readonly Area[],
  file: DocFile,
): BlockRead<Area[]> {
  const reading = new BlockReader();
  const added: Area[] = [];
  for (const { name, number, block } of listed) {
    if (areas.some((area) => sameAreaName(area.name, name))) continue;
    file.warn(
      "area-undefined",
      `Unexpected area of work '${name}' in the concept that Definitions never defines, expected a definition`,
      { place: blockPlace(block), source: SOURCE },
    );
    // A name inline in the concept's prose is already in `concept`; a list item only here.
    if (number === undefined) continue;
    const index = areas.length + added.length;
    reading.set(seriesAt("areasOfWork", index, "number"), block);
    reading.set(seriesAt("areasOfWork", index, "name"), block);
    added.push({ number, name, focus: null, duties: [] });
  }
  return reading.done(added);
}
