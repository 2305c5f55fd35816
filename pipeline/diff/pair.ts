/** Pairing keyed items across revisions (salary ranges by period, classes by code, areas by name). */
import { normalizeText } from "./normalize.js";

export interface Keyed<T> {
  a?: T;
  b?: T;
  index: { before?: number; after?: number };
}

/**
 * Pairs items that share a key; an item may have several keys (a class and
 * its codes: a code added to a class keeps it the same class). Duplicates of
 * one key pair in order. Output follows the revision's order, with items only
 * in `before` after them in their order.
 */
export function pairByKey<T>(
  before: readonly T[],
  after: readonly T[],
  key: (item: T) => string | readonly string[],
): Array<Keyed<T>> {
  const keysOf = (item: T) => {
    const keys = key(item);
    return typeof keys === "string" ? [keys] : keys;
  };
  const waiting = new Map<string, number[]>();
  before.forEach((item, index) => {
    for (const k of keysOf(item)) waiting.set(k, [...(waiting.get(k) ?? []), index]);
  });
  const out: Array<Keyed<T>> = [];
  const used = new Set<number>();
  after.forEach((item, index) => {
    const match = keysOf(item)
      .map((k) => waiting.get(k)?.find((candidate) => !used.has(candidate)))
      .find((candidate) => candidate !== undefined);
    const a = match === undefined ? undefined : before[match];
    if (match === undefined || a === undefined) {
      out.push({ b: item, index: { after: index } });
      return;
    }
    used.add(match);
    out.push({ a, b: item, index: { before: match, after: index } });
  });
  before.forEach((item, index) => {
    if (!used.has(index)) out.push({ a: item, index: { before: index } });
  });
  return out;
}

/** Areas and charts pair by name first (renumbering keeps an area), then by number (a renamed area). */
export function pairByNameThenNumber<T extends { number?: number; area?: number; name: string }>(
  before: readonly T[],
  after: readonly T[],
): Array<Keyed<T>> {
  const name = (item: T) => normalizeText(item.name).toLowerCase();
  const byName = pairByKey(before, after, name);
  const unmatchedBefore = byName.filter((pair) => pair.a && !pair.b);
  const numberOf = (item: T) => String(item.number ?? item.area);
  const out: Array<Keyed<T>> = [];
  for (const pair of byName) {
    if (pair.a && pair.b) {
      out.push(pair);
    } else if (pair.b) {
      const partner = unmatchedBefore.find(
        (candidate) =>
          candidate.a && !candidate.b && numberOf(candidate.a) === numberOf(pair.b as T),
      );
      if (partner?.a) {
        partner.b = pair.b;
        out.push({ a: partner.a, b: pair.b, index: { ...partner.index, ...pair.index } });
      } else {
        out.push(pair);
      }
    }
  }
  for (const pair of unmatchedBefore) if (!pair.b) out.push(pair);
  return out;
}
