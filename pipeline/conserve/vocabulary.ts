/**
 * A profile's label vocabulary: the headings and labels a family prints
 * that no field repeats ("Job Code:", "SERIES CONCEPT"). Declared as phrases,
 * matched as whole runs of tokens, so a declared "Job Number" excuses those
 * two words together and never a stray "number" in prose.
 */
import { tokensOf } from "./tokens.js";

/** A phrase as tokens; `anywhere`: held wherever it stands, not only as a heading or label. */
export interface Phrase {
  tokens: readonly string[];
  anywhere: boolean;
}

/** How many notice lists a vocabulary keeps built (a bound, so a batch of varied documents cannot grow it). */
const EXTENDED_KEPT = 32;

export class Vocabulary {
  /** First token -> the phrases starting with it, longest first. */
  private readonly byFirst: Map<string, Phrase[]>;

  /**
   * The last vocabularies `withAnywhere` built, by their phrases: documents of one
   * family mostly print the same notices, and tokenising them again per document
   * was a tenth of the conservation check.
   */
  private readonly extended = new Map<string, Vocabulary>();
  /** The one `withAnywhere` returned last: the next document's notices, compared, mostly are its (no key spelled). */
  private last: { phrases: readonly string[]; vocabulary: Vocabulary } | undefined;

  constructor(phrases: readonly string[], from?: Vocabulary) {
    this.byFirst = new Map(from?.byFirst);
    this.addAll(phrases, false);
  }

  private addAll(phrases: readonly string[], anywhere: boolean): void {
    for (const phrase of phrases) {
      const tokens = tokensOf(phrase);
      const first = tokens[0];
      if (first === undefined) continue;
      const list = [...(this.byFirst.get(first) ?? []), { tokens, anywhere }];
      list.sort((a, b) => b.tokens.length - a.tokens.length);
      this.byFirst.set(first, list);
    }
  }

  /** This vocabulary and `phrases` held wherever they stand (a document's notices). */
  withAnywhere(phrases: readonly string[]): Vocabulary {
    if (phrases.length === 0) return this;
    const last = this.last;
    if (last && samePhrases(last.phrases, phrases)) return last.vocabulary;
    const key = JSON.stringify(phrases);
    let vocabulary = this.extended.get(key);
    if (!vocabulary) {
      vocabulary = new Vocabulary([], this);
      vocabulary.addAll(phrases, true);
      if (this.extended.size >= EXTENDED_KEPT) this.extended.clear();
      this.extended.set(key, vocabulary);
    }
    this.last = { phrases, vocabulary };
    return vocabulary;
  }

  /** The longest declared phrase starting at `at` that `accept` takes (undefined when none). */
  matchAt(
    tokens: readonly string[],
    at: number,
    accept: (phrase: Phrase, at: number) => boolean = () => true,
  ): Phrase | undefined {
    const phrases = this.byFirst.get(tokens[at] as string);
    if (!phrases) return undefined;
    for (const phrase of phrases) {
      if (
        phrase.tokens.every((token, offset) => tokens[at + offset] === token) &&
        accept(phrase, at)
      )
        return phrase;
    }
    return undefined;
  }
}

function samePhrases(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((phrase, index) => phrase === b[index]);
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
