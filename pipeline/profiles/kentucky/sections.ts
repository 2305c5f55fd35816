/**
 * Lines -> the header block and the headed sections. Each section keeps its
 * heading line and its content lines; text after a heading on the same line
 * is content (the export prints preambles there).
 */
import type { DocFile } from "../../file.js";
import type { Line } from "../../types.js";
import { SECTIONS, type SectionDefinition, type SectionKey } from "./layout.js";

export interface Section {
  definition: SectionDefinition;
  heading: Line;
  content: Line[];
}

export interface Layout {
  header: Line[];
  sections: Map<SectionKey, Section>;
  /** Second copies of a section: not read, reported, kept as unmapped text. */
  duplicates: Section[];
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** The section a line opens, and the rest of the line after the heading. */
function headingAt(line: Line): { definition: SectionDefinition; rest: string } | undefined {
  const text = collapse(line.text);
  for (const definition of SECTIONS) {
    const match = definition.heading.exec(text);
    if (match) {
      return { definition, rest: definition.headingIsContent ? text : text.slice(match[0].length) };
    }
  }
  return undefined;
}

export function splitSections(lines: readonly Line[], file: DocFile): Layout {
  const header: Line[] = [];
  const sections = new Map<SectionKey, Section>();
  const duplicates: Section[] = [];
  let current: Section | undefined;

  for (const line of lines) {
    const heading = headingAt(line);
    if (!heading) {
      (current ? current.content : header).push(line);
      continue;
    }
    current = { definition: heading.definition, heading: line, content: [] };
    if (heading.rest !== "") current.content.push({ ...line, text: heading.rest });
    const key = heading.definition.key;
    const first = sections.get(key);
    if (first) {
      duplicates.push(current);
      file.warn(
        "duplicate-section",
        `Unexpected second '${collapse(line.text).slice(0, 40)}' section, expected one; read the first`,
        {
          place: { startLine: line.line, page: line.page },
          related: [{ startLine: first.heading.line, page: first.heading.page }],
          source: "kentucky",
        },
      );
    } else {
      sections.set(key, current);
    }
  }
  return { header, sections, duplicates };
}
