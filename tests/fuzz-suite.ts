/**
 * Fuzzing (issue 6): mutations of every fixture of every registered profile (lines
 * deleted, duplicated, swapped; bytes flipped; sections truncated) always
 * give documents or a coded failure from `ingestAll()`: never an exception,
 * never an `internal` failure. No text
 * is lost silently (issue 11): the written documents (one per class of a page
 * of several) either hold every word of their input between them (checked
 * again here, from the written documents) or one carries `text-dropped`.
 *
 * On failure fast-check's message holds the seed and the shrink path; re-run
 * one case with FUZZ_SEED=<seed> FUZZ_PATH=<path>. FUZZ_RUNS scales the runs.
 * `fuzz.test.ts` (npm test) runs a sample; `fuzz.full.test.ts` (npm run test:full)
 * runs at least 2,000.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { droppedTokens } from "../pipeline/conserve/index.js";
import { extract } from "../pipeline/extract/index.js";
import { DocFile } from "../pipeline/file.js";
import { load } from "../pipeline/load/index.js";
import { PROFILES } from "../pipeline/profiles/index.js";
import { PUBLISHERS } from "../pipeline/profiles/publishers/index.js";
import { ingest, ingestAll } from "../pipeline/run.js";
import type { SpecDocument } from "../schemas/index.js";
import { fixture } from "./helpers.js";

const CODE = /^[a-z][a-z0-9-]*$/;
const MAX_MUTATIONS = 6;

/**
 * Every registered profile (pipeline/profiles/index.ts) with its fixtures'
 * folder: a publisher's under fixtures/publishers/<name>/, any other under
 * fixtures/<name>/. A profile registered without fixtures fails the suite.
 */
const FAMILIES = PROFILES.map((entry) => ({
  entry,
  folder: PUBLISHERS.some((publisher) => publisher.name === entry.name)
    ? `publishers/${entry.name}`
    : entry.name,
}));

/** A capitalised label ending in a colon: a section's heading in any family ("MINIMUM REQUIREMENTS:"). */
const CAPS_HEADING = /^\s*[A-Z][A-Z ()/,.&'-]{4,}:/;

/**
 * The phrases a family prints as headings, from its registration: its
 * vocabulary and, for a publisher, its heading synonyms. Lower case.
 */
async function headingPhrases(family: (typeof FAMILIES)[number]): Promise<string[]> {
  const profile = await family.entry.load();
  const publisher = PUBLISHERS.find((candidate) => candidate.name === family.entry.name);
  const synonyms = publisher ? Object.values(publisher.headings).flat() : [];
  return [...profile.vocabulary, ...synonyms].map((phrase) => phrase.toLowerCase());
}

/** Markup a line may open with before its words (markdown heading, emphasis, a tag). */
const LEAD = /^(?:\s|#|\*|_|>|<[^<>]*>)*/;

/** Whether `line` opens a section of its family: where "truncate a section" cuts. */
function isHeading(line: string, phrases: readonly string[]): boolean {
  if (CAPS_HEADING.test(line)) return true;
  const words = line.replace(LEAD, "").toLowerCase();
  return phrases.some((phrase) => words.startsWith(phrase));
}

type Mutation =
  | { kind: "delete" | "duplicate"; at: number }
  | { kind: "swap"; at: number; with: number }
  | { kind: "flip"; at: number; bit: number }
  | { kind: "truncate"; at: number }
  | { kind: "truncate-section"; at: number };

/** Positions are fractions of the current size, so a mutation fits any document. */
const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom("delete" as const, "duplicate" as const), at: fraction }),
  fc.record({ kind: fc.constant("swap" as const), at: fraction, with: fraction }),
  fc.record({
    kind: fc.constant("flip" as const),
    at: fraction,
    bit: fc.integer({ min: 0, max: 7 }),
  }),
  fc.record({ kind: fc.constant("truncate" as const), at: fraction }),
  fc.record({ kind: fc.constant("truncate-section" as const), at: fraction }),
);

function index(at: number, length: number): number {
  return Math.min(length - 1, Math.floor(at * length));
}

function applyToLines(lines: string[], change: Mutation, phrases: readonly string[]): string[] {
  if (lines.length === 0) return lines;
  const at = index(change.at, lines.length);
  const out = [...lines];
  switch (change.kind) {
    case "delete":
      out.splice(at, 1);
      return out;
    case "duplicate":
      out.splice(at, 0, out[at] ?? "");
      return out;
    case "swap": {
      const other = index(change.with, lines.length);
      [out[at], out[other]] = [out[other] ?? "", out[at] ?? ""];
      return out;
    }
    case "truncate":
      return out.slice(0, at);
    case "truncate-section": {
      // Cut the section holding line `at`: from its heading to the next heading.
      let start = at;
      while (start > 0 && !isHeading(out[start] ?? "", phrases)) start--;
      let end = at + 1;
      while (end < out.length && !isHeading(out[end] ?? "", phrases)) end++;
      out.splice(start, end - start);
      return out;
    }
    default:
      return out;
  }
}

function mutate(
  original: Uint8Array,
  changes: readonly Mutation[],
  phrases: readonly string[],
): Uint8Array {
  let bytes = original;
  for (const change of changes) {
    if (change.kind === "flip") {
      if (bytes.length === 0) continue;
      bytes = Uint8Array.from(bytes);
      const at = index(change.at, bytes.length);
      bytes[at] = (bytes[at] ?? 0) ^ (1 << change.bit);
    } else {
      const lines = Buffer.from(bytes).toString("latin1").split("\n");
      bytes = new Uint8Array(
        Buffer.from(applyToLines(lines, change, phrases).join("\n"), "latin1"),
      );
    }
  }
  return bytes;
}

/** Every document of every family, sub-folders included (Iowa keeps its renderings there). */
const fixtures = (
  await Promise.all(
    FAMILIES.map(async (family) => {
      const phrases = await headingPhrases(family);
      return readdirSync(fixture(family.folder), { recursive: true, encoding: "utf8" })
        .filter((name) => /\.(txt|md|html?)$/.test(name) && !/(^|\/)README\.md$/.test(name))
        .sort()
        .map((name) => ({ path: `${family.folder}/${name.split("\\").join("/")}`, phrases }));
    }),
  )
).flat();
const fixturePaths = fixtures.map(({ path }) => path);

/**
 * The words of `bytes` the written documents do not hold between them, read again from the
 * documents as written (body, title, unmapped, the text their rules quote). A page of several
 * classes (docs/multi-class.md) gives several, each holding its class's words: they are read
 * as one output whose body is the list of their bodies.
 */
async function unheldByAll(bytes: Uint8Array, documents: SpecDocument[]): Promise<string[]> {
  const [first] = documents;
  if (!first) throw new Error("no document to read again");
  const file = new DocFile(first.source.path);
  const source = load(bytes, file);
  const extracted = source && (await extract(source, file));
  const entry = PROFILES.find((candidate) => candidate.name === first.source.profile);
  if (!extracted || !entry) throw new Error("a written document that cannot be read again");
  const profile = await entry.load();
  const several = documents.length > 1;
  const output = {
    title: first.title,
    body: several ? documents.map((document) => document.body) : first.body,
    provenance: Object.fromEntries(
      documents.flatMap((document, index) =>
        Object.entries(document.provenance).map(([pointer, place]) => [
          several && pointer.startsWith("/body/") ? `/body/${index}${pointer.slice(5)}` : pointer,
          place,
        ]),
      ),
    ),
    unmapped: documents.flatMap((document) => document.unmapped),
    quoted: documents.flatMap((document, index) => [
      ...document.rules.map((rule, at) => ({
        text: rule.text,
        place: document.provenance[`/rules/${at}`],
      })),
      // The other classes' titles, each at its own place.
      ...(index > 0 ? [{ text: document.title, place: document.provenance["/title"] }] : []),
    ]),
    // Web-page chrome the reader left out of the body: each piece is quoted in its diagnostic.
    furniture: documents.flatMap((document) =>
      document.diagnostics
        .filter((diagnostic) => diagnostic.code === "page-furniture")
        .map((diagnostic) => ({
          text: diagnostic.message,
          place:
            diagnostic.startLine === undefined
              ? undefined
              : { startLine: diagnostic.startLine, endLine: diagnostic.startLine },
        })),
    ),
  };
  return droppedTokens(extracted, output, profile.vocabulary).map((token) => token.text);
}

/** The words of `bytes` one written document does not hold. */
function unheldWords(bytes: Uint8Array, document: SpecDocument): Promise<string[]> {
  return unheldByAll(bytes, [document]);
}

function replay(): Partial<fc.Parameters<[Mutation[]]>> {
  const seed = process.env.FUZZ_SEED;
  const path = process.env.FUZZ_PATH;
  return {
    ...(seed !== undefined ? { seed: Number(seed) } : {}),
    ...(path !== undefined ? { path } : {}),
  };
}

/** The fuzz suite with `totalRuns` runs spread over the fixtures (FUZZ_RUNS overrides it). */
export function describeFuzz(totalRuns: number): void {
  const runsEach = Math.ceil(Number(process.env.FUZZ_RUNS ?? totalRuns) / fixtures.length);
  describe(`fuzz (${runsEach} runs per fixture): mutated fixtures give a document or a coded failure`, () => {
    it("the re-check sees a loss: a document missing a duty does not hold the input", async () => {
      const bytes = new Uint8Array(
        readFileSync(fixture("kentucky/seed-production-specialist-ii.txt")),
      );
      const result = await ingest(bytes, "seed.txt");
      if (result.status === "failed") throw new Error(result.error.message);
      const body = result.document.body as { duties: unknown[] };
      const lossy = { ...result.document, body: { ...body, duties: body.duties.slice(1) } };
      expect(await unheldWords(bytes, lossy as unknown as SpecDocument)).toContain("assigns");
      expect(await unheldWords(bytes, result.document)).toEqual([]);
    });

    it("the re-check sees a loss on a page of several classes: a class left out", async () => {
      const bytes = new Uint8Array(
        readFileSync(fixture("publishers/illinois/text/seed-analyst-series.txt")),
      );
      const result = await ingestAll(bytes, "series.txt");
      if (result.status === "failed") throw new Error(result.error.message);
      const documents = result.documents.map(({ document }) => document);
      expect(documents).toHaveLength(2);
      expect(await unheldByAll(bytes, documents.slice(0, 1))).toContain("tetrazolium");
      expect(await unheldByAll(bytes, documents)).toEqual([]);
    });

    it("covers every registered profile, HTML included, and no notes", () => {
      for (const { folder } of FAMILIES)
        expect(fixturePaths.some((path) => path.startsWith(`${folder}/`))).toBe(true);
      expect(fixturePaths.some((path) => path.endsWith(".html"))).toBe(true);
      expect(fixturePaths.some((path) => path.includes("README"))).toBe(false);
    });

    it.each(fixtures)(
      "$path",
      async ({ path, phrases }) => {
        const original = new Uint8Array(readFileSync(join(fixture(path))));
        await fc.assert(
          fc.asyncProperty(
            fc.array(mutation, { minLength: 1, maxLength: MAX_MUTATIONS }),
            async (changes) => {
              const bytes = mutate(original, changes, phrases);
              const result = await ingestAll(bytes, `fuzz/${path}`);
              if (result.status === "failed") {
                if (!CODE.test(result.error.code) || result.error.code === "internal")
                  throw new Error(`uncoded failure ${result.error.code}: ${result.error.message}`);
                if (result.error.message.trim() === "")
                  throw new Error("failure without a message");
                return;
              }
              const documents = result.documents.map(({ document }) => document);
              if (result.documents.some(({ status, document }) => document.status !== status))
                throw new Error("document status disagrees with the result");
              const partial = documents.some((document) => document.status === "partial");
              if (partial !== (result.status === "partial"))
                throw new Error("the input's status disagrees with its documents'");
              const dropped = documents.some((document) =>
                document.diagnostics.some((diagnostic) => diagnostic.code === "text-dropped"),
              );
              if (!dropped) {
                const lost = await unheldByAll(bytes, documents);
                if (lost.length > 0) throw new Error(`words lost silently: ${lost.join(" ")}`);
              }
            },
          ),
          { numRuns: runsEach, ...replay() },
        );
      },
      120_000,
    );
  });
}
