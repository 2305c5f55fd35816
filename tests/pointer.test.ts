/**
 * Body pointers come from a builder typed by the body schema: a misspelt
 * segment does not compile (the `@ts-expect-error` lines fail `npm run
 * typecheck` the day they compile), and every pointer the goldens' provenance
 * holds names a value of its document.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  documentAt,
  type PathOf,
  pointerInto,
  seriesAt,
  specAt,
} from "../pipeline/shared/pointer.js";
import type { ClassSpecBody } from "../schemas/index.js";
import { at, REPO } from "./helpers.js";

function jsonFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return jsonFiles(path);
    return entry.name.endsWith(".json") ? [path] : [];
  });
}

describe("typed body pointers", () => {
  it("build RFC 6901 pointers below /body", () => {
    expect(specAt()).toBe("/body");
    expect(specAt("pay", "ranges", 0, "min")).toBe("/body/pay/ranges/0/min");
    expect(specAt("group", "code")).toBe("/body/group/code");
    expect(specAt("duties", 3, "text")).toBe("/body/duties/3/text");
    expect(seriesAt("classes", 2, "codes", 1)).toBe("/body/classes/2/codes/1");
    expect(seriesAt("effectiveDate", "yearMonth")).toBe("/body/effectiveDate/yearMonth");
    expect(documentAt("rules", 3)).toBe("/rules/3");
    expect(documentAt("unmapped", 0, "text")).toBe("/unmapped/0/text");
    expect(pointerInto<{ "a/b~": string }>("x")("a/b~")).toBe("/x/a~1b~0");
  });

  it("accept only the keys and indexes the body type has", () => {
    expectTypeOf<["pay", "ranges", number, "min"]>().toExtend<PathOf<ClassSpecBody>>();
    expectTypeOf<["pay", "ranges", "min"]>().not.toExtend<PathOf<ClassSpecBody>>();
    expectTypeOf<["pay", "grades", number, "value", "x"]>().not.toExtend<PathOf<ClassSpecBody>>();
    // Never called: these lines only have to fail to compile.
    const misspelt = () => [
      // @ts-expect-error "py" is no field of a class spec
      specAt("py"),
      // @ts-expect-error a pay range is reached by its index, not by a field name
      specAt("pay", "ranges", "min"),
      // @ts-expect-error a grade's value is a leaf: nothing is below it
      specAt("pay", "grades", 0, "value", "code"),
      // @ts-expect-error schema 1.x's field names are gone: the grade is in pay.grades
      specAt("grade"),
      // @ts-expect-error a class series has no pay
      seriesAt("pay", "basis"),
      // @ts-expect-error a document has "rules", not "rule"
      documentAt("rule", 0),
      // @ts-expect-error a chart cell has no "txt"
      seriesAt("charts", 0, "cells", 1, "txt"),
    ];
    expect(typeof misspelt).toBe("function");
  });

  it("every provenance pointer of every golden names a value of its document", () => {
    const dangling: string[] = [];
    let documents = 0;
    for (const path of jsonFiles(join(REPO, "output"))) {
      const document = JSON.parse(readFileSync(path, "utf8")) as { provenance?: object };
      if (!document.provenance) continue;
      documents++;
      for (const pointer of Object.keys(document.provenance))
        if (at(document, pointer) === undefined) dangling.push(`${path}: ${pointer}`);
    }
    expect(documents).toBeGreaterThan(40);
    expect(dangling).toEqual([]);
  });
});
