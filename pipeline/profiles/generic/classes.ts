/**
 * Pages of several classes: a series page whose label table lists each class
 * ("CLASS TITLE  POSITION CODE  EFFECTIVE", one row per class) and prints each
 * class's sections under its title. The neutral body is one class, so such a
 * page gives one reading per class (docs/publisher-gold.md).
 */
import type { DocFile } from "../../file.js";
import { placeOf } from "../../shared/provenance.js";
import type { Extracted, Part } from "../../types.js";
import { labelTableAt } from "./label-table.js";
import { Labels } from "./labels.js";
import type { PublisherProfile } from "./profile.js";
import { type ReadOptions, readClassSpec } from "./read.js";
import { type Unit, unitsOf } from "./units.js";

/**
 * A page of several classes (a series page whose label table lists each
 * class, for a profile that declares `parts: "class-table"`): one part per
 * class, each of the page's shared top (chrome, the series heading, the
 * table's header and its own row) and its own part, from its title printed
 * again to the next class's. Undefined for any other page: it is read whole.
 */
export function classPartsOf(
  extracted: Extracted,
  profile: PublisherProfile,
): Part<"class-spec">[] | undefined {
  if (profile.parts !== "class-table") return undefined;
  const units = unitsOf(extracted);
  const parts = classParts(units, new Labels(profile));
  return parts?.map((part) => {
    const lines = new Set(part.map((unit) => unit.line));
    const own = { ...extracted, lines: extracted.lines.filter((line) => lines.has(line)) };
    return {
      extracted: own,
      read: (file: DocFile, options: ReadOptions = {}) =>
        readClassSpec(own, file, profile, options, part),
    };
  });
}

/** Each class's units when a label table lists several classes whose titles head their parts. */
function classParts(units: readonly Unit[], labels: Labels): Unit[][] | undefined {
  for (let index = 0; index < units.length; index++) {
    const table = labelTableAt(labels, units, index);
    if (!table) continue;
    if (table.rows.length < 2) return undefined;
    const rowUnits = table.rows.map((row) => row.flatMap((value) => value.units));
    const after = units.indexOf(rowUnits.at(-1)?.at(-1) as Unit) + 1;
    const starts = table.rows.map((row) => {
      const title = row.find((value) => value.spec.field === "title")?.value.toLowerCase();
      return units.findIndex((unit, at) => at >= after && unit.text.toLowerCase() === title);
    });
    if (starts.some((start, at) => start < 0 || (at > 0 && start <= (starts[at - 1] ?? 0))))
      return undefined;
    const others = (own: number) =>
      new Set(
        rowUnits
          .flatMap((cells, at) => (at === own ? [] : cells))
          .filter((unit) => !table.header.includes(unit)),
      );
    return starts.map((start, at) => {
      const skip = others(at);
      const top = units.slice(0, starts[0]).filter((unit) => !skip.has(unit));
      return [...top, ...units.slice(start, starts[at + 1] ?? units.length)];
    });
  }
  return undefined;
}

/**
 * A page whose label table lists several classes but that is read whole
 * (a class's title not printed again below the table, or printed out of the
 * table's order, or lost to a cut): only the first row's class is read, so
 * the others' text sits in `unmapped`. That is no complete reading: an error
 * names each class not read, so the page is `partial`.
 */
export function reportUnreadClasses(
  units: readonly Unit[],
  profile: PublisherProfile,
  file: DocFile,
): void {
  if (profile.parts !== "class-table") return;
  const labels = new Labels(profile);
  for (let index = 0; index < units.length; index++) {
    const table = labelTableAt(labels, units, index);
    if (!table) continue;
    const others = table.rows.slice(1);
    if (others.length === 0) return;
    const named = others.map((row) => {
      const field = (name: string) => row.find((value) => value.spec.field === name)?.value;
      const code = field("code");
      return `${field("title") ?? "(untitled)"}${code ? ` (${code})` : ""}`;
    });
    const lines = others.flatMap((row) =>
      row.flatMap((value) => value.units.filter((unit) => !table.header.includes(unit))),
    );
    file.error(
      "classes-unread",
      `Unexpected page of ${table.rows.length} classes read as one: ${named.join(", ")} not read, as their titles are not printed again below the table in its order (missing, reordered or cut off); their text is in unmapped`,
      { place: placeOf([...new Set(lines.map((unit) => unit.line))]), source: profile.name },
    );
    return;
  }
}
