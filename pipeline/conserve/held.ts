/**
 * Everything the output holds, as one set of tokens: body values, the
 * title, unmapped pieces and the source text a rule quotes. A set answers
 * "is this word anywhere in the output" in constant time, so the check stays
 * linear in the size of the document.
 */
import type { Interpretation } from "../types.js";
import { dateParts, isDateToken, numberToken, tokensOf } from "./tokens.js";

function addText(held: Set<string>, text: string): void {
  for (const token of tokensOf(text)) {
    held.add(token);
    if (isDateToken(token)) for (const part of dateParts(token)) held.add(part);
  }
}

function addValue(held: Set<string>, value: unknown): void {
  if (typeof value === "string") addText(held, value);
  else if (typeof value === "number") held.add(numberToken(value));
  else if (Array.isArray(value)) for (const item of value) addValue(held, item);
  else if (value !== null && typeof value === "object")
    for (const item of Object.values(value)) addValue(held, item);
}

/** What a document holds, from an interpretation or from a written document alike. */
export interface Output {
  title: string;
  body: unknown;
  unmapped: ReadonlyArray<{ text: string }>;
  /** Source text a rule quotes that no body field holds (the probation sentence). */
  quoted: readonly string[];
  /** Web-page chrome the reader left out of the body, as printed. */
  furniture?: readonly string[];
}

export function outputOf(interpretation: Interpretation): Output {
  return {
    title: interpretation.title,
    body: interpretation.body,
    unmapped: interpretation.unmapped,
    quoted: Object.values(interpretation.sources ?? {}).map((source) => source.text),
    furniture: (interpretation.furniture ?? []).map((piece) => piece.text),
  };
}

export function heldTokens(output: Output): Set<string> {
  const held = new Set<string>();
  addValue(held, output.body);
  addText(held, output.title);
  for (const piece of output.unmapped) addText(held, piece.text);
  for (const text of output.quoted) addText(held, text);
  for (const text of output.furniture ?? []) addText(held, text);
  return held;
}
