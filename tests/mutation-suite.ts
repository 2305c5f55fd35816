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
import { tokensOf } from "../pipeline/conserve/tokens.js";
import { detect } from "../pipeline/detect/index.js";
import { extract } from "../pipeline/extract/index.js";
import { DocFile } from "../pipeline/file.js";
import { load } from "../pipeline/load/index.js";
import { PROFILES } from "../pipeline/profiles/index.js";
import { splitSentenceSpans } from "../pipeline/shared/sentences.js";
import type { AnyProfile, Extracted, Interpretation } from "../pipeline/types.js";
import type { Provenance } from "../schemas/index.js";
import { fixture } from "./helpers.js";

/** Every readable input of fixtures/ (the bad inputs that must fail left out). */
const FIXTURES = readdirSync(fixture(""), { recursive: true, encoding: "utf8" })
  .map((name) => name.split("\\").join("/"))
  .filter((name) => /\.(txt|md|html?|pdf)$/.test(name) && !/(^|\/)README\.md$/.test(name))
  .filter((name) => !name.startsWith("bad/"))
  .sort();

/** A sentence worth dropping: prose, not a code or a one-word value. */
const SENTENCE_TOKENS = 3;

interface Reading {
  extracted: Extracted;
  interpretation: Interpretation;
  profile: AnyProfile;
}

async function read(name: string): Promise<Reading> {
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

function stringsOf(
  value: unknown,
  path: Array<string | number>,
  out: Array<[string, typeof path]>,
): void {
  if (typeof value === "string") out.push([value, path]);
  else if (Array.isArray(value))
    value.forEach((item, index) => {
      stringsOf(item, [...path, index], out);
    });
  else if (value !== null && typeof value === "object")
    for (const [key, item] of Object.entries(value)) stringsOf(item, [...path, key], out);
}

/**
 * The sentences of the body a reader read from the text: each printed as is
 * in the input (whitespace aside), so losing it is a loss of the input's text;
 * and held nowhere else in the output word for word (a class title a chart's
 * heading repeats, a reference the probation sentence a rule quotes holds),
 * so losing it loses the text.
 */
function sentencesOf(reading: Reading): Sentence[] {
  const { interpretation, extracted } = reading;
  const input = collapse(extracted.lines.map((line) => line.text).join(" "));
  const strings: Array<[string, Array<string | number>]> = [];
  stringsOf(interpretation.body, [], strings);
  const elsewhere = (text: string, path: readonly (string | number)[]): boolean =>
    strings.some(([other, at]) => at !== path && collapse(other).includes(text)) ||
    collapse(interpretation.title).includes(text) ||
    Object.values(interpretation.sources ?? {}).some((source) =>
      collapse(source.text).includes(text),
    );
  const out: Sentence[] = [];
  for (const [value, path] of strings) {
    for (const { start, end } of splitSentenceSpans(value)) {
      const text = value.slice(start, end);
      if (tokensOf(text).length < SENTENCE_TOKENS) continue;
      if (!input.includes(collapse(text))) continue;
      if (elsewhere(collapse(text), path)) continue;
      out.push({ path, start, end, text });
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

/** The suite, dropping `perFixture` sentences of each fixture (every sentence: Infinity). */
export function describeMutations(perFixture: number): void {
  describe(`a dropped sentence is caught (${perFixture} per fixture)`, () => {
    it("covers fixtures of every registered profile", async () => {
      const readers = new Set<string>();
      for (const name of FIXTURES.filter((name) => !name.endsWith(".pdf")))
        readers.add((await read(name)).profile.name);
      expect([...readers].sort()).toEqual(PROFILES.map((entry) => entry.name).sort());
    });

    it.each(FIXTURES)("%s", async (name) => {
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
