/**
 * The one section splitter of every profile: units (a profile's lines or
 * blocks) are split at the headings `headingAt` recognises into keyed
 * sections. Units before the first heading are the preamble (a header
 * block, a letterhead); a section printed a second time is kept apart in
 * `repeated` (no reader reads it: its text stays unmapped) and the first copy
 * is the one read.
 */

/** A heading found at a unit: the section it opens, and how many units it spans (default 1). */
export interface Heading<Key> {
  key: Key;
  span?: number;
}

export interface Section<Unit, Found> {
  found: Found;
  /** The units the heading spans. */
  heading: Unit[];
  content: Unit[];
}

export interface Sections<Unit, Key, Found> {
  preamble: Unit[];
  sections: Map<Key, Section<Unit, Found>>;
  repeated: Array<Section<Unit, Found>>;
}

/**
 * Where a unit that is no heading goes: the open section's content (or the
 * preamble); `aside`, kept by the caller itself (a note); `cut`, nowhere, and
 * every unit after it up to the next heading too (an unknown heading's text).
 */
export type Route = "content" | "aside" | "cut";

export interface SplitOptions<Unit, Key, Found extends Heading<Key>> {
  headingAt(units: readonly Unit[], index: number): Found | undefined;
  /** Content the heading's own units carry (the text printed after it on its line). */
  contentOf?(found: Found, heading: readonly Unit[]): Unit[];
  /** Told of every heading before its section opens. */
  onHeading?(found: Found): void;
  /** Where a unit that is no heading goes (default: content). */
  route?(unit: Unit, index: number, open: Section<Unit, Found> | undefined): Route;
  /** A section printed again: told with its first copy (the one read). */
  onRepeat?(section: Section<Unit, Found>, first: Section<Unit, Found>): void;
}

export function splitAtHeadings<Unit, Key, Found extends Heading<Key>>(
  units: readonly Unit[],
  options: SplitOptions<Unit, Key, Found>,
): Sections<Unit, Key, Found> {
  const out: Sections<Unit, Key, Found> = { preamble: [], sections: new Map(), repeated: [] };
  let open: Section<Unit, Found> | undefined;
  /** Where content goes: the open section's, the preamble, or nowhere after a cut. */
  let sink: Unit[] = out.preamble;
  for (let index = 0; index < units.length; index++) {
    const unit = units[index] as Unit;
    const found = options.headingAt(units, index);
    if (!found) {
      const route = options.route?.(unit, index, open) ?? "content";
      if (route === "content") sink.push(unit);
      else if (route === "cut") sink = [];
      continue;
    }
    options.onHeading?.(found);
    const heading = units.slice(index, index + (found.span ?? 1));
    index += heading.length - 1;
    open = { found, heading, content: options.contentOf?.(found, heading) ?? [] };
    sink = open.content;
    const first = out.sections.get(found.key);
    if (first) {
      out.repeated.push(open);
      options.onRepeat?.(open, first);
    } else {
      out.sections.set(found.key, open);
    }
  }
  return out;
}
