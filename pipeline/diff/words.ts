/** Word-level diff of two prose values, for `Change.words` and the reports' highlights. */
import { diffWordsWithSpace } from "diff";
import { normalizeText } from "./normalize.js";
import type { WordPart } from "./types.js";

export function wordDiff(before: string, after: string): WordPart[] {
  const parts: WordPart[] = [];
  // diffWordsWithSpace, not diffWords: diffWords reports the new side's
  // spacing as "equal", so the old side could not be rebuilt from the parts.
  for (const part of diffWordsWithSpace(normalizeText(before), normalizeText(after))) {
    const op = part.added ? "add" : part.removed ? "remove" : "equal";
    const last = parts[parts.length - 1];
    // jsdiff can split one run in two; merged runs make reports and goldens calmer.
    if (last && last.op === op) last.text += part.value;
    else parts.push({ op, text: part.value });
  }
  return parts;
}
