/**
 * What a DAS guideline prints around its content: the agency letterhead
 * above the title, the footer's effective date and typist's initials after
 * the last section, and NOTE paragraphs. Kept (notices, `effectiveDate`),
 * never read as content, never a warning.
 */
import { MONTH_ABBREVIATIONS } from "../../shared/dates.js";
import { collapseWhitespace } from "../../shared/text.js";
import type { Block } from "./blocks.js";

/** The letterhead of the family's pages, line by line (a long line may be split at a dash). */
const LETTERHEAD: readonly RegExp[] = [
  /\bdepartment of administrative services\b/i,
  /^human resources enterprise$/i,
  /^classification (?:guidelines?|and compensation)$/i,
  /^(?:state of )?iowa$/i,
];

export function isLetterhead(block: Block): boolean {
  return block.kind === "text" && LETTERHEAD.some((pattern) => pattern.test(block.text));
}

/** "Effective Date: 11/98", "Effective: July 2004", "EFFECTIVE DATE 07/01/2004" (block text: whitespace collapsed). */
const EFFECTIVE = /^effective(?: date)? ?:? ?(\S.*)$/i;
/** A footer is short: a date, not a sentence about being effective. */
const EFFECTIVE_MAX_WORDS = 6;
/** A typist's initials: "GR", "GR/jm". */
const INITIALS = /^[A-Z]{2,3}(?:\s*\/\s*[A-Za-z]{2,3})?$/;
/** "NOTE: Care should be taken …", "Note - positions in …", "Note:" alone above its paragraph. */
export const NOTE = /^note\s*(?::|[-–—](?=\s|$))/i;

const NUMERIC = /^(\d{1,2})\/(?:(\d{1,2})\/)?(\d{2}|\d{4})$/;
const NAMED = /^([a-z]+)\.? (?:\d{1,2},? )?(\d{4})$/i;
const ISO = /^(\d{4})-(\d{2})(?:-\d{2})?$/;
/** Two-digit years: 50-99 are the 1900s, 00-49 the 2000s (DAS guidelines date from the 1990s on). */
const CENTURY_PIVOT = 50;

function fullYear(year: string): number {
  const value = Number(year);
  if (year.length === 4) return value;
  return value >= CENTURY_PIVOT ? 1900 + value : 2000 + value;
}

function formatted(year: number, month: number): string | undefined {
  if (month < 1 || month > 12) return undefined;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
}

/** "11/98" -> "1998-11"; "07/01/2004", "July 2004", "July 1, 2004", "2004-07" too; else undefined. */
export function yearMonthOf(printed: string): string | undefined {
  const text = collapseWhitespace(printed).replace(/\.$/, "");
  const numeric = NUMERIC.exec(text);
  if (numeric) return formatted(fullYear(numeric[3] ?? ""), Number(numeric[1]));
  const named = NAMED.exec(text);
  if (named) {
    const month = MONTH_ABBREVIATIONS.findIndex((name) => named[1]?.toLowerCase().startsWith(name));
    return month < 0 ? undefined : formatted(Number(named[2]), month + 1);
  }
  const iso = ISO.exec(text);
  return iso ? formatted(Number(iso[1]), Number(iso[2])) : undefined;
}

export interface Furniture {
  effective?: { block: Block; printed: string; yearMonth?: string };
  /** Footer lines (initials) and NOTE paragraphs: kept as notices. */
  notices: Block[];
  /** Every block above, which no section reads. */
  blocks: Set<Block>;
}

/** The date a footer line prints: "Effective Date: 11/98", or the label and the date in two cells. */
function effectiveOf(block: Block): string | undefined {
  if (block.kind === "item") return undefined;
  const printed = EFFECTIVE.exec(block.text)?.[1];
  if (printed === undefined || !/\d/.test(printed)) return undefined;
  return printed.split(" ").length <= EFFECTIVE_MAX_WORDS ? printed : undefined;
}

/** "Effective Date:" alone, its date on the next line. */
const EFFECTIVE_LABEL = /^effective(?: date)? ?:?$/i;
const DATE_ONLY = /^(?:[\d/.-]+|[a-z]+\.? (?:\d{1,2},? )?\d{4})$/i;

const isInitials = (block: Block | undefined): block is Block =>
  block?.kind === "text" && INITIALS.test(block.text);

/** The footer and NOTE paragraphs among the blocks after the title. */
export function findFurniture(
  blocks: readonly Block[],
  isSectionHeading: (block: Block) => boolean,
): Furniture {
  const furniture: Furniture = { notices: [], blocks: new Set() };
  blocks.forEach((block, index) => {
    const next = blocks[index + 1];
    if (
      !furniture.effective &&
      EFFECTIVE_LABEL.test(block.text) &&
      next?.kind === "text" &&
      DATE_ONLY.test(next.text)
    ) {
      const yearMonth = yearMonthOf(next.text);
      furniture.effective = {
        block: next,
        printed: next.text,
        ...(yearMonth ? { yearMonth } : {}),
      };
      furniture.notices.push(block);
      furniture.blocks.add(next);
      return;
    }
    const printed = effectiveOf(block);
    if (printed !== undefined && !furniture.effective) {
      const yearMonth = yearMonthOf(printed);
      furniture.effective = { block, printed, ...(yearMonth ? { yearMonth } : {}) };
      furniture.blocks.add(block);
      for (const near of [blocks[index - 1], blocks[index + 1]]) {
        if (isInitials(near)) furniture.notices.push(near);
      }
    } else if (block.kind !== "row" && NOTE.test(block.text)) {
      // A NOTE is a notice wherever it stands, a list item of its own ("<li>NOTE: …</li>") too.
      furniture.notices.push(block);
      // "NOTE:" alone: its paragraph follows.
      if (
        block.text.replace(NOTE, "").trim() === "" &&
        next?.kind === "text" &&
        !isSectionHeading(next)
      )
        furniture.notices.push(next);
    }
  });
  const last = blocks.at(-1);
  if (isInitials(last)) furniture.notices.push(last);
  for (const block of furniture.notices) furniture.blocks.add(block);
  return furniture;
}
