/**
 * Mutation tests of the conservation stage (issue 22): for every fixture,
 * a reader that loses one sentence of what it read (a duty, one sentence of a
 * prose value, a title, a notice) is caught: `text-dropped`, even when every
 * word of the sentence stands elsewhere in the spec. The unmutated reading
 * conserves. Fixtures and profiles come from the fixtures folder and the
 * profile registry, so a new fixture or family is covered without a line here.
 *
 * A mutation removes the sentence from its value as a lossy reader would: the
 * rest of the value stays, a value left empty in a list is removed from it and
 * the places of the items after it move up with them.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { conserve } from "../pipeline/conserve/index.js";
import { LineIndex } from "../pipeline/conserve/line-index.js";
import { dateParts, isDateToken, numberToken, tokensOf } from "../pipeline/conserve/tokens.js";
import { detect } from "../pipeline/detect/index.js";
import { extract } from "../pipeline/extract/index.js";
import { DocFile } from "../pipeline/file.js";
import { load } from "../pipeline/load/index.js";
import { PROFILES } from "../pipeline/profiles/index.js";
import { splitSentenceSpans } from "../pipeline/shared/sentences.js";
import type { AnyProfile, Extracted, Interpretation } from "../pipeline/types.js";
import type { Place, Provenance } from "../schemas/index.js";
import { fixture } from "./helpers.js";

/** Every readable input of fixtures/ (the bad inputs that must fail left out). */
const FIXTURES = readdirSync(fixture(""), { recursive: true, encoding: "utf8" })
  .map((name) => name.split("\\").join("/"))
  .filter((name) => /\.(txt|md|html?|pdf)$/.test(name) && !/(^|\/)README\.md$/.test(name))
  .filter((name) => !name.startsWith("bad/"))
  .sort();

/** Markup in HTML and markdown sources, as the conservation stage strips it. */
const MARKUP = /<\/?[A-Za-z][^<>\n]*>|&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);/g;

/** A sentence worth dropping: prose, not a code or a one-word value. */
const SENTENCE_TOKENS = 3;

interface Reading {
  extracted: Extracted;
  interpretation: Interpretation;
  profile: AnyProfile;
}

/** Each fixture read once per file run: the coverage test and the fixture's own test share it. */
const readings = new Map<string, Promise<Reading>>();
function read(name: string): Promise<Reading> {
  let reading = readings.get(name);
  if (!reading) {
    reading = readFixture(name);
    readings.set(name, reading);
  }
  return reading;
}

async function readFixture(name: string): Promise<Reading> {
  const file = new DocFile(name);
  const source = load(new Uint8Array(readFileSync(fixture(name))), file);
  const extracted = source && (await extract(source, file));
  const detected = extracted && detect(extracted, PROFILES, file);
  if (!extracted || !detected) throw new Error(`${name} does not read`);
  const profile = "load" in detected ? await detected.load() : detected;
  const interpretation = profile.interpret(extracted, file) as Interpretation | undefined;
  if (!interpretation) throw new Error(`${name} does not interpret`);
  return { extracted, interpretation, profile };
}

/** One sentence of one string value: where it is and what it says. */
interface Sentence {
  /** The value's path from the body: keys and indexes. */
  path: ReadonlyArray<string | number>;
  start: number;
  end: number;
  text: string;
}

const collapse = (text: string): string => text.replace(/\s+/g, " ").trim().toLowerCase();

/** The body's leaves with their paths: strings, and numbers as the conservation stage tokenizes them. */
function leavesOf(
  value: unknown,
  path: Array<string | number>,
  out: Array<[string, typeof path, "string" | "number"]>,
): void {
  if (typeof value === "string") out.push([value, path, "string"]);
  else if (typeof value === "number") out.push([numberToken(value), path, "number"]);
  else if (Array.isArray(value))
    value.forEach((item, index) => {
      leavesOf(item, [...path, index], out);
    });
  else if (value !== null && typeof value === "object")
    for (const [key, item] of Object.entries(value)) leavesOf(item, [...path, key], out);
}

/** A value's place: its pointer's, else its nearest placed ancestor's, as the conservation stage reads it. */
function placeOf(provenance: Provenance, path: ReadonlyArray<string | number>): Place | undefined {
  for (let length = path.length; length >= 0; length--) {
    const place =
      provenance[
        `/body${path
          .slice(0, length)
          .map((key) => `/${key}`)
          .join("")}`
      ];
    if (place) return place;
  }
  return undefined;
}

function count(into: Map<string, number>, tokens: readonly string[]): void {
  for (const token of tokens) into.set(token, (into.get(token) ?? 0) + 1);
}

/** A value's tokens as the conservation stage holds them: a date also by its parts. */
function heldTokensOf(text: string): string[] {
  return tokensOf(text).flatMap((token) =>
    isDateToken(token) ? [token, ...dateParts(token)] : [token],
  );
}

/**
 * Whether the other values read from the sentence's lines hold, on their own,
 * every word the input prints there of each of the sentence's words: a history
 * entry "Established 8/78" beside its event `established` and its date, twice
 * read from the same line. Dropping such a sentence loses no word of the input,
 * so it is no mutation the stage can or should catch. Counts, not sets: a word
 * the line prints twice needs two holders. Only values placed within the
 * sentence's lines, widened to the values that cover them, count, against
 * every word printed there; a value without a place (held anywhere) never does.
 */
function heldBesides(
  reading: Reading,
  leaves: ReadonlyArray<[string, ReadonlyArray<string | number>, "string" | "number"]>,
  lines: LineIndex,
  sentence: Sentence,
): boolean {
  const { provenance } = reading.interpretation;
  const place = placeOf(provenance, sentence.path);
  const span = place && lines.span(place);
  if (!span) return false;
  // The region: the sentence's lines widened to every value read over them (a date placed on the
  // whole history block); every value inside it counts, against every word printed in it.
  let [start, end] = span;
  for (const [, path] of leaves) {
    const at = placeOf(provenance, path);
    const covered = at && lines.span(at);
    if (covered && covered[0] <= span[0] && span[1] <= covered[1]) {
      start = Math.min(start, covered[0]);
      end = Math.max(end, covered[1]);
    }
  }
  const printed = new Map<string, number>();
  const besides = new Map<string, number>();
  // Longest first: a stretch is one label, "Title Change" before "Title".
  const labels = reading.profile.vocabulary.map(tokensOf).sort((a, b) => b.length - a.length);
  for (const { text } of reading.extracted.lines.slice(start, end + 1)) {
    // Tags and character references are no words, as the stage reads a line (conserve MARKUP).
    const line = { text: text.replace(MARKUP, " ") };
    count(printed, tokensOf(line.text));
    // A declared label opening or closing a stretch of the line ("NOTE:") holds its words there.
    for (const stretch of line.text.split(/[:\t|]/).map(tokensOf))
      for (const label of labels)
        if (
          label.length > 0 &&
          label.length <= stretch.length &&
          (label.every((token, at) => stretch[at] === token) ||
            label.every((token, at) => stretch[stretch.length - label.length + at] === token))
        ) {
          count(besides, label);
          break;
        }
  }
  for (const [value, path, kind] of leaves) {
    const at = placeOf(provenance, path);
    const covered = at && lines.span(at);
    if (!covered || covered[0] < start || covered[1] > end) continue;
    if (kind === "number") count(besides, [value]);
    else if (path === sentence.path)
      count(
        besides,
        heldTokensOf(`${value.slice(0, sentence.start)} ${value.slice(sentence.end)}`),
      );
    else count(besides, heldTokensOf(value));
  }
  return tokensOf(sentence.text).every(
    (token) => (besides.get(token) ?? 0) >= (printed.get(token) ?? 0),
  );
}

/** Whether the sentence is, word for word, a label the profile declares: structure, not text. */
function isDeclaredLabel(reading: Reading, text: string): boolean {
  const words = tokensOf(text).join(" ");
  return reading.profile.vocabulary.some((phrase) => tokensOf(phrase).join(" ") === words);
}

/**
 * The sentences of the body a reader read from the text: each printed as is
 * in the input (whitespace aside), so losing it is a loss of the input's text;
 * held nowhere else in the output word for word (a class title a chart's
 * heading repeats, a reference the probation sentence a rule quotes holds, a
 * heading the breadcrumb's furniture or an unmapped piece repeats), so losing
 * it loses the text; not a declared label; and not held at its own lines by
 * the values beside it (`heldBesides`).
 */
function sentencesOf(reading: Reading): Sentence[] {
  const { interpretation, extracted } = reading;
  const input = collapse(extracted.lines.map((line) => line.text).join(" "));
  const leaves: Array<[string, Array<string | number>, "string" | "number"]> = [];
  leavesOf(interpretation.body, [], leaves);
  const strings = leaves.filter(([, , kind]) => kind === "string");
  const lines = new LineIndex(extracted.lines);
  const quoted = [
    interpretation.title,
    ...Object.values(interpretation.sources ?? {}).map((source) => source.text),
  ].map(collapse);
  // Text left out of the body holds a sentence only where the stage lets it: read from the
  // sentence's own lines, or restating it whole (the breadcrumb's "Waterways Technician Series").
  const leftOut = [
    ...interpretation.unmapped.map((piece) => ({
      text: collapse(piece.text),
      place: piece.startLine !== undefined ? (piece as Place) : undefined,
    })),
    ...(interpretation.furniture ?? []).map((piece) => ({
      text: collapse(piece.text),
      place: piece.place,
    })),
  ];
  const covers = (outer: Place | undefined, inner: Place | undefined): boolean => {
    const a = outer && lines.span(outer);
    const b = inner && lines.span(inner);
    return a !== undefined && b !== undefined && a[0] <= b[0] && b[1] <= a[1];
  };
  const elsewhere = (text: string, path: readonly (string | number)[]): boolean =>
    strings.some(([other, at]) => at !== path && collapse(other).includes(text)) ||
    quoted.some((piece) => piece.includes(text)) ||
    leftOut.some(
      (piece) =>
        piece.text === text ||
        (piece.text.includes(text) &&
          covers(piece.place, placeOf(interpretation.provenance, path))),
    );
  const out: Sentence[] = [];
  for (const [value, path] of strings) {
    for (const { start, end } of splitSentenceSpans(value)) {
      const text = value.slice(start, end);
      if (tokensOf(text).length < SENTENCE_TOKENS) continue;
      if (!input.includes(collapse(text))) continue;
      if (elsewhere(collapse(text), path)) continue;
      if (isDeclaredLabel(reading, text)) continue;
      const sentence = { path, start, end, text };
      if (heldBesides(reading, leaves, lines, sentence)) continue;
      out.push(sentence);
    }
  }
  return out;
}

/** Places of `/body/<list>/k` for k > `index` move to k - 1; the removed item's go. */
function shiftPlaces(provenance: Provenance, list: string, index: number): Provenance {
  const out: Provenance = {};
  const prefix = `${list}/`;
  for (const [at, place] of Object.entries(provenance)) {
    if (!at.startsWith(prefix)) {
      out[at] = place;
      continue;
    }
    const rest = at.slice(prefix.length);
    const slash = rest.indexOf("/");
    const item = Number(slash < 0 ? rest : rest.slice(0, slash));
    const tail = slash < 0 ? "" : rest.slice(slash);
    if (item < index) out[at] = place;
    else if (item > index) out[`${prefix}${item - 1}${tail}`] = place;
  }
  return out;
}

/** The interpretation a reader that lost `sentence` would give. */
export function without(interpretation: Interpretation, sentence: Sentence): Interpretation {
  const body = structuredClone(interpretation.body) as unknown as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = body;
  for (const key of sentence.path.slice(0, -1))
    parent = parent[key] as Record<string | number, unknown>;
  const last = sentence.path[sentence.path.length - 1] as string | number;
  const value = parent[last] as string;
  const rest = `${value.slice(0, sentence.start)} ${value.slice(sentence.end)}`
    .replace(/\s+/g, " ")
    .trim();
  let provenance = interpretation.provenance;
  if (rest === "" && Array.isArray(parent) && typeof last === "number") {
    parent.splice(last, 1);
    provenance = shiftPlaces(provenance, `/body/${sentence.path.slice(0, -1).join("/")}`, last);
  } else parent[last] = rest;
  return { ...interpretation, body, provenance } as Interpretation;
}

function dropsText(reading: Reading, interpretation: Interpretation): string[] {
  const file = new DocFile("mutated");
  conserve(reading.extracted, interpretation, reading.profile.vocabulary, file, "test");
  return file.messages
    .filter((message) => message.code === "text-dropped")
    .map((message) => message.message);
}

/** `count` sentences spread over the list (all when it holds no more). */
function sample<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from(
    { length: count },
    (_, at) => items[Math.floor((at * items.length) / count)] as T,
  );
}

/** The first fixture of each folder: every publisher, layout and format, a third of them. */
function firstOfEachFolder(names: readonly string[]): string[] {
  const folderOf = (name: string) => name.slice(0, name.lastIndexOf("/") + 1);
  return names.filter((name, at) => at === 0 || folderOf(names[at - 1] ?? "") !== folderOf(name));
}

/**
 * The suite, dropping `perFixture` sentences of each fixture (every sentence: Infinity), of every
 * fixture or of the first of each folder.
 */
export function describeMutations(
  perFixture: number,
  fixtures: "all" | "first of each folder",
): void {
  const names = fixtures === "all" ? FIXTURES : firstOfEachFolder(FIXTURES);
  describe(`a dropped sentence is caught (${perFixture} per fixture, ${fixtures})`, () => {
    it("covers fixtures of every registered profile", async () => {
      const readers = new Set<string>();
      for (const name of names.filter((name) => !name.endsWith(".pdf")))
        readers.add((await read(name)).profile.name);
      expect([...readers].sort()).toEqual(PROFILES.map((entry) => entry.name).sort());
    });

    it.each(names)("%s", async (name) => {
      const reading = await read(name);
      expect(dropsText(reading, reading.interpretation)).toEqual([]);
      const sentences = sentencesOf(reading);
      expect(sentences.length).toBeGreaterThan(0);
      const missed = sample(sentences, perFixture).filter(
        (sentence) => dropsText(reading, without(reading.interpretation, sentence)).length === 0,
      );
      expect(missed.map((sentence) => `${sentence.path.join("/")}: ${sentence.text}`)).toEqual([]);
    });
  });
}
