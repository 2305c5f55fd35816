/**
 * The shapes a list takes in Word exports, made into list items whatever the
 * format: a glyph or number typed at the start of a paragraph ("·   Name",
 * "1)      Name"), a number or bullet alone in its own cell ("1." | text) or on
 * its own line of a text export ("1." then the text on the next line).
 */
import type { Block } from "../../extract/flatten.js";
import { SECTION_HEADINGS } from "./layout.js";

export type { Block } from "../../extract/flatten.js";

/** Numbered paragraphs that markdown did not read as a list ("1) Name", Word's "1.&nbsp;Name"). */
const NUMBERED = /^\(?(\d{1,2})[.)]\s+(\S.*)$/;
/** Bulleted paragraphs: Word's list paragraphs carry the glyph as text ("·&nbsp;&nbsp;Name"). */
const BULLETED = /^[•·▪◦●§\-*]\s+(\S.*)$/;
/** A number standing alone, in its own cell or on its own line: "1.", "2)", "(3)". */
const LONE_NUMBER = /^\(?(\d{1,2})[.)]$/;
/** A bullet glyph alone in its own cell (Word's two-cell bullet rows) or line. */
const LONE_BULLET = /^[•·▪◦●o§\-*]$/;

function item(block: Block, text: string, ordinal: number | undefined, endLine = block.endLine) {
  const made: Block = { ...block, kind: "item", text, cells: [text], endLine };
  if (ordinal === undefined) delete made.ordinal;
  else made.ordinal = ordinal;
  return made;
}

/** A row of one marker cell and one text cell is an item; a row of one filled cell is text. */
function fromRow(block: Block): Block {
  const filled = block.cells.filter((cell) => cell !== "");
  if (block.cells.length === 2 && filled.length === 2) {
    const [marker = "", text = ""] = block.cells;
    const number = LONE_NUMBER.exec(marker)?.[1];
    if (number !== undefined) return item(block, text.replace(/\s+/g, " "), Number(number));
    if (LONE_BULLET.test(marker)) return item(block, text.replace(/\s+/g, " "), undefined);
  }
  if (filled.length === 1 && block.cells.length === 2) {
    const text = filled[0] ?? "";
    return fromText({ ...block, kind: "text", text, cells: [text] });
  }
  return block;
}

function fromText(block: Block): Block {
  const numbered = NUMBERED.exec(block.text);
  if (numbered?.[2]) return item(block, numbered[2], Number(numbered[1]));
  const bulleted = BULLETED.exec(block.text)?.[1];
  return bulleted === undefined ? block : item(block, bulleted, undefined);
}

/** A line naming a section of the layout ("Exclusions", "CLASS DISTINCTIONS:"). */
const SECTION_HEADING = (block: Block) =>
  SECTION_HEADINGS.some(({ pattern }) => pattern.test(block.text));

export function normalizeBlocks(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index] as Block;
    const next = blocks[index + 1];
    // The text after a lone number is its item's, unless it is a section heading (bold or not:
    // the text export has no bold, and both formats must read alike).
    const lone =
      block.kind === "text" && next?.kind === "text" && !SECTION_HEADING(next)
        ? LONE_NUMBER.exec(block.text)
        : null;
    if (lone && next) {
      out.push(item(block, next.text, Number(lone[1]), next.endLine));
      index++;
    } else if (
      block.kind === "text" &&
      next?.kind === "text" &&
      !SECTION_HEADING(next) &&
      LONE_BULLET.test(block.text)
    ) {
      out.push(item(block, next.text, undefined, next.endLine));
      index++;
    } else if (block.kind === "row") {
      out.push(fromRow(block));
    } else if (block.kind === "text") {
      out.push(fromText(block));
    } else {
      out.push(block);
    }
  }
  return out;
}
