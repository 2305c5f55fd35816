/**
 * Parse differences and unplaced text (issue 13). A revision read by a
 * reader that could not place some text has that text in `unmapped`; the
 * other revision may have read the same words into a field. That is a
 * difference in reading, not in the document: the item is a parse difference
 * (listed apart, severity info), and its words leave the unmapped comparison
 * so they are not reported twice. What stays unplaced is compared like prose.
 */
import type { SpecDocument } from "../../schemas/index.js";
import { BODY_AT, documentAt } from "../shared/pointer.js";
import { unwrapped } from "../shared/text.js";
import { CHANGE_IDS } from "./catalogue.js";
import { fingerprint } from "./fingerprint.js";
import { SECTIONS } from "./labels.js";
import { normalizeText, wordsOf } from "./normalize.js";
import type { Change, DiffValue } from "./types.js";

/** `make`'s value, made on the first call only. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}

/** Fewer words than this ("n/a", "None") are found everywhere and prove nothing. */
const MIN_WORDS = 3;

interface Passage {
  /** JSON pointer of the text on its side. */
  at: string;
  /** Its words, space-separated with a space at each end, for whole-word search. */
  words: string;
}

const UNMAPPED_AT = documentAt("unmapped");
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
  visit(document.body, BODY_AT);
  document.unmapped.forEach((piece, index) => {
    out.push({ at: documentAt("unmapped", index), words: spaced(unwrapped(piece.text)) });
  });
  // A page break can split unplaced text in two pieces.
  out.push({
    at: UNMAPPED_AT,
    words: spaced(document.unmapped.map((piece) => unwrapped(piece.text)).join(" ")),
  });
  return out;
}

/** Where a side says every one of `texts` (the first's pointer), else undefined. */
export function whereSaid(texts: readonly string[], document: SpecDocument): string | undefined {
  return findAll(texts, passages(document));
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

/**
 * Enough words to say where an item was read: three at least, one of them
 * with a letter (a date or an amount alone, "2006-02-24", is found wherever
 * the same number is printed and proves nothing).
 */
function telling(text: string): boolean {
  const words = wordsOf(text);
  return words.length >= MIN_WORDS && words.some((word) => /\p{L}/u.test(word));
}

function findAll(texts: readonly string[], within: readonly Passage[]): string | undefined {
  const long = texts.filter(telling);
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

/**
 * The text one side has and the other lacks: a whole item added or removed,
 * or a field that only grew or only shrank by one run of words (one side read
 * less into it).
 */
function extraText(change: Change): { side: "before" | "after"; texts: string[] } | undefined {
  if (change.op === "add") return { side: "after", texts: textsOf(change.after) };
  if (change.op === "remove") return { side: "before", texts: textsOf(change.before) };
  if (change.op !== "replace" || !change.words) return undefined;
  const runs = (op: "add" | "remove") =>
    change.words?.filter((part) => part.op === op && wordsOf(part.text).length > 0) ?? [];
  const added = runs("add");
  const removed = runs("remove");
  if (added.length === 1 && removed.length === 0)
    return { side: "after", texts: [added[0]?.text ?? ""] };
  if (removed.length === 1 && added.length === 0)
    return { side: "before", texts: [removed[0]?.text ?? ""] };
  return undefined;
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
  // A side's passages are read only when asked for: most changes are no text one side lacks,
  // and most documents have nothing unplaced.
  const inBefore = once(() => passages(before));
  const inAfter = once(() => passages(after));
  const kept: Change[] = [];
  const parseDifferences: Change[] = [];
  const consumed = { before: [] as string[], after: [] as string[] };
  for (const change of changes) {
    const extra = extraText(change);
    if (extra === undefined || !change.pointer.startsWith(BODY_AT)) {
      kept.push(change);
      continue;
    }
    // Look for the extra text on the side that lacks it, outside this field
    // and the fields of its item (the same field elsewhere, a duty moved
    // between areas, is an edit; a distinction moved to another level holds
    // its own text).
    const lacking = extra.side === "after" ? "before" : "after";
    const field = fieldOf(change.pointer);
    const other = (lacking === "before" ? inBefore : inAfter)().filter((passage) => {
      const at = fieldOf(passage.at);
      return at !== field && !at.startsWith(`${field}/`);
    });
    const foundIn = findAll(extra.texts, other);
    if (foundIn === undefined) {
      kept.push(change);
      continue;
    }
    if (foundIn.startsWith(UNMAPPED_AT)) consumed[lacking].push(...extra.texts);
    parseDifferences.push(asParseDifference(after.id, change, foundIn));
  }
  const was = unplaced(before, consumed.before, inAfter);
  const now = unplaced(after, consumed.after, inBefore);
  parseDifferences.push(
    ...was.placed.map((piece) => placedPiece(after.id, "before", piece)),
    ...now.placed.map((piece) => placedPiece(after.id, "after", piece)),
  );
  return {
    changes: kept,
    parseDifferences,
    unmapped: { before: was.text, after: now.text },
  };
}

/** An unplaced piece the other side read into a field, as a parse difference. */
function placedPiece(
  documentId: string,
  side: "before" | "after",
  piece: Unplaced["placed"][number],
): Change {
  const pointer = documentAt("unmapped", piece.index);
  return {
    pointer,
    section: SECTIONS.unmapped,
    label: "Text not placed in any field",
    op: side === "after" ? "add" : "remove",
    severity: "info",
    ruleId: CHANGE_IDS.parseDifference,
    ...(side === "after" ? { after: piece.text } : { before: piece.text }),
    foundIn: piece.foundIn,
    fingerprint: fingerprint(documentId, CHANGE_IDS.parseDifference, "unmapped", piece.text, side),
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
      // By meaning (what was read, and its values), never by list index.
      `${change.ruleId}:${change.label}`,
      change.before,
      change.after,
    ),
  };
}

interface Unplaced {
  text: string;
  /** Pieces the other side read into a field, not already told by an item's parse difference. */
  placed: Array<{ index: number; text: string; foundIn: string }>;
}

/**
 * A side's unplaced text with the words the other side placed taken out: the
 * spans of items already listed as parse differences, and whole pieces the
 * other side read into a field.
 */
function unplaced(
  document: SpecDocument,
  consumed: readonly string[],
  passagesOfOther: () => readonly Passage[],
): Unplaced {
  if (document.unmapped.length === 0 && consumed.length === 0) return { text: "", placed: [] };
  const other = passagesOfOther();
  const otherBody = other.filter((passage) => passage.at.startsWith(BODY_AT));
  const otherUnplaced = other.find((passage) => passage.at === UNMAPPED_AT)?.words ?? "";
  const told = consumed.map(spaced);
  const kept: string[] = [];
  const placed: Unplaced["placed"] = [];
  document.unmapped.forEach((piece, index) => {
    const text = normalizeText(unwrapped(piece.text));
    const words = spaced(text);
    // A piece both sides left unplaced stays, whatever else the other side says.
    const home =
      telling(text) && !otherUnplaced.includes(words)
        ? otherBody.find((passage) => passage.words.includes(words))
        : undefined;
    if (home === undefined) {
      kept.push(text);
      return;
    }
    if (!told.some((item) => item.includes(words) || words.includes(item)))
      placed.push({ index, text, foundIn: home.at });
  });
  let text = kept.join(" ");
  for (const item of consumed) text = removeWords(text, item);
  return { text: normalizeText(text), placed };
}

/** Removes the first run of `text` whose words are `item`'s words (case and punctuation aside). */
function removeWords(text: string, item: string): string {
  const words = wordsOf(item);
  if (words.length === 0) return text;
  const pattern = new RegExp(words.join("[^\\p{L}\\p{N}]+"), "iu");
  return text.replace(pattern, " ");
}
