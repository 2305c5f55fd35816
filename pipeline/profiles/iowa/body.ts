/** Sections -> the `class-series` body: each section read on its own, composed in order. */
import type { ClassSeriesBody, Unmapped } from "../../../schemas/index.js";
import type { DocFile } from "../../file.js";
import { seriesAt, TITLE_AT } from "../../shared/pointer.js";
import { Readings } from "../../shared/read.js";
import { boundedSlug } from "../../shared/slug.js";
import type { Extracted, Interpretation } from "../../types.js";
import {
  areasFromConcept,
  isNameShaped,
  type ListedArea,
  readConcept,
  readDefinitions,
  undefinedListedAreas,
} from "./areas.js";
import { type Block, blocksOf } from "./blocks.js";
import { isLevelHeading, readCharts } from "./charts.js";
import { readClasses } from "./classes.js";
import { checkCompleteness } from "./completeness.js";
import { distinctionLevel, namesUnknownClass, readDistinctions } from "./distinctions.js";
import { findFurniture, isLetterhead } from "./furniture.js";
import {
  cutAtUnknownHeading,
  isQualifier,
  isTitleCaseHeading,
  warnUnknownSection,
} from "./headings.js";
import { SECTION_NAMES, type SectionKey, sameAreaName } from "./layout.js";
import { levelOfTitle } from "./levels.js";
import { splitNotes } from "./notes.js";
import { type BlockRead, BlockReader, blockPlace, SOURCE } from "./reading.js";
import { type Layout, sectionOf, splitSections } from "./sections.js";

function readExclusions(blocks: readonly Block[], file: DocFile): BlockRead<string[]> {
  const reading = new BlockReader();
  const exclusions: string[] = [];
  let listed = false;
  let last: Block[] = [];
  for (const block of blocks) {
    // "The following are excluded …:", "Positions meeting any of the following are excluded …:".
    if ((block.kind === "text" && block.text.endsWith(":")) || isQualifier(block)) {
      reading.noticeBlock(block.text, block);
      continue;
    }
    if (block.kind === "row") continue;
    if (listed && block.kind === "text") {
      // A text export wraps an item onto the next line: a lower-case line right under it goes on with it.
      if (continuesItem(block, last)) {
        last = [...last, block];
        exclusions[exclusions.length - 1] = `${exclusions.at(-1)} ${block.text}`;
        reading.set(seriesAt("exclusions", exclusions.length - 1), ...last);
        reading.claim(block);
        continue;
      }
      // A sentence after the list ends it: prose about the series is no excluded position.
      // A paragraph in capitals ("SUPERVISORY POSITIONS.") is an exclusion set apart, as before.
      if (!isCapitals(block.text)) {
        warnProseAfterList(block, file);
        continue;
      }
    }
    listed ||= block.kind === "item";
    last = [block];
    reading.set(seriesAt("exclusions", exclusions.length), block);
    exclusions.push(block.text);
    reading.claim(block);
  }
  return reading.done(exclusions);
}

/** Directly under the previous item (no blank line between) and opening in lower case. */
function continuesItem(block: Block, item: readonly Block[]): boolean {
  const previous = item.at(-1);
  if (item[0]?.kind !== "item" || previous === undefined) return false;
  const first = block.text.charAt(0);
  return block.startLine === previous.endLine + 1 && first !== first.toUpperCase();
}

/** Letters, all of them capitals. */
function isCapitals(text: string): boolean {
  return text === text.toUpperCase() && text !== text.toLowerCase();
}

function warnProseAfterList(block: Block, file: DocFile): void {
  file.warn(
    "exclusion-prose",
    `Unexpected paragraph '${block.text.slice(0, 60)}' after the list of exclusions, expected a list item; it is kept as unmapped`,
    { place: blockPlace(block), source: SOURCE },
  );
}

/**
 * Blocks of the guideline, from the tree of every format: a text export is
 * one paragraph per line, so it is read line by line, never as markdown
 * (whose indented code and lazy list lines would regroup its paragraphs).
 */
function blocksOfDocument(extracted: Extracted): Block[] {
  const source = extracted.source.text.split("\n");
  return splitNotes(blocksOf(extracted.tree, source), source);
}

/**
 * Headings an areas section reads itself: a name it numbers, or one the
 * concept lists; with no list of areas anywhere, any name (each heads an area).
 */
function areaHeadingKnown(blocks: readonly Block[], listed: readonly ListedArea[]) {
  const numbered = blocks.filter((block) => block.ordinal !== undefined);
  const names = [...listed.map(({ name }) => name), ...numbered.map((block) => block.text)];
  const unlisted = names.length === 0;
  return (block: Block) =>
    isNameShaped(block.text) && (unlisted || names.some((name) => sameAreaName(name, block.text)));
}

/**
 * Names listed un-numbered under a line that announces them ("… any one of
 * the following areas of work:" then "Field Sampling", "Laboratory Analysis"):
 * Title Case lines that are the concept's list, not headings of a section.
 */
function listedAfterLeadIn(blocks: readonly Block[]): (block: Block) => boolean {
  const listedNames = new Set<Block>();
  let afterLeadIn = false;
  for (const block of blocks) {
    const name = isTitleCaseHeading(block);
    if (afterLeadIn && name) listedNames.add(block);
    afterLeadIn = (block.kind === "text" && block.text.endsWith(":")) || (afterLeadIn && name);
  }
  return (block) => listedNames.has(block);
}

export function interpretIowa(
  extracted: Extracted,
  file: DocFile,
): Interpretation<"class-series"> | undefined {
  const blocks = blocksOfDocument(extracted);
  const layout = splitSections(blocks, file);
  if (!layout.title) {
    file.fail(
      "missing-identity",
      "Unexpected series guideline without a title, expected its name before 'Classes in the Series'",
    );
    return undefined;
  }
  const readings = new Readings<Block>();
  readings.place(TITLE_AT, blockPlace(layout.title));
  const furniture = findFurniture(
    [...layout.sections.values()].flatMap((section) => section.blocks),
    (block) => sectionOf(block) !== undefined,
  );
  const effectiveDate = readings.take(readFrame(layout, layout.title, furniture));
  const content = (key: SectionKey) =>
    (layout.sections.get(key)?.blocks ?? []).filter((block) => !furniture.blocks.has(block));
  const cut = (key: SectionKey, known: (block: Block) => boolean = () => false) =>
    cutAtUnknownHeading(content(key), known, file, SECTION_NAMES[key]);

  const classes = readings.take(readClasses(content("classes"), file));
  const { concept, listed } = readings.take(
    readConcept(cut("concept", listedAfterLeadIn(content("concept")))),
  );
  const exclusions = readings.take(readExclusions(cut("exclusions"), file));
  const definitions = content("definitions");
  let areasOfWork = readings.take(
    readDefinitions(cut("definitions", areaHeadingKnown(definitions, listed)), listed),
  );
  const evaluated = readings.take(
    readEvaluation(layout, content("evaluation"), areasOfWork.length > 0, listed, file),
  );
  if (areasOfWork.length === 0) areasOfWork = evaluated;
  if (areasOfWork.length === 0) areasOfWork = readings.take(areasFromConcept(listed));
  else
    areasOfWork = [
      ...areasOfWork,
      ...readings.take(undefinedListedAreas(listed, areasOfWork, file)),
    ];
  const distinctions = readings.take(
    readDistinctions(
      cut("distinctions", (block) => {
        return (
          distinctionLevel(block, classes) !== undefined ||
          levelOfTitle(block.text) !== undefined ||
          namesUnknownClass(block, classes)
        );
      }),
      classes,
      file,
    ),
  );
  const charts = readings.take(
    readCharts(
      cut("charts", (block) => isLevelHeading(block, classes)),
      { classes, areasOfWork },
      file,
    ),
  );
  // In the order printed: the letterhead first, the footer last; a text printed twice is one notice.
  const notices = readings.notices
    .filter((notice, index, all) => all.findIndex((other) => other.text === notice.text) === index)
    .sort((a, b) => startOf(a.from) - startOf(b.from));
  notices.forEach(({ from }, index) => {
    readings.place(seriesAt("notices", index), blockPlace(...from));
  });
  const body: ClassSeriesBody = {
    classes,
    concept,
    areasOfWork,
    exclusions,
    distinctions,
    charts,
    notices: notices.map((notice) => notice.text),
    ...(effectiveDate ? { effectiveDate } : {}),
  };
  checkCompleteness(
    layout,
    blocks.filter((block) => !furniture.blocks.has(block)),
    body,
    file,
  );

  const unmapped: Unmapped[] = blocks
    .filter((block) => !readings.isClaimed(block))
    .map(
      (block): Unmapped => ({
        text: block.text,
        startLine: block.startLine,
        endLine: block.endLine,
      }),
    )
    .concat(readings.unmapped)
    .sort((a, b) => a.startLine - b.startLine);
  return {
    kind: "class-series",
    id: `us-ia/series/${boundedSlug(layout.title.text, "series")}`,
    title: layout.title.text,
    body,
    provenance: readings.provenance,
    unmapped,
  };
}

const startOf = (blocks: readonly Block[]) => blocks[0]?.startLine ?? 0;

/**
 * What stands around the sections: the title and the section headings
 * (claimed), the letterhead and the footer (notices), and the footer's
 * effective date.
 */
function readFrame(
  layout: Layout,
  title: Block,
  furniture: ReturnType<typeof findFurniture>,
): BlockRead<ClassSeriesBody["effectiveDate"]> {
  const reading = new BlockReader();
  reading.claim(title);
  for (const [key, section] of layout.sections)
    if (key !== "evaluation") reading.claim(section.heading);
  for (const block of layout.preface)
    if (isLetterhead(block)) reading.noticeBlock(block.text, block);
  for (const block of furniture.notices) reading.noticeBlock(block.text, block);
  if (!furniture.effective) return reading.done(undefined);
  const { block, printed, yearMonth } = furniture.effective;
  reading.set(seriesAt("effectiveDate", "printed"), block);
  if (yearMonth) reading.set(seriesAt("effectiveDate", "yearMonth"), block);
  reading.claim(block);
  return reading.done(yearMonth ? { printed, yearMonth } : { printed });
}

/**
 * "AREAS FOR EVALUATION": the areas of work, when Definitions gave none;
 * otherwise a section the series does not need, kept as unmapped.
 */
function readEvaluation(
  layout: Layout,
  blocks: readonly Block[],
  defined: boolean,
  listed: readonly ListedArea[],
  file: DocFile,
): BlockRead<ClassSeriesBody["areasOfWork"]> {
  const reading = new BlockReader();
  const section = layout.sections.get("evaluation");
  if (!section) return reading.done([]);
  if (!defined) {
    const known = areaHeadingKnown(blocks, listed);
    const own = cutAtUnknownHeading(blocks, known, file, SECTION_NAMES.evaluation);
    const areas = reading.take(readDefinitions(own, listed));
    if (areas.length > 0) {
      reading.claim(section.heading);
      return reading.done(areas);
    }
  }
  warnUnknownSection(section.heading.text, SECTION_NAMES.definitions, section.heading, file);
  return reading.done([]);
}
