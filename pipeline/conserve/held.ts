/**
 * Everything the output holds, as one set of tokens: body values, the
 * title, unmapped pieces and the source text a rule quotes. A set answers
 * "is this word anywhere in the output" in constant time, so the check stays
 * linear in the size of the document.
 */
import type { Interpretation } from "../types.js";
import { dateParts, numberToken, tokensOf } from "./tokens.js";

function addText(held: Set<string>, text: string): void {
  for (const token of tokensOf(text)) {
    held.add(token);
    for (const part of dateParts(token)) held.add(part);
  }
}

function addValue(held: Set<string>, value: unknown): void {
  if (typeof value === "string") addText(held, value);
  else if (typeof value === "number") held.add(numberToken(value));
  else if (Array.isArray(value)) for (const item of value) addValue(held, item);
  else if (value !== null && typeof value === "object")
    for (const item of Object.values(value)) addValue(held, item);
}

export function heldTokens(interpretation: Interpretation): Set<string> {
  const held = new Set<string>();
  addValue(held, interpretation.body);
  addText(held, interpretation.title);
  for (const piece of interpretation.unmapped) addText(held, piece.text);
  for (const source of Object.values(interpretation.sources ?? {})) addText(held, source.text);
  return held;
}
