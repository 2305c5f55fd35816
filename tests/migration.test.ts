/**
 * The 1.x -> 2.0 migration table is one: the data the gold facts are read
 * through (migration-table.ts) and the table docs/migration-2.0.md shows.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO } from "./helpers.js";
import { BODY_MOVES, migratePointer, migrateValue } from "./migration-table.js";

/** `| \`/body/grade\` (...) | \`/body/pay/grades/0/value\` with ... |` -> the first pointer of each cell. */
function documentedMoves(markdown: string): Array<{ from: string; to: string }> {
  const rows = markdown.split("\n").filter((line) => line.startsWith("| `/body/"));
  return rows.map((row) => {
    const [from = "", to = ""] = row
      .split(" | ")
      .map((cell) => /`(\/[^`]*)`/.exec(cell)?.[1] ?? "");
    return { from, to };
  });
}

describe("the 1.x -> 2.0 migration table", () => {
  it("is the table docs/migration-2.0.md shows, row for row", () => {
    const markdown = readFileSync(join(REPO, "docs", "migration-2.0.md"), "utf8");
    expect(documentedMoves(markdown)).toEqual(BODY_MOVES.map(({ from, to }) => ({ from, to })));
  });

  it("moves pointers below a row, indexes and codes by their scheme", () => {
    const document = {
      body: {
        codes: [
          { scheme: "job-code", value: "73040V000101" },
          { scheme: "job-number", value: "20001499" },
        ],
      },
    };
    expect(migratePointer("/body/salary/ranges/1/min", document)).toBe("/body/pay/ranges/1/min");
    expect(migratePointer("/body/salary/ranges#length", document)).toBe("/body/pay/ranges#length");
    expect(migratePointer("/body/duties/7", document)).toBe("/body/duties/7/text");
    expect(migratePointer("/body/duties#length", document)).toBe("/body/duties#length");
    expect(migratePointer("/body/jobNumber", document)).toBe("/body/codes/1/value");
    expect(migratePointer("/body/jobCode", document)).toBe("/body/codes/0/value");
    expect(migratePointer("/body/gradeX", document)).toBe("/body/gradeX");
    expect(migratePointer("/body/classes/0/codes", document)).toBe("/body/classes/0/codes");
    expect(migrateValue("/schemaVersion", "1.0.0")).toBe("2.0.0");
    expect(migrateValue("/title", "1.0.0")).toBe("1.0.0");
  });
});
