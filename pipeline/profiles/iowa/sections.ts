/** Blocks -> the title and the blocks of each headed section. */
import type { DocFile } from "../../file.js";
import { type Heading, splitAtHeadings } from "../../shared/sections.js";
import type { Block } from "./blocks.js";
import { isLetterhead } from "./furniture.js";
import { SECTION_HEADINGS, type SectionKey } from "./layout.js";

export interface Section {
  heading: Block;
  blocks: Block[];
}

export interface Layout {
  title?: Block;
  /** Blocks before the first section other than the title (an agency letterhead): no field reads them. */
  preface: Block[];
  sections: Map<SectionKey, Section>;
  /** Blocks of a section printed twice: kept as unmapped. */
  repeated: Block[];
}

export function sectionOf(block: Block): SectionKey | undefined {
  if (block.kind !== "text") return undefined;
  return SECTION_HEADINGS.find(({ pattern }) => pattern.test(block.text))?.key;
}

export function splitSections(blocks: readonly Block[], file: DocFile): Layout {
  const split = splitAtHeadings<Block, SectionKey, Heading<SectionKey>>(blocks, {
    headingAt(units, index) {
      const key = sectionOf(units[index] as Block);
      return key && { key };
    },
    onRepeat(section, first) {
      const block = section.heading[0] as Block;
      file.warn(
        "duplicate-section",
        `Unexpected second '${block.text}' section, expected one; read the first`,
        {
          place: { startLine: block.startLine },
          related: [{ startLine: (first.heading[0] as Block).startLine }],
          source: "iowa",
        },
      );
    },
  });
  const sections = new Map<SectionKey, Section>();
  for (const [key, { heading, content }] of split.sections)
    sections.set(key, { heading: heading[0] as Block, blocks: content });
  const repeated = split.repeated.flatMap(({ heading, content }) => [...heading, ...content]);
  return withTitle({ preface: split.preamble, sections, repeated });
}

/**
 * The title names its series ("… Series") and is no sentence; failing that,
 * the first line of text below the letterhead is the title. Lines above it
 * (the agency letterhead) stay in the preface.
 */
const SERIES_TITLE = /\bseries\b/i;
const SENTENCE_END = /[.:;]$/;

function withTitle(layout: Layout): Layout {
  const texts = layout.preface.filter((block) => block.kind === "text" && !isLetterhead(block));
  const title =
    texts.find((block) => SERIES_TITLE.test(block.text) && !SENTENCE_END.test(block.text)) ??
    texts[0];
  if (!title) return layout;
  return { ...layout, title, preface: layout.preface.filter((block) => block !== title) };
}
