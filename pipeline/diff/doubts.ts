/**
 * Reading doubts: warnings that say a side may have been read wrong
 * (an area of work the concept names and Definitions never defines, a chart
 * row of the wrong width). A change they touch may be a difference in
 * reading, not in the document: it carries `doubt`, naming them.
 */
import type { Diagnostic, Place, SpecDocument } from "../../schemas/index.js";
import type { Change } from "./types.js";

/** Warning codes that cast doubt on what was read where they stand. */
export const DOUBT_CODES: ReadonlySet<string> = new Set([
  "area-undefined",
  "chart-area-undefined",
  "chart-row-width",
]);

/** The place of `pointer` in `document`, or of its nearest parent that has one. */
export function placeOf(document: SpecDocument, pointer: string): Place | undefined {
  for (let at = pointer; at !== ""; at = at.slice(0, at.lastIndexOf("/"))) {
    const place = document.provenance[at];
    if (place) return place;
  }
  return undefined;
}

function touches(diagnostic: Diagnostic, document: SpecDocument, pointer: string): boolean {
  const at = diagnostic.pointer;
  if (
    at !== undefined &&
    (pointer.startsWith(`${at}/`) || at.startsWith(pointer) || at === pointer)
  )
    return true;
  const line = diagnostic.startLine;
  const place = placeOf(document, pointer);
  return (
    line !== undefined &&
    place !== undefined &&
    diagnostic.page === place.page &&
    line >= place.startLine &&
    line <= place.endLine
  );
}

/** `changes` with `doubt` set on those a reading doubt of either side touches. */
export function markDoubts(
  changes: readonly Change[],
  before: SpecDocument,
  after: SpecDocument,
): Change[] {
  const doubts = (document: SpecDocument) =>
    document.diagnostics.filter((diagnostic) => DOUBT_CODES.has(diagnostic.code));
  const sides = [
    { name: "before", document: before, doubts: doubts(before) },
    { name: "after", document: after, doubts: doubts(after) },
  ];
  if (sides.every((side) => side.doubts.length === 0)) return [...changes];
  return changes.map((change) => {
    const found = sides.flatMap(({ name, document, doubts: list }) => {
      const pointer = name === "before" ? (change.from ?? change.pointer) : change.pointer;
      return list
        .filter((diagnostic) => touches(diagnostic, document, pointer))
        .map((diagnostic) => `${name}: ${diagnostic.code}`);
    });
    return found.length > 0
      ? { ...change, doubt: `may be a difference in reading (${[...new Set(found)].join(", ")})` }
      : change;
  });
}
