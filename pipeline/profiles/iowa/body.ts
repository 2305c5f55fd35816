/** Sections -> the `class-series` body, with provenance and unmapped blocks. */
import type { ClassSeriesBody, Place, Unmapped } from "../../../schemas/index.js";
import { parseMarkdown } from "../../extract/markdown.js";
import type { DocFile } from "../../file.js";
import { PARAGRAPH_END } from "../../shared/joined.js";
import { ProvenanceBuilder, pointer } from "../../shared/provenance.js";
import { slugify } from "../../shared/text.js";
import type { Extracted, Interpretation } from "../../types.js";
import { type Block, blocksOf } from "./blocks.js";
import { readCharts } from "./charts.js";
import { readClasses } from "./classes.js";
import { isLeadIn, type SectionKey, sameAreaName, trailingLeadIn } from "./layout.js";
import { levelOfTitle } from "./levels.js";
import { splitSections } from "./sections.js";

export const SOURCE = "iowa";

/** What a reader of one section hands back: blocks it did not read go to unmapped. */
export class Reading {
  readonly provenance = new ProvenanceBuilder();
  readonly claimed = new Set<Block>();
  readonly notices: Array<{ text: string; block: Block }> = [];
  /** Text inside claimed blocks that no field holds (e.g. chart cells beyond the headings). */
  readonly unmapped: Unmapped[] = [];

  constructor(readonly file: DocFile) {}

  claim(...blocks: Block[]): void {
    for (const block of blocks) this.claimed.add(block);
  }

  place(...blocks: Block[]): Place {
    const starts = blocks.map((block) => block.startLine);
    const ends = blocks.map((block) => block.endLine);
    return { startLine: Math.min(...starts), endLine: Math.max(...ends) };
  }

  set(at: string, ...blocks: Block[]): void {
    if (blocks.length > 0) this.provenance.set(at, this.place(...blocks));
  }

  notice(text: string, block: Block): void {
    this.claim(block);
    if (!this.notices.some((notice) => notice.text === text)) this.notices.push({ text, block });
  }
}

/** Series Concept: prose, plus the numbered list of areas it names (read against Definitions). */
function readConcept(blocks: readonly Block[], body: ClassSeriesBody, reading: Reading): Block[] {
  const prose = blocks.filter((block) => block.kind === "text");
  const listed = blocks.filter((block) => block.kind === "item");
  if (prose.length > 0) {
    body.concept = prose.map((block) => block.text).join("\n\n");
    reading.set("/body/concept", ...prose);
  }
  reading.claim(...prose, ...listed);
  return listed;
}

function readExclusions(blocks: readonly Block[], body: ClassSeriesBody, reading: Reading): void {
  for (const block of blocks) {
    // "The following are excluded …:", "Positions meeting any of the following are excluded …:".
    if (block.kind === "text" && block.text.endsWith(":")) {
      reading.notice(block.text, block);
      continue;
    }
    if (block.kind === "row") continue;
    reading.set(pointer("body", "exclusions", body.exclusions.length), block);
    body.exclusions.push(block.text);
    reading.claim(block);
  }
}

/** Definitions: "N. Name", its focus paragraph, then its typical duties. */

/**
 * A numbered item opens an area when it is a heading, comes first, or reads
 * as a name numbered after the current area and, where the concept lists the
 * areas, is one of them; a numbered list of duties inside an area
 * ("1. Reviews permit applications", with or without a full stop) stays duties.
 */
function opensArea(
  block: Block,
  area: ClassSeriesBody["areasOfWork"][number] | undefined,
  listed: readonly string[],
): block is Block & { ordinal: number } {
  if (block.kind !== "item" || block.ordinal === undefined) return false;
  if (!area || block.heading) return true;
  if (block.ordinal <= area.number || PARAGRAPH_END.test(block.text)) return false;
  return listed.length === 0 || listed.some((name) => sameAreaName(name, block.text));
}

function readDefinitions(
  blocks: readonly Block[],
  body: ClassSeriesBody,
  reading: Reading,
  listed: readonly string[],
): void {
  let area: ClassSeriesBody["areasOfWork"][number] | undefined;
  let index = -1;
  const focus: Block[] = [];
  const closeFocus = () => {
    if (area && focus.length > 0)
      reading.set(pointer("body", "areasOfWork", index, "focus"), ...focus);
    focus.length = 0;
  };
  for (const block of blocks) {
    if (opensArea(block, area, listed)) {
      closeFocus();
      index = body.areasOfWork.length;
      area = { number: block.ordinal, name: block.text, focus: null, duties: [] };
      body.areasOfWork.push(area);
      reading.set(pointer("body", "areasOfWork", index, "number"), block);
      reading.set(pointer("body", "areasOfWork", index, "name"), block);
      reading.claim(block);
    } else if (block.kind === "text" && (isLeadIn(block.text) || isPreamble(block, area))) {
      reading.notice(block.text, block);
    } else if (!area) {
      // Text before the first area that announces nothing: no field reads it (unmapped).
    } else if (block.kind === "item") {
      reading.set(pointer("body", "areasOfWork", index, "duties", area.duties.length), block);
      area.duties.push(block.text);
      reading.claim(block);
    } else if (block.kind === "text") {
      const leadIn = trailingLeadIn(block.text);
      const text = leadIn ? leadIn.before : block.text;
      if (leadIn) reading.notice(leadIn.leadIn, block);
      if (text !== "") {
        area.focus = area.focus ? `${area.focus}\n\n${text}` : text;
        focus.push(block);
      }
      reading.claim(block);
    }
  }
  closeFocus();
}

/** The sentence that opens Definitions ("… are defined as follows:"), before any area. */
function isPreamble(
  block: Block,
  area: ClassSeriesBody["areasOfWork"][number] | undefined,
): boolean {
  return area === undefined && block.text.endsWith(":");
}

function readDistinctions(blocks: readonly Block[], body: ClassSeriesBody, reading: Reading): void {
  const titles = new Map(body.classes.map((item) => [item.title.toLowerCase(), item]));
  let index = -1;
  const paragraphs: Block[] = [];
  const close = () => {
    const distinction = body.distinctions[index];
    if (!distinction) return;
    distinction.text = paragraphs.map((block) => block.text).join("\n\n");
    reading.set(pointer("body", "distinctions", index, "text"), ...paragraphs);
    paragraphs.length = 0;
  };
  for (const block of blocks) {
    const known = titles.get(block.text.toLowerCase());
    const looksLikeTitle =
      block.kind === "text" &&
      !/[.:;]$/.test(block.text) &&
      levelOfTitle(block.text) !== undefined &&
      block.text.length <= 80;
    if (known || looksLikeTitle) {
      close();
      index = body.distinctions.length;
      const level = known?.level ?? levelOfTitle(block.text) ?? index + 1;
      if (!known) {
        reading.file.warn(
          "unknown-class",
          `Unexpected class distinction '${block.text}' for no class of the series, expected one of its titles`,
          {
            place: reading.place(block),
            source: SOURCE,
          },
        );
      }
      body.distinctions.push({ level, title: block.text, text: "" });
      reading.set(pointer("body", "distinctions", index, "level"), block);
      reading.set(pointer("body", "distinctions", index, "title"), block);
      reading.claim(block);
    } else if (index >= 0 && block.kind !== "row") {
      paragraphs.push(block);
      reading.claim(block);
    }
  }
  close();
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

const REQUIRED: readonly SectionKey[] = ["classes", "concept", "distinctions"];

export function interpretIowa(
  extracted: Extracted,
  file: DocFile,
): Interpretation<"class-series"> | undefined {
  const tree = extracted.tree ?? parseMarkdown(extracted.source.text);
  const blocks = blocksOf(tree, extracted.source.text.split("\n"));
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
  for (const section of layout.sections.values()) reading.claim(section.heading);
  for (const key of REQUIRED) {
    if (!layout.sections.has(key)) {
      file.error(
        "missing-section",
        `Unexpected series without its '${key}' section, expected one`,
        { source: SOURCE },
      );
    }
  }
  const blocksIn = (key: SectionKey) => layout.sections.get(key)?.blocks ?? [];
  readClasses(blocksIn("classes"), body, reading);
  const listed = readConcept(blocksIn("concept"), body, reading);
  readExclusions(blocksIn("exclusions"), body, reading);
  readDefinitions(
    blocksIn("definitions"),
    body,
    reading,
    listed.map((block) => block.text),
  );
  if (body.areasOfWork.length === 0) areasFromConcept(listed, body, reading);
  else checkListedAreas(listed, body, reading);
  readDistinctions(blocksIn("distinctions"), body, reading);
  readCharts(blocksIn("charts"), body, reading);
  reading.notices.forEach(({ text, block }, index) => {
    body.notices.push(text);
    reading.set(pointer("body", "notices", index), block);
  });

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
    id: `us-ia/series/${slugify(layout.title.text) || "untitled"}`,
    title: layout.title.text,
    body,
    provenance: { "/title": reading.place(layout.title), ...reading.provenance.entries },
    unmapped,
  };
}

/** A series without Definitions still names its areas in the concept's numbered list. */
function areasFromConcept(listed: readonly Block[], body: ClassSeriesBody, reading: Reading): void {
  listed.forEach((block, index) => {
    body.areasOfWork.push({
      number: block.ordinal ?? index + 1,
      name: block.text,
      focus: null,
      duties: [],
    });
    reading.set(pointer("body", "areasOfWork", index, "number"), block);
    reading.set(pointer("body", "areasOfWork", index, "name"), block);
  });
}

/** The concept's list and the Definitions should name the same areas. */
function checkListedAreas(listed: readonly Block[], body: ClassSeriesBody, reading: Reading): void {
  for (const block of listed) {
    if (body.areasOfWork.some((area) => sameAreaName(area.name, block.text))) continue;
    reading.file.warn(
      "area-undefined",
      `Unexpected area of work '${block.text}' in the concept that Definitions never defines, expected a definition`,
      {
        place: reading.place(block),
        source: SOURCE,
      },
    );
  }
}
