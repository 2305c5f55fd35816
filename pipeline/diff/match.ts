/**
 * Pairing list items across revisions by content, never by index: a duty
 * inserted at the top leaves every other duty paired with itself, so it is
 * one `add` and not a cascade of replacements.
 *
 * Passes, strongest evidence first: identical text, identical words (an
 * editorial edit), then word similarity above a threshold (a rewording).
 * Whatever is left is added or removed. Among pairs, those outside the
 * longest run that keeps its order were moved.
 */
import { normalizeText, wordsOf } from "./normalize.js";

/**
 * Dice similarity of word multisets above which two items are one item
 * reworded. 0.5 pairs a duty with a third of its words changed, and keeps
 * two different duties that share a verb and a few stop words apart.
 */
export const SIMILARITY_THRESHOLD = 0.5;

export interface Pair {
  before: number;
  after: number;
  /** Out of order relative to the other pairs. */
  moved: boolean;
}

export interface ListMatch {
  pairs: Pair[];
  removed: number[];
  added: number[];
}

/** Dice coefficient of two word multisets, 0..1. */
export function similarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const word of a) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of b) {
    const count = counts.get(word) ?? 0;
    if (count > 0) {
      shared++;
      counts.set(word, count - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

export function matchList(before: readonly string[], after: readonly string[]): ListMatch {
  const freeBefore = new Set(before.keys());
  const freeAfter = new Set(after.keys());
  const found: Array<{ before: number; after: number }> = [];
  const take = (i: number, j: number) => {
    found.push({ before: i, after: j });
    freeBefore.delete(i);
    freeAfter.delete(j);
  };

  const exactKeys = before.map(normalizeText);
  const exactAfter = after.map(normalizeText);
  pairEqual(exactKeys, exactAfter, freeBefore, freeAfter, take);
  // Only items left unpaired are read as words: in a revision most items are unchanged.
  const wordsBefore = wordsOfFree(before, freeBefore);
  const wordsAfter = wordsOfFree(after, freeAfter);
  pairEqual(
    wordsBefore.map((words) => words.join(" ")),
    wordsAfter.map((words) => words.join(" ")),
    freeBefore,
    freeAfter,
    take,
  );
  pairSimilar(wordsBefore, wordsAfter, freeBefore, freeAfter, take);

  const moved = outOfOrder(found);
  const pairs = found
    .map((pair) => ({ ...pair, moved: moved.has(pair.before) }))
    .sort((a, b) => a.after - b.after);
  return {
    pairs,
    removed: [...freeBefore].sort((a, b) => a - b),
    added: [...freeAfter].sort((a, b) => a - b),
  };
}

/** The words of the items at `free` (the others' entries stay empty: no pass reads them). */
function wordsOfFree(items: readonly string[], free: ReadonlySet<number>): string[][] {
  const words: string[][] = new Array(items.length).fill([]);
  for (const index of free) words[index] = wordsOf(items[index] ?? "");
  return words;
}

/** Equal keys pair in order, so duplicated items pair first with first. */
function pairEqual(
  before: readonly string[],
  after: readonly string[],
  freeBefore: Set<number>,
  freeAfter: Set<number>,
  take: (i: number, j: number) => void,
): void {
  const waiting = new Map<string, number[]>();
  for (const i of freeBefore) {
    const key = before[i] ?? "";
    waiting.set(key, [...(waiting.get(key) ?? []), i]);
  }
  for (const j of [...freeAfter]) {
    const queue = waiting.get(after[j] ?? "");
    const i = queue?.shift();
    if (i !== undefined) take(i, j);
  }
}

/** Greedy best-first over all candidate pairs; ties go to the pair closest in position. */
function pairSimilar(
  before: readonly string[][],
  after: readonly string[][],
  freeBefore: Set<number>,
  freeAfter: Set<number>,
  take: (i: number, j: number) => void,
): void {
  const candidates: Array<{ i: number; j: number; score: number }> = [];
  for (const i of freeBefore) {
    for (const j of freeAfter) {
      const score = similarity(before[i] ?? [], after[j] ?? []);
      if (score >= SIMILARITY_THRESHOLD) candidates.push({ i, j, score });
    }
  }
  candidates.sort(
    (a, b) =>
      b.score - a.score || Math.abs(a.i - a.j) - Math.abs(b.i - b.j) || a.i - b.i || a.j - b.j,
  );
  for (const { i, j } of candidates) {
    if (freeBefore.has(i) && freeAfter.has(j)) take(i, j);
  }
}

/**
 * Before-indexes of pairs outside a longest increasing subsequence of
 * after-indexes (taken in before order): the fewest items whose moving
 * explains the new order.
 */
export function outOfOrder(pairs: ReadonlyArray<{ before: number; after: number }>): Set<number> {
  const sorted = [...pairs].sort((a, b) => a.before - b.before);
  const tails: number[] = [];
  const previous: number[] = new Array(sorted.length).fill(-1);
  for (let k = 0; k < sorted.length; k++) {
    const value = sorted[k]?.after ?? 0;
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((sorted[tails[mid] ?? 0]?.after ?? 0) < value) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[k] = tails[low - 1] ?? -1;
    tails[low] = k;
  }
  const kept = new Set<number>();
  for (let k = tails[tails.length - 1] ?? -1; k !== -1; k = previous[k] ?? -1) {
    const pair = sorted[k];
    if (pair) kept.add(pair.before);
  }
  return new Set(sorted.filter((pair) => !kept.has(pair.before)).map((pair) => pair.before));
}
