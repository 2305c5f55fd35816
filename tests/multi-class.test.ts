/**
 * Pages of several classes (docs/multi-class.md): one input, one document per
 * class, through the library (`ingestAll`, `ingest`), the CLI (`ingest --out`,
 * `--out -`, `validate`) and the diff (class by class). The gold facts of each
 * class are checked by tests/publishers.test.ts; here, what makes the page
 * several documents.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { diffPair, revisionPairs } from "../pipeline/check/revisions.js";
import { outputName, serialize } from "../pipeline/emit/index.js";
import type { DocFile } from "../pipeline/file.js";
import { publisherProfile } from "../pipeline/profiles/generic/index.js";
import { readClassSpec } from "../pipeline/profiles/generic/read.js";
import { illinois } from "../pipeline/profiles/publishers/illinois.js";
import { ingest, ingestAll } from "../pipeline/run.js";
import type { InterpretOptions, Profile } from "../pipeline/types.js";
import type { SpecDocument } from "../schemas/index.js";
import { BUILT, startCli, waitForExit } from "./child.js";
import { allChanges, brief } from "./diff-helpers.js";
import { fixture, REPO, run } from "./helpers.js";

const PAGES = [
  ["illinois/html/waterways-technician-series.html", ["49208", "49211", "49212"]],
  ["illinois/text/waterways-technician-series.txt", ["49208", "49211", "49212"]],
  ["illinois/html/seed-analyst-series.html", ["39751", "39752"]],
  ["illinois/text/seed-analyst-series.txt", ["39751", "39752"]],
  ["illinois/pdf/seed-analyst-series.pdf", ["39751", "39752"]],
] as const;

async function documentsOf(path: string): Promise<SpecDocument[]> {
  const name = `fixtures/publishers/${path}`;
  const result = await ingestAll(new Uint8Array(readFileSync(join(REPO, name))), name);
  if (result.status === "failed") throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.documents.map(({ document }) => document);
}

/** The input lines a document's values and unmapped pieces stand on. */
function linesHeld(document: SpecDocument): number[] {
  const places = [...Object.values(document.provenance), ...document.unmapped];
  return places.flatMap(({ startLine, endLine }) => {
    const lines: number[] = [];
    for (let line = startLine; line <= endLine; line++) lines.push(line);
    return lines;
  });
}

describe("ingestAll: a page of several classes gives one document per class", () => {
  it.each(PAGES)("%s", async (path, codes) => {
    const documents = await documentsOf(path);
    expect(documents.map((document) => document.id)).toEqual(
      codes.map((code) => `us-il/class/${code}`),
    );
    for (const document of documents) {
      expect(document.status).toBe("complete");
      expect(document.source.path).toBe(`fixtures/publishers/${path}`);
      expect(document.unmapped).toEqual([]);
      const codesSaid = document.diagnostics.map((diagnostic) => diagnostic.code);
      expect(codesSaid).not.toContain("unknown-section");
      expect(codesSaid).not.toContain("text-dropped");
      expect(codesSaid).not.toContain("several-documents");
    }
  });

  it("each class claims its own lines of the whole input; only the shared top is in each", async () => {
    const documents = await documentsOf("illinois/text/waterways-technician-series.txt");
    const text = readFileSync(
      fixture("publishers/illinois/text/waterways-technician-series.txt"),
      "utf8",
    ).split("\n");
    // Where each class's own part starts: its title printed again below the table.
    const starts = documents.map(
      (document) =>
        text.findIndex((line, index) => index > 20 && line.trim() === document.title) + 1,
    );
    expect(starts.every((start, index) => start > (starts[index - 1] ?? 0))).toBe(true);
    for (const [index, document] of documents.entries()) {
      const own = linesHeld(document).filter((line) => line >= (starts[0] ?? 0));
      const end = starts[index + 1] ?? Number.POSITIVE_INFINITY;
      expect(own.length).toBeGreaterThan(0);
      expect(own.every((line) => line >= (starts[index] ?? 0) && line < end)).toBe(true);
    }
    // Every line below the table holds a value of exactly one class.
    const held = documents.flatMap((document) =>
      [...new Set(linesHeld(document))].filter((line) => line >= (starts[0] ?? 0)),
    );
    expect(new Set(held).size).toBe(held.length);
  });

  it("the page's footer is furniture of one document, not of each", async () => {
    const documents = await documentsOf("illinois/html/waterways-technician-series.html");
    const footer = documents.map(
      (document) =>
        document.diagnostics.filter(
          (diagnostic) =>
            diagnostic.code === "page-furniture" && diagnostic.message.includes("© 2024"),
        ).length,
    );
    expect(footer).toEqual([0, 0, 1]);
  });

  it("a series page and its twins in other formats give each class the same body", async () => {
    const bodies = async (path: string) =>
      (await documentsOf(path)).map((document) => JSON.stringify(document.body));
    const text = await bodies("illinois/text/seed-analyst-series.txt");
    expect(await bodies("illinois/html/seed-analyst-series.html")).toEqual(text);
    expect(await bodies("illinois/pdf/seed-analyst-series.pdf")).toEqual(text);
    expect(await bodies("illinois/text/waterways-technician-series.txt")).toEqual(
      await bodies("illinois/html/waterways-technician-series.html"),
    );
  });

  it("a line of the page no part holds is checked with the first class, reported dropped there", async () => {
    const base = publisherProfile(illinois);
    const lost = "including tetrazolium viability";
    // The parts of the page, one line taken out of the second class's and read without it.
    const leaky: Profile<"class-spec"> = {
      ...base,
      parts: (extracted) =>
        base.parts?.(extracted)?.map((part, index) => {
          if (index !== 1) return part;
          const lines = part.extracted.lines.filter((line) => !line.text.includes(lost));
          const own = { ...part.extracted, lines };
          return {
            extracted: own,
            read: (file: DocFile, options?: InterpretOptions) =>
              readClassSpec(own, file, illinois, options),
          };
        }),
    };
    const name = "fixtures/publishers/illinois/html/seed-analyst-series.html";
    const result = await ingestAll(new Uint8Array(readFileSync(join(REPO, name))), name, {
      profiles: [leaky],
    });
    if (result.status === "failed") throw new Error(result.error.message);
    expect(result.status).toBe("partial");
    const [first, second] = result.documents;
    expect(first?.status).toBe("partial");
    const dropped = first?.document.diagnostics.find((item) => item.code === "text-dropped");
    expect(dropped?.message).toMatch(/tetrazolium/);
    expect(second?.status).toBe("complete");
    expect(JSON.stringify(second?.document.body)).not.toMatch(/tetrazolium viability/);
  });

  it("a rerun is byte-identical", async () => {
    const path = "illinois/pdf/seed-analyst-series.pdf";
    const first = (await documentsOf(path)).map((document) => serialize(document));
    const second = (await documentsOf(path)).map((document) => serialize(document));
    expect(second).toEqual(first);
  });

  it("a page of one class gives one document, the one ingest gives", async () => {
    const name = "fixtures/publishers/illinois/text/conservation-education-coordinator.txt";
    const bytes = new Uint8Array(readFileSync(join(REPO, name)));
    const all = await ingestAll(bytes, name);
    const one = await ingest(bytes, name);
    if (all.status === "failed" || one.status === "failed") throw new Error("failed");
    expect(all.documents).toHaveLength(1);
    expect(serialize(all.documents[0]?.document)).toBe(serialize(one.document));
  });

  it("ingest, for a page of several, gives the first class and names the others", async () => {
    const name = "fixtures/publishers/illinois/text/seed-analyst-series.txt";
    const result = await ingest(new Uint8Array(readFileSync(join(REPO, name))), name);
    if (result.status === "failed") throw new Error(result.error.message);
    expect(result.document.id).toBe("us-il/class/39751");
    const warning = result.document.diagnostics.find((item) => item.code === "several-documents");
    expect(warning?.severity).toBe("warning");
    expect(warning?.message).toMatch(/page of 2 classes.*ingestAll.*us-il\/class\/39752/);
  });
});

describe("the CLI on a page of several classes", () => {
  const out = mkdtempSync(join(tmpdir(), "classpec-multi-"));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  const page = "fixtures/publishers/illinois/html/waterways-technician-series.html";

  it("writes one file per class and names each class <file>#<id>", async () => {
    const result = await run(["ingest", page, "--out", out]);
    expect(result.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      "us-il.class.49208.json",
      "us-il.class.49211.json",
      "us-il.class.49212.json",
    ]);
    for (const code of ["49208", "49211", "49212"])
      expect(result.stderr).toContain(`${page}#us-il/class/${code}\n`);
    expect(result.stdout).toMatch(/3 documents written \(3 complete, 0 partial\), 0 failed/);
    const validated = await run(["validate", out]);
    expect(validated.code).toBe(0);
  });

  it("--out - prints JSON Lines, one class a line; one class's page prints its JSON as a file holds it", async () => {
    const several = await run(["ingest", page, "--out", "-"]);
    expect(several.code).toBe(0);
    const lines = several.stdout.trimEnd().split("\n");
    expect(lines.map((line) => (JSON.parse(line) as SpecDocument).id)).toEqual([
      "us-il/class/49208",
      "us-il/class/49211",
      "us-il/class/49212",
    ]);
    // The JSON Lines validate as one document a line, each named by its id.
    const validated = await run(["validate", "-", "--reporter", "json"], {
      stdin: new TextEncoder().encode(several.stdout),
    });
    expect(validated.code).toBe(0);
    expect(
      validated.stdout
        .trimEnd()
        .split("\n")
        .map((line) => JSON.parse(line) as { path?: string; valid?: boolean }),
    ).toEqual([
      { path: "-#us-il/class/49208", valid: true, errors: [] },
      { path: "-#us-il/class/49211", valid: true, errors: [] },
      { path: "-#us-il/class/49212", valid: true, errors: [] },
      { summary: { valid: 3, invalid: 0, skipped: 0, folderProblems: 0 } },
    ]);
    const broken = several.stdout.replace('"kind":"class-spec"', '"kind":"class-spek"');
    const invalid = await run(["validate", "-"], { stdin: new TextEncoder().encode(broken) });
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/^classpec: -#us-il\/class\/49208: schema-invalid: /m);
    const single = "fixtures/publishers/illinois/text/conservation-education-coordinator.txt";
    const one = await run(["ingest", single, "--out", "-"]);
    const document = JSON.parse(one.stdout) as SpecDocument;
    expect(one.stdout).toBe(serialize(document));
  });

  it("--reporter json names each class's outcome", async () => {
    const result = await run(["ingest", page, "--dry-run", "--reporter", "json"]);
    const outcomes = result.stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as { path?: string; output?: string });
    expect(outcomes.slice(0, 3).map((outcome) => outcome.path)).toEqual([
      `${page}#us-il/class/49208`,
      `${page}#us-il/class/49211`,
      `${page}#us-il/class/49212`,
    ]);
  });
});

describe.skipIf(!BUILT)("the built CLI: documents parsed on a worker thread", () => {
  const out = mkdtempSync(join(tmpdir(), "classpec-multi-worker-"));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("a worker hands back every class of the page, and they are the in-process ones", async () => {
    const page = "fixtures/publishers/illinois/pdf/seed-analyst-series.pdf";
    const exit = await waitForExit(startCli(["ingest", page, "--out", out]), 60_000, "ingest");
    expect(exit.code).toBe(0);
    const inProcess = await documentsOf("illinois/pdf/seed-analyst-series.pdf");
    expect(readdirSync(out).sort()).toEqual(["us-il.class.39751.json", "us-il.class.39752.json"]);
    // The CLI names the source below the input it was given: the file's own name.
    for (const document of inProcess) {
      const source = { ...document.source, path: "seed-analyst-series.pdf" };
      expect(readFileSync(join(out, outputName(document.id)), "utf8")).toBe(
        serialize({ ...document, source }),
      );
    }
  });
});

describe("diff of two revisions of a page of several classes", () => {
  it("compares class by class, by id", async () => {
    const pair = (await revisionPairs(REPO)).find(
      (candidate) => candidate.name === "illinois/series-class-by-class",
    );
    if (!pair) throw new Error("no pair");
    const outcome = await diffPair(pair, REPO);
    if ("failure" in outcome) throw new Error(outcome.failure);
    const report = outcome.report;
    expect(report.documents.map((document) => [document.id, document.status])).toEqual([
      ["us-il/class/39751", "changed"],
      ["us-il/class/39752", "changed"],
    ]);
    expect(report.documents.map((document) => document.changes.map(brief))).toEqual([
      [
        {
          op: "add",
          severity: "minor",
          ruleId: "duty-added",
          label: "Duty",
          pointer: "/body/duties/4",
        },
      ],
      [
        expect.objectContaining({ ruleId: "date-changed", pointer: "/body/dates/revised" }),
        expect.objectContaining({ pointer: "/body/qualifications/desirable/text" }),
      ],
    ]);
    expect(allChanges(report)).toHaveLength(3);
  });
});
