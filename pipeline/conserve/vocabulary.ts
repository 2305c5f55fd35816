/**
 * A profile's label vocabulary: the headings and labels a family prints
 * that no field repeats ("Job Code:", "SERIES CONCEPT"). Declared as phrases,
 * matched as whole runs of tokens, so a declared "Job Number" excuses those
 * two words together and never a stray "number" in prose.
 */
import { tokensOf } from "./tokens.js";

export class Vocabulary {
  /** First token -> the phrases starting with it, longest first. */
  private readonly byFirst = new Map<string, string[][]>();

  constructor(phrases: readonly string[]) {
    for (const phrase of phrases) {
      const tokens = tokensOf(phrase);
      const first = tokens[0];
      if (first === undefined) continue;
      const list = this.byFirst.get(first) ?? [];
      list.push(tokens);
      list.sort((a, b) => b.length - a.length);
      this.byFirst.set(first, list);
    }
  }

  /** How many tokens from `at` a declared phrase covers (0 when none). */
  matchAt(tokens: readonly string[], at: number): number {
    const phrases = this.byFirst.get(tokens[at] ?? "");
    if (!phrases) return 0;
    for (const phrase of phrases) {
      if (phrase.every((token, offset) => tokens[at + offset] === token)) return phrase.length;
    }
    return 0;
  }
}

const compiled = new WeakMap<readonly string[], Vocabulary>();

/** The vocabulary of a profile's phrase list, built once per list. */
export function vocabularyOf(phrases: readonly string[]): Vocabulary {
  let vocabulary = compiled.get(phrases);
  if (!vocabulary) {
    vocabulary = new Vocabulary(phrases);
    compiled.set(phrases, vocabulary);
  }
  return vocabulary;
}
