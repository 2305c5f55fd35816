/** Sections -> the `class-series` body, with provenance and unmapped blocks. */
import type { ClassSeriesBody, Unmapped } from "../../../schemas/index.js";
import type { DocFile } from "../../file.js";
import { seriesAt } from "../../shared/pointer.js";
import { boundedSlug } from "../../shared/slug.js";
import type { Extracted, Interpretation } from "../../types.js";
import {
  areasFromConcept,
  checkListedAreas,
  isNameShaped,
  type ListedArea,
  readConcept,
  readDefinitions,
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
import { Reading } from "./reading.js";
import { type Layout, sectionOf, splitSections } from "./sections.js";

function readExclusions(blocks: readonly Block[], body: ClassSeriesBody, reading: Reading): void {
  for (const block of blocks) {
    // "The following are excluded …:", "Positions meeting any of the following are excluded …:".
    if ((block.kind === "text" && block.text.endsWith(":")) || isQualifier(block)) {
      reading.notice(block.text, block);
      continue;
    }
    if (block.kind === "row") continue;
    reading.set(seriesAt("exclusions", body.exclusions.length), block);
    body.exclusions.push(block.text);
    reading.claim(block);
  }
}

function emptyBody(): ClassSeriesBody {
  return {
    classes: [],
    concept: null,
    areasOfWork: [],
    exclusions: [],
    distinctions: [],
    charts: [],
    notices: [],
  };
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
  const reading = new Reading(file);
  const body = emptyBody();
  reading.claim(layout.title);
  for (const [key, section] of layout.sections)
    if (key !== "evaluation") reading.claim(section.heading);
  for (const block of layout.preface) if (isLetterhead(block)) reading.notice(block.text, block);

  const sectionBlocks = [...layout.sections.values()].flatMap((section) => section.blocks);
  const furniture = findFurniture(sectionBlocks, (block) => sectionOf(block) !== undefined);
  for (const block of furniture.notices) reading.notice(block.text, block);
  if (furniture.effective) {
    const { block, printed, yearMonth } = furniture.effective;
    body.effectiveDate = yearMonth ? { printed, yearMonth } : { printed };
    reading.set(seriesAt("effectiveDate", "printed"), block);
    if (yearMonth) reading.set(seriesAt("effectiveDate", "yearMonth"), block);
    reading.claim(block);
  }
  const content = (key: SectionKey) =>
    (layout.sections.get(key)?.blocks ?? []).filter((block) => !furniture.blocks.has(block));
  const cut = (key: SectionKey, known: (block: Block) => boolean = () => false) =>
    cutAtUnknownHeading(content(key), known, reading, SECTION_NAMES[key]);

  readClasses(content("classes"), body, reading);
  const listed = readConcept(cut("concept", listedAfterLeadIn(content("concept"))), body, reading);
  readExclusions(cut("exclusions"), body, reading);
  const definitions = content("definitions");
  readDefinitions(cut("definitions", areaHeadingKnown(definitions, listed)), body, reading, listed);
  readEvaluation(layout, content("evaluation"), body, reading, listed);
  if (body.areasOfWork.length === 0) areasFromConcept(listed, body, reading);
  else checkListedAreas(listed, body, reading);
  readDistinctions(
    cut("distinctions", (block) => {
      return (
        distinctionLevel(block, body.classes) !== undefined ||
        levelOfTitle(block.text) !== undefined ||
        namesUnknownClass(block, body.classes)
      );
    }),
    body,
    reading,
  );
  readCharts(
    cut("charts", (block) => isLevelHeading(block, body.classes)),
    body,
    reading,
  );
  // In the order printed: the letterhead first, the footer last.
  const notices = [...reading.notices].sort((a, b) => a.block.startLine - b.block.startLine);
  notices.forEach(({ text, block }, index) => {
    body.notices.push(text);
    reading.set(seriesAt("notices", index), block);
  });
  checkCompleteness(
    layout,
    blocks.filter((block) => !furniture.blocks.has(block)),
    body,
    reading,
  );

  const unmapped: Unmapped[] = blocks
    .filter((block) => !reading.claimed.has(block))
    .map(
      (block): Unmapped => ({
        text: block.text,
        startLine: block.startLine,
        endLine: block.endLine,
      }),
    )
    .concat(reading.unmapped)
    .sort((a, b) => a.startLine - b.startLine);
  return {
    kind: "class-series",
    id: `us-ia/series/${boundedSlug(layout.title.text, "series")}`,
    title: layout.title.text,
    body,
    provenance: { "/title": reading.place(layout.title), ...reading.provenance.entries },
    unmapped,
  };
}

/**
 * "AREAS FOR EVALUATION": the areas of work, when Definitions gave none;
 * otherwise a section the series does not need, kept as unmapped.
 */
function readEvaluation(
  layout: Layout,
  blocks: readonly Block[],
  body: ClassSeriesBody,
  reading: Reading,
  listed: readonly ListedArea[],
): void {
  const section = layout.sections.get("evaluation");
  if (!section) return;
  if (body.areasOfWork.length === 0) {
    const known = areaHeadingKnown(blocks, listed);
    const own = cutAtUnknownHeading(blocks, known, reading, SECTION_NAMES.evaluation);
    readDefinitions(own, body, reading, listed);
    if (body.areasOfWork.length > 0) {
      reading.claim(section.heading);
      return;
    }
  }
  warnUnknownSection(section.heading.text, SECTION_NAMES.definitions, section.heading, reading);
}
