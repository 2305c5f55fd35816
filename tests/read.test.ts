/**
 * Readers return data and the interpreter composes it (shared/read.ts): the
 * provenance's key order is the order of reading, whatever order the readers'
 * own parts were built in, and both profiles' interpretations show it.
 */
import { describe, expect, it } from "vitest";
import { specAt, TITLE_AT } from "../pipeline/shared/pointer.js";
import { unclaimedRuns } from "../pipeline/shared/provenance.js";
import { ReadBuilder, Readings } from "../pipeline/shared/read.js";
import type { Line } from "../pipeline/types.js";
import type { SpecDocument } from "../schemas/index.js";
import { fixture, ingestDocument } from "./helpers.js";

const line = (text: string, at: number): Line => ({ text, line: at });
const place = (at: number) => ({ startLine: at, endLine: at });

describe("composing reads", () => {
  it("files places in the order reads are taken; a later place for a pointer replaces the earlier in its position", () => {
    const first = new ReadBuilder<Line>();
    first.place(specAt("pay", "grades", 0, "value"), place(2));
    first.place(specAt("codes", 1, "value"), place(3));
    const second = new ReadBuilder<Line>();
    second.place(specAt("duties", 0, "text"), place(9));
    second.place(specAt("pay", "grades", 0, "value"), place(4));
    const readings = new Readings<Line>();
    readings.place(TITLE_AT, place(1));
    // Never called: a hand-written pointer must not compile, only the builder's.
    // @ts-expect-error a string is no Pointer
    const handWritten = () => readings.place("/body/pay/grades/0/value", place(1));
    expect(typeof handWritten).toBe("function");
    expect(readings.take(first.done("a"))).toBe("a");
    readings.take(second.done("b"));
    expect(Object.entries(readings.provenance)).toEqual([
      ["/title", place(1)],
      ["/body/pay/grades/0/value", place(4)],
      ["/body/codes/1/value", place(3)],
      ["/body/duties/0/text", place(9)],
    ]);
  });

  it("claims by the unit's identity, so a copy of a line claims the original; unclaimed lines are unmapped runs", () => {
    const lines = [line("A", 1), line("B", 2), line("", 3), line("C", 4), line("D", 5)];
    const read = new ReadBuilder<Line>();
    read.claim({ ...(lines[1] as Line), text: "tail of B" });
    read.claim(lines[3] as Line);
    read.unclaim(lines[3] as Line);
    const readings = new Readings<Line>((unit) => unit.line);
    readings.take(read.done(undefined));
    expect(unclaimedRuns(lines, (unit) => readings.isClaimed(unit))).toEqual([
      { text: "A", startLine: 1, endLine: 1 },
      { text: "C\nD", startLine: 4, endLine: 5 },
    ]);
  });

  it("a nested read's places, claims and notices come at the point it was taken", () => {
    const inner = new ReadBuilder<Line>();
    inner.place(specAt("notices", 0), place(7));
    inner.notice("inner", line("inner", 7));
    const outer = new ReadBuilder<Line>();
    outer.notice("before", line("before", 6));
    outer.take(inner.done(1));
    outer.place(specAt("pay", "grades", 0, "value"), place(8));
    outer.notice("after", line("after", 8));
    const result = outer.done(2);
    expect(result.places.map(([at]) => at)).toEqual([
      "/body/notices/0",
      "/body/pay/grades/0/value",
    ]);
    expect(result.notices.map((notice) => notice.text)).toEqual(["before", "inner", "after"]);
  });
});

/** The document's provenance lists the title first, then the first pointer of each prefix in this order. */
function expectReadingOrder(document: SpecDocument, prefixes: readonly string[]): void {
  const keys = Object.keys(document.provenance).filter((at) => !at.startsWith("/rules"));
  expect(keys[0]).toBe("/title");
  const positions = prefixes.map((prefix) => keys.findIndex((at) => at.startsWith(prefix)));
  expect(positions.every((position) => position > 0)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
}

describe("provenance in reading order", () => {
  it("a Kentucky spec: the title, then the header's fields, then the sections as printed, notices last", async () => {
    const document = await ingestDocument(fixture("kentucky/seed-production-specialist-ii.txt"));
    expectReadingOrder(document, [
      "/body/codes",
      "/body/pay/grades",
      "/body/dates",
      "/body/pay/basis",
      "/body/probation",
      "/body/duties",
      "/body/notices",
    ]);
  });

  it("an Iowa series: the title, then classes, concept, areas, distinctions, charts, notices", async () => {
    const document = await ingestDocument(
      fixture("iowa/seed-information-technology-specialist.txt"),
    );
    expectReadingOrder(document, [
      "/body/classes",
      "/body/concept",
      "/body/areasOfWork",
      "/body/distinctions",
      "/body/charts",
      "/body/notices",
    ]);
  });
});
