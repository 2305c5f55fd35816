/**
 * Following a document across a change of identity. A re-coded class (new job
 * number) or a retitled series (its id is a slug of the title) has a new id,
 * so pairing by id alone shows it as one removal and one addition and hides
 * every other edit of that revision. Like git's rename detection, documents
 * left unpaired by id are paired by how much of their text they share.
 */
import type { SpecDocument } from "../../schemas/index.js";
import { similarity } from "./match.js";
import { normalizeText, wordsOf } from "./normalize.js";
import type { DocumentRename } from "./types.js";

/**
 * Share of body words two unpaired documents must have in common to be one
 * document renamed. Higher than git's 50%: two classes of one series (a
 * level I and a level II) share much of their wording, and a re-code or
 * retitle keeps nearly all of it.
 */
export const RENAME_THRESHOLD = 0.7;

export interface RenamePair {
  before: SpecDocument;
  after: SpecDocument;
  similarity: number;
}

/** Every word a document's body says (its values, not the schema's keys). */
export function bodyWords(document: SpecDocument): string[] {
  const words: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === "string") words.push(...wordsOf(value));
    else if (typeof value === "number") words.push(String(value));
    else if (Array.isArray(value)) for (const item of value) visit(item);
    else if (value !== null && typeof value === "object")
      for (const item of Object.values(value)) visit(item);
  };
  visit(document.body);
  return words;
}

/** Similarity of two documents' bodies, 0..1, to two decimals (what the report shows). */
export function documentSimilarity(before: SpecDocument, after: SpecDocument): number {
  return Math.floor(similarity(bodyWords(before), bodyWords(after)) * 100) / 100;
}

/**
 * Pairs removed with added documents of the same kind, most similar first;
 * ties go to the ids in order, so the result does not depend on input order.
 */
export function detectRenames(
  removed: readonly SpecDocument[],
  added: readonly SpecDocument[],
  threshold: number = RENAME_THRESHOLD,
): RenamePair[] {
  const candidates: RenamePair[] = [];
  const words = new Map<SpecDocument, string[]>(
    [...removed, ...added].map((document) => [document, bodyWords(document)]),
  );
  for (const before of removed) {
    for (const after of added) {
      if (before.kind !== after.kind) continue;
      const score = similarity(words.get(before) ?? [], words.get(after) ?? []);
      if (score >= threshold)
        candidates.push({ before, after, similarity: Math.floor(score * 100) / 100 });
    }
  }
  candidates.sort(
    (a, b) =>
      b.similarity - a.similarity ||
      a.before.id.localeCompare(b.before.id) ||
      a.after.id.localeCompare(b.after.id),
  );
  const taken = new Set<SpecDocument>();
  const pairs: RenamePair[] = [];
  for (const candidate of candidates) {
    if (taken.has(candidate.before) || taken.has(candidate.after)) continue;
    taken.add(candidate.before);
    taken.add(candidate.after);
    pairs.push(candidate);
  }
  return pairs;
}

/** What a report says of a pair whose id changed: retitled when its title did, else re-coded. */
export function describeRename(
  before: SpecDocument,
  after: SpecDocument,
  score: number,
): DocumentRename | undefined {
  if (before.id === after.id) return undefined;
  const retitled = normalizeText(before.title) !== normalizeText(after.title);
  return {
    from: before.id,
    fromTitle: before.title,
    as: retitled ? "retitled" : "re-coded",
    similarity: score,
  };
}
