/**
 * Completeness by content, not by headings: a series whose classes, concept
 * or distinctions yield nothing is partial (an error), and so is one whose
 * text stops inside a word, a sentence or a chart's row (a truncated page:
 * pipeline/shared/truncation); a class no distinction
 * describes is a warning. Each message says what is missing.
 */
import type { ClassSeriesBody } from "../../../schemas/index.js";
import type { DocFile } from "../../file.js";
import { seriesAt } from "../../shared/pointer.js";
import { cutAtEnd, describeCut, lastWords, rowShorterThanHeader } from "../../shared/truncation.js";
import type { Block } from "./blocks.js";
import { SECTION_NAMES, type SectionKey } from "./layout.js";
import { blockPlace, SOURCE } from "./reading.js";
import type { Layout } from "./sections.js";

const REQUIRED: readonly SectionKey[] = ["classes", "concept", "distinctions"];

function yielded(key: SectionKey, body: ClassSeriesBody): boolean {
  if (key === "classes") return body.classes.length > 0;
  if (key === "concept") return body.concept !== null;
  return body.distinctions.length > 0;
}

/** The header of the table `rows` ends: the first row of the run of rows it closes. */
function headerOf(blocks: readonly Block[], last: number): Block | undefined {
  let start = last;
  while (start > 0 && blocks[start - 1]?.kind === "row") start--;
  return start < last ? blocks[start] : undefined;
}

/**
 * How the content stops when it stops short: its last block is prose cut
 * inside a word or a sentence, or a table row with fewer cells than its
 * header (a chart cut inside a row).
 */
function cutShort(blocks: readonly Block[]): { block: Block; how: string } | undefined {
  const last = blocks.at(-1);
  if (!last) return undefined;
  if (last.kind === "row") {
    const header = headerOf(blocks, blocks.length - 1);
    if (!header || !rowShorterThanHeader(header.cells, last.cells)) return undefined;
    const filled = last.cells.filter((cell) => cell.trim() !== "");
    return {
      block: last,
      how: `inside a table row of ${filled.length} cells under ${header.cells.filter((cell) => cell.trim() !== "").length} headings ("${lastWords(filled.join(" "))}")`,
    };
  }
  const cut = cutAtEnd(last.text);
  return cut && { block: last, how: describeCut(cut) };
}

/** `content`: the document's blocks without its footer, in order. */
export function checkCompleteness(
  layout: Layout,
  content: readonly Block[],
  body: ClassSeriesBody,
  file: DocFile,
): void {
  const missing: string[] = [];
  for (const key of REQUIRED) {
    const name = SECTION_NAMES[key];
    const section = layout.sections.get(key);
    if (!section) {
      missing.push(`'${name}'`);
      file.error(
        "missing-section",
        `Unexpected series without its '${name}' section, expected one`,
        { source: SOURCE },
      );
    } else if (!yielded(key, body)) {
      missing.push(`the content of '${name}'`);
      file.error(
        "empty-section",
        `Unexpected '${name}' section that yields nothing, expected ${key === "classes" ? "class codes and titles" : "its text"}`,
        { place: blockPlace(section.heading), source: SOURCE },
      );
    }
  }
  // Charts are optional, but a Guideline Charts section none can be read from is a loss.
  const charts = layout.sections.get("charts");
  if (charts && body.charts.length === 0) {
    missing.push(`the charts of '${SECTION_NAMES.charts}'`);
    file.error(
      "empty-section",
      `Unexpected '${SECTION_NAMES.charts}' section that yields no chart, expected a numbered area followed by a table of its levels`,
      { place: blockPlace(charts.heading), source: SOURCE },
    );
  }
  const described = new Set(body.distinctions.map((distinction) => distinction.level));
  if (described.size > 0) {
    body.classes.forEach((item, index) => {
      if (described.has(item.level)) return;
      missing.push(`the distinction of '${item.title}'`);
      file.warn(
        "distinction-missing",
        `Unexpected class '${item.title}' without a class distinction, expected one under '${SECTION_NAMES.distinctions}'`,
        { pointer: seriesAt("classes", index), source: SOURCE },
      );
    });
  }
  const cut = cutShort(content);
  if (cut) {
    const what = missing.length > 0 ? `; missing: ${missing.join(", ")}` : "";
    file.error(
      "truncated-text",
      `Unexpected end of the document ${cut.how}, expected the rest of the guideline${what}`,
      { place: blockPlace(cut.block), source: SOURCE },
    );
  }
}
