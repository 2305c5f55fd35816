/**
 * Parse differences and unplaced text (issue 13). A revision read by a
 * reader that could not place some text has that text in `unmapped`; the
 * other revision may have read the same words into a field. That is a
 * difference in reading, not in the document: the item is a parse difference
 * (listed apart, severity info), and its words leave the unmapped comparison
 * so they are not reported twice. What stays unplaced is compared like prose.
 */
import type { SpecDocument } from "../../schemas/index.js";
import { CHANGE_IDS } from "./catalogue.js";
import { fingerprint } from "./fingerprint.js";
import { normalizeText, wordsOf } from "./normalize.js";
import type { Change, DiffValue } from "./types.js";

/** Fewer words than this ("n/a", "None") are found everywhere and prove nothing. */
const MIN_WORDS = 3;

interface Passage {
  /** JSON pointer of the text on its side. */
  at: string;
  /** Its words, space-separated with a space at each end, for whole-word search. */
  words: string;
}

const spaced = (text: string) => ` ${wordsOf(text).join(" ")} `;

/** Every text of a side where an item may have been read: body leaves and unplaced pieces. */
function passages(document: SpecDocument): Passage[] {
  const out: Passage[] = [];
  const visit = (value: unknown, at: string) => {
    if (typeof value === "string") out.push({ at, words: spaced(value) });
    else if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) visit(item, `${at}/${index}`);
    } else if (value !== null && typeof value === "object")
      for (const [key, item] of Object.entries(value)) visit(item, `${at}/${key}`);
  };
  visit(document.body, "/body");
  document.unmapped.forEach((piece, index) => {
    out.push({ at: `/unmapped/${index}`, words: spaced(piece.text) });
  });
  // A page break can split unplaced text in two pieces.
  out.push({
    at: "/unmapped",
    words: spaced(document.unmapped.map((piece) => piece.text).join(" ")),
  });
  return out;
}

/** Texts of an item to look for: a string, or each line of a whole item without its "Label: ". */
function textsOf(value: DiffValue | undefined): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.map((line) => line.replace(/^[A-Z][\w ]{0,30}: /, ""));
  return [];
}

/** "/body/areasOfWork/2/duties/0" -> "/body/areasOfWork/#/duties/#": which field, whatever the item. */
function fieldOf(pointer: string): string {
  return pointer.replace(/\/\d+(?=\/|$)/g, "/#");
}

function findAll(texts: readonly string[], within: readonly Passage[]): string | undefined {
  const long = texts.filter((text) => wordsOf(text).length >= MIN_WORDS);
  if (long.length === 0 || long.length < texts.length) return undefined;
  let first: string | undefined;
  for (const text of long) {
    const needle = spaced(text);
    const found = within.find((passage) => passage.words.includes(needle));
    if (!found) return undefined;
    first ??= found.at;
  }
  return first;
}

export interface Separated {
  changes: Change[];
  parseDifferences: Change[];
  /** Unplaced text of each side, less what the other side placed. */
  unmapped: { before: string; after: string };
}

export function separateParseDifferences(
  changes: readonly Change[],
  before: SpecDocument,
  after: SpecDocument,
): Separated {
  const inBefore = passages(before);
  const inAfter = passages(after);
  const kept: Change[] = [];
  const parseDifferences: Change[] = [];
  const consumed = { before: [] as string[], after: [] as string[] };
  for (const change of changes) {
    const added = change.op === "add";
    const removed = change.op === "remove";
    // The same field elsewhere (a duty moved from one area to another) is an edit, not a reading.
    const field = fieldOf(change.pointer);
    const other = (added ? inBefore : inAfter).filter((passage) => fieldOf(passage.at) !== field);
    const texts = textsOf(added ? change.after : change.before);
    const foundIn =
      (added || removed) && change.pointer.startsWith("/body") ? findAll(texts, other) : undefined;
    if (foundIn === undefined) {
      kept.push(change);
      continue;
    }
    if (foundIn.startsWith("/unmapped")) consumed[added ? "before" : "after"].push(...texts);
    parseDifferences.push(asParseDifference(after.id, change, foundIn));
  }
  return {
    changes: kept,
    parseDifferences,
    unmapped: {
      before: unplacedText(before, consumed.before, inAfter),
      after: unplacedText(after, consumed.after, inBefore),
    },
  };
}

function asParseDifference(documentId: string, change: Change, foundIn: string): Change {
  const { fingerprint: _old, facts, ...rest } = change;
  return {
    ...rest,
    severity: "info",
    ruleId: CHANGE_IDS.parseDifference,
    foundIn,
    ...(facts ? { facts } : {}),
    fingerprint: fingerprint(
      documentId,
      CHANGE_IDS.parseDifference,
      `${change.ruleId}:${change.pointer}`,
      change.before,
      change.after,
    ),
  };
}

/**
 * A side's unplaced text with the words the other side placed taken out: the
 * spans of items already listed as parse differences, and whole pieces the
 * other side read into a field.
 */
function unplacedText(
  document: SpecDocument,
  consumed: readonly string[],
  other: readonly Passage[],
): string {
  const otherBody = other.filter((passage) => passage.at.startsWith("/body"));
  const otherUnplaced = other.find((passage) => passage.at === "/unmapped")?.words ?? "";
  const pieces = document.unmapped.map((piece) => normalizeText(piece.text));
  // A piece both sides left unplaced stays, whatever else the other side says.
  const placedByOther = (piece: string) =>
    wordsOf(piece).length >= MIN_WORDS &&
    !otherUnplaced.includes(spaced(piece)) &&
    otherBody.some((passage) => passage.words.includes(spaced(piece)));
  const kept = pieces.filter((piece) => !placedByOther(piece));
  let text = kept.join(" ");
  for (const item of consumed) text = removeWords(text, item);
  return normalizeText(text);
}

/** Removes the first run of `text` whose words are `item`'s words (case and punctuation aside). */
function removeWords(text: string, item: string): string {
  const words = wordsOf(item);
  if (words.length === 0) return text;
  const pattern = new RegExp(words.join("[^\\p{L}\\p{N}]+"), "iu");
  return text.replace(pattern, " ");
}
