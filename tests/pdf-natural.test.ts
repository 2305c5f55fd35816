/**
 * PDFs in the layout a reader sees (issue 11): label left, value right, the
 * first value on the label's own baseline, the next ones below it in the
 * value column; a heading with its text on the same line; paragraphs wrapped
 * by the producer. Every Kentucky fixture, by pdf-lib and by LibreOffice,
 * gives its text twin's body, and no word is dropped.
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { readHeader } from "../pipeline/profiles/kentucky/header.js";
import { ingest } from "../pipeline/run.js";
import type { Line } from "../pipeline/types.js";
import type { ClassSpecBody, SpecDocument } from "../schemas/index.js";
import { fixture, ingestDocument, unmappedWords } from "./helpers.js";

const PRODUCERS = ["pdf-lib", "libreoffice"] as const;
const TWINS = readdirSync(fixture("kentucky")).filter((name) => name.endsWith(".txt"));

const pdfs = PRODUCERS.flatMap((producer) =>
  readdirSync(fixture(`pdf/natural/${producer}`))
    .filter((name) => name.endsWith(".pdf"))
    .sort()
    .map((name) => `${producer}/${name}`),
);

function bodyOf(document: SpecDocument): ClassSpecBody {
  if (document.kind !== "class-spec") throw new Error("expected a class spec");
  return document.body;
}

describe("natural-layout fixture PDFs", () => {
  it("every Kentucky text fixture is laid out by both producers", () => {
    for (const producer of PRODUCERS) {
      expect(
        pdfs
          .filter((pdf) => pdf.startsWith(`${producer}/`))
          .map((pdf) => `${basename(pdf, ".pdf")}.txt`),
      ).toEqual([...TWINS].sort());
    }
  });

  it.each(pdfs)("%s: its text twin's body, rules and unmapped text", async (pdf) => {
    const fromPdf = await ingestDocument(fixture(`pdf/natural/${pdf}`));
    const fromText = await ingestDocument(fixture(`kentucky/${basename(pdf, ".pdf")}.txt`));
    expect(fromPdf.title).toBe(fromText.title);
    expect(fromPdf.body).toEqual(fromText.body);
    expect(fromPdf.rules).toEqual(fromText.rules);
    expect(fromPdf.status).toBe(fromText.status);
    expect(unmappedWords(fromPdf)).toEqual(unmappedWords(fromText));
    expect(fromPdf.diagnostics.map((diagnostic) => diagnostic.code)).not.toContain("text-dropped");
  });

  it.each(PRODUCERS)(
    "%s seed: the hourly range printed beside its label is read (3 ranges)",
    async (producer) => {
      const document = await ingestDocument(
        fixture(`pdf/natural/${producer}/seed-production-specialist-ii.pdf`),
      );
      expect(bodyOf(document).pay.ranges).toEqual([
        { period: "hour", min: 13.581, mid: 17.99 },
        { period: "month", hoursPerWeek: 37.5, min: 2206.92, mid: 2923.38 },
        { period: "month", hoursPerWeek: 40, min: 2354.04, mid: 3118.28 },
      ]);
      expect(document.provenance["/body/pay/ranges/0/min"]).toMatchObject({ page: 1 });
    },
  );

  it.each(PRODUCERS)(
    "%s: UNIQUE PHYSICAL REQUIREMENTS with its text on its line is that field, not a duty",
    async (producer) => {
      const document = await ingestDocument(
        fixture(`pdf/natural/${producer}/water-resources-technician-i-indented.pdf`),
      );
      const body = bodyOf(document);
      expect(body.conditions.physical).toBe(
        "Must be able to wade streams, carry equipment weighing up to 40 pounds and work outdoors in all weather.",
      );
      expect(body.duties.some((duty) => /PHYSICAL|wade/.test(duty.text))).toBe(false);
      expect(body.duties).toHaveLength(6);
    },
  );

  it.each(PRODUCERS)(
    "%s: dollar entrance rates, the first beside its label, keep their ranges",
    async (producer) => {
      const document = await ingestDocument(fixture(`pdf/natural/${producer}/accountant-iii.pdf`));
      expect(bodyOf(document).pay.specialEntranceRates).toEqual([{ period: "hour", amount: 23.5 }]);
    },
  );
});

describe("Kentucky header: label/value pairing whatever the baseline", () => {
  const lines = (...texts: string[]): Line[] =>
    texts.map((text, index) => ({ text, line: index + 1, page: 1 }));

  it("the first range on the label's line, the others below it", () => {
    const header = readHeader(
      lines(
        "Salary (MIN - MID):\t$13.581-$17.990 - Hourly",
        "$2,206.92-$2,923.38 - 37.5 Hr. Monthly Salary",
        "Special Entrance Rate:\t$15.250",
        "NONE",
      ),
    );
    expect(header.ranges.map(({ range, line }) => [range, line.line])).toEqual([
      [{ period: "hour", min: 13.581, mid: 17.99 }, 1],
      [{ period: "month", hoursPerWeek: 37.5, min: 2206.92, mid: 2923.38 }, 2],
    ]);
    expect(header.entrance.map(({ value }) => value)).toEqual([{ amount: 15.25 }, null]);
  });

  it("a value a little above its label's baseline (read first): the basis still decides max", () => {
    const header = readHeader(lines("$20.000-$30.000 - Hourly", "Salary (MIN - MAX):"));
    expect(header.ranges.map(({ range }) => range)).toEqual([{ period: "hour", min: 20, max: 30 }]);
  });

  it("a label alone above its value", () => {
    const header = readHeader(lines("Job Number:", "20001499", "Job Code:", "73040V000101"));
    expect(header.labels.jobNumber?.text).toBe("20001499");
    expect(header.labels.jobCode?.text).toBe("73040V000101");
  });
});

describe("Kentucky sections: a heading wrapped in a label column", () => {
  it("UNIQUE PHYSICAL / REQUIREMENTS: in the left column, its text beside it: that field, not a duty", async () => {
    const seed = readFileSync(fixture("kentucky/seed-production-specialist-ii.txt"), "utf8");
    const columns = seed.replace(
      "UNIQUE PHYSICAL REQUIREMENTS: \n",
      "UNIQUE PHYSICAL\tMust be able to lift\nREQUIREMENTS:\t50 pounds and climb\n\tladders.\n",
    );
    expect(columns).not.toBe(seed);
    const result = await ingest(new Uint8Array(Buffer.from(columns)), "columns.txt");
    if (result.status === "failed") throw new Error(result.error.message);
    const plain = await ingestDocument(fixture("kentucky/seed-production-specialist-ii.txt"));
    const body = bodyOf(result.document);
    expect(body.conditions.physical).toBe("Must be able to lift 50 pounds and climb ladders.");
    expect(body.duties).toEqual(bodyOf(plain).duties);
    expect(result.document.provenance["/body/conditions/physical"]).toEqual({
      startLine: 85,
      endLine: 87,
    });
    expect(result.status).toBe("complete");
  });
});
