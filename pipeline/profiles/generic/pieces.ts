/**
 * A section's units as pieces of text: paragraphs for prose, items for lists.
 * A new piece starts at a blank line, a list marker, a block of a page, after
 * a line that ends its sentence well before the margin (shared/joined
 * `endsShort`), and (in a list) at a line that starts in capitals after one
 * that ended its sentence; anything else is the hard wrap of the piece before.
 */
import { endsShort, joinLines, wrapWidth } from "../../shared/joined.js";
import type { Line } from "../../types.js";
import type { Unit } from "./units.js";

export interface Piece {
  text: string;
  units: Unit[];
  /** The list marker its first unit printed. */
  marker?: string;
}

export const lineOf = (unit: Unit): Line => ({ ...unit.line, text: unit.text });

const ENDS_SENTENCE = /[.;:!?]["')\]]*$/;
const STARTS_NEW = /^["'(]?[A-Z0-9]/;
/** A KSA or duty line opens its own item even after a line that ended without a period. */
const OPENS_ITEM = /^(?:knowledge of|skills? in|abilit(?:y|ies) to)\b/i;

function startsPiece(
  unit: Unit,
  previous: Unit | undefined,
  list: boolean,
  width: number,
): boolean {
  if (!previous || unit.blankBefore || unit.role !== "text" || previous.role === "heading")
    return true;
  // A line that ends a sentence well before the margin ends its paragraph too.
  if (previous.role === "text" && endsShort(previous.text, unit.text, width)) return true;
  if (!list) return false;
  return (
    OPENS_ITEM.test(unit.text) ||
    (ENDS_SENTENCE.test(previous.text) && STARTS_NEW.test(unit.text)) ||
    (STARTS_NEW.test(unit.text) && !/[,-]$|\b(?:and|or|of|the|to|in|for)$/i.test(previous.text))
  );
}

/** `width`: the width the document's lines are wrapped to (its longest line), else these units'. */
export function piecesOf(
  units: readonly Unit[],
  list: boolean,
  width: number = wrapWidth(units),
): Piece[] {
  const groups: Unit[][] = [];
  units.forEach((unit, index) => {
    const last = groups[groups.length - 1];
    if (!last || startsPiece(unit, units[index - 1], list, width)) groups.push([unit]);
    else last.push(unit);
  });
  return groups.map((group) => {
    const marker = group[0]?.marker;
    return {
      text: joinLines(group.map(lineOf)).text,
      units: group,
      ...(marker ? { marker } : {}),
    };
  });
}

/** Prose: paragraphs separated by one blank line; null when there are none. */
export function proseOf(pieces: readonly Piece[]): string | null {
  return pieces.length === 0 ? null : pieces.map((piece) => piece.text).join("\n\n");
}

export const linesOfPieces = (pieces: readonly Piece[]): Line[] =>
  pieces.flatMap((piece) => piece.units.map((unit) => unit.line));
